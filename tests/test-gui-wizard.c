/* test-gui-wizard.c: the wizards and the Diagnose page, driven through real widgets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include "sd-car-page.h"
#include "sd-diagram-view.h"
#include "sd-format.h"
#include "sd-guide-overview.h"
#include "sd-log-page.h"
#include "sd-cause-row.h"
#include "sd-question-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-wizard.h"
#include "sd-test-utils.h"
#include "sd-step-view.h"
#include "sd-window.h"
#include "sd-wizard-view.h"

static void
check_idrive_reboot (SdApplication *app,
                     GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  GtkLabel *countdown;
  GtkWidget *hold, *start_hold;

  sd_test_fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  sd_test_start_guide (window, "idrive-reboot");
  assert_string_equal (sd_test_current_step (app), "engine-off");
  assert_string_equal (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (
                         sd_test_find_widget (sd_test_wizard_view (window),
                                              ADW_TYPE_WINDOW_TITLE, NULL))),
                       "Step 1 · up to 6 more");
  assert_true (sd_test_next_enabled (window));
  sd_test_press_next (window);

  /* The hold: Next waits for the countdown, which the clock drives. */
  assert_string_equal (sd_test_current_step (app), "hold-volume");
  assert_false (sd_test_next_enabled (window));
  hold = sd_test_step_view (window);
  countdown = GTK_LABEL (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_LABEL,
                                              "countdown"));
  start_hold = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON, "start-hold");
  assert_string_equal (sd_test_next_reason (window), "Start the countdown as you start holding");
  assert_string_equal (gtk_button_get_label (GTK_BUTTON (start_hold)), "_Start the Countdown");
  sd_test_click (start_hold);
  sd_test_fake_now += 12 * G_USEC_PER_SEC;
  sd_wizard_view_tick (SD_WIZARD_VIEW (sd_test_wizard_view (window)));
  assert_string_equal (gtk_label_get_text (countdown), "18");
  assert_false (sd_test_next_enabled (window));
  /* While it counts, the button and the caption say so. */
  assert_string_equal (gtk_button_get_label (GTK_BUTTON (start_hold)), "Counting… Keep Holding");
  assert_string_equal (sd_test_next_reason (window), "Finish the countdown first");
  /* Counted down in place: the same step, the same label. */
  assert_ptr_equal (sd_test_step_view (window), hold);
  assert_ptr_equal (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_LABEL, "countdown"),
                    countdown);
  sd_test_fake_now += 18 * G_USEC_PER_SEC;
  sd_wizard_view_tick (SD_WIZARD_VIEW (sd_test_wizard_view (window)));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_test_next_enabled (window));
  assert_null (sd_test_next_reason (window));
  assert_ptr_equal (sd_test_step_view (window), hold);
  assert_string_equal (gtk_label_get_text (countdown), "Done");
  sd_test_press_next (window);
  assert_ptr_not_equal (sd_test_step_view (window), hold);

  assert_string_equal (sd_test_current_step (app), "screen-dark");
  assert_false (sd_test_next_enabled (window));
  sd_test_choose (window, "press-again");
  sd_test_press_next (window);
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "warning-gone");

  /* Back retraces the path; then on to the outcome. */
  assert_true (gtk_widget_activate_action (sd_test_wizard_view (window), "wizard.back", NULL));
  assert_string_equal (sd_test_current_step (app), "start-engine");
  sd_test_press_next (window);
  sd_test_choose (window, "unresolved");
  assert_string_equal (sd_test_current_step (app), "unresolved");
  assert_true (sd_test_next_enabled (window));
  sd_test_press_next (window);

  /* Finished: recorded in the case, the diagnosis moved, back on Diagnose. */
  assert_null (sd_session_get_run (session));
  assert_false (sd_test_wizard_shown (window));
  assert_int_equal (sd_case_get_n_tried (sd_session_get_case (session)), 1);
  assert_int_equal (sd_diagnosis_get_tried (sd_session_get_diagnosis (session), "idrive-reboot"),
                    SD_OUTCOME_UNRESOLVED);
}

static void
check_sos_reset (SdApplication *app,
                 GtkWindow     *window)
{
  GtkWidget *acknowledge, *yes, *no;
  graphene_rect_t yes_before, yes_after, no_before, no_after;

  sd_test_wizard_session (app);
  sd_test_fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  sd_test_start_guide (window, "sos-button-reset");
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "ready");

  /* The live-call interlock: nothing works until the danger is acknowledged. */
  assert_false (gtk_widget_is_sensitive (sd_test_step_body (window)));
  acknowledge = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_CHECK_BUTTON, "acknowledge");
  assert_non_null (acknowledge);
  yes = sd_test_choice_row (window, "press-sos");
  no = sd_test_choice_row (window, "skipped");
  assert_non_null (yes);
  assert_non_null (no);
  assert_true (gtk_widget_compute_bounds (yes, GTK_WIDGET (window), &yes_before));
  assert_true (gtk_widget_compute_bounds (no, GTK_WIDGET (window), &no_before));
  gtk_widget_grab_focus (acknowledge);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (acknowledge), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (gtk_widget_is_sensitive (sd_test_step_body (window)));

  /* The keyboard goes on from the check box, which gave way, to the step. */
  assert_non_null (gtk_window_get_focus (window));
  assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (window), sd_test_step_view (window)));

  /* The acknowledgement moves nothing under the pointer: a click meant for
   * one answer does not land on the other. */
  assert_ptr_equal (sd_test_choice_row (window, "press-sos"), yes);
  assert_ptr_equal (sd_test_choice_row (window, "skipped"), no);
  assert_true (gtk_widget_compute_bounds (yes, GTK_WIDGET (window), &yes_after));
  assert_true (gtk_widget_compute_bounds (no, GTK_WIDGET (window), &no_after));
  assert_true (graphene_rect_equal (&yes_before, &yes_after));
  assert_true (graphene_rect_equal (&no_before, &no_after));
  sd_test_choose (window, "press-sos");

  assert_string_equal (sd_test_current_step (app), "press-sos");
  assert_false (gtk_widget_is_sensitive (sd_test_step_body (window)));
  acknowledge = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_CHECK_BUTTON, "acknowledge");
  gtk_check_button_set_active (GTK_CHECK_BUTTON (acknowledge), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  sd_test_click (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON, "start-hold"));
  sd_test_fake_now += 5 * G_USEC_PER_SEC;
  sd_wizard_view_tick (SD_WIZARD_VIEW (sd_test_wizard_view (window)));
  sd_test_press_next (window);

  sd_test_choose (window, "nothing");
  while (g_strcmp0 (sd_test_current_step (app), "result") != 0)
    sd_test_press_next (window);
  sd_test_choose (window, "unresolved");
  sd_test_press_next (window);

  assert_null (sd_session_get_run (sd_application_get_session (app)));
  assert_int_equal (sd_diagnosis_get_tried (sd_session_get_diagnosis (sd_application_get_session (app)),
                                            "sos-button-reset"), SD_OUTCOME_UNRESOLVED);
}

static gboolean
is_unticked_check (GtkWidget *widget,
                   gpointer   data)
{
  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_widget_get_name (widget), "item-ok") == 0 &&
         !gtk_check_button_get_active (GTK_CHECK_BUTTON (widget));
}

static guint waits_over;

static void
count_wait_over (SdWindow   *window,
                 const char *title,
                 gpointer    user_data)
{
  waits_over++;
}

static AdwMessageDialog *find_dialog (GtkWindow  *parent,
                                      const char *heading);

/* Back from a wait under way asks first; going back and on again keeps its
 * deadline. */
static void
check_back_over_wait (SdApplication *app,
                      GtkWindow     *window)
{
  SdRun *run = sd_session_get_run (sd_application_get_session (app));
  g_autoptr(GDateTime) deadline = g_date_time_ref (sd_run_get_wait_deadline (run));
  const char *step_id = sd_run_get_step (run)->id;
  g_autofree char *before = NULL;
  AdwMessageDialog *dialog;

  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_non_null (sd_test_next_reason (window));
  assert_true (gtk_widget_activate_action (sd_test_wizard_view (window), "wizard.back", NULL));
  dialog = find_dialog (window, "Leave the Wait?");
  assert_non_null (dialog);
  assert_string_equal (sd_test_current_step (app), step_id);

  /* Staying changes nothing. */
  adw_message_dialog_response (dialog, "stay");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_test_current_step (app), step_id);

  assert_true (gtk_widget_activate_action (sd_test_wizard_view (window), "wizard.back", NULL));
  dialog = find_dialog (window, "Leave the Wait?");
  assert_non_null (dialog);
  adw_message_dialog_response (dialog, "back");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_not_equal (sd_test_current_step (app), step_id);
  before = g_strdup (sd_test_current_step (app));

  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), step_id);
  assert_true (g_date_time_equal (sd_run_get_wait_deadline (run), deadline));
  assert_false (gtk_widget_is_visible (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON,
                                                            "start-wait")));
}

/* The toasts on screen: libadwaita 1.2 shows each in an AdwToastWidget. */
static guint
count_toasts (GtkWidget *root)
{
  guint n = g_str_equal (G_OBJECT_TYPE_NAME (root), "AdwToastWidget");

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_toasts (child);

  return n;
}

/* Waits, a second at most, for the toasts to go. */
static guint
toasts_after_a_while (GtkWidget *root)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC;

  while (count_toasts (root) > 0 && g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);

  return count_toasts (root);
}

static void
check_battery_disconnect (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  g_autoptr(GDateTime) deadline = NULL;
  GtkWidget *new_window;
  GtkWidget *check;
  GtkWidget *wait;

  sd_test_fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  sd_test_start_guide (window, "battery-disconnect");

  /* The checklist: Next only when every item is ticked. */
  while ((check = sd_test_find_matching (sd_test_step_body (window), is_unticked_check, NULL)) != NULL)
    {
      assert_false (sd_test_next_enabled (window));
      assert_string_equal (sd_test_next_reason (window), "Tick every item first");
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      sd_test_wait_for_draw (GTK_WIDGET (window));
    }
  assert_true (sd_test_next_enabled (window));
  sd_test_press_next (window);

  /* The wait: its deadline in local time, the time left. */
  assert_string_equal (sd_test_current_step (app), "let-sleep");
  wait = sd_test_step_view (window);
  sd_test_click (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON, "start-wait"));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_ptr_equal (sd_test_step_view (window), wait);
  deadline = g_date_time_ref (sd_run_get_wait_deadline (sd_session_get_run (session)));
  assert_int_equal (g_date_time_to_unix (deadline), 1795000000 + 600);
  assert_string_equal (gtk_label_get_text (GTK_LABEL (sd_test_find_widget (
                                                     sd_test_step_body (window),
                                                     GTK_TYPE_LABEL, "time-left"))),
                       "10 min 00 s");
  assert_false (sd_test_next_enabled (window));

  /* Close the window in the middle of the wait; a new one offers it again, with
   * the same deadline. */
  gtk_window_destroy (window);
  new_window = GTK_WIDGET (sd_window_new (app));
  gtk_window_present (GTK_WINDOW (new_window));
  sd_test_wait_for_draw (new_window);
  window = GTK_WINDOW (new_window);
  assert_false (sd_test_wizard_shown (window));
  assert_true (gtk_widget_activate_action (new_window, "win.show-wizard", NULL));
  sd_test_wait_for_draw (new_window);
  assert_true (sd_test_wizard_shown (window));
  assert_string_equal (sd_test_current_step (app), "let-sleep");
  assert_true (g_date_time_equal (sd_run_get_wait_deadline (sd_session_get_run (session)), deadline));

  /* The window tells the user once when the wait is over, on any page. */
  g_signal_connect (window, "wait-over", G_CALLBACK (count_wait_over), NULL);
  waits_over = 0;
  sd_window_check_wait (SD_WINDOW (window));
  assert_int_equal (waits_over, 0);
  sd_test_fake_now += 600 * G_USEC_PER_SEC;
  sd_window_check_wait (SD_WINDOW (window));
  sd_window_check_wait (SD_WINDOW (window));
  assert_int_equal (waits_over, 1);
  assert_int_equal (count_toasts (new_window), 1);
  wait = sd_test_step_view (window);
  sd_wizard_view_tick (SD_WIZARD_VIEW (sd_test_wizard_view (window)));
  sd_test_wait_for_draw (new_window);
  assert_true (sd_test_next_enabled (window));
  assert_ptr_equal (sd_test_step_view (window), wait);
  sd_test_press_next (window);
  /* Past the wait, "the wait is over" is taken back. */
  assert_int_equal (toasts_after_a_while (new_window), 0);

  /* The 12-hour wait, in no time. */
  while (sd_run_get_step (sd_session_get_run (session))->kind != SD_STEP_WAIT)
    sd_test_press_next (window);
  assert_string_equal (sd_test_next_reason (window), "Start the wait first");
  sd_test_click (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON, "start-wait"));
  check_back_over_wait (app, window);
  sd_test_fake_now += G_GINT64_CONSTANT (12 * 60 * 60) * G_USEC_PER_SEC;
  sd_window_check_wait (SD_WINDOW (window));
  sd_wizard_view_tick (SD_WIZARD_VIEW (sd_test_wizard_view (window)));
  assert_int_equal (waits_over, 2);
  while (g_strcmp0 (sd_test_current_step (app), "result") != 0)
    sd_test_press_next (window);
  sd_test_choose (window, "resolved");
  sd_test_press_next (window);

  assert_int_equal (sd_diagnosis_get_advice (sd_session_get_diagnosis (session))->kind, SD_ADVICE_DONE);
}

/* Leaving a guide without an outcome changes nothing, and nothing says it did;
 * an outcome does, once. */
static void
check_toast_only_on_outcome (SdApplication *app,
                             GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);

  sd_case_add_tried (sd_session_get_case (session), "fuse-check", SD_OUTCOME_UNRESOLVED, NULL);
  sd_test_start_guide (window, "idrive-reboot");
  sd_session_abandon_run (session);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_false (sd_test_wizard_shown (window));
  assert_int_equal (count_toasts (GTK_WIDGET (window)), 0);

  /* verify-warning, with the warning back after the drive. */
  sd_test_start_guide (window, "verify-warning");
  while (!sd_run_is_finished (sd_session_get_run (session)))
    {
      SdRun *run = sd_session_get_run (session);
      const SdStep *step = sd_run_get_step (run);

      if (step->kind == SD_STEP_QUESTION)
        {
          assert_true (sd_run_choose (run, 1));
          continue;
        }
      if (step->kind == SD_STEP_CHECKLIST)
        for (guint i = 0; i < step->items->len; i++)
          sd_run_set_item (run, i, TRUE);
      assert_true (sd_run_go_next (run));
    }
  sd_session_finish_run (session);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (count_toasts (GTK_WIDGET (window)), 1);
}

static gboolean
is_nth_check (GtkWidget *widget,
              gpointer   data)
{
  guint *left = data;

  return GTK_IS_CHECK_BUTTON (widget) && g_strcmp0 (gtk_widget_get_name (widget), "item-ok") == 0 &&
         (*left)-- == 0;
}

/* Ticking an item keeps the user's place: the focus stays on the box just
 * ticked (Tab goes on to the next item) and the wizard does not scroll. */
static void
check_checklist_keeps_place (SdApplication *app,
                             GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  GtkWindow *small;
  GtkWidget *view, *check, *scroller;
  GtkAdjustment *vadjustment;
  guint second = 1;
  double value;

  /* A window short enough for the checklist to scroll. */
  gtk_window_destroy (window);
  small = GTK_WINDOW (sd_window_new (app));
  gtk_window_set_default_size (small, 360, 480);
  gtk_window_present (small);
  sd_test_wait_for_draw (GTK_WIDGET (small));
  sd_test_start_guide (small, "battery-disconnect");
  assert_int_equal (sd_run_get_step (sd_session_get_run (session))->kind, SD_STEP_CHECKLIST);

  view = sd_test_step_view (small);
  check = sd_test_find_matching (sd_test_step_body (small), is_nth_check, &second);
  assert_non_null (check);
  scroller = sd_test_find_widget (sd_test_wizard_view (small), GTK_TYPE_SCROLLED_WINDOW, NULL);
  assert_non_null (scroller);
  vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_widget_grab_focus (check);
  sd_test_wait_for_draw (GTK_WIDGET (small));
  gtk_adjustment_set_value (vadjustment, gtk_adjustment_get_upper (vadjustment) -
                                         gtk_adjustment_get_page_size (vadjustment));
  sd_test_wait_for_draw (GTK_WIDGET (small));
  value = gtk_adjustment_get_value (vadjustment);
  assert_true (value > 0.0);
  assert_ptr_equal (gtk_window_get_focus (small), check);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (small));
  assert_true (sd_run_get_item (sd_session_get_run (session), 1));
  assert_false (sd_run_get_item (sd_session_get_run (session), 0));

  assert_ptr_equal (gtk_window_get_focus (small), check);
  assert_true (gtk_widget_is_focus (check));
  assert_float_equal (gtk_adjustment_get_value (vadjustment), value, 0.5);
  assert_ptr_equal (sd_test_step_view (small), view);
  assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* And unticking it again. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  sd_test_wait_for_draw (GTK_WIDGET (small));
  assert_false (sd_run_get_item (sd_session_get_run (session), 1));
  assert_ptr_equal (sd_test_step_view (small), view);
  assert_ptr_equal (gtk_window_get_focus (small), check);
  assert_float_equal (gtk_adjustment_get_value (vadjustment), value, 0.5);

  gtk_window_destroy (small);
}

static gboolean
is_nth_toggle (GtkWidget *widget,
               gpointer   data)
{
  guint *left = data;

  return GTK_IS_TOGGLE_BUTTON (widget) && (*left)-- == 0;
}

static gboolean
is_question_row_for (GtkWidget *widget,
                     gpointer   symptom)
{
  return SD_IS_QUESTION_ROW (widget) &&
         g_strcmp0 (sd_question_get_symptom_id (sd_question_row_get_question (SD_QUESTION_ROW (widget))),
                    symptom) == 0;
}

/* The question's answer buttons, left to right: 0 yes, 1 no, 2 don't know. */
static GtkToggleButton *
answer_toggle (GtkWindow  *window,
               const char *symptom,
               guint       which)
{
  GtkWidget *row = sd_test_find_matching (GTK_WIDGET (window), is_question_row_for, (gpointer) symptom);
  GtkWidget *toggle;

  assert_non_null (row);
  toggle = sd_test_find_matching (row, is_nth_toggle, &which);
  assert_non_null (toggle);

  return GTK_TOGGLE_BUTTON (toggle);
}

static gboolean
is_reason_row (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "cause-reason");
}

/* The fault of the first cause shown, "other" for "something else". */
static const char *
top_cause_row (GtkWindow *window)
{
  GtkWidget *causes = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX, "causes");
  GtkWidget *top;
  const char *fault;

  assert_non_null (causes);
  top = sd_test_find_widget (causes, SD_TYPE_CAUSE_ROW, NULL);
  assert_non_null (top);
  fault = sd_cause_item_get_fault_id (sd_cause_row_get_cause (SD_CAUSE_ROW (top)));

  return fault != NULL ? fault : "other";
}

/* The reasons a cause row shows below it, once opened: its first reason row. */
static GtkWidget *
first_reason (GtkWidget *cause_row)
{
  return sd_test_find_matching (cause_row, is_reason_row, NULL);
}

/* The question a question row shows: its first label. */
static const char *
row_label (GtkWidget *row)
{
  GtkWidget *label = sd_test_find_widget (row, GTK_TYPE_LABEL, NULL);

  assert_non_null (label);

  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
is_dont_know_button (GtkWidget *widget,
                     gpointer   data)
{
  return GTK_IS_BUTTON (widget) && !GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Don't know") == 0;
}

static void
check_diagnose (SdApplication *app,
                GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  GtkWidget *advice;
  g_autofree char *asked = NULL;

  sd_test_show_page (window, "diagnose");
  assert_string_equal (top_cause_row (window), "emergency-battery-worn");

  /* One answer updates the ranking, at once. */
  gtk_toggle_button_set_active (answer_toggle (window, "speaker-crackling", 0), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_YES);
  assert_string_equal (top_cause_row (window), "sdars-faulty");

  /* "Don't know" clears it again. */
  gtk_toggle_button_set_active (answer_toggle (window, "speaker-crackling", 2), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_UNKNOWN);
  assert_string_equal (top_cause_row (window), "emergency-battery-worn");

  /* The recommended step asks a question with its own answer buttons; "Don't
   * know" there moves on to another question. */
  advice = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, "advice");
  assert_non_null (advice);
  asked = g_strdup (row_label (advice));
  sd_test_click (sd_test_find_matching (advice, is_dont_know_button, NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  advice = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LIST_BOX_ROW, "advice");
  assert_string_not_equal (row_label (advice), asked);

  /* A cause opens to its reasons below it, and closes again. */
  {
    GtkListBox *causes = GTK_LIST_BOX (sd_test_find_widget (GTK_WIDGET (window),
                                                            GTK_TYPE_LIST_BOX, "causes"));
    GtkWidget *top = GTK_WIDGET (gtk_list_box_get_row_at_index (causes, 0));
    GtkWidget *second = GTK_WIDGET (gtk_list_box_get_row_at_index (causes, 1));

    gtk_widget_activate (top);
    sd_test_wait_for_draw (GTK_WIDGET (window));
    assert_ptr_equal (gtk_list_box_get_row_at_index (causes, 0), top);
    assert_non_null (first_reason (top));
    assert_true (gtk_widget_has_css_class (first_reason (top), "cause-reason"));
    assert_non_null (sd_test_find_row_titled (GTK_WIDGET (causes), "What it is"));
    assert_non_null (sd_test_find_row_titled (GTK_WIDGET (causes), "Why"));

    /* With the first open, the second opens to its own reasons. */
    gtk_widget_activate (second);
    sd_test_wait_for_draw (GTK_WIDGET (window));
    {
      GtkWidget *what = first_reason (second);
      const SdCause *cause = sd_diagnosis_get_cause (sd_session_get_diagnosis (session), 1);

      assert_string_equal (adw_action_row_get_subtitle (ADW_ACTION_ROW (what)),
                           sd_text_get (&cause->fault->explanation));
    }
    gtk_widget_activate (second);
    gtk_widget_activate (top);
    sd_test_wait_for_draw (GTK_WIDGET (window));
    assert_ptr_equal (gtk_list_box_get_row_at_index (causes, 1), second);
    assert_null (sd_test_find_row_titled (GTK_WIDGET (causes), "What it is"));
  }
}

static void
check_repair_log (SdApplication *app,
                  GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  GtkTextView *view;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  sd_session_set_answer (session, "water-in-boot", SD_ANSWER_YES);
  sd_test_show_page (window, "log");
  /* The log's own text, not the fault-code field of another page. */
  view = GTK_TEXT_VIEW (sd_test_find_widget (sd_test_find_widget (GTK_WIDGET (window),
                                                                  SD_TYPE_LOG_PAGE, NULL),
                                             GTK_TYPE_TEXT_VIEW, NULL));
  assert_non_null (view);
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  text = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  assert_non_null (strstr (text, "SOS Doctor repair log"));
  assert_non_null (strstr (text, "Have you found water or damp"));
}

static void
check_car (SdApplication *app,
           GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  GtkWidget *page, *diagram, *button, *details;

  sd_test_show_page (window, "car");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_CAR_PAGE, NULL);
  assert_non_null (page);
  diagram = sd_test_find_widget (page, SD_TYPE_DIAGRAM_VIEW, NULL);
  assert_non_null (diagram);

  /* Every component is a button on the diagram; clicking one shows its details. */
  button = sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier");
  assert_true (GTK_IS_BUTTON (button));
  assert_non_null (button);
  assert_true (gtk_widget_get_focusable (button));
  assert_string_equal (gtk_widget_get_tooltip_text (button), "Audio amplifier");
  sd_test_click (button);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "amplifier");
  details = sd_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "details");
  assert_non_null (details);
  assert_string_equal (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (details)),
                       "Audio amplifier");
  assert_true (gtk_widget_has_css_class (button, "highlight"));

  /* Its questions can be answered right there, and the shading follows. */
  assert_true (gtk_widget_has_css_class (button, "suspect-low"));
  gtk_toggle_button_set_active (answer_toggle (window, "amp-burning-smell", 0), TRUE);
  gtk_toggle_button_set_active (answer_toggle (window, "amp-no-output", 0), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "amp-burning-smell"),
                    SD_ANSWER_YES);
  assert_true (gtk_widget_has_css_class (button, "suspect-high"));

  /* And its guides start from there. */
  assert_non_null (sd_test_find_row_titled (page, "Check the amplifier"));
}

/* The visible message dialog over @parent with @heading, if any. */
static AdwMessageDialog *
find_dialog (GtkWindow  *parent,
             const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_window_get_transient_for (window) == parent &&
          gtk_widget_get_visible (GTK_WIDGET (window)) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (window)), heading) == 0)
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* An answer that cannot be saved is told at once, in a dialog that says where. */
static void
check_save_failed (SdApplication *app,
                   GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  g_autofree char *path = sd_case_dup_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  AdwMessageDialog *dialog;

  sd_test_show_page (window, "diagnose");
  assert_null (find_dialog (window, "The Case Could Not Be Saved"));

  /* The case's folder is a regular file: nothing can be saved there. */
  sd_test_rm_rf (folder);
  assert_true (g_file_set_contents (folder, "", -1, NULL));
  gtk_toggle_button_set_active (answer_toggle (window, "speaker-crackling", 0), TRUE);
  /* The save is written in a thread of its own. */
  sd_session_flush (session);
  sd_test_wait_for_draw (GTK_WIDGET (window));

  dialog = find_dialog (window, "The Case Could Not Be Saved");
  assert_non_null (dialog);
  assert_non_null (strstr (adw_message_dialog_get_body (dialog), path));
  assert_false (sd_session_get_saved (session));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_YES);

  gtk_window_destroy (GTK_WINDOW (dialog));
  sd_test_rm_rf (folder);
}


static gboolean
is_row_saying (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
         adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)) != NULL &&
         strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), data) != NULL;
}

/* The overview before step 1: the time with the waiting apart, the cautions of
 * the whole guide; a step's own cautions on the step. Back from step 1 goes
 * back to the overview. */
static void
check_overview_and_step_cautions (SdApplication *app,
                                  GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  GtkWidget *view;
  SdRun *run;

  sd_test_fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           "battery-disconnect"));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  view = sd_test_wizard_view (window);
  assert_true (sd_test_overview_shown (window));
  assert_null (sd_test_find_widget (view, SD_TYPE_STEP_VIEW, NULL));
  assert_non_null (sd_test_find_matching (view, is_row_saying,
                                          "About 45 minutes of work, then 12 h 10 min of waiting"));
  assert_non_null (sd_test_find_matching (view, is_row_saying, "common practice"));
  assert_null (sd_test_find_matching (view, is_row_saying, "negative (minus) cable first"));
  assert_null (sd_test_next_reason (window));

  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "prepare");
  assert_string_equal (adw_window_title_get_subtitle (ADW_WINDOW_TITLE (
                         sd_test_find_widget (view, ADW_TYPE_WINDOW_TITLE, NULL))),
                       "Step 1 · up to 10 more");
  assert_null (sd_test_find_matching (view, is_row_saying, "common practice"));
  assert_true (gtk_widget_activate_action (view, "wizard.back", NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_test_overview_shown (window));
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "prepare");

  /* On to the disconnect step, by the run. */
  run = sd_session_get_run (session);
  for (guint i = 0; i < sd_run_get_step (run)->items->len; i++)
    sd_run_set_item (run, i, TRUE);
  assert_true (sd_run_go_next (run));
  assert_true (sd_run_start_wait (run, 600));
  sd_test_fake_now += 600 * G_USEC_PER_SEC;
  assert_true (sd_run_go_next (run));
  assert_true (sd_run_go_next (run));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_test_current_step (app), "disconnect-negative");
  assert_non_null (sd_test_find_matching (view, is_row_saying, "negative (minus) cable first"));
  assert_non_null (sd_test_find_matching (view, is_row_saying,
                                          "Never let a tool touch the positive terminal"));
  assert_non_null (sd_test_find_matching (view, is_row_saying, "outside the car"));

  /* The wait after it says what to do meanwhile, and when it ends. */
  sd_test_press_next (window);
  sd_test_click (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON, "start-wait"));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  {
    GtkWidget *meanwhile = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_LABEL, "meanwhile");
    g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (sd_test_fake_now / G_USEC_PER_SEC);
    g_autofree char *until = sd_format_deadline (sd_run_get_wait_deadline (run), now);

    /* The end says its day: "today at", "tomorrow at"… */
    assert_non_null (strstr (until, " at "));
    assert_non_null (meanwhile);
    assert_true (gtk_widget_get_mapped (meanwhile));
    assert_non_null (strstr (gtk_label_get_text (GTK_LABEL (meanwhile)), "phone alarm"));
    assert_non_null (strstr (gtk_label_get_text (GTK_LABEL (meanwhile)), until));
  }
}

static void
test_overview_and_step_cautions (void **state)
{
  sd_test_run_app (check_overview_and_step_cautions, NULL);
}

static void test_idrive_reboot (void **state) { sd_test_run_app (check_idrive_reboot, NULL); }
static void test_sos_reset (void **state) { sd_test_run_app (check_sos_reset, NULL); }
static void test_battery_disconnect (void **state) { sd_test_run_app (check_battery_disconnect, NULL); }
static void test_toast_only_on_outcome (void **state) { sd_test_run_app (check_toast_only_on_outcome, NULL); }
static void test_checklist_keeps_place (void **state) { sd_test_run_app (check_checklist_keeps_place, NULL); }
static void test_diagnose (void **state) { sd_test_run_app (check_diagnose, NULL); }
static void test_repair_log (void **state) { sd_test_run_app (check_repair_log, NULL); }
static void test_car (void **state) { sd_test_run_app (check_car, NULL); }
static void test_save_failed (void **state) { sd_test_run_app (check_save_failed, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_idrive_reboot, sd_test_fresh_case),
    cmocka_unit_test_setup (test_sos_reset, sd_test_fresh_case),
    cmocka_unit_test_setup (test_battery_disconnect, sd_test_fresh_case),
    cmocka_unit_test_setup (test_toast_only_on_outcome, sd_test_fresh_case),
    cmocka_unit_test_setup (test_checklist_keeps_place, sd_test_fresh_case),
    cmocka_unit_test_setup (test_diagnose, sd_test_fresh_case),
    cmocka_unit_test_setup (test_repair_log, sd_test_fresh_case),
    cmocka_unit_test_setup (test_car, sd_test_fresh_case),
    cmocka_unit_test_setup (test_save_failed, sd_test_fresh_case),
    cmocka_unit_test_setup (test_overview_and_step_cautions, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
