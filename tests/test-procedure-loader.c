/* test-procedure-loader.c: procedures read after the catalog, in a thread or
 * at once (app/engine/sd-procedure-loader.c, sd_catalog_add_procedures())
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-procedure-loader.h"
#include "sd-session.h"
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

/* The rank of @id among the diagnosis's next steps, or -1. */
static int
find_action (SdDiagnosis *diagnosis,
             const char  *id)
{
  for (guint r = 0; r < sd_diagnosis_get_n_actions (diagnosis); r++)
    if (g_strcmp0 (sd_procedure_get_id (sd_diagnosis_get_action (diagnosis, r)->procedure),
                   id) == 0)
      return (int) r;

  return -1;
}

/* A user's library: a cheap sure guide under a new id, and the shipped reboot
 * guide under its own id, quicker. */
static char *
make_better_guides (void)
{
  char *dir = sd_test_make_tmpdir ();
  g_autofree char *folder = g_build_filename (dir, "procedures", NULL);
  g_autofree char *shipped = g_build_filename (SRCDIR, "data", "procedures", "idrive-reboot.xml",
                                               NULL);
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GRegex) head_re = g_regex_new ("<procedure id=\"idrive-reboot\" version=\"1\" "
                                           "minutes=\"5\"", 0, 0, NULL);
  g_autoptr(GRegex) chance_re = g_regex_new ("chance=\"0\\.[0-9]+\"", 0, 0, NULL);

  assert_true (g_file_get_contents (shipped, &contents, NULL, NULL));
  assert_int_equal (g_mkdir_with_parents (folder, 0755), 0);

  text = g_regex_replace_literal (head_re, contents, -1, 0,
                                  "<procedure id=\"my-quick-fix\" version=\"1\" minutes=\"1\"",
                                  G_REGEX_MATCH_DEFAULT, NULL);
  assert_string_not_equal (text, contents);
  g_free (g_steal_pointer (&contents));
  contents = g_steal_pointer (&text);
  text = g_regex_replace_literal (chance_re, contents, -1, 0, "chance=\"0.95\"",
                                  G_REGEX_MATCH_DEFAULT, NULL);
  path = g_build_filename (folder, "a-quick.xml", NULL);
  assert_true (g_file_set_contents (path, text, -1, NULL));
  g_clear_pointer (&path, g_free);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&contents, g_free);

  assert_true (g_file_get_contents (shipped, &contents, NULL, NULL));
  text = g_regex_replace_literal (head_re, contents, -1, 0,
                                  "<procedure id=\"idrive-reboot\" version=\"1\" minutes=\"2\"",
                                  G_REGEX_MATCH_DEFAULT, NULL);
  path = g_build_filename (folder, "b-reboot.xml", NULL);
  assert_true (g_file_set_contents (path, text, -1, NULL));

  return dir;
}

static void
on_advice_notify_cb (GObject    *object,
                     GParamSpec *pspec,
                     guint      *n_notifies)
{
  (*n_notifies)++;
}

/* Issue 16: guides loaded after the diagnosis was made are among its next
 * steps, a replaced guide is the user's version and stays tried, and a batch
 * is ranked once. */
static void
test_diagnosis_follows (void **state)
{
  g_autofree char *dir = make_better_guides ();
  g_autofree char *tmp = sd_test_make_tmpdir ();
  g_autofree char *case_path = g_build_filename (tmp, "case.ini", NULL);
  g_autoptr(SdCatalog) catalog = load_builtin ();
  g_autoptr(SdSession) session = sd_session_new (catalog, case_path);
  g_autoptr(SdProcedureLoader) loader = sd_procedure_loader_new (catalog, dir);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  g_autoptr(SdDiagnosis) lazy = sd_diagnosis_new (sd_catalog_get_knowledge (catalog),
                                                  sd_catalog_get_procedures (catalog));
  guint builtin;
  SdProcedure *shipped = sd_catalog_lookup_procedure (catalog, "idrive-reboot");
  const SdActionRank *reboot;
  GListModel *causes;
  guint n_notifies = 0;
  int r;

  assert_int_equal (find_action (diagnosis, "my-quick-fix"), -1);
  assert_true (sd_diagnosis_set_tried (diagnosis, "idrive-reboot", SD_OUTCOME_UNRESOLVED));
  /* The steps not yet tried. */
  builtin = sd_diagnosis_get_n_actions (diagnosis);
  /* Nothing left to ask: the advice is a guide to follow. */
  for (guint s = 0; s < sd_knowledge_get_n_symptoms (sd_catalog_get_knowledge (catalog)); s++)
    sd_diagnosis_set_skipped (diagnosis,
                              sd_knowledge_get_symptom (sd_catalog_get_knowledge (catalog), s)->id,
                              TRUE);
  /* From here on the diagnosis follows every change at once. */
  causes = sd_diagnosis_get_causes (diagnosis);
  assert_non_null (causes);
  assert_int_not_equal (sd_diagnosis_get_advice (diagnosis)->kind, SD_ADVICE_ASK);
  g_signal_connect (diagnosis, "notify::advice-procedure", G_CALLBACK (on_advice_notify_cb),
                    &n_notifies);

  sd_procedure_loader_load_now (loader);
  assert_int_equal (sd_procedure_loader_get_n_loaded (loader), 2);
  assert_ptr_not_equal (sd_catalog_lookup_procedure (catalog, "idrive-reboot"), shipped);
  /* Ranked once the main context is idle, not per guide. */
  while (g_main_context_iteration (NULL, FALSE))
    ;

  assert_int_equal (sd_diagnosis_get_n_actions (diagnosis), builtin + 1);
  r = find_action (diagnosis, "my-quick-fix");
  assert_true (r >= 0);
  /* One minute for a sure fix of what is most likely: the best step there is. */
  assert_int_equal (r, 0);
  assert_int_equal (sd_diagnosis_get_advice (diagnosis)->kind, SD_ADVICE_DO);
  assert_string_equal (sd_procedure_get_id (sd_diagnosis_get_advice (diagnosis)->procedure),
                       "my-quick-fix");
  assert_int_equal (n_notifies, 1);

  /* The user's reboot guide replaced the shipped one, and was tried all the same. */
  assert_int_equal (sd_diagnosis_get_tried (diagnosis, "idrive-reboot"), SD_OUTCOME_UNRESOLVED);
  assert_int_equal (find_action (diagnosis, "idrive-reboot"), -1);

  /* A diagnosis nobody follows catches up when asked, with the user's version. */
  assert_int_equal (find_action (lazy, "my-quick-fix"), 0);
  r = find_action (lazy, "idrive-reboot");
  assert_true (r >= 0);
  reboot = sd_diagnosis_get_action (lazy, (guint) r);
  assert_ptr_equal (reboot->procedure, sd_catalog_lookup_procedure (catalog, "idrive-reboot"));
  assert_true (reboot->cost < 5.0);

  sd_test_rm_rf (dir);
  sd_test_rm_rf (tmp);
}

/* What a saved case says was tried of a guide read late counts once it is read. */
static void
test_tried_late (void **state)
{
  g_autofree char *dir = make_better_guides ();
  g_autofree char *tmp = sd_test_make_tmpdir ();
  g_autofree char *case_path = g_build_filename (tmp, "case.ini", NULL);
  g_autoptr(SdCatalog) catalog = load_builtin ();
  g_autoptr(SdSession) session = sd_session_new (catalog, case_path);
  g_autoptr(SdProcedureLoader) loader = sd_procedure_loader_new (catalog, dir);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);

  sd_case_add_tried (sd_session_get_case (session), "my-quick-fix", SD_OUTCOME_UNRESOLVED, NULL);
  assert_false (sd_diagnosis_set_tried (diagnosis, "my-quick-fix", SD_OUTCOME_UNRESOLVED));

  sd_procedure_loader_load_now (loader);
  assert_int_equal (sd_diagnosis_get_tried (diagnosis, "my-quick-fix"), SD_OUTCOME_UNRESOLVED);
  assert_int_equal (find_action (diagnosis, "my-quick-fix"), -1);

  sd_test_rm_rf (dir);
  sd_test_rm_rf (tmp);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_load_now),
    cmocka_unit_test (test_load_in_thread),
    cmocka_unit_test (test_diagnosis_follows),
    cmocka_unit_test (test_tried_late),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
