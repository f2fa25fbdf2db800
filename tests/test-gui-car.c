/* test-gui-car.c: the Car page keeps its place while the case changes, and works
 * from the keyboard and at any width (under Xvfb)
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

static GtkWidget *
focused (GtkWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* As the window's key bindings do for the arrow keys and Tab. */
static void
press (GtkWindow        *window,
       GtkDirectionType  direction)
{
  g_signal_emit_by_name (window, "move-focus", direction);
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

static void
show_at_width (GtkWindow *window,
               int        width)
{
  gtk_window_set_default_size (window, width, 800);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  /* Less the window's shadow, on a screen as wide. */
  assert_in_range (gtk_widget_get_width (GTK_WIDGET (window)), width - 20, width);
}

/* The arrow keys go from marker to marker, the ring in light order first; Tab
 * leaves the drawing and reaches the list and the details. */
static void
check_keyboard_order (SdApplication *app,
                      GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (session));
  g_autoptr(GArray) order = sd_knowledge_dup_marker_order (knowledge);
  GtkWidget *page, *diagram, *pane, *focus;
  gboolean reached_list = FALSE, reached_details = FALSE;
  guint n_markers = 0;

  show_at_width (window, 1280);
  sd_test_show_page (window, "car");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_CAR_PAGE, NULL);
  diagram = sd_test_find_widget (page, SD_TYPE_DIAGRAM_VIEW, NULL);
  pane = sd_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, "details-pane");
  assert_non_null (diagram);
  assert_non_null (pane);
  assert_true (order->len > 4);
  assert_string_equal (sd_knowledge_get_component (knowledge, g_array_index (order, guint, 0))->id,
                       sd_knowledge_get_ring_member (knowledge, 0)->component);

  assert_true (gtk_widget_grab_focus (sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram),
                                                                  sd_knowledge_get_component (knowledge, g_array_index (order, guint, 0))->id)));
  for (guint i = 1; i < order->len; i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, g_array_index (order, guint, i));

      press (window, i % 2 == 0 ? GTK_DIR_DOWN : GTK_DIR_RIGHT);
      assert_ptr_equal (focused (window),
                        sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), component->id));
    }
  /* Round again from the last to the first, and back. */
  press (window, GTK_DIR_RIGHT);
  assert_ptr_equal (focused (window),
                    sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram),
                                                sd_knowledge_get_component (knowledge, g_array_index (order, guint, 0))->id));
  press (window, GTK_DIR_LEFT);
  assert_ptr_equal (focused (window),
                    sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram),
                                                sd_knowledge_get_component (knowledge, g_array_index (order, guint, order->len - 1))->id));

  /* Tab: out of the drawing at once, then on to the list and the details. */
  press (window, GTK_DIR_TAB_FORWARD);
  assert_false (gtk_widget_is_ancestor (focused (window), diagram));
  for (guint i = 0; i < 200 && !(reached_list && reached_details); i++)
    {
      focus = focused (window);
      assert_non_null (focus);
      if (gtk_widget_is_ancestor (focus, diagram))
        n_markers++;
      if (SD_IS_COMPONENT_ROW (focus) || gtk_widget_get_ancestor (focus, SD_TYPE_COMPONENT_ROW) != NULL)
        reached_list = TRUE;
      if (gtk_widget_is_ancestor (focus, pane))
        reached_details = TRUE;
      press (window, GTK_DIR_TAB_FORWARD);
    }
  assert_true (reached_list);
  assert_true (reached_details);
  /* The drawing is one stop, if it came round again at all. */
  assert_true (n_markers <= 1);
}

static gboolean
selected_is (GtkWidget  *page,
             const char *component)
{
  return g_strcmp0 (sd_car_page_get_selected (SD_CAR_PAGE (page)), component) == 0;
}

/* Enter on a marker (its "activate", which clicks it a moment later). */
static void
activate_marker (GtkWindow  *window,
                 GtkWidget  *page,
                 GtkWidget  *marker,
                 const char *component)
{
  gint64 end = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  assert_true (gtk_widget_grab_focus (marker));
  assert_true (gtk_widget_activate (marker));
  while (!selected_is (page, component) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  assert_true (selected_is (page, component));
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

/* The details of a component activated show beside the drawing, inside the
 * window without scrolling, with the focus in them; at 360 px they come over
 * the drawing, with the focus too. */
static void
check_activation_shows_details (SdApplication *app,
                                GtkWindow     *window)
{
  GtkWidget *page, *diagram, *pane, *details, *marker;
  AdwFlap *flap;
  graphene_rect_t bounds;

  show_at_width (window, 1280);
  sd_test_show_page (window, "car");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_CAR_PAGE, NULL);
  diagram = sd_test_find_widget (page, SD_TYPE_DIAGRAM_VIEW, NULL);
  pane = sd_test_find_widget (page, GTK_TYPE_SCROLLED_WINDOW, "details-pane");
  details = sd_test_find_widget (page, ADW_TYPE_PREFERENCES_GROUP, "details");
  flap = ADW_FLAP (sd_test_find_widget (page, ADW_TYPE_FLAP, NULL));
  assert_non_null (flap);
  assert_false (adw_flap_get_folded (flap));

  marker = sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier");
  activate_marker (window, page, marker, "amplifier");
  assert_string_equal (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (details)),
                       "Audio amplifier");
  assert_true (gtk_widget_is_ancestor (focused (window), pane));
  assert_true (gtk_widget_get_mapped (details));
  assert_true (gtk_widget_compute_bounds (details, GTK_WIDGET (window), &bounds));
  assert_true (bounds.origin.x >= 0 && bounds.origin.y >= 0);
  assert_true (bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (window)));
  assert_true (bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (window)));
  /* Beside the drawing, not below it. */
  assert_true (gtk_widget_compute_bounds (diagram, GTK_WIDGET (window), &bounds));
  {
    graphene_rect_t pane_bounds;

    assert_true (gtk_widget_compute_bounds (pane, GTK_WIDGET (window), &pane_bounds));
    assert_true (pane_bounds.origin.x >= bounds.origin.x + bounds.size.width);
  }

  /* Narrow: folded, the details hidden until a component is chosen. */
  show_at_width (window, 360);
  assert_true (adw_flap_get_folded (flap));
  assert_false (adw_flap_get_reveal_flap (flap));
  marker = sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "head-unit");
  activate_marker (window, page, marker, "head-unit");
  assert_true (adw_flap_get_reveal_flap (flap));
  assert_true (gtk_widget_is_ancestor (focused (window), pane));
  assert_string_equal (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (details)),
                       "iDrive head unit");
}

static void test_answer_keeps_place (void **state) { sd_test_run_app (check_answer_keeps_place, NULL); }
static void test_marker_keeps_focus (void **state) { sd_test_run_app (check_marker_keeps_focus, NULL); }
static void test_keyboard_order (void **state) { sd_test_run_app (check_keyboard_order, NULL); }
static void test_activation_shows_details (void **state) { sd_test_run_app (check_activation_shows_details, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_answer_keeps_place, sd_test_fresh_case),
    cmocka_unit_test_setup (test_marker_keeps_focus, sd_test_fresh_case),
    cmocka_unit_test_setup (test_keyboard_order, sd_test_fresh_case),
    cmocka_unit_test_setup (test_activation_shows_details, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
