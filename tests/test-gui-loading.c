/* test-gui-loading.c: the user's own guides load after the first frame, in a
 * thread, and the Guides page fills in as they come (under Xvfb)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "sd-application.h"
#include "sd-gui-resources.h"
#include "sd-guide-row.h"
#include "sd-guides-page.h"
#include "sd-procedure-loader.h"
#include "sd-test-gtk-utils.h"

#define N_GUIDES 120

static char *user_dir;

/* $XDG_DATA_HOME/sos-doctor/procedures: N_GUIDES copies of a shipped guide,
 * and one file that cannot be loaded. */
static void
make_user_guides (void)
{
  g_autofree char *folder = g_build_filename (user_dir, "sos-doctor", "procedures", NULL);
  g_autofree char *shipped = g_build_filename (SRCDIR, "data", "procedures", "idrive-reboot.xml",
                                               NULL);
  g_autofree char *bad = g_build_filename (folder, "zz-broken.xml", NULL);
  g_autofree char *contents = NULL;

  assert_true (g_file_get_contents (shipped, &contents, NULL, NULL));
  assert_int_equal (g_mkdir_with_parents (folder, 0755), 0);
  for (guint i = 0; i < N_GUIDES; i++)
    {
      g_autofree char *id = g_strdup_printf ("mine-%03u", i);
      g_autofree char *title = g_strdup_printf ("<title>My own guide %03u</title>", i);
      g_autofree char *path = g_strdup_printf ("%s/%s.xml", folder, id);
      g_autoptr(GRegex) id_re = g_regex_new ("<procedure id=\"[^\"]*\"", 0, 0, NULL);
      g_autoptr(GRegex) title_re = g_regex_new ("<title>[^<]*</title>", 0, 0, NULL);
      g_autofree char *with_id = NULL;
      g_autofree char *text = NULL;
      g_autofree char *procedure = g_strdup_printf ("<procedure id=\"%s\"", id);

      with_id = g_regex_replace_literal (id_re, contents, -1, 0, procedure,
                                         G_REGEX_MATCH_DEFAULT, NULL);
      text = g_regex_replace_literal (title_re, with_id, -1, 0, title, G_REGEX_MATCH_DEFAULT, NULL);
      assert_true (g_file_set_contents (path, text, -1, NULL));
    }
  assert_true (g_file_set_contents (bad, "<procedure>\n\n<oops>\n", -1, NULL));
}

static void
wait_until_loaded (SdProcedureLoader *loader)
{
  gint64 end = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (sd_procedure_loader_get_loading (loader) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  assert_false (sd_procedure_loader_get_loading (loader));
}

static gboolean
is_label_text (GtkWidget *widget,
               gpointer   text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

static gboolean
is_expander_titled (GtkWidget *widget,
                    gpointer   title)
{
  return ADW_IS_EXPANDER_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static void
check_app_loads_user_guides (SdApplication *app,
                             GtkWindow     *window)
{
  SdCatalog *catalog = sd_application_get_catalog (app);
  SdProcedureLoader *loader = sd_application_get_loader (app);
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  g_autofree char *count = NULL;
  GtkWidget *row;
  GtkWidget *line;

  /* The window came first; the user's guides follow it, all of them. */
  assert_non_null (loader);
  wait_until_loaded (loader);
  assert_int_equal (sd_procedure_loader_get_n_files (loader), N_GUIDES + 1);
  assert_int_equal (sd_procedure_loader_get_n_loaded (loader), N_GUIDES + 1);
  assert_non_null (sd_catalog_lookup_procedure (catalog, "mine-000"));
  assert_non_null (sd_catalog_lookup_procedure (catalog, "mine-119"));

  /* On the Guides page: counted, listed, and the bad file told with its line. */
  sd_test_show_page (window, "guides");
  count = g_strdup_printf ("%u guided procedures to test and fix the emergency call system",
                           g_list_model_get_n_items (procedures));
  assert_non_null (sd_test_find_matching (GTK_WIDGET (window), is_label_text, count));
  assert_non_null (sd_test_find_matching (GTK_WIDGET (window), is_label_text, "zz-broken.xml"));
  row = sd_test_find_matching (GTK_WIDGET (window), is_expander_titled, "zz-broken.xml");
  assert_non_null (row);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  line = sd_test_find_row_titled (row, "Line ");
  assert_non_null (line);
  assert_true (gtk_widget_get_mapped (line));

  /* Loaded, the progress line is gone. */
  assert_null (sd_test_find_matching (GTK_WIDGET (window), is_label_text,
                                      "Loading your guides…"));
}

static void
test_app_loads_user_guides (void **state)
{
  sd_test_run_app (check_app_loads_user_guides, NULL);
}

typedef struct
{
  GtkLabel *label;
  guint     seen;
  guint     wrong;
} Progress;

/* After the page's own handler: the line says how far the loader is. */
static void
on_n_loaded_cb (SdProcedureLoader *loader,
                GParamSpec        *pspec,
                Progress          *progress)
{
  g_autofree char *expected = g_strdup_printf ("Loading your guides… %u of %u",
                                               sd_procedure_loader_get_n_loaded (loader),
                                               sd_procedure_loader_get_n_files (loader));

  progress->seen++;
  if (!gtk_widget_get_visible (GTK_WIDGET (progress->label)) ||
      g_strcmp0 (gtk_label_get_text (progress->label), expected) != 0)
    progress->wrong++;
}

static guint
count_guide_rows (GtkWidget *root)
{
  guint n = SD_IS_GUIDE_ROW (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_guide_rows (child);

  return n;
}

static gboolean
is_guide_row_titled (GtkWidget *widget,
                     gpointer   title)
{
  return SD_IS_GUIDE_ROW (widget) &&
         g_strcmp0 (sd_guide_row_get_title (SD_GUIDE_ROW (widget)), title) == 0;
}

/* A page shown before loading starts has the quiet line while it lasts and
 * fills in as each batch comes. Only the guides in sight and a few more have
 * a row (GTK 4.8's list view would keep 200, all of these), and a search
 * gives those rows the guides it finds. */
static void
test_page_fills_in (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autoptr(SdProcedureLoader) loader = NULL;
  g_autofree char *data_dir = g_build_filename (user_dir, "sos-doctor", NULL);
  GtkWidget *window;
  GtkWidget *page;
  Progress progress = { NULL, };
  GtkWidget *entry;
  guint builtin;
  guint n_rows;

  sd_gui_register_resource ();
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);
  builtin = g_list_model_get_n_items (sd_catalog_get_procedures (catalog));
  loader = sd_procedure_loader_new (catalog, data_dir);
  window = adw_window_new ();
  page = g_object_new (SD_TYPE_GUIDES_PAGE, NULL);

  sd_guides_page_set_catalog (SD_GUIDES_PAGE (page), catalog);
  sd_guides_page_set_loader (SD_GUIDES_PAGE (page), loader);
  adw_window_set_content (ADW_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  sd_test_wait_for_draw (window);

  progress.label = GTK_LABEL (sd_test_find_matching (window, is_label_text,
                                                     "Loading your guides…"));
  assert_null (progress.label);
  sd_procedure_loader_start (loader);
  progress.label = GTK_LABEL (sd_test_find_matching (window, is_label_text,
                                                     "Loading your guides…"));
  assert_non_null (progress.label);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (progress.label)));
  g_signal_connect (loader, "notify::n-loaded", G_CALLBACK (on_n_loaded_cb), &progress);

  wait_until_loaded (loader);
  assert_true (progress.seen > 0);
  assert_int_equal (progress.wrong, 0);
  assert_false (gtk_widget_get_visible (GTK_WIDGET (progress.label)));
  assert_int_equal (g_list_model_get_n_items (sd_catalog_get_procedures (catalog)),
                    builtin + N_GUIDES);
  assert_non_null (sd_test_find_matching (window, is_label_text, "zz-broken.xml"));

  sd_test_wait_for_draw (window);
  n_rows = count_guide_rows (page);
  assert_true (n_rows >= 1);
  assert_true (n_rows <= 40);
  assert_true (n_rows < builtin + N_GUIDES);
  entry = sd_test_find_widget (page, GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "guide 117");
  g_signal_emit_by_name (entry, "search-changed");
  sd_test_wait_for_draw (window);
  assert_int_equal (count_guide_rows (page), 1);
  assert_non_null (sd_test_find_matching (page, is_guide_row_titled, "My own guide 117"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_page_fills_in),
    cmocka_unit_test_setup (test_app_loads_user_guides, sd_test_fresh_case),
  };
  int status;

  /* A user data folder of this test's own, before anything reads the variable. */
  user_dir = sd_test_make_tmpdir ();
  g_setenv ("XDG_DATA_HOME", user_dir, TRUE);
  make_user_guides ();

  status = sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
  sd_test_rm_rf (user_dir);
  g_free (user_dir);

  return status;
}
