/* test-gui-conventions.c: the GNOME conventions: shortcuts, help, menu, About
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The keyboard's shortcuts are checked where GTK looks them up (the
 * application's accelerators, the window class's bindings) and then followed
 * by activating the action they name, as the key press would.
 */
#include "config.h"

#include <string.h>

#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"
#include "sd-wizard-view.h"

static char *installed_help_dir;

static void
assert_accel (SdApplication *app,
              const char    *accel,
              const char    *action)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);

  assert_non_null (actions);
  assert_true (g_strv_contains ((const char * const *) actions, action));
}

/* The action a binding of the window's class runs for @trigger, such as "<Control>w". */
static char *
dup_window_binding (GtkWindow  *window,
                    const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          g_autofree char *text = gtk_shortcut_trigger_to_string (
            gtk_shortcut_get_trigger (shortcut));
          GtkShortcutAction *action = gtk_shortcut_get_action (shortcut);

          if (g_strcmp0 (text, trigger) == 0 && GTK_IS_NAMED_ACTION (action))
            return g_strdup (gtk_named_action_get_action_name (GTK_NAMED_ACTION (action)));
        }
    }

  return NULL;
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* How many shortcut labels below @widget show a key; fails on one that shows none. */
static guint
count_keys_shown (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_SHORTCUT_LABEL (widget))
    {
      const char *accelerator = gtk_shortcut_label_get_accelerator (GTK_SHORTCUT_LABEL (widget));

      if (accelerator == NULL || accelerator[0] == '\0')
        fail_msg ("a shortcut in the Keyboard Shortcuts window shows no key");
      n++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_keys_shown (child);

  return n;
}

/* Ctrl+? opens the Keyboard Shortcuts window, in which every shortcut shows
 * its key, those given as an action's (Help, Quit, this window) too. */
static void
check_shortcuts_window (SdApplication *app,
                        GtkWindow     *window)
{
  GtkWindow *shortcuts;

  assert_accel (app, "<Control>question", "win.show-help-overlay");
  assert_null (find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));

  shortcuts = find_toplevel (GTK_TYPE_SHORTCUTS_WINDOW);
  assert_non_null (shortcuts);
  assert_ptr_equal (gtk_window_get_transient_for (shortcuts), window);
  assert_true (count_keys_shown (GTK_WIDGET (shortcuts)) >= 7);
  gtk_window_destroy (shortcuts);
}

static void
test_shortcuts_window (void **state)
{
  sd_test_run_app (check_shortcuts_window, NULL);
}

static void
record_uri (GtkWindow  *parent,
            const char *uri,
            gpointer    user_data)
{
  char **launched = user_data;

  g_free (*launched);
  *launched = g_strdup (uri);
}

/* F1 opens the user guide: by name once installed, where yelp looks for it. */
static void
check_help_installed (SdApplication *app,
                      GtkWindow     *window)
{
  g_autofree char *launched = NULL;

  assert_accel (app, "F1", "app.help");
  sd_application_set_uri_launcher (app, record_uri, &launched);
  g_action_group_activate_action (G_ACTION_GROUP (app), "help", NULL);
  assert_string_equal (launched, "help:sos-doctor");
}

static void
test_help_installed (void **state)
{
  g_unsetenv ("SOS_DOCTOR_HELP_DIR");
  sd_test_run_app (check_help_installed, NULL);
}

/* From the build tree (meson devenv), the index page of the sources. */
static void
check_help_uninstalled (SdApplication *app,
                        GtkWindow     *window)
{
  g_autofree char *launched = NULL;
  g_autofree char *index = g_build_filename (g_getenv ("SOS_DOCTOR_SOURCE_DIR"), "help", "C",
                                             "index.page", NULL);
  g_autofree char *expected = g_filename_to_uri (index, NULL, NULL);

  sd_application_set_uri_launcher (app, record_uri, &launched);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "app.help", NULL));
  assert_string_equal (launched, expected);
}

static void
test_help_uninstalled (void **state)
{
  g_autofree char *help = g_build_filename (g_getenv ("SOS_DOCTOR_SOURCE_DIR"), "help", NULL);

  g_setenv ("SOS_DOCTOR_HELP_DIR", help, TRUE);
  sd_test_run_app (check_help_uninstalled, NULL);
  g_unsetenv ("SOS_DOCTOR_HELP_DIR");
}

/* Ctrl+W closes the window. */
static void
check_close (SdApplication *app,
             GtkWindow     *window)
{
  g_autofree char *action = dup_window_binding (window, "<Control>w");

  assert_string_equal (action, "win.close");
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  assert_null (window);
  assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));
}

static void
test_close (void **state)
{
  sd_test_run_app (check_close, NULL);
}

/* ... but not a kiosk's, which is not for walk-up customers to close. */
static void
check_kiosk_stays (SdApplication *app,
                   GtkWindow     *window)
{
  assert_true (sd_application_get_kiosk (app));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  assert_ptr_equal (gtk_application_get_active_window (GTK_APPLICATION (app)), window);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
}

static void
test_kiosk_stays (void **state)
{
  const char *args[] = { "--kiosk", NULL };

  sd_test_run_app_with_args (check_kiosk_stays, args);
}

static void
collect_items (GMenuModel *menu,
               GString    *items)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          collect_items (section, items);
          continue;
        }
      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      g_string_append_printf (items, "%s%s", items->len > 0 ? " / " : "", label);
    }
}

static GtkMenuButton *
find_primary_menu_button (GtkWidget *root)
{
  if (GTK_IS_MENU_BUTTON (root) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (root)) &&
      gtk_widget_is_drawable (root))
    return GTK_MENU_BUTTON (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkMenuButton *found = find_primary_menu_button (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The main menu ends Language, Keyboard Shortcuts, Help, About; and it is at
 * hand inside a guide, whose wizard hides the window's header. */
static void
check_menu (SdApplication *app,
            GtkWindow     *window)
{
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (window));
  g_autoptr(GString) items = g_string_new (NULL);
  GMenuModel *menu;

  assert_non_null (button);
  menu = gtk_menu_button_get_menu_model (button);
  collect_items (menu, items);
  assert_string_equal (items->str, "_New Case… / _Language / _Keyboard Shortcuts / _Help / "
                                   "_About SOS Doctor");

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           "idrive-reboot"));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_window_get_wizard_shown (SD_WINDOW (window)));
  button = find_primary_menu_button (GTK_WIDGET (window));
  assert_non_null (button);
  assert_true (gtk_widget_is_ancestor (GTK_WIDGET (button),
                                       sd_test_find_widget (GTK_WIDGET (window),
                                                            SD_TYPE_WIZARD_VIEW, NULL)));
  assert_ptr_equal (gtk_menu_button_get_menu_model (button), menu);
  sd_session_abandon_run (sd_application_get_session (app));
}

static void
test_menu (void **state)
{
  sd_test_run_app (check_menu, NULL);
}

static gboolean
is_label_with_bmw_notice (GtkWidget *widget,
                          gpointer   data)
{
  return GTK_IS_LABEL (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), "not BMW software") != NULL;
}

/* About names the website, the issue tracker, the copyright and the license,
 * and says this is not BMW's software. */
static void
check_about (SdApplication *app,
             GtkWindow     *window)
{
  AdwAboutWindow *about;

  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  about = ADW_ABOUT_WINDOW (find_toplevel (ADW_TYPE_ABOUT_WINDOW));
  assert_non_null (about);
  assert_string_equal (adw_about_window_get_website (about),
                       "https://github.com/sosdoctor/sos-doctor");
  assert_string_equal (adw_about_window_get_issue_url (about),
                       "https://github.com/sosdoctor/sos-doctor/issues");
  assert_non_null (strstr (adw_about_window_get_copyright (about), "SOS Doctor developers"));
  assert_int_equal (adw_about_window_get_license_type (about), GTK_LICENSE_GPL_3_0);
  assert_non_null (sd_test_find_matching (GTK_WIDGET (about), is_label_with_bmw_notice, NULL));
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_about (void **state)
{
  sd_test_run_app (check_about, NULL);
}

/* A language switch builds the window again in place: the same window, at the
 * same size, so that it does not move on the screen. */
static void
check_language_switch_in_place (SdApplication *app,
                                GtkWindow     *window)
{
  static const char *languages[] = { "de", "" };
  int width, height;

  gtk_window_set_default_size (window, 720, 560);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  sd_test_show_page (window, "guides");

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      GtkWidget *old_stack = sd_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK, NULL);
      AdwViewStack *stack;

      g_object_add_weak_pointer (G_OBJECT (old_stack), (gpointer *) &old_stack);
      g_action_group_activate_action (G_ACTION_GROUP (app), "language",
                                      g_variant_new_string (languages[i]));
      sd_test_wait_for_draw (GTK_WIDGET (window));

      /* Built again: the old content is gone; the window is the same. */
      assert_null (old_stack);
      assert_ptr_equal (gtk_application_get_active_window (GTK_APPLICATION (app)), window);
      assert_int_equal (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), 1);
      assert_int_equal (gtk_widget_get_width (GTK_WIDGET (window)), width);
      assert_int_equal (gtk_widget_get_height (GTK_WIDGET (window)), height);

      stack = ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK,
                                                   NULL));
      assert_string_equal (adw_view_stack_get_visible_child_name (stack), "guides");
    }
}

static void
test_language_switch_in_place (void **state)
{
  sd_test_run_app (check_language_switch_in_place, NULL);
}

/* The "wait is over" notification's action: it brings the guide back, with a
 * window or without one (then the app was started for it). */
static void
check_show_wizard_action (SdApplication *app,
                          GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWindow *dialog;

  /* A guide kept for later, as one waiting is. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           "idrive-reboot"));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.leave-wizard", NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  assert_non_null (dialog);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  assert_false (sd_window_get_wizard_shown (SD_WINDOW (window)));
  assert_non_null (sd_session_get_run (session));

  g_action_group_activate_action (G_ACTION_GROUP (app), "show-wizard", NULL);
  assert_ptr_equal (gtk_application_get_active_window (GTK_APPLICATION (app)), window);
  assert_true (sd_window_get_wizard_shown (SD_WINDOW (window)));

  /* With no window left, as when the app was started for the notification. */
  g_application_hold (G_APPLICATION (app));
  gtk_window_destroy (window);
  assert_null (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show-wizard", NULL);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  assert_non_null (window);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  assert_true (sd_window_get_wizard_shown (SD_WINDOW (window)));
  g_application_release (G_APPLICATION (app));
  sd_session_abandon_run (session);
}

static void
test_show_wizard_action (void **state)
{
  sd_test_run_app (check_show_wizard_action, NULL);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_shortcuts_window, sd_test_fresh_case),
    cmocka_unit_test_setup (test_help_installed, sd_test_fresh_case),
    cmocka_unit_test_setup (test_help_uninstalled, sd_test_fresh_case),
    cmocka_unit_test_setup (test_close, sd_test_fresh_case),
    cmocka_unit_test_setup (test_kiosk_stays, sd_test_fresh_case),
    cmocka_unit_test_setup (test_menu, sd_test_fresh_case),
    cmocka_unit_test_setup (test_about, sd_test_fresh_case),
    cmocka_unit_test_setup (test_language_switch_in_place, sd_test_fresh_case),
    cmocka_unit_test_setup (test_show_wizard_action, sd_test_fresh_case),
  };
  g_autofree char *help = NULL;
  int status;

  /* A data directory where the guide is installed, as yelp looks for it; read
   * once, before GTK starts. */
  installed_help_dir = sd_test_make_tmpdir ();
  help = g_build_filename (installed_help_dir, "help", "C", GETTEXT_PACKAGE, NULL);
  g_mkdir_with_parents (help, 0700);
  {
    g_autofree char *index = g_build_filename (help, "index.page", NULL);

    g_file_set_contents (index, "<page/>", -1, NULL);
  }
  {
    g_autofree char *dirs = g_strconcat (installed_help_dir, ":/usr/share", NULL);

    g_setenv ("XDG_DATA_DIRS", dirs, TRUE);
  }

  status = sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
  sd_test_rm_rf (installed_help_dir);
  g_free (installed_help_dir);

  return status;
}
