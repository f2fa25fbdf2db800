/* test-gui-diagnose.c: the Diagnose page updates in place, driven through real widgets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-cause-row.h"
#include "sd-diagnose-page.h"
#include "sd-question-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"

static GtkWidget *
diagnose_page (GtkWindow *window)
{
  GtkWidget *page;

  sd_test_show_page (window, "diagnose");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  assert_non_null (page);

  return page;
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
question_row (GtkWidget  *page,
              const char *symptom)
{
  GtkWidget *row = sd_test_find_matching (page, is_question_row_for, (gpointer) symptom);

  assert_non_null (row);

  return row;
}

static gboolean
is_labelled (GtkWidget *widget,
             gpointer   label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_visible (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static GtkWidget *
button_labelled (GtkWidget  *root,
                 const char *label)
{
  GtkWidget *button = sd_test_find_matching (root, is_labelled, (gpointer) label);

  assert_non_null (button);

  return button;
}

static const char *
fault_at (GtkListBox *causes,
          int         index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (causes, index);

  assert_true (SD_IS_CAUSE_ROW (row));

  return sd_cause_item_get_fault_id (sd_cause_row_get_cause (SD_CAUSE_ROW (row)));
}

static gboolean
is_reason_row (GtkWidget *widget,
               gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "cause-reason");
}

/* Open a cause, answer so that the causes re-sort: it is the same row, still open. */
static void
check_expanded_cause_stays (SdApplication *app,
                            GtkWindow     *window)
{
  GtkWidget *page = diagnose_page (window);
  GtkListBox *causes = GTK_LIST_BOX (sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "causes"));
  GtkWidget *battery;

  assert_non_null (causes);
  assert_string_equal (fault_at (causes, 0), "emergency-battery-worn");
  battery = GTK_WIDGET (gtk_list_box_get_row_at_index (causes, 0));
  gtk_widget_activate (battery);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_cause_row_get_expanded (SD_CAUSE_ROW (battery)));
  assert_non_null (sd_test_find_matching (battery, is_reason_row, NULL));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button_labelled (question_row (page, "speaker-crackling"),
                                                                    "Yes")), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));

  /* The causes did re-sort... */
  assert_string_equal (fault_at (causes, 0), "sdars-faulty");
  /* ...and the battery's row is the same widget, in the list, still open, with
   * its reasons. */
  assert_ptr_equal (sd_test_find_cause_row (GTK_WIDGET (causes), "emergency-battery-worn"), battery);
  assert_ptr_equal (gtk_widget_get_parent (battery), causes);
  assert_true (sd_cause_row_get_expanded (SD_CAUSE_ROW (battery)));
  assert_true (gtk_widget_get_child_visible (gtk_widget_get_parent (
    gtk_widget_get_parent (sd_test_find_matching (battery, is_reason_row, NULL)))));
  assert_non_null (sd_test_find_row_titled (battery, "What it is"));

  /* Still six causes shown. */
  assert_non_null (gtk_list_box_get_row_at_index (causes, 5));
  assert_null (gtk_list_box_get_row_at_index (causes, 6));
}

/* Answering one question leaves every other question's row as it was. */
static void
check_question_rows_stay (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWidget *page = diagnose_page (window);
  GtkWidget *other = question_row (page, "amp-burning-smell");
  GtkWidget *answered = question_row (page, "speaker-crackling");
  GtkWidget *other_no = button_labelled (other, "No");

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button_labelled (answered, "Yes")), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_YES);
  assert_ptr_equal (question_row (page, "amp-burning-smell"), other);
  assert_ptr_equal (button_labelled (other, "No"), other_no);
  assert_ptr_equal (question_row (page, "speaker-crackling"), answered);

  /* An answer given elsewhere shows in the row. */
  sd_session_set_answer (session, "amp-burning-smell", SD_ANSWER_NO);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_ptr_equal (question_row (page, "amp-burning-smell"), other);
  assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (other_no)));
}

/* As a pointer click does: the button's "clicked". */
static void
click (GtkWidget *button)
{
  assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static GtkWidget *
focused (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The focus stays on the answer just given, in a question row and in the
 * recommended step, which moves on to the next question in place. */
static void
check_focus_stays (SdApplication *app,
                   GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWidget *page = diagnose_page (window);
  GtkWidget *toggle = button_labelled (question_row (page, "speaker-crackling"), "No");
  GtkWidget *advice;
  GtkWidget *dont_know;
  GtkWidget *label;
  g_autofree char *asked = NULL;

  assert_true (gtk_widget_grab_focus (toggle));
  click (toggle);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_NO);
  assert_ptr_equal (focused (window), toggle);

  advice = sd_test_find_widget (page, GTK_TYPE_LIST_BOX_ROW, "advice");
  assert_non_null (advice);
  label = sd_test_find_widget (advice, GTK_TYPE_LABEL, NULL);
  asked = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  dont_know = button_labelled (advice, "Don't know");
  assert_true (gtk_widget_grab_focus (dont_know));
  click (dont_know);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_not_equal (gtk_label_get_text (GTK_LABEL (label)), asked);
  assert_ptr_equal (sd_test_find_widget (page, GTK_TYPE_LIST_BOX_ROW, "advice"), advice);
  assert_ptr_equal (focused (window), dont_know);
}

static gboolean
is_toggle (GtkWidget *widget,
           gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget);
}

static gboolean
is_active_toggle (GtkWidget *widget,
                  gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (widget));
}

static void
collect_question_rows (GtkWidget *root,
                       GPtrArray *rows)
{
  if (SD_IS_QUESTION_ROW (root))
    g_ptr_array_add (rows, root);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_question_rows (child, rows);
}

/* "Clear" is there only while the question has an answer. */
static gboolean
shows_clear (GtkWidget *row)
{
  return sd_test_find_matching (row, is_labelled, (gpointer) "Clear") != NULL;
}

/* On a fresh case no question looks answered; the most useful ones come
 * first, in the diagnosis's order, and the others are grouped and closed. */
static void
check_fresh_questions (SdApplication *app,
                       GtkWindow     *window)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (sd_application_get_session (app));
  GtkWidget *page = diagnose_page (window);
  GtkWidget *best = sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "best-questions");
  GtkWidget *more = sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "more-questions");
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  guint n_best = 0;

  collect_question_rows (page, rows);
  assert_int_equal (rows->len, g_list_model_get_n_items (sd_diagnosis_get_questions (diagnosis)));
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);

      assert_non_null (sd_test_find_matching (row, is_toggle, NULL));
      assert_null (sd_test_find_matching (row, is_active_toggle, NULL));
      assert_int_equal (sd_question_get_answer (sd_question_row_get_question (SD_QUESTION_ROW (row))),
                        SD_ANSWER_UNKNOWN);
      assert_false (shows_clear (row));
    }

  assert_non_null (best);
  assert_non_null (more);
  for (GtkWidget *row = gtk_widget_get_first_child (best); row != NULL;
       row = gtk_widget_get_next_sibling (row), n_best++)
    {
      const SdQuestionRank *rank = sd_diagnosis_get_question (diagnosis, n_best);

      assert_string_equal (sd_question_get_symptom_id (sd_question_row_get_question (SD_QUESTION_ROW (row))),
                           rank->symptom->id);
      assert_true (gtk_widget_get_mapped (row));
    }
  assert_in_range (n_best, 1, 5);
  assert_true (n_best < rows->len);
  for (GtkWidget *row = gtk_widget_get_first_child (more); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      assert_true (ADW_IS_EXPANDER_ROW (row));
      assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
    }
}

/* An answer shows as its toggle pressed, with "Clear"; Clear, or pressing
 * the answer again, takes it back; "Don't know" stays shown but answers
 * nothing. */
static void
check_answer_and_clear (SdApplication *app,
                        GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWidget *page = diagnose_page (window);
  GtkWidget *row = question_row (page, "speaker-crackling");
  GtkWidget *yes = button_labelled (row, "Yes");
  GtkWidget *no = button_labelled (row, "No");
  GtkWidget *dont_know = button_labelled (row, "Don't know");
  GtkWidget *clear;

  click (yes);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_YES);
  assert_ptr_equal (sd_test_find_matching (row, is_active_toggle, NULL), yes);
  assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (no)));
  assert_true (shows_clear (row));

  /* Changed. */
  click (no);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_NO);
  assert_ptr_equal (sd_test_find_matching (row, is_active_toggle, NULL), no);

  /* Cleared with the keyboard's focus on Clear: it goes to the first answer. */
  clear = button_labelled (row, "Clear");
  assert_true (gtk_widget_grab_focus (clear));
  click (clear);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_UNKNOWN);
  assert_null (sd_test_find_matching (row, is_active_toggle, NULL));
  assert_false (gtk_widget_get_visible (clear));
  assert_ptr_equal (focused (window), yes);

  /* Pressing the pressed answer again clears it too. */
  click (yes);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (yes)));
  click (yes);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_UNKNOWN);
  assert_null (sd_test_find_matching (row, is_active_toggle, NULL));

  /* "Don't know": shown, but the question stays unanswered. */
  click (dont_know);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "speaker-crackling"),
                    SD_ANSWER_UNKNOWN);
  assert_ptr_equal (sd_test_find_matching (row, is_active_toggle, NULL), dont_know);
  assert_true (shows_clear (row));

  /* An answer given elsewhere shows here in place of it. */
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_ptr_equal (sd_test_find_matching (row, is_active_toggle, NULL), yes);
}

static void test_expanded_cause_stays (void **state) { sd_test_run_app (check_expanded_cause_stays, NULL); }
static void test_question_rows_stay (void **state) { sd_test_run_app (check_question_rows_stay, NULL); }
static void test_focus_stays (void **state) { sd_test_run_app (check_focus_stays, NULL); }
static void test_fresh_questions (void **state) { sd_test_run_app (check_fresh_questions, NULL); }
static void test_answer_and_clear (void **state) { sd_test_run_app (check_answer_and_clear, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_expanded_cause_stays, sd_test_fresh_case),
    cmocka_unit_test_setup (test_question_rows_stay, sd_test_fresh_case),
    cmocka_unit_test_setup (test_focus_stays, sd_test_fresh_case),
    cmocka_unit_test_setup (test_fresh_questions, sd_test_fresh_case),
    cmocka_unit_test_setup (test_answer_and_clear, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
