/* test-case-store.c: the case on disk (app/engine/sd-case-store.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "sd-test-case.h"

typedef SdTestCaseFiles Fixture;

#define setup sd_test_case_files_setup
#define teardown sd_test_case_files_teardown

static void
test_round_trip (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) saved = sd_test_case_a ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  GStatBuf info;

  assert_true (sd_case_save (saved, fixture->path, &error));
  assert_null (error);

  /* Only the user may read what was wrong with their car. */
  assert_int_equal (g_stat (fixture->path, &info), 0);
  assert_int_equal (info.st_mode & 0777, 0600);

  loaded = sd_case_load (fixture->path, &notice);
  assert_null (notice);
  sd_test_assert_is_case_a (loaded);
}

static void
test_missing_file_is_a_new_case (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = sd_case_load (fixture->path, &notice);

  assert_null (notice);
  assert_int_equal (sd_case_get_n_answers (loaded), 0);
  assert_null (sd_case_get_run (loaded));
}

static void
save_a_then_b (Fixture *fixture)
{
  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autoptr(SdCase) b = sd_case_new ();

  sd_case_set_answer (b, "water-in-boot", SD_ANSWER_YES);
  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (sd_case_save (b, fixture->path, NULL));
}

static void
test_truncated_file_restores_previous_state (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *contents = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;
  gsize length;

  save_a_then_b (fixture);

  /* Cut the newest save off halfway, as a crash or a full disk could. */
  assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  assert_true (g_file_set_contents (fixture->path, contents, length / 3, NULL));

  loaded = sd_case_load (fixture->path, &notice);
  assert_non_null (notice);
  assert_non_null (strstr (notice, "restored"));
  sd_test_assert_is_case_a (loaded);
  assert_int_equal (sd_test_count_damaged_copies (fixture), 1);
}

static void
test_garbage_restores_previous_state (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;

  save_a_then_b (fixture);
  assert_true (g_file_set_contents (fixture->path, "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, NULL));

  loaded = sd_case_load (fixture->path, &notice);
  assert_non_null (notice);
  sd_test_assert_is_case_a (loaded);
}

static void
test_invalid_values_are_damage (void **state)
{
  Fixture *fixture = *state;
  const char *bad[] = {
    "[case]\nversion=99\ncreated=2026-11-23T09:00:00Z\n",
    "[case]\nversion=1\ncreated=yesterday\n",
    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n[answers]\nspeaker-crackling=maybe\n",
    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n[tried]\n0=idrive-reboot;sort of;2026-11-23T09:00:00Z;\n",
    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n[run]\nprocedure=x\n",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *notice = NULL;
      g_autoptr(SdCase) loaded = NULL;
      g_autofree char *dir = g_path_get_dirname (fixture->path);

      sd_test_rm_rf (dir);
      assert_int_equal (g_mkdir_with_parents (dir, 0700), 0);
      assert_true (g_file_set_contents (fixture->path, bad[i], -1, NULL));

      /* No good copy to go back to: a new case, and the user is told. */
      loaded = sd_case_load (fixture->path, &notice);
      if (notice == NULL)
        fail_msg ("case %u was not reported as damaged", i);
      assert_non_null (strstr (notice, "new case"));
      assert_int_equal (sd_case_get_n_answers (loaded), 0);
      assert_int_equal (sd_test_count_damaged_copies (fixture), 1);
    }
}

static void
test_damaged_file_never_replaces_backup (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autoptr(SdCase) c = sd_case_new ();
  g_autofree char *backup = g_strconcat (fixture->path, ".bak", NULL);
  g_autoptr(SdCase) from_backup = NULL;

  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (g_file_set_contents (fixture->path, "garbage", -1, NULL));

  /* Saving over a damaged file keeps the last good copy as it was. */
  assert_true (sd_case_save (c, fixture->path, NULL));
  from_backup = sd_case_load (backup, NULL);
  sd_test_assert_is_case_a (from_backup);
}

static void
test_save_cut_off_before_writing (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *backup = g_strconcat (fixture->path, ".bak", NULL);
  g_autoptr(SdCase) loaded = NULL;

  /* The old file was moved to .bak and then the power went. */
  save_a_then_b (fixture);
  assert_int_equal (g_unlink (fixture->path), 0);
  loaded = sd_case_load (fixture->path, NULL);
  sd_test_assert_is_case_a (loaded);
}

static char *
backup_of (Fixture *fixture)
{
  return g_strconcat (fixture->path, ".bak", NULL);
}

static void
assert_truncated_at (Fixture *fixture,
                     guint    percent)
{
  g_autofree char *contents = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *backup = backup_of (fixture);
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(SdCase) c = sd_case_new ();
  g_autoptr(SdCase) from_backup = NULL;
  g_autoptr(SdCase) reloaded = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  gsize length;

  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autoptr(SdCase) d = sd_test_case_a ();
  char *end;

  sd_test_rm_rf (dir);
  sd_case_set_answer (d, "water-in-boot", SD_ANSWER_YES);
  sd_case_add_tried (d, "battery-disconnect", SD_OUTCOME_RESOLVED, NULL);
  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (sd_case_save (d, fixture->path, NULL));

  /* Cut off as a crash or a full disk could, at the end of a line, so that
   * what is left is a key file with answers, tries or the wait lost. */
  assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  contents[length * percent / 100] = '\0';
  end = strrchr (contents, '\n');
  assert_non_null (end);
  assert_true (g_file_set_contents (fixture->path, contents, end + 1 - contents, NULL));

  loaded = sd_case_load (fixture->path, &notice);
  if (notice == NULL)
    fail_msg ("a case cut off at %u %% loaded silently", percent);
  assert_non_null (strstr (notice, "restored"));
  assert_non_null (strstr (notice, backup));
  assert_non_null (strstr (notice, ".damaged-"));
  sd_test_assert_is_case_a (loaded);
  assert_int_equal (sd_test_count_damaged_copies (fixture), 1);

  /* The next save leaves the good copy alone. */
  sd_case_set_answer (c, "water-in-boot", SD_ANSWER_NO);
  assert_true (sd_case_save (c, fixture->path, NULL));
  from_backup = sd_case_load (backup, NULL);
  sd_test_assert_is_case_a (from_backup);
  reloaded = sd_case_load (fixture->path, NULL);
  assert_int_equal (sd_case_get_answer (reloaded, "water-in-boot"), SD_ANSWER_NO);
}

static void
test_truncated_at_10_20_80_percent (void **state)
{
  assert_truncated_at (*state, 10);
  assert_truncated_at (*state, 20);
  assert_truncated_at (*state, 80);
  assert_truncated_at (*state, 99);
}

static void
test_changed_byte_is_damage (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *contents = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;
  char *yes;
  gsize length;

  save_a_then_b (fixture);
  assert_true (g_file_get_contents (fixture->path, &contents, &length, NULL));
  yes = strstr (contents, "water-in-boot=yes");
  assert_non_null (yes);
  memcpy (yes + strlen ("water-in-boot="), "no ", 3);
  assert_true (g_file_set_contents (fixture->path, contents, length, NULL));

  loaded = sd_case_load (fixture->path, &notice);
  assert_non_null (notice);
  assert_non_null (strstr (notice, "checksum"));
  sd_test_assert_is_case_a (loaded);
}








static void
test_deadline_in_year_9999 (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) saved = sd_test_case_a ();
  g_autoptr(SdCase) loaded = NULL;
  g_autofree char *notice = NULL;
  const SdCaseRun *run;
  SdCaseRun *far = sd_case_run_new ("battery-disconnect");

  g_ptr_array_add (far->path, g_strdup ("prepare"));
  g_ptr_array_add (far->path, g_strdup ("wait"));
  g_hash_table_insert (far->answers, g_strdup ("how-long"), g_strdup ("1"));
  g_hash_table_insert (far->answers, g_strdup ("wait"), g_strdup ("9999-12-31T23:59:00Z"));
  far->wait_deadline = g_date_time_new_utc (9999, 12, 31, 23, 59, 0);
  sd_case_set_run (saved, far);
  assert_true (sd_case_save (saved, fixture->path, NULL));

  /* The file is whole; the value in it is not believable. */
  loaded = sd_case_load (fixture->path, &notice);
  assert_non_null (notice);
  assert_non_null (strstr (notice, "9999-12-31T23:59:00Z"));
  assert_non_null (strstr (notice, "the wait starts again"));
  /* Said once, though the time is saved twice. */
  assert_null (strstr (strstr (notice, "9999") + 1, "9999-12-31T23:59:00Z"));

  run = sd_case_get_run (loaded);
  assert_non_null (run);
  assert_null (run->wait_deadline);
  assert_null (g_hash_table_lookup (run->answers, "wait"));
  assert_string_equal (g_hash_table_lookup (run->answers, "how-long"), "1");
  assert_int_equal (run->path->len, 2);
  assert_int_equal (sd_case_get_n_answers (loaded), 2);
}

static void
test_non_utf8_answer (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) saved = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(SdCase) damaged = NULL;
  g_autofree char *notice = NULL;
  SdCaseRun *run = sd_case_run_new ("battery-disconnect");
  const char *text;

  /* Saved from memory: no critical (the tests make criticals fatal), and what
   * is read back is UTF-8. */
  g_ptr_array_add (run->path, g_strdup ("prepare"));
  g_hash_table_insert (run->answers, g_strdup ("prepare"), g_strdup ("d\xff\xfe" "one"));
  sd_case_set_run (saved, run);
  assert_true (sd_case_save (saved, fixture->path, NULL));
  loaded = sd_case_load (fixture->path, &notice);
  assert_null (notice);
  text = g_hash_table_lookup (sd_case_get_run (loaded)->answers, "prepare");
  assert_non_null (text);
  assert_true (g_utf8_validate (text, -1, NULL));
  assert_non_null (strstr (text, "one"));

  /* Read from a file: refused as a whole, and the next save works. */
  assert_true (g_file_set_contents (fixture->path,
                                    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n"
                                    "[run]\nprocedure=battery-disconnect\npath=prepare;\n"
                                    "answer-prepare=d\xff\xfe\n", -1, NULL));
  g_clear_pointer (&notice, g_free);
  damaged = sd_case_load (fixture->path, &notice);
  assert_non_null (notice);
  assert_non_null (strstr (notice, "not UTF-8"));
  assert_true (sd_case_save (damaged, fixture->path, NULL));
}


static void
test_save_keeps_the_last_good_copy (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *backup = backup_of (fixture);
  g_autoptr(SdCase) from_backup = NULL;
  g_autoptr(SdCase) current = NULL;

  save_a_then_b (fixture);
  from_backup = sd_case_load (backup, NULL);
  sd_test_assert_is_case_a (from_backup);
  current = sd_case_load (fixture->path, NULL);
  assert_int_equal (sd_case_get_answer (current, "water-in-boot"), SD_ANSWER_YES);
  assert_null (sd_case_get_run (current));
}

static void
test_save_into_a_file_fails (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  /* The state folder is a regular file: the save says so. */
  assert_true (g_file_set_contents (dir, "not a folder", -1, NULL));
  assert_false (sd_case_save (a, fixture->path, &error));
  assert_non_null (error);
}

static void
test_file_without_checksum_from_version_1 (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;

  sd_test_case_files_make_dir (fixture);
  assert_true (g_file_set_contents (fixture->path,
                                    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\nskill=workshop\n"
                                    "[answers]\nspeaker-crackling=yes\n", -1, NULL));
  loaded = sd_case_load (fixture->path, &notice);
  assert_null (notice);
  assert_int_equal (sd_case_get_answer (loaded, "speaker-crackling"), SD_ANSWER_YES);
  assert_int_equal (sd_case_get_skill (loaded), SD_SKILL_WORKSHOP);
}

/* "Your car" is asked once per case: a new case was not asked, the answer is
 * kept, and a case saved before the question existed counts as asked. */
static void
test_car_asked_kept (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) fresh = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(SdCase) old = NULL;

  assert_false (sd_case_get_car_asked (fresh));
  sd_test_case_files_make_dir (fixture);
  assert_true (sd_case_save (fresh, fixture->path, NULL));
  loaded = sd_case_load (fixture->path, NULL);
  assert_false (sd_case_get_car_asked (loaded));

  sd_case_set_car_asked (fresh, TRUE);
  assert_true (sd_case_save (fresh, fixture->path, NULL));
  g_clear_object (&loaded);
  loaded = sd_case_load (fixture->path, NULL);
  assert_true (sd_case_get_car_asked (loaded));

  assert_true (g_file_set_contents (fixture->path,
                                    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n", -1, NULL));
  old = sd_case_load (fixture->path, NULL);
  assert_true (sd_case_get_car_asked (old));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown (test_missing_file_is_a_new_case, setup, teardown),
    cmocka_unit_test_setup_teardown (test_truncated_file_restores_previous_state, setup, teardown),
    cmocka_unit_test_setup_teardown (test_garbage_restores_previous_state, setup, teardown),
    cmocka_unit_test_setup_teardown (test_invalid_values_are_damage, setup, teardown),
    cmocka_unit_test_setup_teardown (test_damaged_file_never_replaces_backup, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_cut_off_before_writing, setup, teardown),
    cmocka_unit_test_setup_teardown (test_truncated_at_10_20_80_percent, setup, teardown),
    cmocka_unit_test_setup_teardown (test_changed_byte_is_damage, setup, teardown),
    cmocka_unit_test_setup_teardown (test_deadline_in_year_9999, setup, teardown),
    cmocka_unit_test_setup_teardown (test_non_utf8_answer, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_keeps_the_last_good_copy, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_into_a_file_fails, setup, teardown),
    cmocka_unit_test_setup_teardown (test_file_without_checksum_from_version_1, setup, teardown),
    cmocka_unit_test_setup_teardown (test_car_asked_kept, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
