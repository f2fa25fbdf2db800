/* test-case.c: saving and restoring the case, and the repair log (app/engine/sd-case.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <sys/stat.h>

#include "sd-case.h"
#include "sd-catalog.h"
#include "sd-test-utils.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->dir = sd_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "state", "case.ini", NULL);
  *state = fixture;

  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  sd_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture);

  return 0;
}

static SdCase *
case_a (void)
{
  SdCase *self = sd_case_new ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 23, 9, 30, 0);
  SdCaseRun *run = sd_case_run_new ("battery-disconnect");

  sd_case_set_answer (self, "speaker-crackling", SD_ANSWER_YES);
  sd_case_set_answer (self, "recent-boot-work", SD_ANSWER_NO);
  sd_case_add_tried (self, "idrive-reboot", SD_OUTCOME_UNRESOLVED, when);
  sd_case_set_skill (self, SD_SKILL_WORKSHOP);

  g_ptr_array_add (run->path, g_strdup ("prepare"));
  g_ptr_array_add (run->path, g_strdup ("wait"));
  g_hash_table_insert (run->answers, g_strdup ("how-long"), g_strdup ("1"));
  run->wait_deadline = g_date_time_new_utc (2026, 11, 23, 21, 30, 0);
  sd_case_set_run (self, run);

  return self;
}

static void
assert_is_case_a (SdCase *self)
{
  const SdTried *tried;
  const SdCaseRun *run;
  g_autoptr(GDateTime) deadline = g_date_time_new_utc (2026, 11, 23, 21, 30, 0);

  assert_int_equal (sd_case_get_n_answers (self), 2);
  assert_int_equal (sd_case_get_answer (self, "speaker-crackling"), SD_ANSWER_YES);
  assert_int_equal (sd_case_get_answer (self, "recent-boot-work"), SD_ANSWER_NO);
  assert_int_equal (sd_case_get_answer (self, "water-in-boot"), SD_ANSWER_UNKNOWN);
  assert_int_equal (sd_case_get_skill (self), SD_SKILL_WORKSHOP);

  assert_int_equal (sd_case_get_n_tried (self), 1);
  tried = sd_case_get_tried (self, 0);
  assert_string_equal (tried->procedure, "idrive-reboot");
  assert_int_equal (tried->outcome, SD_OUTCOME_UNRESOLVED);
  assert_int_equal (g_date_time_get_hour (tried->when), 9);

  run = sd_case_get_run (self);
  assert_non_null (run);
  assert_string_equal (run->procedure, "battery-disconnect");
  assert_int_equal (run->path->len, 2);
  assert_string_equal (g_ptr_array_index (run->path, 1), "wait");
  assert_string_equal (g_hash_table_lookup (run->answers, "how-long"), "1");
  assert_non_null (run->wait_deadline);
  assert_true (g_date_time_equal (run->wait_deadline, deadline));
}

static void
test_round_trip (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) saved = case_a ();
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
  assert_is_case_a (loaded);
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
  g_autoptr(SdCase) a = case_a ();
  g_autoptr(SdCase) b = sd_case_new ();

  sd_case_set_answer (b, "water-in-boot", SD_ANSWER_YES);
  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (sd_case_save (b, fixture->path, NULL));
}

static guint
count_damaged_copies (Fixture *fixture)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_prefix (name, "case.ini.damaged-");

  return n;
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
  assert_is_case_a (loaded);
  assert_int_equal (count_damaged_copies (fixture), 1);
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
  assert_is_case_a (loaded);
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
      assert_int_equal (count_damaged_copies (fixture), 1);
    }
}

static void
test_damaged_file_never_replaces_backup (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) a = case_a ();
  g_autoptr(SdCase) c = sd_case_new ();
  g_autofree char *backup = g_strconcat (fixture->path, ".bak", NULL);
  g_autoptr(SdCase) from_backup = NULL;

  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (sd_case_save (a, fixture->path, NULL));
  assert_true (g_file_set_contents (fixture->path, "garbage", -1, NULL));

  /* Saving over a damaged file keeps the last good copy as it was. */
  assert_true (sd_case_save (c, fixture->path, NULL));
  from_backup = sd_case_load (backup, NULL);
  assert_is_case_a (from_backup);
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
  assert_is_case_a (loaded);
}

static void
test_apply_and_repair_log (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdDiagnosis) from_case = NULL;
  g_autoptr(SdDiagnosis) direct = NULL;
  g_autoptr(SdCase) self = case_a ();
  g_autofree char *log = NULL;

  from_case = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));
  direct = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));

  sd_case_apply (self, from_case);
  sd_diagnosis_set_answer (direct, "speaker-crackling", SD_ANSWER_YES);
  sd_diagnosis_set_answer (direct, "recent-boot-work", SD_ANSWER_NO);
  sd_diagnosis_set_tried (direct, "idrive-reboot", SD_OUTCOME_UNRESOLVED);
  sd_diagnosis_set_skill (direct, SD_SKILL_WORKSHOP);
  assert_true (fabs (sd_diagnosis_get_probability (from_case, "sdars-faulty") -
                     sd_diagnosis_get_probability (direct, "sdars-faulty")) < 1e-12);
  assert_int_equal (sd_diagnosis_get_tried (from_case, "idrive-reboot"), SD_OUTCOME_UNRESOLVED);

  log = sd_case_to_text (self, from_case, sd_catalog_get_knowledge (catalog),
                         sd_catalog_get_procedures (catalog));
  assert_non_null (strstr (log, "SOS Doctor repair log"));
  assert_non_null (strstr (log, "Yes   Do you hear crackling sounds from the speakers?"));
  assert_non_null (strstr (log, "No    Has anyone worked in the boot"));
  assert_non_null (strstr (log, "Restart the iDrive: did not fix it"));
  assert_non_null (strstr (log, "Under way: Disconnect the 12 V battery"));
  assert_non_null (strstr (log, sd_text_get (&sd_diagnosis_get_cause (from_case, 0)->fault->name)));
  assert_non_null (strstr (log, sd_diagnosis_get_advice (from_case)->reason));
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
    cmocka_unit_test (test_apply_and_repair_log),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
