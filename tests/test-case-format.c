/* test-case-format.c: the case as text (app/engine/sd-case-format.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-procedure.h"
#include "sd-test-case.h"

static void
test_round_trip_in_memory (void **state)
{
  g_autoptr(SdCase) saved = sd_test_case_a ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *data = NULL;
  const char *last;
  gsize length;

  data = sd_case_to_data (saved, &length);
  assert_int_equal (strlen (data), length);

  /* The last line proves the rest whole. */
  assert_true (g_str_has_suffix (data, "\n"));
  last = g_strrstr_len (data, length - 1, "\n") + 1;
  assert_true (g_str_has_prefix (last, "checksum=sha256:"));
  assert_int_equal (strlen (last), strlen ("checksum=sha256:") + 64 + 1);
  assert_non_null (strstr (data, "version=2\n"));

  loaded = sd_case_new_from_data (data, length, &notice, &error);
  assert_null (error);
  assert_null (notice);
  sd_test_assert_is_case_a (loaded);
}

/* Cut off anywhere, even inside the checksum line, a case is never read as a
 * different case: it does not load at all. */
static void
test_every_prefix_is_refused (void **state)
{
  g_autoptr(SdCase) saved = sd_test_case_a ();
  g_autofree char *data = NULL;
  gsize length;

  data = sd_case_to_data (saved, &length);
  for (gsize cut = 0; cut < length; cut++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SdCase) loaded = sd_case_new_from_data (data, cut, NULL, &error);

      if (loaded != NULL)
        fail_msg ("the first %" G_GSIZE_FORMAT " of %" G_GSIZE_FORMAT " bytes loaded", cut, length);
      assert_true (g_error_matches (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED));
    }
}

static void
test_bytes_that_are_not_text (void **state)
{
  const char with_nul[] = "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n\0[answers]\n";
  const char *latin1 = "[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n[answers]\nq\xe9=yes\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  assert_null (sd_case_new_from_data (with_nul, sizeof with_nul - 1, NULL, &error));
  assert_non_null (strstr (error->message, "not UTF-8"));
  assert_null (sd_case_new_from_data (latin1, strlen (latin1), NULL, &error2));
  assert_non_null (strstr (error2->message, "not UTF-8"));
}

static void
test_wait_ends_checked (void **state)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) soon = g_date_time_add_seconds (now, SD_WAIT_MAX_SECONDS - 60);
  g_autoptr(GDateTime) too_far = g_date_time_add_seconds (now, SD_WAIT_MAX_SECONDS + 3600);
  g_autofree char *soon_text = g_date_time_format_iso8601 (soon);
  g_autofree char *far_text = g_date_time_format_iso8601 (too_far);
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *unreadable = NULL;
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) loaded = NULL;

  /* Within the longest wait: kept, without a word. */
  good = g_strdup_printf ("[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n"
                          "[run]\nprocedure=p\npath=a;w;\nwait-deadline=%s\nanswer-w=%s\n"
                          "answer-a=done\n", soon_text, soon_text);
  loaded = sd_case_new_from_data (good, strlen (good), &notice, NULL);
  assert_non_null (loaded);
  assert_null (notice);
  assert_non_null (sd_case_get_run (loaded)->wait_deadline);
  assert_string_equal (g_hash_table_lookup (sd_case_get_run (loaded)->answers, "w"), soon_text);
  g_clear_object (&loaded);

  /* An hour further than the longest wait: the wait starts again, and says so. */
  bad = g_strdup_printf ("[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n"
                         "[run]\nprocedure=p\npath=a;w;\nwait-deadline=%s\nanswer-w=%s\n"
                         "answer-a=done\n", far_text, far_text);
  loaded = sd_case_new_from_data (bad, strlen (bad), &notice, NULL);
  assert_non_null (loaded);
  assert_non_null (notice);
  assert_non_null (strstr (notice, "the wait starts again"));
  assert_null (sd_case_get_run (loaded)->wait_deadline);
  assert_null (g_hash_table_lookup (sd_case_get_run (loaded)->answers, "w"));
  assert_string_equal (g_hash_table_lookup (sd_case_get_run (loaded)->answers, "a"), "done");
  g_clear_object (&loaded);
  g_clear_pointer (&notice, g_free);

  /* Not a time at all: never silently. */
  unreadable = g_strdup ("[case]\nversion=1\ncreated=2026-11-23T09:00:00Z\n"
                         "[run]\nprocedure=p\npath=a;w;\nwait-deadline=2026-13-45T99:00:00Z\n"
                         "answer-w=2026-13-45T99:00:00Z\n");
  loaded = sd_case_new_from_data (unreadable, strlen (unreadable), &notice, NULL);
  assert_non_null (loaded);
  assert_non_null (notice);
  assert_non_null (strstr (notice, "is not a time"));
  assert_null (sd_case_get_run (loaded)->wait_deadline);
  assert_null (g_hash_table_lookup (sd_case_get_run (loaded)->answers, "w"));
}

/* What could not be read back is not written: every save loads. */
static void
test_what_cannot_be_read_back_is_left_out (void **state)
{
  g_autoptr(SdCase) self = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  SdCaseRun *run = sd_case_run_new ("p");
  gsize length;

  sd_case_set_answer (self, "good", SD_ANSWER_YES);
  sd_case_set_answer (self, "bad=key", SD_ANSWER_NO);
  sd_case_set_answer (self, "line\nbreak", SD_ANSWER_NO);
  sd_case_set_answer (self, "\xff", SD_ANSWER_NO);
  sd_case_add_tried (self, "", SD_OUTCOME_RESOLVED, NULL);
  sd_case_add_tried (self, "idrive-reboot", SD_OUTCOME_NONE, NULL);
  g_ptr_array_add (run->path, g_strdup ("a;b"));
  g_hash_table_insert (run->answers, g_strdup ("a;b"), g_strdup ("two\nlines; and \xc3"));
  sd_case_set_run (self, run);

  data = sd_case_to_data (self, &length);
  loaded = sd_case_new_from_data (data, length, NULL, &error);
  assert_null (error);
  assert_non_null (loaded);
  assert_int_equal (sd_case_get_n_answers (loaded), 1);
  assert_int_equal (sd_case_get_answer (loaded, "good"), SD_ANSWER_YES);
  assert_int_equal (sd_case_get_n_tried (loaded), 1);
  assert_int_equal (sd_case_get_tried (loaded, 0)->outcome, SD_OUTCOME_NONE);
  assert_string_equal (g_ptr_array_index (sd_case_get_run (loaded)->path, 0), "a;b");
  assert_non_null (strstr (g_hash_table_lookup (sd_case_get_run (loaded)->answers, "a;b"),
                           "two\nlines; and "));
}

/* The fuzzer's seeds say what they are by their names. */
static void
test_fuzz_seeds (void **state)
{
  g_autofree char *dir = g_build_filename (SRCDIR, "tests", "fuzz", "corpus-case", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (listing);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *data = NULL;
      g_autofree char *notice = NULL;
      g_autoptr(SdCase) loaded = NULL;
      gsize length;

      assert_true (g_file_get_contents (path, &data, &length, NULL));
      loaded = sd_case_new_from_data (data, length, &notice, NULL);
      n++;

      if (g_str_has_prefix (name, "valid-") || g_str_has_prefix (name, "version-1-") ||
          g_str_has_prefix (name, "escapes"))
        {
          if (loaded == NULL || notice != NULL)
            fail_msg ("%s does not load cleanly", name);
        }
      else if (g_str_has_prefix (name, "deadline-"))
        {
          if (loaded == NULL || notice == NULL || strstr (notice, "starts again") == NULL)
            fail_msg ("%s does not load with a notice", name);
          assert_null (sd_case_get_run (loaded)->wait_deadline);
        }
      else if (loaded != NULL)
        {
          fail_msg ("%s loads", name);
        }
    }
  assert_true (n >= 8);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_round_trip_in_memory),
    cmocka_unit_test (test_every_prefix_is_refused),
    cmocka_unit_test (test_bytes_that_are_not_text),
    cmocka_unit_test (test_wait_ends_checked),
    cmocka_unit_test (test_what_cannot_be_read_back_is_left_out),
    cmocka_unit_test (test_fuzz_seeds),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
