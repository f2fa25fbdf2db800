/* test-gui-profile.c: "Your car" is asked first in a new case, and the car
 * chosen changes the questions, causes and the diagram at once (under Xvfb)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sd-car-page.h"
#include "sd-cause-row.h"
#include "sd-diagnose-page.h"
#include "sd-diagram-view.h"
#include "sd-profile-page.h"
#include "sd-question-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"

static const char *
shown (GtkWindow *window)
{
  GtkStack *stack = GTK_STACK (sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK, NULL));

  return gtk_stack_get_visible_child_name (stack);
}

static const char *
visible_page (GtkWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window),
                                                             ADW_TYPE_VIEW_STACK, NULL));

  return adw_view_stack_get_visible_child_name (stack);
}

/* The "Your car" page on screen. */
static SdProfilePage *
profile_page (GtkWindow *window)
{
  GtkWidget *page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_PROFILE_PAGE, NULL);

  assert_non_null (page);
  assert_string_equal (shown (window), "profile");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (gtk_widget_get_mapped (page));

  return SD_PROFILE_PAGE (page);
}

static void
click (SdProfilePage *page,
       const char    *name)
{
  GtkWidget *button = sd_test_find_widget (GTK_WIDGET (page), GTK_TYPE_BUTTON, name);

  assert_non_null (button);
  assert_true (gtk_widget_get_mapped (button));
  g_signal_emit_by_name (button, "clicked");
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
diagnose_page (GtkWindow *window)
{
  sd_test_show_page (window, "diagnose");

  return sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGNOSE_PAGE, NULL);
}

static gboolean
asks (GtkWindow  *window,
      const char *symptom)
{
  return sd_test_find_matching (diagnose_page (window), is_question_row_for, (gpointer) symptom) != NULL;
}

static gboolean
ranks (GtkWindow  *window,
       const char *fault)
{
  return sd_test_find_cause_row (diagnose_page (window), fault) != NULL;
}

static GPtrArray *
drawn_ring (GtkWindow *window)
{
  GtkWidget *diagram;

  sd_test_show_page (window, "car");
  diagram = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGRAM_VIEW, NULL);
  assert_non_null (diagram);

  return sd_diagram_view_get_ring (SD_DIAGRAM_VIEW (diagram));
}

static GtkWidget *
ring_note (GtkWindow *window)
{
  GtkWidget *diagram;

  sd_test_show_page (window, "car");
  diagram = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_DIAGRAM_VIEW, NULL);

  return sd_test_find_widget (diagram, GTK_TYPE_LABEL, "ring-note");
}

/* The same case, read again from its file. */
static void
reopen (SdSession *session)
{
  g_autofree char *path = g_strdup (sd_session_get_case_path (session));

  sd_session_flush (session);
  sd_session_open_case (session, path);
  assert_null (sd_session_take_notice (session));
}

/* What the first frame does not show is built when it is opened: the
 * model's list (only "I don't know" and one model until then) and the popovers of "Help me
 * find out"; neither changes the car. */
static void
check_lists_built_when_opened (SdSession     *session,
                               SdProfilePage *page)
{
  GtkWidget *model_row = sd_test_find_row_titled (GTK_WIDGET (page), "Model");
  GtkWidget *unit_row = sd_test_find_row_titled (GTK_WIDGET (page), "Head unit");
  guint n_models = sd_vehicles_get_n_models (sd_catalog_get_vehicles (sd_session_get_catalog (session)));
  GtkWidget *button;
  GtkPopover *popover;

  assert_true (ADW_IS_COMBO_ROW (model_row));
  assert_int_equal (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (model_row))), 2);
  /* As a click or Enter does. */
  g_signal_emit_by_name (model_row, "activate");
  assert_true (gtk_widget_get_visible (sd_test_find_widget (model_row, GTK_TYPE_POPOVER, NULL)));
  assert_true (n_models > 10);
  assert_int_equal (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (model_row))),
                    n_models + 1);
  assert_int_equal (adw_combo_row_get_selected (ADW_COMBO_ROW (model_row)), 0);
  assert_null (sd_vehicle_profile_get_model (sd_profile_page_get_draft (page)));
  gtk_popover_popdown (GTK_POPOVER (sd_test_find_widget (model_row, GTK_TYPE_POPOVER, NULL)));
  sd_test_wait_for_draw (GTK_WIDGET (page));

  assert_non_null (unit_row);
  button = sd_test_find_widget (unit_row, GTK_TYPE_MENU_BUTTON, NULL);
  assert_non_null (button);
  assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (button));
  assert_non_null (popover);
  assert_string_equal (gtk_label_get_label (GTK_LABEL (gtk_popover_get_child (popover))),
                       sd_profile_page_get_help (page, SD_VEHICLE_HEAD_UNIT));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
  sd_test_wait_for_draw (GTK_WIDGET (page));
}

/* A new case asks "Your car" first; "I don't know my car" goes to Diagnose,
 * keeps every question and cause, and is not asked again. */
static void
check_unknown_car (SdApplication *app,
                   GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdProfilePage *page = profile_page (window);

  assert_false (sd_case_get_car_asked (sd_session_get_case (session)));
  /* Never a guess forced: the help ends with "I don't know". */
  assert_non_null (strstr (sd_profile_page_get_help (page, SD_VEHICLE_HEAD_UNIT),
                           "A wide screen with a sharp map"));
  assert_non_null (strstr (sd_profile_page_get_help (page, SD_VEHICLE_HEAD_UNIT), "I don’t know"));
  check_lists_built_when_opened (session, page);

  click (page, "unknown-button");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (shown (window), "pages");
  assert_string_equal (visible_page (window), "diagnose");
  assert_true (sd_case_get_car_asked (sd_session_get_case (session)));
  assert_true (sd_vehicle_profile_is_unknown (sd_case_get_profile (sd_session_get_case (session))));
  /* Work in the boot, then sound and navigation gone: a fibre plug comes first. */
  sd_session_set_answer (session, "recent-boot-work", SD_ANSWER_YES);
  sd_session_set_answer (session, "audio-and-nav-lost", SD_ANSWER_YES);
  assert_true (ranks (window, "fibre-connector-unplugged"));
  assert_true (asks (window, "satellite-radio-lost"));
  assert_true (drawn_ring (window)->len >= 2);
  assert_false (gtk_widget_get_visible (ring_note (window)));

  /* The same case opened again is not asked again. */
  sd_session_flush (session);
  reopen (session);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (shown (window), "pages");
}

/* A G-series car has no fibre ring: its causes and the ring on the diagram go
 * at once, and the diagram says why. The car is kept with the case, the Car
 * page shows it, and "Change…" brings back the same page with it chosen. */
static void
check_g_series (SdApplication *app,
                GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdProfilePage *page = profile_page (window);
  SdVehicleProfile *profile;
  AdwActionRow *row;
  GtkWidget *car_page;
  const char *inspect_title =
    sd_procedure_get_title (sd_catalog_lookup_procedure (sd_session_get_catalog (session), "fibre-inspect"));

  sd_session_set_answer (session, "recent-boot-work", SD_ANSWER_YES);
  sd_session_set_answer (session, "audio-and-nav-lost", SD_ANSWER_YES);
  sd_profile_page_select_model (page, "g01");
  /* The model's usual units are chosen for it. */
  assert_string_equal (sd_vehicle_profile_get_telematics (sd_profile_page_get_draft (page)), "tcb2");
  click (page, "use-button");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (shown (window), "pages");
  assert_string_equal (visible_page (window), "diagnose");

  assert_false (ranks (window, "fibre-connector-unplugged"));
  assert_false (asks (window, "satellite-radio-lost"));
  assert_int_equal (drawn_ring (window)->len, 0);
  assert_true (gtk_widget_get_visible (ring_note (window)));
  assert_string_equal (gtk_label_get_label (GTK_LABEL (ring_note (window))),
                       "This car has no fibre-optic ring.");

  /* Kept with the case. */
  sd_session_flush (session);
  reopen (session);
  profile = sd_case_get_profile (sd_session_get_case (session));
  assert_string_equal (sd_vehicle_profile_get_model (profile), "g01");
  assert_false (ranks (window, "fibre-connector-unplugged"));

  /* The Car page says which car, and changes it. */
  sd_test_show_page (window, "car");
  row = ADW_ACTION_ROW (sd_test_find_row_titled (GTK_WIDGET (window), "G01"));
  assert_non_null (row);
  car_page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_CAR_PAGE, NULL);
  sd_car_page_select (SD_CAR_PAGE (car_page), "fibre-ring");
  assert_null (sd_test_find_row_titled (car_page, inspect_title));
  sd_car_page_select (SD_CAR_PAGE (car_page), "sdars");
  assert_null (sd_test_find_matching (car_page, is_question_row_for, "satellite-radio-lost"));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL));
  page = profile_page (window);
  assert_string_equal (sd_vehicle_profile_get_model (sd_profile_page_get_draft (page)), "g01");
  sd_profile_page_select_model (page, "e90");
  click (page, "use-button");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_string_equal (shown (window), "pages");
  assert_string_equal (visible_page (window), "car");
  assert_non_null (sd_test_find_row_titled (GTK_WIDGET (window), "E90"));
  /* The details shown follow the car: an E90 may have the tuner, and has a ring. */
  assert_non_null (sd_test_find_matching (car_page, is_question_row_for, "satellite-radio-lost"));
  sd_car_page_select (SD_CAR_PAGE (car_page), "fibre-ring");
  assert_non_null (sd_test_find_row_titled (car_page, inspect_title));
  assert_true (drawn_ring (window)->len >= 2);
  assert_true (ranks (window, "fibre-connector-unplugged"));
}

/* A North American E92 with a separate satellite tuner is asked about it;
 * its ring is drawn in one car's order, which the diagram says. A bad VIN is
 * told and kept. */
static void
check_us_e92 (SdApplication *app,
              GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdProfilePage *page = profile_page (window);
  GtkWidget *vin_row = sd_test_find_widget (GTK_WIDGET (page), ADW_TYPE_ENTRY_ROW, "vin");
  GtkWidget *vin_label;

  sd_profile_page_select_model (page, "e92");
  sd_profile_page_select (page, SD_VEHICLE_MARKET, "na");
  sd_profile_page_set_option (page, "sdars", SD_FACT_YES);
  assert_true (sd_vehicle_profile_has_option (sd_profile_page_get_draft (page), "sdars"));

  assert_non_null (vin_row);
  gtk_editable_set_text (GTK_EDITABLE (vin_row), "WBA123");
  vin_label = sd_test_find_widget (GTK_WIDGET (page), GTK_TYPE_LABEL, "vin-message");
  assert_non_null (vin_label);
  assert_true (gtk_widget_get_visible (vin_label));
  assert_non_null (strstr (gtk_label_get_label (GTK_LABEL (vin_label)), "not a VIN"));
  assert_string_equal (sd_vehicle_profile_get_vin (sd_profile_page_get_draft (page)), "WBA123");
  assert_string_equal (sd_vehicle_profile_get_market (sd_profile_page_get_draft (page)), "na");
  gtk_editable_set_text (GTK_EDITABLE (vin_row), "WBAKG1C5XBE000000");
  assert_int_equal (sd_vehicle_profile_get_model_year (sd_profile_page_get_draft (page)), 2011);
  assert_non_null (strstr (gtk_label_get_label (GTK_LABEL (vin_label)), "Model year 2011"));

  click (page, "use-button");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  assert_true (asks (window, "satellite-radio-lost"));
  assert_true (ranks (window, "sdars-faulty"));
  assert_true (drawn_ring (window)->len >= 2);
  assert_true (gtk_widget_get_visible (ring_note (window)));
  assert_string_equal (sd_case_get_vin (sd_session_get_case (session)), "WBAKG1C5XBE000000");
}

/* The row of @option on the page: "I don't know" first, then Fitted, Not fitted. */
static guint
option_shown (SdProfilePage *page,
              const char    *option)
{
  GtkWidget *row = sd_test_find_widget (GTK_WIDGET (page), ADW_TYPE_COMBO_ROW, option);

  assert_non_null (row);

  return adw_combo_row_get_selected (ADW_COMBO_ROW (row));
}

/* Each option on its own: an E92 with the amplifier fitted and the tuner left
 * at "I don't know" is still asked about the tuner; "Not fitted" leaves it
 * out. "Change…" shows each option as it was said, and so does the case
 * opened again. */
static void
check_options_one_by_one (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdProfilePage *page = profile_page (window);
  SdVehicleProfile *profile;

  sd_profile_page_select_model (page, "e92");
  sd_profile_page_select (page, SD_VEHICLE_MARKET, "na");
  sd_profile_page_set_option (page, "amplifier", SD_FACT_YES);
  assert_int_equal (option_shown (page, "sdars"), 0);
  assert_int_equal (sd_vehicle_profile_get_option (sd_profile_page_get_draft (page), "sdars"),
                    SD_FACT_UNKNOWN);
  click (page, "use-button");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  profile = sd_case_get_profile (sd_session_get_case (session));
  assert_int_equal (sd_vehicle_profile_get_option (profile, "amplifier"), SD_FACT_YES);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_UNKNOWN);
  assert_true (asks (window, "satellite-radio-lost"));
  assert_true (ranks (window, "sdars-faulty"));

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL));
  page = profile_page (window);
  assert_int_equal (option_shown (page, "amplifier"), 1);
  assert_int_equal (option_shown (page, "sdars"), 0);
  assert_int_equal (option_shown (page, "changer"), 0);
  sd_profile_page_set_option (page, "sdars", SD_FACT_NO);
  click (page, "use-button");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_false (asks (window, "satellite-radio-lost"));
  assert_false (ranks (window, "sdars-faulty"));

  reopen (session);
  profile = sd_case_get_profile (sd_session_get_case (session));
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_NO);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "changer"), SD_FACT_UNKNOWN);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL));
  page = profile_page (window);
  assert_int_equal (option_shown (page, "amplifier"), 1);
  assert_int_equal (option_shown (page, "sdars"), 2);
  assert_int_equal (option_shown (page, "changer"), 0);
}

static void test_unknown_car (void **state) { sd_test_run_app (check_unknown_car, NULL); }
static void test_g_series (void **state) { sd_test_run_app (check_g_series, NULL); }
static void test_us_e92 (void **state) { sd_test_run_app (check_us_e92, NULL); }
static void test_options_one_by_one (void **state) { sd_test_run_app (check_options_one_by_one, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_unknown_car, sd_test_new_case),
    cmocka_unit_test_setup (test_g_series, sd_test_new_case),
    cmocka_unit_test_setup (test_us_e92, sd_test_new_case),
    cmocka_unit_test_setup (test_options_one_by_one, sd_test_new_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
