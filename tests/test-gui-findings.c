/* test-gui-findings.c: what a guide found shows in the causes' reasons on Diagnose (issue 12)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-cause-row.h"
#include "sd-diagnose-page.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-test-wizard.h"

static gboolean
is_found_reason (GtkWidget *widget,
                 gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "cause-reason") &&
         g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), data);
}

/* The scanner read inside "Check the emergency call backup battery", through
 * the wizard: on Diagnose the backup battery's reasons say what it found, and
 * the question it answered is not asked again. */
static void
check_finding_in_reasons (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  const SdStep *step;
  GtkWidget *page, *causes, *battery;
  SdRun *run;

  sd_test_start_guide (window, "emergency-battery");
  sd_test_press_next (window);
  sd_test_choose (window, "have-scanner");
  sd_test_choose (window, "read-codes");
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "code-result");

  /* Three choices go to the same outcome: the first, "B7F341". */
  run = sd_session_get_run (session);
  step = sd_run_get_step (run);
  assert_true (g_str_has_prefix (((SdChoice *) g_ptr_array_index (step->choices, 0))->label.msgid,
                                 "B7F341"));
  gtk_widget_activate (sd_test_choice_row (window, "battery-worn"));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_test_current_step (app), "battery-worn");
  sd_test_press_next (window);
  assert_null (sd_session_get_run (session));
  assert_int_equal (sd_diagnosis_get_tried (diagnosis, "emergency-battery"), SD_OUTCOME_FOUND);

  sd_test_show_page (window, "diagnose");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  causes = sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "causes");
  assert_non_null (causes);
  battery = sd_test_find_cause_row (causes, "emergency-battery-worn");
  assert_non_null (battery);
  assert_ptr_equal (gtk_list_box_get_row_at_index (GTK_LIST_BOX (causes), 0), battery);
  gtk_widget_activate (battery);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_cause_row_get_expanded (SD_CAUSE_ROW (battery)));
  /* The code read, and the question it answered. */
  assert_non_null (sd_test_find_matching (battery, is_found_reason,
                                          "Found in “Check the emergency call backup battery”: "
                                          "fault code B7F341 read ("));
  assert_non_null (sd_test_find_matching (battery, is_found_reason,
                                          "Found in “Check the emergency call backup battery”: "
                                          "yes to “"));

  /* Answered by the guide: not the question advised. */
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "scanner-emergency-battery-code"),
                    SD_ANSWER_YES);
  assert_false (sd_diagnosis_get_advice (diagnosis)->kind == SD_ADVICE_ASK &&
                g_strcmp0 (sd_diagnosis_get_advice (diagnosis)->symptom->id,
                           "scanner-emergency-battery-code") == 0);
}

static void test_finding_in_reasons (void **state) { sd_test_run_app (check_finding_in_reasons, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_finding_in_reasons, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
