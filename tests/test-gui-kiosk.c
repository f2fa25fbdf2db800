/* test-gui-kiosk.c: the kiosk a workshop deploys (issue 15): locked, one case
 * per customer, the workshop's guides, sized for fingers; the PIN and the QR
 * code are in test-gui-kiosk-staff.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sd-case-store.h"
#include "sd-cause-item.h"
#include "sd-kiosk.h"
#include "sd-kiosk-pin.h"
#include "sd-profile-page.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"

static const char * const kiosk_args[] = { "--kiosk", NULL };

static gint64 fake_now = G_GINT64_CONSTANT (1000000) * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static SdKiosk *
kiosk_of (GtkWindow *window)
{
  SdKiosk *kiosk = sd_kiosk_get_for_window (window);

  assert_non_null (kiosk);

  return kiosk;
}

static void
settle (GtkWindow *window)
{
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

/* Waits for what a start over or a language switch builds anew: the window
 * keeps its place on the screen, and all it shows is built again in it. */
static GtkWindow *
wait_for_new_window (SdApplication *app,
                     GtkWindow     *window)
{
  GtkWidget *content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  g_object_add_weak_pointer (G_OBJECT (content), (gpointer *) &content);
  while (content != NULL)
    g_main_context_iteration (NULL, TRUE);
  assert_ptr_equal (gtk_application_get_active_window (GTK_APPLICATION (app)), window);
  assert_non_null (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
  settle (window);

  return window;
}

/* The app's windows and the dialogs over them. */
static guint
count_windows (SdApplication *app)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  guint n = 0;

  /* The keyboard shortcuts window GTK keeps hidden for each window is not one
   * a customer could leave behind. */
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (!GTK_IS_SHORTCUTS_WINDOW (l->data) &&
        (gtk_window_get_application (l->data) == GTK_APPLICATION (app) ||
         gtk_window_get_transient_for (l->data) != NULL))
      n++;

  return n;
}

static AdwMessageDialog *
find_dialog (SdApplication *app,
             const char    *heading)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      return l->data;

  return NULL;
}

/* Every shortcut of @widget's own controllers that @accel triggers. */
static void
activate_widget_shortcuts (GtkWidget  *widget,
                           const char *accel,
                           guint      *n_found)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accel);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;

          (*n_found)++;
          gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                        gtk_shortcut_get_arguments (shortcut));
        }
    }
}

/* Whatever the app or the window binds to @accel, done as the key would. */
static void
press_accel (SdApplication *app,
             GtkWindow     *window,
             const char    *accel)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);
  guint n_found = 0;

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GVariant) target = NULL;

      assert_true (g_action_parse_detailed_name (actions[i], &name, &target, NULL));
      /* A key does nothing when its action is disabled, and neither does this. */
      gtk_widget_activate_action_variant (GTK_WIDGET (window), name, target);
      n_found++;
    }
  activate_widget_shortcuts (GTK_WIDGET (window), accel, &n_found);
  settle (window);
}

static void
assert_still_open (SdApplication *app,
                   GtkWindow     *window,
                   guint          n_windows)
{
  assert_ptr_equal (gtk_application_get_active_window (GTK_APPLICATION (app)), window);
  assert_int_equal (count_windows (app), n_windows);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
}

static void
check_locked (SdApplication *app,
              GtkWindow     *window)
{
  guint n_windows = count_windows (app);
  g_autoptr(GList) controls = NULL;

  assert_true (sd_application_get_kiosk (app));
  assert_true (gtk_window_is_fullscreen (window) || gtk_window_get_decorated (window) == FALSE);
  assert_false (gtk_window_get_decorated (window));
  assert_false (gtk_window_get_deletable (window));
  assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));

  /* Alt+F4 and a close button ask the window to close: it stays. */
  gtk_window_close (window);
  settle (window);
  assert_still_open (app, window, n_windows);
  gtk_widget_activate_action (GTK_WIDGET (window), "window.close", NULL);
  settle (window);
  assert_still_open (app, window, n_windows);

  press_accel (app, window, "<Control>q");
  assert_still_open (app, window, n_windows);
  press_accel (app, window, "<Control>w");
  assert_still_open (app, window, n_windows);
  press_accel (app, window, "<Alt>F4");
  assert_still_open (app, window, n_windows);

  /* No file chooser on the counter's computer either. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-log", NULL);
  settle (window);
  assert_still_open (app, window, n_windows);

  /* No window controls anywhere: the header bars' are empty, the menu gone. */
  for (GtkWidget *found = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_WINDOW_CONTROLS, NULL);
       found != NULL; found = NULL)
    {
      gboolean empty;

      g_object_get (found, "empty", &empty, NULL);
      assert_true (empty || !gtk_widget_get_mapped (found));
    }
  for (GtkWidget *menu = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL);
       menu != NULL; menu = NULL)
    assert_false (gtk_widget_get_mapped (menu));
}

static void
test_locked (void **state)
{
  sd_test_run_app_with_args (check_locked, kiosk_args);
}

static const char *
visible_page (GtkWindow *window)
{
  AdwViewStack *stack = ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window),
                                                             ADW_TYPE_VIEW_STACK, NULL));

  return adw_view_stack_get_visible_child_name (stack);
}

static const char *
page_title (GtkWindow  *window,
            const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window),
                                                             ADW_TYPE_VIEW_STACK, NULL));
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, name);

  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child));
}

static gboolean
file_exists (const char *path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

/* A customer answers, starts a guide, switches to German and walks away. */
static GtkWindow *
leave_a_customer (SdApplication *app,
                  GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);

  sd_session_set_answer (session, "radio-no-sound", SD_ANSWER_YES);
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_NO);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           "idrive-reboot"));
  settle (window);
  assert_true (sd_window_get_wizard_shown (SD_WINDOW (window)));

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("de"));
  window = wait_for_new_window (app, window);
  assert_string_equal (page_title (window, "guides"), "Anleitungen");
  sd_kiosk_set_clock (kiosk_of (window), fake_clock, NULL);

  return window;
}

static void
check_idle_reset (SdApplication *app,
                  GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  g_autofree char *path = sd_case_dup_default_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);
  g_autoptr(SdCase) saved = NULL;
  SdKiosk *kiosk;

  window = leave_a_customer (app, window);
  kiosk = kiosk_of (window);
  assert_null (sd_kiosk_get_cover (kiosk));

  /* Before the idle time, nothing; then "Are you still there?". */
  fake_now += 179 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  assert_null (sd_kiosk_get_cover (kiosk));
  fake_now += 2 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "idle");

  /* "I'm still here" keeps everything. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.still-here", NULL));
  assert_null (sd_kiosk_get_cover (kiosk));
  assert_int_equal (sd_case_get_n_answers (sd_session_get_case (session)), 2);
  assert_non_null (sd_session_get_run (session));

  /* Gone again: the countdown runs out. */
  fake_now += 181 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "idle");
  /* Saves are written in their own thread, quick ones together: one more
   * change, written after the others, keeps them as the backup copy. */
  sd_session_flush (session);
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  sd_session_flush (session);
  assert_true (file_exists (backup));
  fake_now += (SD_KIOSK_COUNTDOWN_SECONDS - 1) * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "idle");
  fake_now += 1 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  window = wait_for_new_window (app, window);

  /* Nothing of theirs on screen: the start page, in the kiosk's language. */
  assert_int_equal (sd_case_get_n_answers (sd_session_get_case (session)), 0);
  assert_int_equal (sd_case_get_n_tried (sd_session_get_case (session)), 0);
  assert_null (sd_session_get_run (session));
  assert_false (sd_window_get_wizard_shown (SD_WINDOW (window)));
  assert_string_equal (visible_page (window), "diagnose");
  assert_string_equal (page_title (window, "guides"), "Guides");
  assert_null (sd_kiosk_get_cover (kiosk_of (window)));
  assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kiosk"));
  assert_int_equal (count_windows (app), 1);

  /* Nor on disk: the case file is empty, and no copy of the old one is left. */
  saved = sd_case_load (path, NULL);
  assert_int_equal (sd_case_get_n_answers (saved), 0);
  assert_null (sd_case_get_run (saved));
  assert_false (file_exists (backup));
}

/* A customer who only switched the language is a customer too. */
static void
check_idle_language (SdApplication *app,
                     GtkWindow     *window)
{
  SdKiosk *kiosk = kiosk_of (window);

  sd_kiosk_set_clock (kiosk, fake_clock, NULL);
  fake_now += 200 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  /* Nobody there: nothing to ask. */
  assert_null (sd_kiosk_get_cover (kiosk));

  g_action_group_activate_action (G_ACTION_GROUP (app), "language", g_variant_new_string ("fr"));
  window = wait_for_new_window (app, window);
  kiosk = kiosk_of (window);
  sd_kiosk_set_clock (kiosk, fake_clock, NULL);
  fake_now += 200 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "idle");
  fake_now += SD_KIOSK_COUNTDOWN_SECONDS * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  window = wait_for_new_window (app, window);
  assert_string_equal (page_title (window, "guides"), "Guides");

  /* And the next idle time finds nobody again. */
  kiosk = kiosk_of (window);
  sd_kiosk_set_clock (kiosk, fake_clock, NULL);
  fake_now += 200 * G_USEC_PER_SEC;
  sd_kiosk_check_idle (kiosk);
  assert_null (sd_kiosk_get_cover (kiosk));
}

static void
test_idle_language (void **state)
{
  sd_test_run_app_with_args (check_idle_language, kiosk_args);
}

static void
test_idle_reset (void **state)
{
  sd_test_run_app_with_args (check_idle_reset, kiosk_args);
}

/* The "Start over" button clears everything at once. */
static void
check_start_over (SdApplication *app,
                  GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWidget *dialog;

  window = leave_a_customer (app, window);
  /* A dialog the customer left open goes too. */
  dialog = adw_message_dialog_new (window, "Left open", NULL);
  gtk_window_present (GTK_WINDOW (dialog));
  settle (window);
  assert_int_equal (count_windows (app), 2);

  assert_true (gtk_widget_activate_action (GTK_WIDGET (kiosk_of (window)), "kiosk.start-over",
                                           NULL));
  window = wait_for_new_window (app, window);
  assert_int_equal (sd_case_get_n_answers (sd_session_get_case (session)), 0);
  assert_null (sd_session_get_run (session));
  assert_string_equal (visible_page (window), "diagnose");
  assert_string_equal (page_title (window, "guides"), "Guides");
  assert_int_equal (count_windows (app), 1);
  /* The next customer is asked about the car first, and may skip it. */
  settle (window);
  assert_true (gtk_widget_get_mapped (sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_PROFILE_PAGE,
                                                           NULL)));
}

static void
test_start_over (void **state)
{
  sd_test_run_app_with_args (check_start_over, kiosk_args);
}

static void
check_guides_guarded (SdApplication *app,
                      GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  static const char * const pages[] = { "diagnose", "car", "guides", "log" };
  static const char * const refused[] = {
    "sos-button-reset", "fibre-splice", "battery-disconnect", "sdars-bypass",
    "battery-test-charge", "workshop-telematics",
  };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    for (guint j = 0; j < G_N_ELEMENTS (refused); j++)
      {
        AdwMessageDialog *dialog;

        sd_test_show_page (window, pages[i]);
        assert_false (sd_kiosk_allows_procedure (kiosk_of (window), refused[j]));
        gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", refused[j]);
        settle (window);

        assert_null (sd_session_get_run (session));
        assert_false (sd_window_get_wizard_shown (SD_WINDOW (window)));
        dialog = find_dialog (app, "Ask Our Staff");
        assert_non_null (dialog);
        gtk_window_destroy (GTK_WINDOW (dialog));
      }

  /* The workshop's choice: a guide added to the list starts. */
  sd_test_show_page (window, "guides");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", "idrive-reboot");
  settle (window);
  assert_non_null (sd_session_get_run (session));
  assert_null (find_dialog (app, "Ask Our Staff"));
  sd_session_abandon_run (session);
}

static void
test_guides_guarded (void **state)
{
  sd_test_run_app_with_args (check_guides_guarded, kiosk_args);
}

/* What a finger taps: buttons, switches, check boxes, entries, activatable rows. */
static gboolean
is_target (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget)) &&
           gtk_widget_get_sensitive (widget);
  /* A widget that acts as a button, as a guide's row's header does. */
  if (gtk_widget_get_focusable (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_BUTTON)
    return gtk_widget_get_sensitive (widget);

  return GTK_IS_BUTTON (widget) || GTK_IS_SWITCH (widget) || GTK_IS_CHECK_BUTTON (widget) ||
         GTK_IS_ENTRY (widget) || GTK_IS_SEARCH_ENTRY (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SPIN_BUTTON (widget) || GTK_IS_SCALE (widget);
}

/* The size of a label's text in pixels, as the CSS gave it. */
static double
text_pixels (GtkWidget *label)
{
  PangoContext *context = gtk_widget_get_pango_context (label);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;

  return pango_font_description_get_size_is_absolute (font) ? size : size * 96.0 / 72.0;
}

static void
collect_small_targets (GtkWidget  *widget,
                       const char *where,
                       GString    *small,
                       guint      *n_targets)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget) && gtk_label_get_text (GTK_LABEL (widget))[0] != '\0' &&
      text_pixels (widget) < 17.5)
    g_string_append_printf (small, "%s: text “%s” is %.1f px\n", where,
                            gtk_label_get_text (GTK_LABEL (widget)), text_pixels (widget));
  /* The one-line texts of the guides' rows. */
  if (GTK_IS_INSCRIPTION (widget) && gtk_inscription_get_text (GTK_INSCRIPTION (widget)) != NULL &&
      text_pixels (widget) < 17.5)
    g_string_append_printf (small, "%s: text “%s” is %.1f px\n", where,
                            gtk_inscription_get_text (GTK_INSCRIPTION (widget)),
                            text_pixels (widget));

  if (is_target (widget))
    {
      int width = gtk_widget_get_width (widget);
      int height = gtk_widget_get_height (widget);

      (*n_targets)++;
      if (width < 48 || height < 48)
        {
          g_auto(GStrv) classes = gtk_widget_get_css_classes (widget);
          g_autofree char *joined = g_strjoinv (".", classes);
          const char *label = GTK_IS_BUTTON (widget) ? gtk_button_get_label (GTK_BUTTON (widget))
                                                     : NULL;

          g_string_append_printf (small, "%s: %s.%s “%s” is %d × %d\n", where,
                                  G_OBJECT_TYPE_NAME (widget), joined,
                                  label != NULL ? label : "", width, height);
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_small_targets (child, where, small, n_targets);
}

static void
measure (GtkWindow  *window,
         const char *where,
         GString    *small)
{
  guint n_targets = 0;

  /* Twice: what a page builds once its first frame is drawn ("Your car"'s
   * rows below the fold) is laid out in the next. */
  settle (window);
  settle (window);
  collect_small_targets (GTK_WIDGET (window), where, small, &n_targets);
  /* Something was measured: a walk that finds nothing proves nothing. */
  assert_true (n_targets >= 3);
}

static void
check_targets (SdApplication *app,
               GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  static const char * const pages[] = { "diagnose", "car", "guides", "log" };
  SdKiosk *kiosk = kiosk_of (window);
  g_autoptr(GString) small = g_string_new (NULL);
  g_autofree char *hash = sd_kiosk_pin_hash ("1", NULL);
  GdkSurface *surface;
  SdRun *run;

  /* The kiosk fills the screen (1280 × 800 here), even with no window
   * manager to make it full screen. */
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  if (gdk_surface_get_width (surface) < 1280 || gdk_surface_get_height (surface) < 800)
    fail_msg ("The kiosk is %d × %d px", gdk_surface_get_width (surface),
              gdk_surface_get_height (surface));

  /* Some answers, so that the causes and the advice show their buttons. */
  sd_session_set_answer (session, "radio-no-sound", SD_ANSWER_YES);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      sd_test_show_page (window, pages[i]);
      measure (window, pages[i], small);
    }

  /* "Your car", which a new customer sees first. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL));
  measure (window, "your car", small);
  g_signal_emit_by_name (sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "cancel-button"),
                         "clicked");

  /* Every step of a guide the kiosk offers. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           "idrive-reboot"));
  run = sd_session_get_run (session);
  assert_non_null (run);
  for (guint n = 0; n < 40 && sd_session_get_run (session) == run; n++)
    {
      g_autofree char *where = g_strdup_printf ("wizard step %s", sd_run_get_step (run)->id);

      measure (window, where, small);
      if (sd_run_get_step (run)->kind == SD_STEP_HOLD)
        break;
      if (!sd_run_go_next (run))
        break;
    }
  sd_session_abandon_run (session);
  settle (window);

  /* The kiosk's own covers. */
  sd_kiosk_show_take_home (kiosk);
  measure (window, "take home", small);
  g_settings_set_string (sd_application_get_settings (app), "kiosk-pin-hash", hash);
  sd_kiosk_show_pin (kiosk);
  measure (window, "PIN pad", small);
  assert_true (sd_kiosk_pin_enter (SD_KIOSK_PIN (sd_test_find_widget (GTK_WIDGET (kiosk),
                                                                      SD_TYPE_KIOSK_PIN, NULL)),
                                   "1"));
  measure (window, "staff", small);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.settings", NULL));
  measure (window, "settings", small);
  g_settings_reset (sd_application_get_settings (app), "kiosk-pin-hash");

  if (small->len > 0)
    {
      g_printerr ("Targets smaller than 48 × 48 px or text smaller than 18 px in the kiosk:\n%s", small->str);
      fail ();
    }
}

static void
test_targets (void **state)
{
  sd_test_run_app_with_args (check_targets, kiosk_args);
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_locked, sd_test_fresh_case),
    cmocka_unit_test_setup (test_idle_reset, sd_test_fresh_case),
    cmocka_unit_test_setup (test_idle_language, sd_test_fresh_case),
    cmocka_unit_test_setup (test_start_over, sd_test_fresh_case),
    cmocka_unit_test_setup (test_guides_guarded, sd_test_fresh_case),
    cmocka_unit_test_setup (test_targets, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
