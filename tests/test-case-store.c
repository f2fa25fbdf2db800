/* test-case-store.c: the case on disk (app/engine/sd-case-store.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
/* unshare() and the CLONE_ flags, for the full-disk test. */
#define _GNU_SOURCE 1

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sched.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sd-test-case.h"

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
  sd_test_assert_is_case_a (loaded);
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
      assert_int_equal (count_damaged_copies (fixture), 1);
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
  assert_int_equal (count_damaged_copies (fixture), 1);

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
assert_refused_quickly (Fixture    *fixture,
                        const char *why)
{
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;
  gint64 start = g_get_monotonic_time ();

  loaded = sd_case_load (fixture->path, &notice);
  /* A generous bound: reading /dev/zero to its end would never finish. */
  assert_true (g_get_monotonic_time () - start < 5 * G_USEC_PER_SEC);
  assert_non_null (notice);
  assert_non_null (strstr (notice, why));
  assert_non_null (strstr (notice, "new case"));
  assert_int_equal (sd_case_get_n_answers (loaded), 0);
  /* Set aside, so that the next save writes a regular file in its place. */
  assert_int_equal (count_damaged_copies (fixture), 1);
}

static void
make_state_dir (Fixture *fixture)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  assert_int_equal (g_mkdir_with_parents (dir, 0700), 0);
}

static void
test_fifo_does_not_block (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) c = sd_case_new ();
  GStatBuf info;

  make_state_dir (fixture);
  assert_int_equal (mkfifo (fixture->path, 0600), 0);
  assert_refused_quickly (fixture, "not a regular file");

  assert_true (sd_case_save (c, fixture->path, NULL));
  assert_int_equal (g_lstat (fixture->path, &info), 0);
  assert_true (S_ISREG (info.st_mode));
}

static void
test_link_to_device_is_refused (void **state)
{
  Fixture *fixture = *state;

  make_state_dir (fixture);
  assert_int_equal (symlink ("/dev/zero", fixture->path), 0);
  assert_refused_quickly (fixture, "not a regular file");
}

static void
test_directory_is_refused (void **state)
{
  Fixture *fixture = *state;

  make_state_dir (fixture);
  assert_int_equal (g_mkdir (fixture->path, 0700), 0);
  assert_refused_quickly (fixture, "not a regular file");
}

static void
test_link_to_regular_file_is_read (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autofree char *target = g_build_filename (fixture->dir, "elsewhere.ini", NULL);
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;

  make_state_dir (fixture);
  assert_true (sd_case_save (a, target, NULL));
  assert_int_equal (symlink (target, fixture->path), 0);
  loaded = sd_case_load (fixture->path, &notice);
  assert_null (notice);
  sd_test_assert_is_case_a (loaded);
}

static void
test_two_mebibytes_are_refused (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *big = g_malloc (2 * 1024 * 1024);

  make_state_dir (fixture);
  memset (big, '#', 2 * 1024 * 1024);
  memcpy (big, "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n", 46);
  assert_true (g_file_set_contents (fixture->path, big, 2 * 1024 * 1024, NULL));
  assert_refused_quickly (fixture, "larger than 1 MiB");
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
test_stale_temporaries_removed (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  const char *stale[] = { "case.ini.A1b2C3", "case.ini.zzzz9z", "case.ini.bak.Q9w8E7" };
  const char *kept[] = { "case.ini.damaged-20261123T090000", "case.ini.notes", "case.ini.backup",
                         "other.ini.A1b2C3" };
  g_autoptr(SdCase) loaded = NULL;

  make_state_dir (fixture);
  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (dir, stale[i], NULL);

      assert_true (g_file_set_contents (path, "[case]\nversion=2\n", -1, NULL));
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (dir, kept[i], NULL);

      assert_true (g_file_set_contents (path, "keep", -1, NULL));
    }

  loaded = sd_case_load (fixture->path, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (stale); i++)
    {
      g_autofree char *path = g_build_filename (dir, stale[i], NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS))
        fail_msg ("%s was left behind", stale[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    {
      g_autofree char *path = g_build_filename (dir, kept[i], NULL);

      assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
    }
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

  make_state_dir (fixture);
  assert_true (g_file_set_contents (fixture->path,
                                    "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\nskill=workshop\n"
                                    "[answers]\nspeaker-crackling=yes\n", -1, NULL));
  loaded = sd_case_load (fixture->path, &notice);
  assert_null (notice);
  assert_int_equal (sd_case_get_answer (loaded, "speaker-crackling"), SD_ANSWER_YES);
  assert_int_equal (sd_case_get_skill (loaded), SD_SKILL_WORKSHOP);
}

/* Becomes root of a mount namespace of its own, as root or through a user
 * namespace, so that the test can mount a small tmpfs. */
static gboolean
enter_own_mount_namespace (void)
{
  uid_t uid = getuid ();
  gid_t gid = getgid ();
  g_autofree char *uid_map = NULL;
  g_autofree char *gid_map = NULL;

  if (unshare (CLONE_NEWNS) == 0)
    return mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;

  if (unshare (CLONE_NEWUSER | CLONE_NEWNS) != 0)
    return FALSE;

  uid_map = g_strdup_printf ("0 %u 1\n", (guint) uid);
  gid_map = g_strdup_printf ("0 %u 1\n", (guint) gid);
  if (!g_file_set_contents ("/proc/self/uid_map", uid_map, -1, NULL) ||
      !g_file_set_contents ("/proc/self/setgroups", "deny", -1, NULL) ||
      !g_file_set_contents ("/proc/self/gid_map", gid_map, -1, NULL))
    return FALSE;

  return mount ("none", "/", NULL, MS_REC | MS_PRIVATE, NULL) == 0;
}

enum
{
  FULL_DISK_OK,
  FULL_DISK_FIRST_SAVE,
  FULL_DISK_NOT_FULL,
  FULL_DISK_SAVE_SUCCEEDED,
  FULL_DISK_CASE_LOST,
  FULL_DISK_TEMPORARY_LEFT,
  FULL_DISK_CANNOT_MOUNT = 77,
};

static int
fill_disk_and_save (Fixture *fixture)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autofree char *filler = g_build_filename (dir, "filler", NULL);
  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autoptr(SdCase) b = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  g_autofree char *notice = NULL;
  char block[4096] = { 0 };
  const char *name;
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0 || !enter_own_mount_namespace () ||
      mount ("none", dir, "tmpfs", 0, "size=64k,mode=0700") != 0)
    return FULL_DISK_CANNOT_MOUNT;

  if (!sd_case_save (a, fixture->path, NULL) || !sd_case_save (a, fixture->path, NULL))
    return FULL_DISK_FIRST_SAVE;

  fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  while (fd >= 0 && write (fd, block, sizeof block) == sizeof block)
    ;
  if (fd < 0 || errno != ENOSPC)
    return FULL_DISK_NOT_FULL;
  g_close (fd, NULL);

  sd_case_set_answer (b, "water-in-boot", SD_ANSWER_YES);
  if (sd_case_save (b, fixture->path, &error) || error == NULL)
    return FULL_DISK_SAVE_SUCCEEDED;

  /* The file saved before is still there, whole, and nothing half-written. */
  loaded = sd_case_load (fixture->path, &notice);
  if (!g_file_test (fixture->path, G_FILE_TEST_IS_REGULAR) || notice != NULL || sd_case_get_answer (loaded, "water-in-boot") != SD_ANSWER_UNKNOWN ||
      sd_case_get_answer (loaded, "speaker-crackling") != SD_ANSWER_YES)
    return FULL_DISK_CASE_LOST;

  listing = g_dir_open (dir, 0, NULL);
  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    if (g_str_has_prefix (name, "case.ini.") && strcmp (name, "case.ini.bak") != 0)
      return FULL_DISK_TEMPORARY_LEFT;

  return FULL_DISK_OK;
}

static void
test_full_disk (void **state)
{
  Fixture *fixture = *state;
  int status;
  pid_t child;

  /* In a child: the mount namespace is the child's alone. */
  child = fork ();
  assert_true (child >= 0);
  if (child == 0)
    _exit (fill_disk_and_save (fixture));

  assert_int_equal (waitpid (child, &status, 0), child);
  assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == FULL_DISK_CANNOT_MOUNT)
    {
      g_printerr ("SKIP: cannot mount a small tmpfs here (no root, no user namespaces)\n");
      skip ();
    }
  assert_int_equal (WEXITSTATUS (status), FULL_DISK_OK);
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
    cmocka_unit_test_setup_teardown (test_fifo_does_not_block, setup, teardown),
    cmocka_unit_test_setup_teardown (test_link_to_device_is_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_directory_is_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_link_to_regular_file_is_read, setup, teardown),
    cmocka_unit_test_setup_teardown (test_two_mebibytes_are_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_deadline_in_year_9999, setup, teardown),
    cmocka_unit_test_setup_teardown (test_non_utf8_answer, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stale_temporaries_removed, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_keeps_the_last_good_copy, setup, teardown),
    cmocka_unit_test_setup_teardown (test_save_into_a_file_fails, setup, teardown),
    cmocka_unit_test_setup_teardown (test_file_without_checksum_from_version_1, setup, teardown),
    cmocka_unit_test_setup_teardown (test_full_disk, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
