/* test-case-list.c: several cases, each its own file (app/engine/sd-case-list.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-session.h"
#include "sd-test-case.h"

static int
setup (void **state)
{
  *state = sd_test_make_tmpdir ();

  return 0;
}

static int
teardown (void **state)
{
  g_autofree char *dir = *state;

  sd_test_rm_rf (dir);

  return 0;
}

static void
test_create_and_list (void **state)
{
  const char *dir = *state;
  g_autoptr(GError) error = NULL;
  g_autofree char *first = sd_case_store_create (dir, &error);
  g_autofree char *second = sd_case_store_create (dir, &error);
  g_autoptr(GPtrArray) list = NULL;

  assert_null (error);
  assert_non_null (first);
  assert_non_null (second);
  assert_string_not_equal (first, second);
  assert_true (sd_case_store_id_is_valid (first));

  list = sd_case_store_list (dir);
  assert_int_equal (list->len, 2);
  for (guint i = 0; i < list->len; i++)
    {
      SdCaseInfo *info = g_ptr_array_index (list, i);

      assert_true (g_strcmp0 (info->id, first) == 0 || g_strcmp0 (info->id, second) == 0);
      assert_null (info->car);
      assert_int_equal (info->n_answers, 0);
      assert_int_equal (info->outcome, SD_OUTCOME_NONE);
    }
}

static void
test_list_shows_car_answers_and_state (void **state)
{
  const char *dir = *state;
  g_autofree char *id = sd_case_store_create (dir, NULL);
  g_autofree char *path = sd_case_store_dup_path (dir, id);
  g_autoptr(SdCase) kase = sd_case_load (path, NULL);
  g_autoptr(GPtrArray) list = NULL;
  SdCaseInfo *info;

  sd_case_set_car_label (kase, "BMW 3 Series E90");
  sd_case_set_answer (kase, "radio-no-sound", SD_ANSWER_YES);
  sd_case_add_tried (kase, "amplifier-check", SD_OUTCOME_WORKSHOP, NULL);
  assert_true (sd_case_save (kase, path, NULL));

  list = sd_case_store_list (dir);
  assert_int_equal (list->len, 1);
  info = g_ptr_array_index (list, 0);
  assert_string_equal (info->id, id);
  assert_string_equal (info->car, "BMW 3 Series E90");
  assert_int_equal (info->n_answers, 1);
  assert_int_equal (info->outcome, SD_OUTCOME_WORKSHOP);
}

static void
test_rename (void **state)
{
  const char *dir = *state;
  g_autofree char *id = sd_case_store_create (dir, NULL);
  g_autoptr(SdCase) kase = NULL;
  g_autoptr(GError) error = NULL;

  assert_true (sd_case_store_rename (dir, id, "Mrs Smith’s E90", &error));
  assert_null (error);
  kase = sd_case_store_open (dir, id, NULL, &error);
  assert_non_null (kase);
  assert_string_equal (sd_case_get_name (kase), "Mrs Smith’s E90");
  assert_string_equal (sd_case_get_id (kase), id);

  assert_false (sd_case_store_rename (dir, "no-such-case", "x", &error));
  assert_true (g_error_matches (error, SD_CASE_ERROR, SD_CASE_ERROR_NOT_FOUND));
}

static void
test_delete (void **state)
{
  const char *dir = *state;
  g_autofree char *id = sd_case_store_create (dir, NULL);
  g_autofree char *path = sd_case_store_dup_path (dir, id);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autofree char *current = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;

  /* A second save leaves a copy, which goes too. */
  assert_true (sd_case_store_rename (dir, id, "A", NULL));
  assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));
  assert_true (sd_case_store_set_current (dir, id, NULL));

  assert_true (sd_case_store_delete (dir, id, &error));
  assert_null (error);
  assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  list = sd_case_store_list (dir);
  assert_int_equal (list->len, 0);

  /* It was the current one: none is now, until one is started. */
  current = sd_case_store_dup_current_id (dir);
  assert_null (current);

  assert_false (sd_case_store_delete (dir, id, &error));
  assert_true (g_error_matches (error, SD_CASE_ERROR, SD_CASE_ERROR_NOT_FOUND));
}

static void
test_ids_never_leave_the_folder (void **state)
{
  const char *dir = *state;
  const char *bad[] = { "", "../case", "a/b", ".", "..", "a b", "x.ini" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *path = sd_case_store_dup_path (dir, bad[i]);
      g_autoptr(SdCase) kase = NULL;

      assert_false (sd_case_store_id_is_valid (bad[i]));
      assert_null (path);
      kase = sd_case_store_open (dir, bad[i], NULL, &error);
      assert_null (kase);
      assert_true (g_error_matches (error, SD_CASE_ERROR, SD_CASE_ERROR_NOT_FOUND));
      g_clear_error (&error);
    }
}

static void
test_current_is_stable (void **state)
{
  const char *dir = *state;
  g_autofree char *first = sd_case_store_dup_current_path (dir);
  g_autofree char *second = sd_case_store_dup_current_path (dir);
  g_autofree char *id = sd_case_store_dup_current_id (dir);
  g_autofree char *expected = sd_case_store_dup_path (dir, id);

  assert_string_equal (first, second);
  assert_string_equal (first, expected);
}

/* The single case.ini of earlier versions becomes the current case, with its copy. */
static void
test_migrate (void **state)
{
  const char *dir = *state;
  g_autofree char *old = g_build_filename (dir, "case.ini", NULL);
  g_autofree char *old_backup = g_build_filename (dir, "case.ini.bak", NULL);
  g_autoptr(SdCase) a = sd_test_case_a ();
  g_autoptr(SdCase) b = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;

  sd_case_set_answer (b, "water-in-boot", SD_ANSWER_YES);
  assert_true (sd_case_save (b, old, NULL));
  assert_true (sd_case_save (a, old, NULL));  /* b becomes the copy */

  path = sd_case_store_dup_current_path (dir);
  assert_false (g_file_test (old, G_FILE_TEST_EXISTS));
  assert_false (g_file_test (old_backup, G_FILE_TEST_EXISTS));
  backup = g_strconcat (path, ".bak", NULL);
  assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  loaded = sd_case_load (path, NULL);
  sd_test_assert_is_case_a (loaded);
  list = sd_case_store_list (dir);
  assert_int_equal (list->len, 1);

  /* Its copy still saves a damaged file. */
  g_clear_object (&loaded);
  assert_true (g_file_set_contents (path, "[case]\nversion=2\ngarbage", -1, NULL));
  loaded = sd_case_load (path, NULL);
  assert_int_equal (sd_case_get_answer (loaded, "water-in-boot"), SD_ANSWER_YES);
}

static void
test_notes_car_and_codes_round_trip (void **state)
{
  const char *dir = *state;
  g_autofree char *path = g_build_filename (dir, "c.ini", NULL);
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 20, 9, 41, 0);
  const char *codes[] = { "B7F3A1", "U0100", NULL };

  sd_case_set_notes (kase, "Line one\nLine two; with = and [brackets]");
  sd_case_set_car_label (kase, "BMW E90");
  sd_case_set_vin (kase, "WBAVA31070NL12345");
  sd_case_set_mileage (kase, "148 200 km");
  sd_case_set_codes (kase, codes);
  sd_case_set_answer (kase, "radio-no-sound", SD_ANSWER_NO);
  sd_case_set_answer_time (kase, "radio-no-sound", when);
  assert_true (sd_case_save (kase, path, NULL));

  loaded = sd_case_load (path, NULL);
  assert_string_equal (sd_case_get_notes (loaded), "Line one\nLine two; with = and [brackets]");
  assert_string_equal (sd_case_get_car_label (loaded), "BMW E90");
  assert_string_equal (sd_case_get_vin (loaded), "WBAVA31070NL12345");
  assert_string_equal (sd_case_get_mileage (loaded), "148 200 km");
  assert_int_equal (g_strv_length ((char **) sd_case_get_codes (loaded)), 2);
  assert_string_equal (sd_case_get_codes (loaded)[1], "U0100");
  assert_true (g_date_time_equal (sd_case_get_answer_time (loaded, "radio-no-sound"), when));

  /* A case without them reads none. */
  g_clear_object (&loaded);
  g_clear_object (&kase);
  kase = sd_case_new ();
  assert_true (sd_case_save (kase, path, NULL));
  loaded = sd_case_load (path, NULL);
  assert_null (sd_case_get_notes (loaded));
  assert_null (sd_case_get_vin (loaded));
  assert_null (sd_case_get_mileage (loaded));
  assert_null (sd_case_get_car_label (loaded));
  assert_null (sd_case_get_codes (loaded));
}

/* The session follows the case it is told to open: answers and notes go to
 * that case's file, and the first keeps what it had. */
static void
test_session_opens_a_case (void **state)
{
  const char *dir = *state;
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *first = sd_case_store_create (dir, NULL);
  g_autofree char *second = sd_case_store_create (dir, NULL);
  g_autofree char *first_path = sd_case_store_dup_path (dir, first);
  g_autofree char *second_path = sd_case_store_dup_path (dir, second);
  g_autoptr(SdSession) session = sd_session_new (catalog, first_path);
  g_autoptr(SdCase) first_saved = NULL;
  g_autoptr(SdCase) second_saved = NULL;

  sd_session_set_answer (session, "radio-no-sound", SD_ANSWER_YES);

  sd_session_open_case (session, second_path);
  assert_string_equal (sd_session_get_case_path (session), second_path);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "radio-no-sound"),
                    SD_ANSWER_UNKNOWN);
  assert_int_equal (sd_diagnosis_get_answer (sd_session_get_diagnosis (session), "radio-no-sound"),
                    SD_ANSWER_UNKNOWN);
  sd_session_set_notes (session, "Second car\nits notes");
  /* Saves are written in their own thread. */
  sd_session_flush (session);

  first_saved = sd_case_load (first_path, NULL);
  second_saved = sd_case_load (second_path, NULL);
  assert_int_equal (sd_case_get_answer (first_saved, "radio-no-sound"), SD_ANSWER_YES);
  assert_null (sd_case_get_notes (first_saved));
  assert_string_equal (sd_case_get_notes (second_saved), "Second car\nits notes");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_create_and_list, setup, teardown),
    cmocka_unit_test_setup_teardown (test_list_shows_car_answers_and_state, setup, teardown),
    cmocka_unit_test_setup_teardown (test_rename, setup, teardown),
    cmocka_unit_test_setup_teardown (test_delete, setup, teardown),
    cmocka_unit_test_setup_teardown (test_ids_never_leave_the_folder, setup, teardown),
    cmocka_unit_test_setup_teardown (test_current_is_stable, setup, teardown),
    cmocka_unit_test_setup_teardown (test_migrate, setup, teardown),
    cmocka_unit_test_setup_teardown (test_notes_car_and_codes_round_trip, setup, teardown),
    cmocka_unit_test_setup_teardown (test_session_opens_a_case, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
