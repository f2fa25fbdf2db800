/* test-session.c: what the pages share, saved on every change (app/engine/sd-session.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
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
  sd_session_flush (first);
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

#define DAY (G_GINT64_CONSTANT (24 * 60 * 60) * G_USEC_PER_SEC)

static void
count_wait_ended (SdSession *session,
                  SdRun     *run,
                  gpointer   user_data)
{
  assert_ptr_equal (run, sd_session_get_run (session));
  (*(guint *) user_data)++;
}

static SdSession *
new_session (const char *path)
{
  SdSession *session = sd_session_new (catalog, path);

  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);

  return session;
}

/* Starts battery-disconnect and goes on to its first wait, 600 s long. Each
 * move is saved before the next (saves are written in a thread of their own,
 * and the moves made meanwhile are written together). */
static SdRun *
start_wait (SdSession *session)
{
  SdRun *run = sd_session_start_run (session, sd_catalog_lookup_procedure (catalog,
                                                                           "battery-disconnect"));

  sd_session_flush (session);
  for (guint i = 0; i < sd_run_get_step (run)->items->len; i++)
    {
      sd_run_set_item (run, i, TRUE);
      sd_session_flush (session);
    }
  assert_true (sd_run_go_next (run));
  sd_session_flush (session);
  assert_string_equal (sd_run_get_step (run)->id, "let-sleep");
  assert_true (sd_run_start_wait (run, 600));
  sd_session_flush (session);

  return run;
}

/* The session tells once when the wait ends; the clock going back does not
 * reopen it, and the next session knows it was told. */
static void
test_wait_ended_once (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = new_session (path);
  g_autoptr(SdSession) second = NULL;
  guint ended = 0;
  SdRun *run;

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  g_signal_connect (session, "wait-ended", G_CALLBACK (count_wait_ended), &ended);
  run = start_wait (session);
  sd_session_check_wait (session);
  fake_now += 599 * G_USEC_PER_SEC;
  sd_session_check_wait (session);
  assert_int_equal (ended, 0);
  fake_now += 1 * G_USEC_PER_SEC;
  sd_session_check_wait (session);
  sd_session_check_wait (session);
  assert_int_equal (ended, 1);
  fake_now -= DAY;
  sd_session_check_wait (session);
  assert_int_equal (ended, 1);
  assert_true (sd_run_is_wait_over (run));
  g_clear_object (&session);

  ended = 0;
  second = new_session (path);
  g_signal_connect (second, "wait-ended", G_CALLBACK (count_wait_ended), &ended);
  sd_session_check_wait (second);
  assert_true (sd_run_is_wait_over (sd_session_get_run (second)));
  assert_int_equal (ended, 0);
  sd_test_rm_rf (dir);
}

/* A wait that ended while the app was closed is not told; one that was going
 * on when the app started is told when it ends. The session is made on the
 * real clock, as the app makes it, and the fake one set after. */
static void
test_wait_ended_while_closed (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = NULL;
  guint ended = 0;

  fake_now = g_get_real_time () - G_GINT64_CONSTANT (2 * 60 * 60) * G_USEC_PER_SEC;
  session = new_session (path);
  start_wait (session);
  g_clear_object (&session);

  session = sd_session_new (catalog, path);
  sd_session_set_clock (session, fake_clock, NULL);
  g_signal_connect (session, "wait-ended", G_CALLBACK (count_wait_ended), &ended);
  fake_now += G_GINT64_CONSTANT (60 * 60) * G_USEC_PER_SEC;
  sd_session_check_wait (session);
  assert_true (sd_run_is_wait_over (sd_session_get_run (session)));
  assert_int_equal (ended, 0);
  g_clear_object (&session);

  fake_now = g_get_real_time ();
  session = new_session (path);
  sd_session_abandon_run (session);
  start_wait (session);
  g_clear_object (&session);

  session = sd_session_new (catalog, path);
  sd_session_set_clock (session, fake_clock, NULL);
  g_signal_connect (session, "wait-ended", G_CALLBACK (count_wait_ended), &ended);
  sd_session_check_wait (session);
  assert_int_equal (ended, 0);
  fake_now += 600 * G_USEC_PER_SEC;
  sd_session_check_wait (session);
  sd_session_check_wait (session);
  assert_int_equal (ended, 1);
  sd_test_rm_rf (dir);
}

static GThread *main_thread;
static guint save_failures;
static char *save_message;

static void
on_save_failed (SdSession  *session,
                const char *message,
                gpointer    user_data)
{
  /* Told on the thread of the session's main context, never the writer's. */
  assert_ptr_equal (g_thread_self (), main_thread);
  save_failures++;
  g_free (save_message);
  save_message = g_strdup (message);
}

static gboolean
set_flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;

  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the session's saved state is @saved, or @seconds pass. */
static void
run_until_saved (SdSession *session,
                 gboolean   saved,
                 guint      seconds)
{
  gboolean timed_out = FALSE;
  guint id = g_timeout_add_seconds (seconds, set_flag_cb, &timed_out);

  while (!timed_out && sd_session_get_saved (session) != saved)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (id);
}

/* A case path whose folder is a regular file: every save fails. Each failing
 * change is told at once, the case goes on in memory, and it is saved as soon
 * as the path can be written: by the next change, or by the retry timer. */
static void
test_save_failure (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *blocker = g_build_filename (dir, "state", NULL);
  g_autofree char *path = g_build_filename (blocker, "case.ini", NULL);
  g_autoptr(SdSession) session = NULL;
  g_autoptr(SdSession) reread = NULL;
  g_autofree char *notice = NULL;
  SdCase *kase;
  guint told;

  assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  session = new_session (path);
  notice = sd_session_take_notice (session);
  g_signal_connect (session, "save-failed", G_CALLBACK (on_save_failed), NULL);
  save_failures = 0;
  assert_true (sd_session_get_saved (session));

  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  sd_session_flush (session);
  assert_int_equal (save_failures, 1);
  assert_non_null (strstr (save_message, path));
  assert_false (sd_session_get_saved (session));
  kase = sd_session_get_case (session);
  assert_int_equal (sd_case_get_answer (kase, "speaker-crackling"), SD_ANSWER_YES);
  assert_int_equal (sd_diagnosis_get_answer (sd_session_get_diagnosis (session),
                                             "speaker-crackling"), SD_ANSWER_YES);

  /* A run's every move is a change too: a tick, a step, the wait's start. */
  start_wait (session);
  told = save_failures;
  assert_int_equal (told, 1 + 1 + sd_procedure_get_step (sd_catalog_lookup_procedure (
                                  catalog, "battery-disconnect"), 0)->items->len + 1 + 1);

  /* The retries that fail the same way are not told again. */
  run_until_saved (session, TRUE, 4);
  assert_false (sd_session_get_saved (session));
  assert_int_equal (save_failures, told);

  /* Fixed: the retry saves everything, without a change. */
  assert_int_equal (g_unlink (blocker), 0);
  run_until_saved (session, TRUE, 10);
  assert_true (sd_session_get_saved (session));
  assert_int_equal (save_failures, told);
  reread = sd_session_new (catalog, path);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (reread), "speaker-crackling"),
                    SD_ANSWER_YES);
  assert_non_null (sd_session_get_run (reread));
  assert_string_equal (sd_run_get_step (sd_session_get_run (reread))->id, "let-sleep");
  g_clear_object (&reread);

  /* Broken again, then fixed: the next change saves at once. */
  sd_test_rm_rf (blocker);
  assert_true (g_file_set_contents (blocker, "not a folder", -1, NULL));
  sd_session_set_answer (session, "water-in-boot", SD_ANSWER_YES);
  sd_session_flush (session);
  assert_int_equal (save_failures, told + 1);
  assert_int_equal (g_unlink (blocker), 0);
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_NO);
  sd_session_flush (session);
  assert_int_equal (save_failures, told + 1);
  assert_true (sd_session_get_saved (session));
  reread = sd_session_new (catalog, path);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (reread), "water-in-boot"),
                    SD_ANSWER_YES);

  g_clear_pointer (&save_message, g_free);
  sd_test_rm_rf (dir);
}

/* The car and the fault codes saved with a case reach the diagnosis when the
 * case is opened again: a G01 has no fibre ring, and B7F341 points at the
 * emergency battery. */
static void
test_car_and_codes_reach_diagnosis (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) first = sd_session_new (catalog, path);
  g_autoptr(SdSession) second = NULL;
  const char *codes[] = { "B7F341", NULL };
  SdDiagnosis *diagnosis;
  double generic;

  generic = sd_diagnosis_get_probability (sd_session_get_diagnosis (first),
                                          "emergency-battery-worn");
  assert_true (sd_diagnosis_get_probability (sd_session_get_diagnosis (first),
                                             "fibre-damaged") > 0.0);
  sd_vehicle_profile_set_model (sd_case_get_profile (sd_session_get_case (first)), "g01");
  sd_case_set_codes (sd_session_get_case (first), codes);
  /* Any change saves the whole case. */
  sd_session_set_answer (first, "speaker-crackling", SD_ANSWER_NO);
  sd_session_flush (first);

  second = sd_session_new (catalog, path);
  diagnosis = sd_session_get_diagnosis (second);
  assert_string_equal (sd_vehicle_profile_get_model (sd_diagnosis_get_profile (diagnosis)), "g01");
  assert_float_equal (sd_diagnosis_get_probability (diagnosis, "fibre-damaged"), 0.0, 1e-12);
  assert_true (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn") > generic);
  assert_true (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn") > 0.9);
  sd_test_rm_rf (dir);
}

/* "Use this car": a G-series car without a fibre ring drops the ring's causes
 * at once, with one "changed"; the same car again changes nothing; the car
 * and that it was asked are saved with the case. */
static void
test_set_profile (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autoptr(SdSession) reopened = NULL;
  g_autoptr(SdVehicleProfile) car = sd_vehicle_profile_new (sd_catalog_get_vehicles (catalog));
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  guint changes = 0;

  assert_false (sd_case_get_car_asked (sd_session_get_case (session)));
  assert_true (sd_diagnosis_get_probability (diagnosis, "fibre-damaged") > 0.0);
  g_signal_connect (session, "changed", G_CALLBACK (count), &changes);

  sd_vehicle_profile_set_model (car, "g01");
  sd_vehicle_profile_apply_defaults (car);
  sd_session_set_profile (session, car);
  assert_int_equal (changes, 1);
  assert_true (sd_case_get_car_asked (sd_session_get_case (session)));
  assert_string_equal (sd_vehicle_profile_get_model (sd_case_get_profile (sd_session_get_case (session))),
                       "g01");
  assert_float_equal (sd_diagnosis_get_probability (diagnosis, "fibre-damaged"), 0.0, 1e-12);
  sd_session_set_profile (session, car);
  assert_int_equal (changes, 1);

  sd_session_flush (session);
  reopened = sd_session_new (catalog, path);
  assert_true (sd_case_get_car_asked (sd_session_get_case (reopened)));
  assert_string_equal (sd_vehicle_profile_get_model (sd_case_get_profile (sd_session_get_case (reopened))),
                       "g01");
  assert_float_equal (sd_diagnosis_get_probability (sd_session_get_diagnosis (reopened), "fibre-damaged"),
                      0.0, 1e-12);

  /* "I don't know my car": everything applies again. */
  sd_session_set_profile (session, NULL);
  assert_int_equal (changes, 2);
  assert_true (sd_vehicle_profile_is_unknown (sd_case_get_profile (sd_session_get_case (session))));
  assert_true (sd_diagnosis_get_probability (diagnosis, "fibre-damaged") > 0.0);
  sd_test_rm_rf (dir);
}

/* "I don't know my car" in a new case: asked, saved, and nothing else changes. */
static void
test_unknown_car_is_asked (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autoptr(SdSession) reopened = NULL;
  guint changes = 0;

  g_signal_connect (session, "changed", G_CALLBACK (count), &changes);
  sd_session_set_profile (session, NULL);
  assert_int_equal (changes, 0);
  assert_true (sd_case_get_car_asked (sd_session_get_case (session)));
  sd_session_flush (session);
  reopened = sd_session_new (catalog, path);
  assert_true (sd_case_get_car_asked (sd_session_get_case (reopened)));
  sd_session_new_case (reopened);
  assert_false (sd_case_get_car_asked (sd_session_get_case (reopened)));
  sd_test_rm_rf (dir);
}

/* Saves are written in a thread of their own: quick changes are never lost,
 * and never written out of order; the latest state is what is on disk. */
static void
test_quick_changes_saved_in_order (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = new_session (path);
  g_autoptr(SdSession) reread = NULL;

  for (guint i = 0; i < 20; i++)
    {
      sd_session_set_answer (session, "speaker-crackling", i % 2 ? SD_ANSWER_NO : SD_ANSWER_YES);
      sd_session_set_answer (session, "water-in-boot", i % 2 ? SD_ANSWER_YES : SD_ANSWER_NO);
    }
  sd_session_flush (session);
  assert_true (sd_session_get_saved (session));

  reread = sd_session_new (catalog, path);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (reread), "speaker-crackling"),
                    SD_ANSWER_NO);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (reread), "water-in-boot"),
                    SD_ANSWER_YES);
  g_clear_object (&reread);

  /* Two quick answers, and the session closed at once: both are kept. */
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  sd_session_set_answer (session, "water-in-boot", SD_ANSWER_NO);
  g_clear_object (&session);
  reread = sd_session_new (catalog, path);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (reread), "speaker-crackling"),
                    SD_ANSWER_YES);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (reread), "water-in-boot"),
                    SD_ANSWER_NO);

  g_clear_object (&reread);
  sd_test_rm_rf (dir);
}

static int
setup (void **state)
{
  main_thread = g_thread_self ();
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
    cmocka_unit_test (test_car_and_codes_reach_diagnosis),
    cmocka_unit_test (test_run_survives_restart_and_feeds_diagnosis),
    cmocka_unit_test (test_damaged_case_is_told),
    cmocka_unit_test (test_language_switch),
    cmocka_unit_test (test_wait_ended_once),
    cmocka_unit_test (test_wait_ended_while_closed),
    cmocka_unit_test (test_save_failure),
    cmocka_unit_test (test_quick_changes_saved_in_order),
    cmocka_unit_test (test_set_profile),
    cmocka_unit_test (test_unknown_car_is_asked),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
