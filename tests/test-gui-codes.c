/* test-gui-codes.c: fault codes entered on the Diagnose and Car pages (app/gui/sd-codes-entry.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-car-page.h"
#include "sd-cause-row.h"
#include "sd-codes-entry.h"
#include "sd-diagnose-page.h"
#include "sd-question-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"

/* What a scanner app prints, as an owner copies it: a heading, the car, the
 * modules read, two codes the table knows, one it does not, and their texts. */
static const char printout[] =
  "Carly for BMW - Fault code report\n"
  "Vehicle: E90 320d 2008\n"
  "KOMBI (Instrument cluster)\n"
  "  A554 Telephone: no message received\n"
  "SGM - Safety and gateway module\n"
  "  0x93F4 No communication with telephone, status: stored\n"
  "TCU\n"
  "  0xc0ffee Manufacturer specific\n";

static GtkWidget *
codes_entry_on (GtkWindow  *window,
                const char *page_name,
                GType       page_type)
{
  GtkWidget *page;
  GtkWidget *entry;

  sd_test_show_page (window, page_name);
  page = sd_test_find_widget (GTK_WIDGET (window), page_type, NULL);
  assert_non_null (page);
  entry = sd_test_find_widget (page, SD_TYPE_CODES_ENTRY, NULL);
  assert_non_null (entry);

  return entry;
}

static GtkTextView *
text_view_of (GtkWidget *entry)
{
  GtkWidget *view = sd_test_find_widget (entry, GTK_TYPE_TEXT_VIEW, "codes-text");

  assert_non_null (view);

  return GTK_TEXT_VIEW (view);
}

static char *
dup_text (GtkWidget *entry)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view_of (entry));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Types @text into the field, with the focus there, and presses "Add Codes". */
static void
add_codes (GtkWindow  *window,
           GtkWidget  *entry,
           const char *text)
{
  GtkTextView *view = text_view_of (entry);
  GtkWidget *add = sd_test_find_widget (entry, GTK_TYPE_BUTTON, "add-codes");

  assert_non_null (add);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text, -1);
  assert_true (gtk_widget_grab_focus (GTK_WIDGET (view)));
  g_signal_emit_by_name (add, "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

static const char *
top_fault (GtkWindow *window)
{
  GtkWidget *page;
  GtkListBox *causes;
  GtkListBoxRow *row;

  sd_test_show_page (window, "diagnose");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  causes = GTK_LIST_BOX (sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "causes"));
  row = gtk_list_box_get_row_at_index (causes, 0);
  assert_true (SD_IS_CAUSE_ROW (row));

  return sd_cause_item_get_fault_id (sd_cause_row_get_cause (SD_CAUSE_ROW (row)));
}

static const char *
subtitle_of_code (GtkWidget  *entry,
                  const char *code)
{
  GtkWidget *list = sd_test_find_widget (entry, GTK_TYPE_LIST_BOX, "codes");
  GtkWidget *row;

  assert_non_null (list);
  row = sd_test_find_row_titled (list, code);
  if (row == NULL)
    return NULL;

  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

static void
collect_reasons (GtkWidget *widget,
                 GString   *out)
{
  if (ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "cause-reason"))
    g_string_append_printf (out, "%s\n", adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_reasons (child, out);
}

/* The reasons an expanded cause row shows, one a line. */
static char *
dup_reasons (GtkWindow  *window,
             const char *fault)
{
  GtkWidget *row = sd_test_find_cause_row (GTK_WIDGET (window), fault);
  GString *out = g_string_new (NULL);

  assert_non_null (row);
  sd_cause_row_set_expanded (SD_CAUSE_ROW (row), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  collect_reasons (row, out);

  return g_string_free (out, FALSE);
}

static gboolean
is_remove_button_for (GtkWidget *widget,
                      gpointer   code)
{
  const char *label;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  label = gtk_widget_get_tooltip_text (widget);

  return label != NULL && g_str_has_suffix (label, code) && g_str_has_prefix (label, "Remove code");
}

static GtkWidget *
remove_button (GtkWidget  *entry,
               const char *code)
{
  GtkWidget *button = sd_test_find_matching (entry, is_remove_button_for, (gpointer) code);

  assert_non_null (button);

  return button;
}

/* A scanner's printout pasted: the known codes are reasons of the causes, the
 * unknown one is listed as not known, the top cause moves, and the focus stays
 * in the field, emptied for the next codes. */
static void
check_paste_printout (SdApplication *app,
                      GtkWindow     *window)
{
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  g_autofree char *reasons = NULL;
  g_autofree char *left = NULL;
  const char *subtitle;

  assert_string_equal (top_fault (window), "emergency-battery-worn");
  add_codes (window, entry, printout);

  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), text_view_of (entry));
  left = dup_text (entry);
  assert_string_equal (left, "");
  assert_false (gtk_widget_get_visible (sd_test_find_widget (entry, GTK_TYPE_LABEL,
                                                             "codes-message")));

  subtitle = subtitle_of_code (entry, "C0FFEE");
  assert_non_null (subtitle);
  assert_string_equal (subtitle, "Not known to SOS Doctor — kept in the case");
  subtitle = subtitle_of_code (entry, "A554");
  assert_non_null (subtitle);
  assert_non_null (strstr (subtitle, "The instrument cluster received no message"));
  assert_non_null (strstr (subtitle, "Instrument cluster (KOMBI)"));
  assert_non_null (subtitle_of_code (entry, "93F4"));

  assert_string_equal (top_fault (window), "tcu-failed");
  reasons = dup_reasons (window, "tcu-failed");
  assert_non_null (strstr (reasons, "Fault code A554 (The instrument cluster received no message "
                                    "from the telephone (the telematics unit) over the data bus): "));
  assert_non_null (strstr (reasons, "Fault code 93F4 ("));
  assert_non_null (strstr (reasons, "times more likely."));
  assert_null (strstr (reasons, "C0FFEE"));

  /* The Car page shows the same codes. */
  entry = codes_entry_on (window, "car", SD_TYPE_CAR_PAGE);
  assert_non_null (subtitle_of_code (entry, "A554"));
  assert_non_null (subtitle_of_code (entry, "C0FFEE"));
}

/* A malformed token is said, by name; the field keeps all that was typed, and
 * the codes that were right are added. */
static void
check_malformed (SdApplication *app,
                 GtkWindow     *window)
{
  static const char typed[] = "B7F341, B7F34G\nA554 Telephone";
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  GtkWidget *message;
  g_autofree char *left = NULL;

  add_codes (window, entry, typed);
  message = sd_test_find_widget (entry, GTK_TYPE_LABEL, "codes-message");
  assert_true (gtk_widget_get_visible (message));
  assert_non_null (strstr (gtk_label_get_text (GTK_LABEL (message)), "“B7F34G” is not a fault code"));
  left = dup_text (entry);
  assert_string_equal (left, typed);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), text_view_of (entry));
  assert_non_null (subtitle_of_code (entry, "B7F341"));
  assert_non_null (subtitle_of_code (entry, "A554"));
  assert_null (subtitle_of_code (entry, "B7F34G"));

  /* Corrected, it is added and the message goes. */
  add_codes (window, entry, "B7F343");
  assert_false (gtk_widget_get_visible (message));
  assert_non_null (subtitle_of_code (entry, "B7F343"));

  /* Words alone are no code: said too. */
  add_codes (window, entry, "Emergency call battery");
  assert_true (gtk_widget_get_visible (message));
  assert_non_null (strstr (gtk_label_get_text (GTK_LABEL (message)), "No new fault code"));
}

/* The action Ctrl+Enter runs in the field, if the field has that shortcut. */
static const char *
shortcut_action (GtkWidget  *widget,
                 const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (strstr (text, trigger) != NULL && GTK_IS_NAMED_ACTION (action))
            return gtk_named_action_get_action_name (GTK_NAMED_ACTION (action));
        }
    }

  return NULL;
}

/* Ctrl+Enter in the field adds the codes, as the button does. */
static void
check_keyboard (SdApplication *app,
                GtkWindow     *window)
{
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  GtkWidget *view = GTK_WIDGET (text_view_of (entry));
  const char *action = shortcut_action (view, "<Control>Return");

  assert_non_null (action);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), "B7F341", -1);
  assert_true (gtk_widget_grab_focus (view));
  assert_true (gtk_widget_activate_action (view, action, NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_non_null (subtitle_of_code (entry, "B7F341"));
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), view);
}

/* Removing a code takes its evidence away at once; the focus goes to the next
 * code's button, and to the field when none is left. */
static void
check_remove (SdApplication *app,
              GtkWindow     *window)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (sd_application_get_session (app));
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  GtkWidget *button;
  double both, one;

  add_codes (window, entry, "A554, 93F4");
  assert_string_equal (top_fault (window), "tcu-failed");
  both = sd_diagnosis_get_probability (diagnosis, "tcu-failed");

  button = remove_button (entry, "A554");
  assert_true (gtk_widget_grab_focus (button));
  g_signal_emit_by_name (button, "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_null (subtitle_of_code (entry, "A554"));
  one = sd_diagnosis_get_probability (diagnosis, "tcu-failed");
  assert_true (one < both);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), remove_button (entry, "93F4"));

  g_signal_emit_by_name (remove_button (entry, "93F4"), "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_diagnosis_get_probability (diagnosis, "tcu-failed") < one);
  assert_false (gtk_widget_get_visible (sd_test_find_widget (entry, GTK_TYPE_LIST_BOX, "codes")));
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), text_view_of (entry));
  assert_string_equal (top_fault (window), "emergency-battery-worn");
}

/* The codes and "found no codes" are the case's: a new case has none, and the
 * case opened again has them, with the causes they made. */
static void
check_reopen (SdApplication *app,
              GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  GtkWidget *clear = sd_test_find_widget (entry, GTK_TYPE_SWITCH, "no-codes-in-telematics");
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "case.ini", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  assert_non_null (clear);
  add_codes (window, entry, printout);
  gtk_switch_set_active (GTK_SWITCH (clear), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (g_strv_contains (sd_case_get_clear_modules (sd_session_get_case (session)),
                                "telematics"));
  sd_session_flush (session);
  assert_true (g_file_get_contents (sd_session_get_case_path (session), &contents, &length, NULL));
  assert_true (g_file_set_contents (copy, contents, length, NULL));

  sd_session_new_case (session);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_null (subtitle_of_code (entry, "A554"));
  assert_false (gtk_switch_get_active (GTK_SWITCH (clear)));
  assert_string_equal (top_fault (window), "emergency-battery-worn");

  sd_session_open_case (session, copy);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_non_null (subtitle_of_code (entry, "A554"));
  assert_non_null (subtitle_of_code (entry, "C0FFEE"));
  assert_true (gtk_switch_get_active (GTK_SWITCH (clear)));
  assert_string_equal (top_fault (window), "tcu-failed");

  sd_test_rm_rf (dir);
}

static gboolean
is_question_row_for (GtkWidget *widget,
                     gpointer   symptom)
{
  return SD_IS_QUESTION_ROW (widget) &&
         g_strcmp0 (sd_question_get_symptom_id (sd_question_row_get_question (SD_QUESTION_ROW (widget))),
                    symptom) == 0;
}

/* The first question asked needs no scanner; a question that waits for
 * "has-scanner" shows on the page once codes are entered, and not before. */
static void
check_gated_question (SdApplication *app,
                      GtkWindow     *window)
{
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  GtkWidget *page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  const SdAdvice *advice;
  GtkWidget *title;

  sd_test_wait_for_draw (GTK_WIDGET (window));
  /* The first question asked needs no scanner. */
  advice = sd_diagnosis_get_advice (sd_session_get_diagnosis (sd_application_get_session (app)));
  assert_int_equal (advice->kind, SD_ADVICE_ASK);
  assert_null (advice->symptom->after);
  title = sd_test_find_widget (sd_test_find_widget (page, GTK_TYPE_LIST_BOX_ROW, "advice"),
                               GTK_TYPE_LABEL, NULL);
  assert_string_equal (gtk_label_get_text (GTK_LABEL (title)), sd_text_get (&advice->symptom->question));
  assert_non_null (sd_test_find_matching (page, is_question_row_for, (gpointer) "has-scanner"));
  assert_null (sd_test_find_matching (page, is_question_row_for,
                                      (gpointer) "scanner-emergency-battery-code"));
  add_codes (window, entry, "B7F341");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_non_null (sd_test_find_matching (page, is_question_row_for,
                                          (gpointer) "scanner-emergency-battery-code"));
}

static gboolean
is_yes_toggle (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Yes") == 0;
}

/* Yes to "has-scanner" in its group: the scanner question joins the group,
 * which stays open, and the focus stays on the answer given. */
static void
check_gated_question_in_place (SdApplication *app,
                               GtkWindow     *window)
{
  GtkWidget *page;
  GtkWidget *row;
  GtkWidget *expander;
  GtkWidget *yes;
  GtkWidget *focus;

  codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  row = sd_test_find_matching (page, is_question_row_for, (gpointer) "has-scanner");
  assert_non_null (row);
  expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);
  assert_non_null (expander);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  yes = sd_test_find_matching (row, is_yes_toggle, NULL);
  assert_non_null (yes);
  assert_true (gtk_widget_grab_focus (yes));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (yes), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));

  row = sd_test_find_matching (page, is_question_row_for, (gpointer) "scanner-emergency-battery-code");
  assert_non_null (row);
  expander = gtk_widget_get_ancestor (row, ADW_TYPE_EXPANDER_ROW);
  assert_non_null (expander);
  assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (expander)));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_non_null (focus);
  assert_ptr_equal (gtk_widget_get_ancestor (focus, SD_TYPE_QUESTION_ROW),
                    sd_test_find_matching (page, is_question_row_for, (gpointer) "has-scanner"));
  assert_true (is_yes_toggle (focus, NULL));
}

/* On a kiosk the entry works too, and its targets are large enough for a finger. */
static void
check_kiosk (SdApplication *app,
             GtkWindow     *window)
{
  GtkWidget *entry = codes_entry_on (window, "diagnose", SD_TYPE_DIAGNOSE_PAGE);
  GtkWidget *targets[3];

  add_codes (window, entry, "B7F341");
  assert_non_null (subtitle_of_code (entry, "B7F341"));
  targets[0] = remove_button (entry, "B7F341");
  targets[1] = sd_test_find_widget (entry, GTK_TYPE_BUTTON, "add-codes");
  targets[2] = sd_test_find_widget (entry, GTK_TYPE_SWITCH, "no-codes-in-telematics");
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      assert_true (gtk_widget_get_width (targets[i]) >= 48);
      assert_true (gtk_widget_get_height (targets[i]) >= 48);
    }
}

static void test_paste_printout (void **state) { sd_test_run_app (check_paste_printout, NULL); }
static void test_malformed (void **state) { sd_test_run_app (check_malformed, NULL); }
static void test_remove (void **state) { sd_test_run_app (check_remove, NULL); }
static void test_keyboard (void **state) { sd_test_run_app (check_keyboard, NULL); }
static void test_reopen (void **state) { sd_test_run_app (check_reopen, NULL); }
static void test_gated_question (void **state) { sd_test_run_app (check_gated_question, NULL); }
static void test_gated_question_in_place (void **state) { sd_test_run_app (check_gated_question_in_place, NULL); }

static void
test_kiosk (void **state)
{
  const char *args[] = { "--kiosk", NULL };

  sd_test_run_app_with_args (check_kiosk, args);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_paste_printout, sd_test_fresh_case),
    cmocka_unit_test_setup (test_malformed, sd_test_fresh_case),
    cmocka_unit_test_setup (test_remove, sd_test_fresh_case),
    cmocka_unit_test_setup (test_keyboard, sd_test_fresh_case),
    cmocka_unit_test_setup (test_reopen, sd_test_fresh_case),
    cmocka_unit_test_setup (test_gated_question, sd_test_fresh_case),
    cmocka_unit_test_setup (test_gated_question_in_place, sd_test_fresh_case),
    cmocka_unit_test_setup (test_kiosk, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
