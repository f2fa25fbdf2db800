/* test-gui-car.c: the Car page keeps its place while the case changes (under Xvfb)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-car-page.h"
#include "sd-component-info.h"
#include "sd-component-row.h"
#include "sd-diagram-view.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"

static gboolean
is_component_row_for (GtkWidget *widget,
                      gpointer   id)
{
  return SD_IS_COMPONENT_ROW (widget) &&
         g_strcmp0 (sd_component_row_get_component (SD_COMPONENT_ROW (widget))->id, id) == 0;
}

static gboolean
has_label (GtkWidget *widget,
           gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_yes_toggle (GtkWidget *widget,
               gpointer   data)
{
  return GTK_IS_TOGGLE_BUTTON (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), "Yes") == 0;
}

/* The list row that asks @symptom's question, wherever in @root. */
static GtkWidget *
question_row (GtkWidget       *root,
              const SdSymptom *symptom)
{
  GtkWidget *label = sd_test_find_matching (root, has_label, (gpointer) sd_text_get (&symptom->question));

  assert_non_null (label);

  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
}

static gboolean
has_level_class (GtkWidget        *widget,
                 SdSuspicionLevel  level)
{
  static const char * const classes[] = { "suspect-low", "suspect-medium", "suspect-high" };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    n += gtk_widget_has_css_class (widget, classes[i]);

  return n == 1 && gtk_widget_has_css_class (widget, classes[level]);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

static void
check_answer_keeps_place (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (session));
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  const SdSymptom *smell = sd_knowledge_lookup_symptom (knowledge, "amp-burning-smell");
  const SdFault *defective = sd_knowledge_lookup_fault (knowledge, "amplifier-defective");
  GtkWidget *page, *diagram, *marker, *component_row, *details, *row, *yes, *fault_row;
  SdSuspicion before, after;
  g_autofree char *share = NULL;
  guint selected_notified = 0;

  sd_test_show_page (window, "car");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_CAR_PAGE, NULL);
  assert_non_null (page);
  diagram = sd_test_find_widget (page, SD_TYPE_DIAGRAM_VIEW, NULL);
  assert_non_null (diagram);

  /* A legend names the three shades. */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const names[] = { "Most suspect", "Possible", "Unlikely" };
      static const SdSuspicionLevel levels[] = { SD_SUSPICION_HIGH, SD_SUSPICION_MEDIUM, SD_SUSPICION_LOW };
      GtkWidget *label = sd_test_find_matching (page, has_label, (gpointer) names[i]);

      assert_non_null (label);
      assert_true (gtk_widget_get_mapped (label));
      assert_true (has_level_class (gtk_widget_get_prev_sibling (label), levels[i]));
    }

  /* It opens on the most suspect component. */
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)),
                       sd_component_find_most_suspect (knowledge, diagnosis));

  /* Choose the amplifier in the list of components. */
  g_signal_connect (page, "notify::selected", G_CALLBACK (count_notify), &selected_notified);
  component_row = sd_test_find_matching (page, is_component_row_for, "amplifier");
  assert_non_null (component_row);
  g_signal_emit_by_name (gtk_widget_get_parent (component_row), "row-activated", component_row);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "amplifier");
  assert_int_equal (selected_notified, 1);
  marker = sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier");
  assert_true (gtk_widget_has_css_class (marker, "highlight"));
  details = sd_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "details");
  assert_string_equal (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (details)),
                       "Audio amplifier");

  before = sd_component_get_suspicion (knowledge, diagnosis, "amplifier");
  assert_int_equal (before.level, SD_SUSPICION_LOW);
  assert_true (has_level_class (marker, SD_SUSPICION_LOW));

  /* Answer one of its questions with the keyboard's focus on "Yes". */
  row = question_row (page, smell);
  assert_non_null (row);
  yes = sd_test_find_matching (row, is_yes_toggle, NULL);
  assert_non_null (yes);
  gtk_widget_grab_focus (yes);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), yes);
  g_signal_emit_by_name (yes, "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "amp-burning-smell"),
                    SD_ANSWER_YES);

  /* The same component is chosen, the same widgets show it, and the focus is
   * where it was. */
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "amplifier");
  assert_int_equal (selected_notified, 1);
  assert_ptr_equal (sd_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "details"), details);
  assert_ptr_equal (question_row (page, smell), row);
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), yes);
  assert_true (gtk_widget_get_mapped (yes));
  assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (yes)));

  /* The marker is the same button, shaded anew. */
  after = sd_component_get_suspicion (knowledge, diagnosis, "amplifier");
  assert_true (after.probability > before.probability);
  assert_int_not_equal (after.level, SD_SUSPICION_LOW);
  assert_ptr_equal (sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier"), marker);
  assert_true (has_level_class (marker, after.level));
  assert_true (gtk_widget_has_css_class (marker, "highlight"));

  /* So are the component's row and its share, and the fault's. */
  assert_ptr_equal (sd_test_find_matching (page, is_component_row_for, "amplifier"), component_row);
  assert_true (fabs (sd_component_row_get_suspicion (SD_COMPONENT_ROW (component_row)) -
                     after.probability) < 1e-9);
  share = sd_probability_format (after.probability);
  assert_non_null (sd_test_find_matching (component_row, has_label, share));
  g_clear_pointer (&share, g_free);
  fault_row = sd_test_find_row_titled (page, sd_text_get (&defective->name));
  assert_non_null (fault_row);
  share = sd_probability_format (sd_diagnosis_get_probability (diagnosis, defective->id));
  assert_non_null (sd_test_find_matching (fault_row, has_label, share));
}

static void
check_marker_keeps_focus (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWidget *page, *diagram, *marker, *other;

  sd_test_show_page (window, "car");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_CAR_PAGE, NULL);
  diagram = sd_test_find_widget (page, SD_TYPE_DIAGRAM_VIEW, NULL);
  assert_non_null (diagram);

  /* Clicking a marker chooses its component and leaves the focus on it. */
  marker = sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier");
  other = sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "head-unit");
  assert_true (GTK_IS_BUTTON (marker));
  assert_true (GTK_IS_BUTTON (other));
  assert_ptr_not_equal (marker, other);
  gtk_widget_grab_focus (marker);
  g_signal_emit_by_name (marker, "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "amplifier");
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), marker);

  /* An answer given elsewhere keeps both. */
  sd_session_set_answer (session, "amp-no-output", SD_ANSWER_YES);
  sd_session_set_answer (session, "amp-burning-smell", SD_ANSWER_YES);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "amplifier");
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), marker);
  assert_ptr_equal (sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier"), marker);
  assert_true (has_level_class (marker, SD_SUSPICION_HIGH));
  assert_false (gtk_widget_has_css_class (other, "highlight"));

  /* Another marker chooses another component, which the property says too. */
  g_signal_emit_by_name (other, "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "head-unit");
  {
    g_autofree char *selected = NULL;

    g_object_get (page, "selected", &selected, NULL);
    assert_string_equal (selected, "head-unit");
    g_object_set (page, "selected", "amplifier", NULL);
    assert_string_equal (sd_car_page_get_selected (SD_CAR_PAGE (page)), "amplifier");
    g_object_set (page, "selected", "head-unit", NULL);
  }
  assert_true (gtk_widget_has_css_class (other, "highlight"));
  assert_false (gtk_widget_has_css_class (marker, "highlight"));
}

static void test_answer_keeps_place (void **state) { sd_test_run_app (check_answer_keeps_place, NULL); }
static void test_marker_keeps_focus (void **state) { sd_test_run_app (check_marker_keeps_focus, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_answer_keeps_place, sd_test_fresh_case),
    cmocka_unit_test_setup (test_marker_keeps_focus, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
