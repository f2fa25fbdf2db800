/* test-case-store-faults.c: the case store against hostile files and a full disk
 * (app/engine/sd-case-store.c)
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

typedef SdTestCaseFiles Fixture;

#define setup sd_test_case_files_setup
#define teardown sd_test_case_files_teardown

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
  assert_int_equal (sd_test_count_damaged_copies (fixture), 1);
}


static void
test_fifo_does_not_block (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) c = sd_case_new ();
  GStatBuf info;

  sd_test_case_files_make_dir (fixture);
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

  sd_test_case_files_make_dir (fixture);
  assert_int_equal (symlink ("/dev/zero", fixture->path), 0);
  assert_refused_quickly (fixture, "not a regular file");
}

static void
test_directory_is_refused (void **state)
{
  Fixture *fixture = *state;

  sd_test_case_files_make_dir (fixture);
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

  sd_test_case_files_make_dir (fixture);
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

  sd_test_case_files_make_dir (fixture);
  memset (big, '#', 2 * 1024 * 1024);
  memcpy (big, "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n", 46);
  assert_true (g_file_set_contents (fixture->path, big, 2 * 1024 * 1024, NULL));
  assert_refused_quickly (fixture, "larger than 1 MiB");
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

  sd_test_case_files_make_dir (fixture);
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
    cmocka_unit_test_setup_teardown (test_fifo_does_not_block, setup, teardown),
    cmocka_unit_test_setup_teardown (test_link_to_device_is_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_directory_is_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_link_to_regular_file_is_read, setup, teardown),
    cmocka_unit_test_setup_teardown (test_two_mebibytes_are_refused, setup, teardown),
    cmocka_unit_test_setup_teardown (test_stale_temporaries_removed, setup, teardown),
    cmocka_unit_test_setup_teardown (test_full_disk, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
