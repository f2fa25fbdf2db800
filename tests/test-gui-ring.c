/* test-gui-ring.c: the ring-break finder in a guide (app/gui/sd-ring-step-view.c),
 * driven through its widgets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-cause-row.h"
#include "sd-diagnose-page.h"
#include "sd-diagram-view.h"
#include "sd-ring-step-view.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-test-wizard.h"
#include "sd-wizard-view.h"

static const char *
label_text (GtkWindow  *window,
            const char *name)
{
  GtkWidget *label = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_LABEL, name);

  assert_non_null (label);

  return gtk_label_get_text (GTK_LABEL (label));
}

static gboolean
shown (GtkWindow  *window,
       const char *name)
{
  GtkWidget *widget = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_WIDGET, name);

  return widget != NULL && gtk_widget_get_mapped (widget);
}

static void
click (GtkWindow  *window,
       const char *name)
{
  GtkWidget *button = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON, name);

  assert_non_null (button);
  assert_true (gtk_widget_get_mapped (button) && gtk_widget_is_sensitive (button));
  sd_test_click (button);
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

/* The strip's label of @member (the last one is the head unit again). */
static GtkWidget *
strip_label (GtkWindow *window,
             guint      member)
{
  GtkWidget *strip = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_FLOW_BOX, "ring-strip");
  GtkFlowBoxChild *child;

  assert_non_null (strip);
  child = gtk_flow_box_get_child_at_index (GTK_FLOW_BOX (strip), (int) member);
  assert_non_null (child);

  return gtk_flow_box_child_get_child (child);
}

static gboolean
is_found_reason (GtkWidget *widget,
                 gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_has_css_class (widget, "cause-reason") &&
         g_str_has_prefix (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), data);
}

static gboolean
starts_guide (GtkWidget *widget,
              gpointer   data)
{
  GVariant *target;

  if (!GTK_IS_BUTTON (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.start-procedure") != 0)
    return FALSE;
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

  return target != NULL && g_strcmp0 (g_variant_get_string (target, NULL), data) == 0;
}

/* What the guide found, on Diagnose: the tuner's reasons say so, and the
 * advice card recommends bypassing it. */
static void
check_tuner_found_on_diagnose (GtkWindow *window)
{
  GtkWidget *page, *causes, *tuner, *advice, *title;

  sd_test_show_page (window, "diagnose");
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
  causes = sd_test_find_widget (page, GTK_TYPE_LIST_BOX, "causes");
  assert_non_null (causes);
  tuner = sd_test_find_cause_row (causes, "sdars-faulty");
  assert_non_null (tuner);
  gtk_widget_activate (tuner);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_cause_row_get_expanded (SD_CAUSE_ROW (tuner)));
  assert_non_null (sd_test_find_matching (tuner, is_found_reason,
                                          "Found in “Inspect the fibre-optic ring and its "
                                          "connectors”: "));

  advice = sd_test_find_widget (page, GTK_TYPE_LIST_BOX_ROW, "advice");
  assert_non_null (advice);
  title = sd_test_find_widget (advice, GTK_TYPE_LABEL, NULL);
  assert_non_null (title);
  assert_string_equal (gtk_label_get_text (GTK_LABEL (title)), "Try “Bypass the satellite radio tuner”");
  assert_non_null (sd_test_find_matching (advice, starts_guide, "sdars-bypass"));
}

static void
check_fibre_inspect_finds_break (SdApplication *app,
                                 GtkWindow     *window)
{
  SdSession *session = sd_test_wizard_session (app);
  SdVehicleProfile *profile = sd_case_get_profile (sd_session_get_case (session));
  const char *fitted[] = { "sdars", "amplifier", NULL };
  SdRingCheck *check;
  g_autofree char *saved = NULL;

  /* A US E92 with the separate tuner: head unit, amplifier, telematics unit, tuner. */
  sd_vehicle_profile_set_model (profile, "e92");
  sd_vehicle_profile_set_market (profile, "na");
  sd_vehicle_profile_set_options (profile, fitted);
  sd_vehicle_profile_apply_defaults (profile);

  sd_test_start_guide (window, "fibre-inspect");
  while (g_strcmp0 (sd_test_current_step (app), "visual") != 0)
    sd_test_press_next (window);
  for (guint i = 0; i < sd_run_get_step (sd_session_get_run (session))->items->len; i++)
    sd_run_set_item (sd_session_get_run (session), i, TRUE);
  /* Every item OK: on to the light checks. */
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "light-check");
  sd_test_press_next (window);
  sd_test_choose (window, "follow-light");
  sd_test_press_next (window);
  assert_string_equal (sd_test_current_step (app), "find-break");
  assert_true (SD_IS_RING_STEP_VIEW (sd_test_step_view (window)));
  check = sd_ring_step_view_get_check (SD_RING_STEP_VIEW (sd_test_step_view (window)));
  assert_non_null (check);
  assert_int_equal (sd_ring_check_get_n_members (check), 4);
  /* The finder moves the guide on itself: no Next until it has. */
  assert_false (gtk_widget_get_visible (sd_test_next_button (window)));

  /* The first check is at the telematics unit, from the amplifier, and the
   * strip marks that stretch. */
  assert_non_null (strstr (label_text (window, "ring-next-check"), "“Telematics unit"));
  assert_non_null (strstr (label_text (window, "ring-next-check"), "“Audio amplifier”"));
  assert_true (gtk_widget_has_css_class (strip_label (window, 1), "accent"));
  assert_true (gtk_widget_has_css_class (strip_label (window, 2), "accent"));
  assert_false (gtk_widget_has_css_class (strip_label (window, 3), "accent"));
  assert_false (shown (window, "ring-result"));
  {
    const char *from = NULL, *to = NULL;

    /* The same stretch on the step's map. */
    assert_true (sd_ring_step_view_get_stretch (SD_RING_STEP_VIEW (sd_test_step_view (window)),
                                                &from, &to));
    assert_string_equal (from, "amplifier");
    assert_string_equal (to, "tcu");
    assert_non_null (sd_test_find_widget (sd_test_wizard_view (window), SD_TYPE_DIAGRAM_VIEW, NULL));
  }

  /* Light there; none at the tuner: the light stops before the tuner. */
  click (window, "ring-light");
  assert_non_null (strstr (label_text (window, "ring-next-check"), "“Satellite radio tuner”"));
  assert_true (gtk_widget_has_css_class (strip_label (window, 3), "accent"));
  assert_false (gtk_widget_has_css_class (strip_label (window, 1), "accent"));
  /* Each answer is in the run at once, so the case keeps it. */
  saved = g_strdup (sd_run_get_ring_answers (sd_session_get_run (session)));
  assert_string_equal (saved, "tcu=light");
  {
    /* A new view of the same run, as after reopening the case, resumes there. */
    g_autoptr(GtkWidget) again = g_object_ref_sink (sd_wizard_view_new (session));
    GtkWidget *view = sd_test_find_widget (again, SD_TYPE_RING_STEP_VIEW, NULL);
    GtkWidget *next_check;

    assert_non_null (view);
    next_check = sd_test_find_widget (view, GTK_TYPE_LABEL, "ring-next-check");
    assert_non_null (strstr (gtk_label_get_text (GTK_LABEL (next_check)), "“Satellite radio tuner”"));
    assert_int_equal (sd_ring_check_get_n_answers (sd_ring_step_view_get_check (SD_RING_STEP_VIEW (view))), 1);
  }
  click (window, "ring-dark");

  assert_false (shown (window, "ring-light"));
  assert_true (shown (window, "ring-result"));
  /* The keyboard goes on to Continue, not into the hidden answers. */
  assert_true (gtk_widget_has_focus (sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_BUTTON,
                                                          "ring-continue")));
  assert_non_null (strstr (label_text (window, "ring-result"),
                           "between “Telematics unit (telephone box)” and “Satellite radio tuner”"));
  assert_non_null (strstr (label_text (window, "ring-result"), "Splice a damaged fibre-optic cable"));
  assert_string_equal (sd_ring_check_get_next_guide (check), "fibre-splice");
  assert_true (gtk_widget_has_css_class (strip_label (window, 2), "error"));
  assert_true (gtk_widget_has_css_class (strip_label (window, 3), "error"));
  assert_non_null (strstr (label_text (window, "ring-done"), "Light arrives at “Telematics unit"));
  assert_non_null (strstr (label_text (window, "ring-done"), "No light at “Satellite radio tuner”"));

  /* Checked again, the light gets past the tuner and stops on the stretch
   * back to the head unit: the tuner is the unit to bypass, with its warning. */
  click (window, "ring-restart");
  assert_string_equal (sd_run_get_ring_answers (sd_session_get_run (session)), "");
  click (window, "ring-light");
  click (window, "ring-light");
  assert_string_equal (sd_ring_check_get_next_guide (check), "sdars-bypass");
  assert_non_null (strstr (label_text (window, "ring-result"), "Bypass the satellite radio tuner"));
  assert_non_null (strstr (label_text (window, "ring-result"), "Never bypass the telematics unit"));
  assert_true (gtk_widget_has_css_class (strip_label (window, 3), "error"));
  assert_true (gtk_widget_has_css_class (strip_label (window, 4), "error"));

  /* A scanner's node position locates it without checks: the head unit
   * counting 1 puts the break just before the tuner. */
  click (window, "ring-restart");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (sd_test_find_widget (sd_test_step_body (window),
                                                                   GTK_TYPE_SPIN_BUTTON,
                                                                   "ring-node-position")), 1);
  click (window, "ring-node-apply");
  assert_int_equal (sd_ring_check_get_state (check), SD_RING_CHECK_LOCATED);
  assert_string_equal (sd_run_get_ring_answers (sd_session_get_run (session)), "node=1");
  assert_string_equal (sd_ring_check_get_next_guide (check), "fibre-splice");
  click (window, "ring-restart");
  click (window, "ring-light");
  click (window, "ring-light");

  /* On to look at that stretch; the guide ends saying what was found. */
  click (window, "ring-continue");
  assert_string_equal (sd_test_current_step (app), "check-segment");
  sd_test_choose (window, "before-is-tuner");
  assert_string_equal (sd_test_current_step (app), "before-is-tuner");
  assert_true (sd_run_is_finished (sd_session_get_run (session)));

  /* The outcome offers the guide for the repair, and Finish. */
  {
    GtkWidget *offer = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_BUTTON,
                                            "next-guide");

    assert_non_null (offer);
    assert_true (gtk_widget_get_mapped (offer) && gtk_widget_is_sensitive (offer));
    assert_string_equal (gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (offer)))),
                         "Start “Bypass the satellite radio tuner”");
    assert_string_equal (gtk_button_get_label (GTK_BUTTON (sd_test_next_button (window))), "_Finish");
  }
  sd_test_press_next (window);
  assert_null (sd_session_get_run (session));
  assert_int_equal (sd_diagnosis_get_tried (sd_session_get_diagnosis (session), "fibre-inspect"),
                    SD_OUTCOME_FOUND);
  check_tuner_found_on_diagnose (window);
}

static void
test_fibre_inspect_finds_break (void **state)
{
  sd_test_run_app (check_fibre_inspect_finds_break, NULL);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_fibre_inspect_finds_break, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
