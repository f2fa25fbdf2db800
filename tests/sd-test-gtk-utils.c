/* sd-test-gtk-utils.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sd-cause-row.h"
#include "sd-guide-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"

/**
 * sd_test_gtk_main:
 *
 * Runs GUI tests under Xvfb, each process with a state directory of its own;
 * fails when there is no display.
 *
 * Returns: the exit status
 */
int
sd_test_gtk_main (const struct CMUnitTest *tests,
                  size_t                   n_tests)
{
  g_autofree char *state = NULL;
  int status;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("This test needs a display: run it under xvfb-run.\n");
      return 1;
    }

  /* Before GLib first reads it: the saved case of these tests is their own. */
  state = sd_test_make_tmpdir ();
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  /* An empty case whose car was asked: tests start on Diagnose unless they ask
   * for a new case (sd_test_new_case()). */
  sd_test_fresh_case (NULL);

  /* The catalogs of the build tree, for the tests that switch languages. */
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOS_DOCTOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  gtk_init ();
  adw_init ();
  /* What is checked is the state after a change, not the animation to it. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  status = _cmocka_run_group_tests ("gui", tests, n_tests, NULL, NULL);
  sd_test_rm_rf (state);

  return status;
}

void
sd_test_wait_for_draw (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (widget);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

GtkWidget *
sd_test_find_widget (GtkWidget  *root,
                     GType       type,
                     const char *name)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) &&
      (name == NULL || g_strcmp0 (gtk_widget_get_name (root), name) == 0))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sd_test_find_widget (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/**
 * sd_test_find_matching:
 *
 * Returns: the first widget, depth first and left to right, that @match accepts
 */
GtkWidget *
sd_test_find_matching (GtkWidget     *root,
                       SdWidgetMatch  match,
                       gpointer       data)
{
  if (match (root, data))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sd_test_find_matching (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

GtkWidget *
sd_test_find_row_titled (GtkWidget  *root,
                         const char *prefix)
{
  if (ADW_IS_ACTION_ROW (root) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), prefix))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = sd_test_find_row_titled (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

void
sd_test_show_page (GtkWindow  *window,
                   const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window),
                                                             ADW_TYPE_VIEW_STACK, NULL));

  assert_non_null (stack);
  adw_view_stack_set_visible_child_name (stack, name);
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

static void
on_activate_cb (GApplication *application,
                gpointer      user_data)
{
  SdWindowCheck check = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  assert_non_null (window);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  sd_test_wait_for_draw (GTK_WIDGET (window));

  check (SD_APPLICATION (application), window);

  /* Closing the windows ends g_application_run(). */
  while ((window = gtk_application_get_active_window (GTK_APPLICATION (application))) != NULL)
    gtk_window_destroy (window);
}

/**
 * sd_test_run_app:
 * @check: what to do with the window once it is shown
 * @data_dir: (nullable): given with --data-dir
 *
 * Starts the real application as a launch would and runs @check on its window.
 */
void
sd_test_run_app (SdWindowCheck  check,
                 const char    *data_dir)
{
  const char *args[] = { "--data-dir", data_dir, NULL };

  sd_test_run_app_with_args (check, data_dir != NULL ? args : NULL);
}

/**
 * sd_test_run_app_with_args:
 * @args: (nullable): the command-line arguments after the program's name
 *
 * Starts the real application with @args and runs @check on its window.
 */
void
sd_test_run_app_with_args (SdWindowCheck       check,
                           const char * const *args)
{
  g_autoptr(SdApplication) app = sd_application_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) argv = NULL;
  int status;

  g_strv_builder_add (builder, "sos-doctor");
  if (args != NULL)
    g_strv_builder_addv (builder, (const char **) args);
  argv = g_strv_builder_end (builder);

  /* Tests run side by side: no single-instance handover between them. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), check);

  status = g_application_run (G_APPLICATION (app), g_strv_length (argv), argv);
  assert_int_equal (status, 0);
}

/**
 * sd_test_new_case:
 *
 * A cmocka set-up: the app starts with no saved case, nor its previous copy,
 * so with a new case, which asks "Your car" first.
 *
 * Returns: 0
 */
int
sd_test_new_case (void **state)
{
  g_autofree char *path = sd_case_dup_default_path ();
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);

  g_unlink (path);
  g_unlink (backup);

  return 0;
}

/**
 * sd_test_fresh_case:
 *
 * A cmocka set-up: the app starts with an empty case whose car was asked and
 * not known ("I don't know my car"), and no previous copy: it opens on
 * Diagnose, with every question.
 *
 * Returns: 0
 */
int
sd_test_fresh_case (void **state)
{
  g_autofree char *path = sd_case_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(GError) error = NULL;

  sd_test_new_case (state);
  sd_case_set_car_asked (kase, TRUE);
  /* A test may have left a file where the cases' folder goes (test-gui-wizard). */
  for (g_autofree char *up = g_strdup (dir); strlen (up) > 1; )
    {
      char *parent = g_path_get_dirname (up);

      if (g_file_test (up, G_FILE_TEST_EXISTS) && !g_file_test (up, G_FILE_TEST_IS_DIR))
        g_unlink (up);
      g_free (up);
      up = parent;
    }
  g_mkdir_with_parents (dir, 0700);
  /* Nothing was there, so the save leaves no previous copy. */
  if (!sd_case_save (kase, path, &error))
    fail_msg ("%s", error->message);

  return 0;
}

static gboolean
is_guide_row_for (GtkWidget *widget,
                  gpointer   id)
{
  return SD_IS_GUIDE_ROW (widget) &&
         g_strcmp0 (sd_procedure_get_id (sd_guide_row_get_procedure (SD_GUIDE_ROW (widget))), id) == 0;
}

/**
 * sd_test_find_guide_row:
 *
 * Returns: (nullable): the row below @root of the guide with @id, if it has one
 */
GtkWidget *
sd_test_find_guide_row (GtkWidget  *root,
                        const char *id)
{
  return sd_test_find_matching (root, is_guide_row_for, (gpointer) id);
}

static gboolean
is_cause_row_for (GtkWidget *widget,
                  gpointer   fault_id)
{
  return SD_IS_CAUSE_ROW (widget) &&
         g_strcmp0 (sd_cause_item_get_fault_id (sd_cause_row_get_cause (SD_CAUSE_ROW (widget))),
                    fault_id) == 0;
}

/**
 * sd_test_find_cause_row:
 *
 * Returns: (nullable): the row below @root of the cause that is @fault_id
 */
GtkWidget *
sd_test_find_cause_row (GtkWidget  *root,
                        const char *fault_id)
{
  return sd_test_find_matching (root, is_cause_row_for, (gpointer) fault_id);
}
