/* test-session.c: what the pages share, saved on every change (app/engine/sd-session.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>

#include "sd-session.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;
static gint64 fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static void
count (GObject  *object,
       gpointer  user_data)
{
  (*(guint *) user_data)++;
}

static void
test_answers_persist (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) first = sd_session_new (catalog, path);
  g_autoptr(SdSession) second = NULL;
  guint changes = 0;
  double crackling;

  g_signal_connect (first, "changed", G_CALLBACK (count), &changes);
  assert_null (sd_session_take_notice (first));
  sd_session_set_answer (first, "speaker-crackling", SD_ANSWER_YES);
  sd_session_set_answer (first, "speaker-crackling", SD_ANSWER_YES);
  assert_int_equal (changes, 1);
  crackling = sd_diagnosis_get_probability (sd_session_get_diagnosis (first), "sdars-faulty");
  assert_true (crackling > 0.2);

  /* Saved at once: a second session sees the same case and the same ranking. */
  second = sd_session_new (catalog, path);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (second), "speaker-crackling"),
                    SD_ANSWER_YES);
  assert_true (fabs (sd_diagnosis_get_probability (sd_session_get_diagnosis (second),
                                                   "sdars-faulty") - crackling) < 1e-12);

  sd_session_new_case (second);
  assert_int_equal (sd_case_get_n_answers (sd_session_get_case (second)), 0);
  assert_int_equal (sd_diagnosis_get_answer (sd_session_get_diagnosis (second),
                                             "speaker-crackling"), SD_ANSWER_UNKNOWN);
  sd_test_rm_rf (dir);
}

static void
test_run_survives_restart_and_feeds_diagnosis (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) first = sd_session_new (catalog, path);
  g_autoptr(SdSession) second = NULL;
  g_autoptr(GDateTime) deadline = NULL;
  g_autofree char *log = NULL;
  SdRun *run;
  double before;

  sd_session_set_clock (first, fake_clock, NULL);
  before = sd_diagnosis_get_probability (sd_session_get_diagnosis (first), "battery-weak");
  run = sd_session_start_run (first, sd_catalog_lookup_procedure (catalog, "battery-disconnect"));
  for (guint i = 0; i < sd_run_get_step (run)->items->len; i++)
    sd_run_set_item (run, i, TRUE);
  assert_true (sd_run_go_next (run));
  assert_true (sd_run_start_wait (run, 600));
  deadline = g_date_time_ref (sd_run_get_wait_deadline (run));
  g_clear_object (&first);

  /* Quit and come back: the run is there, on the wait, with its deadline. */
  second = sd_session_new (catalog, path);
  sd_session_set_clock (second, fake_clock, NULL);
  run = sd_session_get_run (second);
  assert_non_null (run);
  assert_string_equal (sd_run_get_step (run)->id, "let-sleep");
  assert_true (g_date_time_equal (sd_run_get_wait_deadline (run), deadline));
  assert_false (sd_session_finish_run (second));

  fake_now += 600 * G_USEC_PER_SEC;
  assert_true (sd_run_go_next (run));
  while (sd_run_get_step (run)->kind != SD_STEP_WAIT)
    assert_true (sd_run_go_next (run));
  assert_true (sd_run_start_wait (run, 1800));
  fake_now += 1800 * G_USEC_PER_SEC;
  while (sd_run_get_step (run)->kind != SD_STEP_QUESTION)
    assert_true (sd_run_go_next (run));
  assert_true (sd_run_choose (run, 2));
  assert_true (sd_run_is_finished (run));

  /* The outcome goes into the case and the diagnosis. */
  assert_true (sd_session_finish_run (second));
  assert_null (sd_session_get_run (second));
  assert_int_equal (sd_case_get_n_tried (sd_session_get_case (second)), 1);
  assert_int_equal (sd_diagnosis_get_tried (sd_session_get_diagnosis (second), "battery-disconnect"),
                    SD_OUTCOME_UNRESOLVED);
  assert_true (sd_diagnosis_get_probability (sd_session_get_diagnosis (second), "battery-weak") < before);
  log = sd_session_dup_repair_log (second);
  assert_non_null (strstr (log, "did not fix it"));

  sd_test_rm_rf (dir);
}

static void
test_damaged_case_is_told (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = NULL;
  g_autofree char *notice = NULL;

  assert_true (g_file_set_contents (path, "[case]\nversion=1\ncreated=garbage\n", -1, NULL));
  session = sd_session_new (catalog, path);
  notice = sd_session_take_notice (session);
  assert_non_null (notice);
  assert_null (sd_session_take_notice (session));
  sd_test_rm_rf (dir);
}

/* The reason of the advice is written in the language of the moment; switching
 * writes it again, and leaves the case and the run alone. */
static void
test_language_switch (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  g_autofree char *english = NULL;
  SdRun *run;
  guint changes = 0;

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOS_DOCTOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  setlocale (LC_ALL, "C.UTF-8");
  sd_session_set_language (session, "en");

  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  run = sd_session_start_run (session, sd_catalog_lookup_procedure (catalog, "idrive-reboot"));
  assert_true (sd_run_go_next (run));
  english = g_strdup (sd_diagnosis_get_advice (diagnosis)->reason);

  g_signal_connect (session, "changed", G_CALLBACK (count), &changes);
  sd_session_set_language (session, "de");
  assert_int_equal (changes, 1);
  assert_string_not_equal (sd_diagnosis_get_advice (diagnosis)->reason, english);
  assert_ptr_equal (sd_session_get_run (session), run);
  assert_int_equal (sd_run_get_position (run), 2);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_YES);

  sd_session_set_language (session, "en");
  assert_string_equal (sd_diagnosis_get_advice (diagnosis)->reason, english);
  sd_test_rm_rf (dir);
}

static int
setup (void **state)
{
  catalog = sd_test_load_catalog ();

  return 0;
}

static int
teardown (void **state)
{
  g_clear_object (&catalog);

  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_answers_persist),
    cmocka_unit_test (test_run_survives_restart_and_feeds_diagnosis),
    cmocka_unit_test (test_damaged_case_is_told),
    cmocka_unit_test (test_language_switch),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
