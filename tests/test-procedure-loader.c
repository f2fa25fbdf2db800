/* test-procedure-loader.c: procedures read after the catalog, in a thread or
 * at once (app/engine/sd-procedure-loader.c, sd_catalog_add_procedures())
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-procedure-loader.h"
#include "sd-test-utils.h"

/* A data directory whose procedures folder holds a copy of a shipped guide
 * under a new id, a copy under its own id, and a broken file. */
static char *
make_directory (void)
{
  char *dir = sd_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "procedures", NULL);
  g_autofree char *shipped = g_build_filename (SRCDIR, "data", "procedures", "idrive-reboot.xml",
                                               NULL);
  g_autofree char *contents = NULL;
  g_autofree char *renamed = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GRegex) id_re = g_regex_new ("<procedure id=\"idrive-reboot\"", 0, 0, NULL);

  assert_true (g_file_get_contents (shipped, &contents, NULL, NULL));
  assert_int_equal (g_mkdir_with_parents (folder, 0755), 0);
  renamed = g_regex_replace_literal (id_re, contents, -1, 0, "<procedure id=\"my-reboot\"",
                                     G_REGEX_MATCH_DEFAULT, NULL);
  path = g_build_filename (folder, "a-mine.xml", NULL);
  assert_true (g_file_set_contents (path, renamed, -1, NULL));
  g_free (path);
  path = g_build_filename (folder, "b-reboot.xml", NULL);
  assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_free (path);
  path = g_build_filename (folder, "c-broken.xml", NULL);
  assert_true (g_file_set_contents (path, "<procedure>\n\n<oops>\n", -1, NULL));

  return dir;
}

static SdCatalog *
load_builtin (void)
{
  SdCatalog *catalog = sd_catalog_new ();

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);
  assert_int_equal (sd_catalog_get_problems (catalog)->len, 0);

  return catalog;
}

static void
check_loaded (SdCatalog         *catalog,
              SdProcedureLoader *loader,
              guint              builtin,
              SdProcedure       *shipped)
{
  g_auto(GStrv) skipped = sd_catalog_dup_skipped_files (catalog);
  SdProcedure *reboot = sd_catalog_lookup_procedure (catalog, "idrive-reboot");

  assert_false (sd_procedure_loader_get_loading (loader));
  assert_int_equal (sd_procedure_loader_get_n_files (loader), 3);
  assert_int_equal (sd_procedure_loader_get_n_loaded (loader), 3);
  /* One new guide; the copy replaces the shipped one, and says so. */
  assert_int_equal (g_list_model_get_n_items (sd_catalog_get_procedures (catalog)), builtin + 1);
  assert_non_null (sd_catalog_lookup_procedure (catalog, "my-reboot"));
  assert_non_null (reboot);
  assert_ptr_not_equal (reboot, shipped);
  assert_true (sd_catalog_replaces_builtin (catalog, "idrive-reboot"));
  assert_int_equal (sd_catalog_get_notices (catalog)->len, 1);
  /* The replaced guide lives on for whoever still holds it. */
  assert_true (SD_IS_PROCEDURE (shipped));
  assert_string_equal (sd_procedure_get_id (shipped), "idrive-reboot");
  /* The broken file is reported with its line. */
  assert_int_equal (g_strv_length (skipped), 1);
  assert_true (g_str_has_suffix (skipped[0], "c-broken.xml"));
  assert_true (((SdProblem *) g_ptr_array_index (sd_catalog_get_problems (catalog), 0))->line > 0);
}

static void
test_load_now (void **state)
{
  g_autofree char *dir = make_directory ();
  g_autoptr(SdCatalog) catalog = load_builtin ();
  g_autoptr(SdProcedureLoader) loader = sd_procedure_loader_new (catalog, dir);
  guint builtin = g_list_model_get_n_items (sd_catalog_get_procedures (catalog));
  SdProcedure *shipped = sd_catalog_lookup_procedure (catalog, "idrive-reboot");

  assert_false (sd_procedure_loader_get_loading (loader));
  sd_procedure_loader_load_now (loader);
  check_loaded (catalog, loader, builtin, shipped);
  sd_test_rm_rf (dir);
}

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     guint      *n_changes)
{
  (*n_changes)++;
}

static void
test_load_in_thread (void **state)
{
  g_autofree char *dir = make_directory ();
  g_autoptr(SdCatalog) catalog = load_builtin ();
  g_autoptr(SdProcedureLoader) loader = sd_procedure_loader_new (catalog, dir);
  guint builtin = g_list_model_get_n_items (sd_catalog_get_procedures (catalog));
  SdProcedure *shipped = sd_catalog_lookup_procedure (catalog, "idrive-reboot");
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;
  guint n_changes = 0;

  g_signal_connect (sd_catalog_get_procedures (catalog), "items-changed",
                    G_CALLBACK (on_items_changed_cb), &n_changes);
  sd_procedure_loader_start (loader);
  /* Nothing reaches the catalog but through this thread's main context. */
  assert_true (sd_procedure_loader_get_loading (loader));
  assert_int_equal (n_changes, 0);
  while (sd_procedure_loader_get_loading (loader) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);

  assert_true (n_changes > 0);
  check_loaded (catalog, loader, builtin, shipped);
  sd_test_rm_rf (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_load_now),
    cmocka_unit_test (test_load_in_thread),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
