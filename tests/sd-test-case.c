/* sd-test-case.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-test-case.h"

/* Answers, a procedure tried, a skill and a run with a wait under way. The wait
 * ends in the past, so that no clock finds it too far ahead to believe. */
SdCase *
sd_test_case_a (void)
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
  run->wait_deadline = g_date_time_new_utc (2024, 11, 23, 21, 30, 0);
  sd_case_set_run (self, run);

  return self;
}

void
sd_test_assert_is_case_a (SdCase *self)
{
  const SdTried *tried;
  const SdCaseRun *run;
  g_autoptr(GDateTime) deadline = g_date_time_new_utc (2024, 11, 23, 21, 30, 0);

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

int
sd_test_case_files_setup (void **state)
{
  SdTestCaseFiles *fixture = g_new0 (SdTestCaseFiles, 1);

  fixture->dir = sd_test_make_tmpdir ();
  fixture->path = g_build_filename (fixture->dir, "state", "case.ini", NULL);
  *state = fixture;

  return 0;
}

int
sd_test_case_files_teardown (void **state)
{
  SdTestCaseFiles *fixture = *state;

  sd_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_free (fixture);

  return 0;
}

/* The files a damaged case was set aside as. */
guint
sd_test_count_damaged_copies (SdTestCaseFiles *fixture)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (listing)) != NULL)
    n += g_str_has_prefix (name, "case.ini.damaged-");

  return n;
}

void
sd_test_case_files_make_dir (SdTestCaseFiles *fixture)
{
  g_autofree char *dir = g_path_get_dirname (fixture->path);

  assert_int_equal (g_mkdir_with_parents (dir, 0700), 0);
}
