/* test-gui-guides.c: the window shows the real loaded procedures (under Xvfb)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "sd-application.h"
#include "sd-test-utils.h"

static GtkWidget *
find_widget (GtkWidget  *root,
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
      GtkWidget *found = find_widget (child, type, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_expander_rows (GtkWidget *root,
                       gboolean   guides_only,
                       GPtrArray *rows)
{
  /* Guide rows are named after their procedure's id; others keep the type name. */
  if (ADW_IS_EXPANDER_ROW (root) && gtk_widget_get_mapped (root) &&
      (!guides_only || !g_str_has_prefix (gtk_widget_get_name (root), "Adw")))
    g_ptr_array_add (rows, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_expander_rows (child, guides_only, rows);
}

static void
wait_for_draw (GtkWidget *widget)
{
  gtk_test_widget_wait_for_draw (widget);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GPtrArray *
visible_guide_rows (GtkWidget *window)
{
  GPtrArray *rows = g_ptr_array_new ();

  wait_for_draw (window);
  collect_expander_rows (window, TRUE, rows);

  return rows;
}

typedef void (*WindowCheck) (SdApplication *app,
                             GtkWindow     *window);

static void
on_activate_cb (GApplication *application,
                gpointer      user_data)
{
  WindowCheck check = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  assert_non_null (window);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  wait_for_draw (GTK_WIDGET (window));

  check (SD_APPLICATION (application), window);

  /* Closing the last window ends g_application_run(). */
  gtk_window_destroy (window);
}

/* Starts the real application as a launch would, with @data_dir given by
 * --data-dir, and runs @check on its window once it is shown. */
static void
run_app (WindowCheck  check,
         const char  *data_dir)
{
  g_autoptr(SdApplication) app = sd_application_new ();
  const char *argv[] = { "sos-doctor", "--data-dir", data_dir, NULL };
  int status;

  /* Tests run side by side: no single-instance handover between them. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), check);

  status = g_application_run (G_APPLICATION (app), data_dir != NULL ? 3 : 1, (char **) argv);
  assert_int_equal (status, 0);
}

static GtkWidget *
find_row_titled (GtkWidget  *root,
                 const char *prefix)
{
  if (ADW_IS_ACTION_ROW (root) &&
      g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (root)), prefix))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_row_titled (child, prefix);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static AdwPreferencesGroup *
find_group (GtkWidget  *root,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (root) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (root)), title) == 0)
    return ADW_PREFERENCES_GROUP (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesGroup *found = find_group (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_guides_show_catalog (SdApplication *app,
                           GtkWindow     *window)
{
  GListModel *procedures = sd_catalog_get_procedures (sd_application_get_catalog (app));
  g_autoptr(GPtrArray) rows = visible_guide_rows (GTK_WIDGET (window));
  AdwPreferencesGroup *skipped;
  GtkWidget *reboot;

  /* One row per loaded procedure, with its real title; easy, quick jobs first. */
  assert_true (g_list_model_get_n_items (procedures) >= 10);
  assert_int_equal (rows->len, g_list_model_get_n_items (procedures));
  for (guint i = 0; i < rows->len; i++)
    {
      AdwPreferencesRow *row = g_ptr_array_index (rows, i);
      SdProcedure *procedure;

      procedure = sd_catalog_lookup_procedure (sd_application_get_catalog (app),
                                               gtk_widget_get_name (GTK_WIDGET (row)));
      assert_non_null (procedure);
      assert_string_equal (adw_preferences_row_get_title (row), sd_procedure_get_title (procedure));

      if (i > 0)
        {
          SdProcedure *previous;

          previous = sd_catalog_lookup_procedure (sd_application_get_catalog (app),
                                                  gtk_widget_get_name (g_ptr_array_index (rows, i - 1)));
          assert_true (sd_procedure_get_difficulty (previous) < sd_procedure_get_difficulty (procedure) ||
                       (sd_procedure_get_difficulty (previous) == sd_procedure_get_difficulty (procedure) &&
                        sd_procedure_get_minutes (previous) <= sd_procedure_get_minutes (procedure)));
        }
    }

  /* The subtitle gives the time and difficulty from the file. */
  reboot = find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, "idrive-reboot");
  assert_non_null (reboot);
  assert_string_equal (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (reboot)),
                       "About 5 minutes · Easy");

  /* Nothing was skipped, so the group that would list skipped files is hidden. */
  skipped = find_group (GTK_WIDGET (window), "Files That Could Not Be Loaded");
  assert_non_null (skipped);
  assert_false (gtk_widget_get_visible (GTK_WIDGET (skipped)));
}

static void
test_guides_show_catalog (void **state)
{
  run_app (check_guides_show_catalog, NULL);
}

static gboolean
procedure_matches (SdProcedure *procedure,
                   const char  *word)
{
  g_autofree char *text = g_strconcat (sd_procedure_get_title (procedure), " ",
                                       sd_procedure_get_summary (procedure), " ",
                                       sd_procedure_get_id (procedure), NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, word) != NULL;
}

static void
check_search (SdApplication *app,
              GtkWindow     *window)
{
  GListModel *procedures = sd_catalog_get_procedures (sd_application_get_catalog (app));
  GtkWidget *entry = find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *focus;
  GtkStack *stack;
  guint expected = 0;

  assert_non_null (entry);

  /* Ctrl+F (win.search) puts the cursor in the search entry. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_non_null (focus);
  assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "Fibre");
  g_signal_emit_by_name (entry, "search-changed");
  rows = visible_guide_rows (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      expected += procedure_matches (procedure, "fibre");
    }
  assert_true (expected >= 2);
  assert_true (expected < g_list_model_get_n_items (procedures));
  assert_int_equal (rows->len, expected);
  for (guint i = 0; i < rows->len; i++)
    {
      SdProcedure *procedure;

      procedure = sd_catalog_lookup_procedure (sd_application_get_catalog (app),
                                               gtk_widget_get_name (g_ptr_array_index (rows, i)));
      assert_true (procedure_matches (procedure, "fibre"));
    }

  /* Nothing matches: a status page says so instead of an empty list. */
  stack = GTK_STACK (find_widget (GTK_WIDGET (window), GTK_TYPE_STACK, "guides-stack"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "xylophone");
  g_signal_emit_by_name (entry, "search-changed");
  assert_string_equal (gtk_stack_get_visible_child_name (stack), "empty");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  assert_string_equal (gtk_stack_get_visible_child_name (stack), "guides");
}

static void
test_search_filters_and_ctrl_f_focuses (void **state)
{
  run_app (check_search, NULL);
}

static void
check_skipped_file (SdApplication *app,
                    GtkWindow     *window)
{
  AdwPreferencesGroup *skipped = find_group (GTK_WIDGET (window), "Files That Could Not Be Loaded");
  GtkWidget *row = NULL;
  GtkWidget *line_row;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_expander_rows (GTK_WIDGET (window), FALSE, rows);
  assert_non_null (skipped);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (skipped)));

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                   "broken-guide.xml") == 0)
      row = g_ptr_array_index (rows, i);
  assert_non_null (row);
  assert_true (g_str_has_suffix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                                 "/broken-guide.xml"));

  /* Expanded, it says on which line the problem is. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  wait_for_draw (GTK_WIDGET (window));
  line_row = find_row_titled (row, "Line ");
  assert_non_null (line_row);
  assert_true (gtk_widget_get_mapped (line_row));
  assert_true (strlen (adw_action_row_get_subtitle (ADW_ACTION_ROW (line_row))) > 0);

  /* The good files still load. */
  assert_non_null (find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, "idrive-reboot"));
}

static void
test_skipped_files_are_shown (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *bad = g_build_filename (dir, "broken-guide.xml", NULL);

  assert_true (g_file_set_contents (bad, "<procedure>\n\n<oops>\n", -1, NULL));
  run_app (check_skipped_file, dir);
  sd_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_guides_show_catalog),
    cmocka_unit_test (test_search_filters_and_ctrl_f_focuses),
    cmocka_unit_test (test_skipped_files_are_shown),
  };

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("This test needs a display: run it under xvfb-run.\n");
      return 1;
    }

  gtk_init ();
  adw_init ();
  /* What is checked is the state after a change, not the animation to it. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  return cmocka_run_group_tests (tests, NULL, NULL);
}
