/* test-gui-outcome.c: the end of a guide offers the guide that follows (issue 12;
 * app/gui/sd-wizard-view.c), and a question answered by another answer says so
 * (app/gui/sd-question-row.c), driven through real widgets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-diagnose-page.h"
#include "sd-question-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-test-wizard.h"

static const char * const kiosk_args[] = { "--kiosk", NULL };

static GtkWidget *
offer_button (GtkWindow *window)
{
  GtkWidget *button = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_BUTTON,
                                           "next-guide");

  assert_non_null (button);

  return button;
}

static const char *
offer_label (GtkWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (offer_button (window)))));
}

static GtkWidget *
staff_label (GtkWindow *window)
{
  GtkWidget *label = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_LABEL,
                                          "next-guide-staff");

  assert_non_null (label);

  return label;
}

/* fibre-inspect's checklist finds a kinked fibre: "found", and the splice
 * offered starts on its overview once the run is recorded. */
static void
check_found_starts_next_guide (SdApplication *app,
                               GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  SdRun *run;

  sd_test_start_guide (window, "fibre-inspect");
  while (g_strcmp0 (sd_test_current_step (app), "visual") != 0)
    sd_test_press_next (window);
  /* Not on the way: nothing is offered. */
  assert_false (gtk_widget_get_mapped (offer_button (window)));
  run = sd_session_get_run (session);
  for (guint i = 0; i < sd_run_get_step (run)->items->len; i++)
    sd_run_set_item_answer (run, i, i == 1 ? SD_ITEM_NOT_OK : SD_ITEM_OK);
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "damaged");
  assert_true (sd_run_is_finished (run));

  assert_true (gtk_widget_get_mapped (offer_button (window)));
  assert_false (gtk_widget_get_mapped (staff_label (window)));
  assert_string_equal (offer_label (window), "Start “Splice a damaged fibre-optic cable”");
  assert_string_equal (gtk_button_get_label (GTK_BUTTON (sd_test_next_button (window))), "_Finish");

  sd_test_click (offer_button (window));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_diagnosis_get_tried (sd_session_get_diagnosis (session), "fibre-inspect"),
                    SD_OUTCOME_FOUND);
  assert_non_null (sd_session_get_run (session));
  assert_string_equal (sd_procedure_get_id (sd_run_get_procedure (sd_session_get_run (session))),
                       "fibre-splice");
  assert_true (sd_test_wizard_shown (window));
  assert_true (sd_test_overview_shown (window));
  assert_false (gtk_widget_get_mapped (offer_button (window)));
}

/* fuse-check finds water at a plug: "needs a workshop" says why and offers
 * the workshop hand-over the diagnosis names, never a guide for home. */
static void
go_to_water (SdApplication *app,
             GtkWindow     *window)
{
  sd_test_start_guide (window, "fuse-check");
  while (g_strcmp0 (sd_test_current_step (app), "found-blown") != 0)
    sd_test_press_next (window);
  sd_test_choose (window, "check-plugs");
  sd_test_press_next (window);
  sd_test_choose (window, "water-corrosion");
  assert_string_equal (sd_test_current_step (app), "water-corrosion");
  assert_int_equal (sd_run_get_outcome (sd_session_get_run (sd_test_wizard_session (app))),
                    SD_OUTCOME_WORKSHOP);
}

static gboolean
is_label_with (GtkWidget *widget,
               gpointer   text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static void
check_workshop_offers_handover (SdApplication *app,
                                GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  SdProcedure *handover;
  g_autofree char *expected = NULL;
  GtkWidget *outcome;

  go_to_water (app, window);
  /* Why a workshop, in the outcome's words. */
  outcome = sd_test_find_matching (sd_test_step_body (window), is_label_with,
                                   "Water or corrosion damage in the wiring must be repaired");
  assert_non_null (outcome);
  assert_true (gtk_widget_get_mapped (outcome));
  handover = sd_diagnosis_get_workshop_handover (sd_session_get_diagnosis (session));
  assert_non_null (handover);
  assert_int_equal (sd_procedure_get_difficulty (handover), SD_DIFFICULTY_WORKSHOP);
  expected = g_strdup_printf ("Start “%s”", sd_procedure_get_title (handover));
  assert_true (gtk_widget_get_mapped (offer_button (window)));
  assert_string_equal (offer_label (window), expected);

  /* The hand-over ends "workshop" too: it offers nothing after itself. */
  sd_test_click (offer_button (window));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_diagnosis_get_tried (sd_session_get_diagnosis (session), "fuse-check"),
                    SD_OUTCOME_WORKSHOP);
  assert_ptr_equal (sd_run_get_procedure (sd_session_get_run (session)), handover);
  sd_test_press_next (window);
  while (!sd_run_is_finished (sd_session_get_run (session)))
    {
      const SdStep *step = sd_run_get_step (sd_session_get_run (session));

      if (step->kind == SD_STEP_CHECKLIST)
        for (guint i = 0; i < step->items->len; i++)
          sd_run_set_item_answer (sd_session_get_run (session), i, SD_ITEM_OK);
      if (step->kind == SD_STEP_QUESTION)
        {
          const SdChoice *last = g_ptr_array_index (step->choices, step->choices->len - 1);

          /* The last choice: "I have not been yet". */
          gtk_widget_activate (sd_test_choice_row (window, last->goto_id));
          sd_test_wait_for_draw (GTK_WIDGET (window));
        }
      else
        sd_test_press_next (window);
    }
  assert_int_equal (sd_run_get_outcome (sd_session_get_run (session)), SD_OUTCOME_WORKSHOP);
  assert_false (gtk_widget_get_mapped (offer_button (window)));
}

/* On a kiosk, a hand-over the workshop does not offer is asked of the staff. */
static void
check_kiosk_asks_staff (SdApplication *app,
                        GtkWindow     *window)
{
  GtkWidget *staff;

  go_to_water (app, window);
  assert_false (gtk_widget_get_mapped (offer_button (window)));
  /* Not by its action either: the run is not recorded, nothing starts. */
  gtk_widget_activate_action (sd_test_wizard_view (window), "wizard.start-next", NULL);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_non_null (sd_session_get_run (sd_test_wizard_session (app)));
  assert_string_equal (sd_test_current_step (app), "water-corrosion");
  staff = staff_label (window);
  assert_true (gtk_widget_get_mapped (staff));
  assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (staff)), "Ask our staff"));
}

static gboolean
is_question_row_for (GtkWidget *widget,
                     gpointer   symptom)
{
  return SD_IS_QUESTION_ROW (widget) &&
         g_strcmp0 (sd_question_get_symptom_id (sd_question_row_get_question (SD_QUESTION_ROW (widget))),
                    symptom) == 0;
}

static GtkWidget *
question_row (GtkWidget  *root,
              const char *symptom)
{
  return sd_test_find_matching (root, is_question_row_for, (gpointer) symptom);
}

static gboolean
is_toggle_labelled (GtkWidget *widget,
                    gpointer   label)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

/* "No sound at all" answers "heavily distorted?": its row says "No" and why,
 * with nothing to press, live, and it is no best question. */
static void
check_implied_answer_shown (SdApplication *app,
                            GtkWindow     *window)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (sd_test_wizard_session (app));
  GtkWidget *page, *best, *no_sound, *distorted, *implied, *yes, *no;

  sd_test_show_page (window, "diagnose");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  assert_non_null (page);
  best = sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "best-questions");
  assert_non_null (best);
  no_sound = question_row (page, "amp-no-output");
  distorted = question_row (page, "amp-heavy-distortion");
  assert_non_null (no_sound);
  assert_non_null (distorted);
  implied = sd_test_find_widget (distorted, GTK_TYPE_LABEL, "question-implied");
  assert_non_null (implied);
  assert_false (gtk_widget_get_visible (implied));
  no = sd_test_find_matching (distorted, is_toggle_labelled, "No");
  assert_true (gtk_widget_is_visible (no));

  yes = sd_test_find_matching (no_sound, is_toggle_labelled, "Yes");
  /* Among the best questions before "no sound at all" is answered. */
  assert_non_null (question_row (best, "amp-heavy-distortion"));
  gtk_widget_grab_focus (yes);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (yes), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));

  /* The same row, wherever it is now, says the answer and why. */
  distorted = question_row (page, "amp-heavy-distortion");
  assert_non_null (distorted);
  assert_null (question_row (best, "amp-heavy-distortion"));
  implied = sd_test_find_widget (distorted, GTK_TYPE_LABEL, "question-implied");
  assert_true (gtk_widget_get_visible (implied));
  assert_string_equal (gtk_label_get_text (GTK_LABEL (implied)),
                       "No: this follows from your answer to “Is there no sound at all from the "
                       "speakers, whatever the source (radio, music or phone)?”.");
  assert_false (gtk_widget_is_visible (sd_test_find_matching (distorted, is_toggle_labelled, "No")));
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "amp-heavy-distortion"), SD_ANSWER_UNKNOWN);
  /* It left the best questions for its group, which was grouped again: the
   * focus stays on the answer just given. */
  no_sound = question_row (page, "amp-no-output");
  yes = sd_test_find_matching (no_sound, is_toggle_labelled, "Yes");
  assert_true (gtk_widget_has_focus (yes));
  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
    assert_string_not_equal (sd_diagnosis_get_question (diagnosis, r)->symptom->id,
                             "amp-heavy-distortion");

  /* Taken back: the question is asked again, in its row, updated in place;
   * the focus stays where it was. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (yes), FALSE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_ptr_equal (question_row (page, "amp-heavy-distortion"), distorted);
  assert_false (gtk_widget_get_visible (implied));
  assert_true (gtk_widget_is_visible (sd_test_find_matching (distorted, is_toggle_labelled, "No")));
  assert_true (gtk_widget_has_focus (yes));

  /* Answered again: the same row shows it again, in place. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (yes), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_ptr_equal (question_row (page, "amp-heavy-distortion"), distorted);
  assert_true (gtk_widget_get_visible (implied));
  assert_true (gtk_widget_has_focus (yes));
}

static void test_found_starts_next_guide (void **state) { sd_test_run_app (check_found_starts_next_guide, NULL); }
static void test_workshop_offers_handover (void **state) { sd_test_run_app (check_workshop_offers_handover, NULL); }
static void test_kiosk_asks_staff (void **state) { sd_test_run_app_with_args (check_kiosk_asks_staff, kiosk_args); }
/* A fresh case whose owner hears crackling speakers: "heavily distorted?"
 * is then among the best questions. */
static int
crackling_case (void **state)
{
  g_autofree char *path = sd_case_dup_default_path ();
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(GError) error = NULL;

  sd_test_fresh_case (state);
  sd_case_set_car_asked (kase, TRUE);
  sd_case_set_answer (kase, "speaker-crackling", SD_ANSWER_YES);
  /* In place of the empty case, leaving no previous copy. */
  g_unlink (path);
  if (!sd_case_save (kase, path, &error))
    fail_msg ("%s", error->message);

  return 0;
}

static void test_implied_answer_shown (void **state) { sd_test_run_app (check_implied_answer_shown, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_found_starts_next_guide, sd_test_fresh_case),
    cmocka_unit_test_setup (test_workshop_offers_handover, sd_test_fresh_case),
    cmocka_unit_test_setup (test_kiosk_asks_staff, sd_test_fresh_case),
    cmocka_unit_test_setup (test_implied_answer_shown, crackling_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
