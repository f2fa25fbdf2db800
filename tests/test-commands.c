/* test-commands.c: the headless command-line verbs (app/engine/sd-commands.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-commands.h"
#include "sd-test-utils.h"

static void
assert_records (const char *text,
                guint       n_fields,
                guint       n_records)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != n_fields)
        fail_msg ("expected %u fields in “%s”", n_fields, lines[i]);
      for (guint j = 0; j < n_fields; j++)
        if (fields[j][0] == '\0')
          fail_msg ("field %u is empty in “%s”", j, lines[i]);
      n++;
    }

  assert_int_equal (n, n_records);
}

static void
test_list_procedures (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *expected_line = NULL;
  SdProcedure *reboot = sd_catalog_lookup_procedure (catalog, "idrive-reboot");

  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_PROCEDURES, NULL, out, err), 0);
  assert_string_equal (err->str, "");
  assert_records (out->str, 6,
                  g_list_model_get_n_items (sd_catalog_get_procedures (catalog)));

  expected_line = g_strdup_printf ("idrive-reboot\t%s\t%u\t%s\t%u\t%s\n",
                                   sd_procedure_get_title (reboot),
                                   sd_procedure_get_minutes (reboot),
                                   sd_difficulty_to_string (sd_procedure_get_difficulty (reboot)),
                                   sd_procedure_get_n_steps (reboot),
                                   "resource:///io/github/sosdoctor/SosDoctor/procedures/idrive-reboot.xml");
  assert_non_null (strstr (out->str, expected_line));
}

static void
test_list_components_and_symptoms (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_COMPONENTS, NULL, out, err), 0);
  assert_records (out->str, 4, sd_knowledge_get_n_components (knowledge));
  assert_true (g_str_has_prefix (out->str, sd_knowledge_get_component (knowledge, 0)->id));

  g_string_truncate (out, 0);
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_SYMPTOMS, NULL, out, err), 0);
  assert_records (out->str, 3, sd_knowledge_get_n_symptoms (knowledge));
  assert_string_equal (err->str, "");
}

static void
test_validate_statuses (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const char *good[] = { SRCDIR "/data/procedures/idrive-reboot.xml",
                         SRCDIR "/data/knowledge/sos-doctor.xml", NULL };
  const char *mixed[] = { SRCDIR "/data/procedures/idrive-reboot.xml",
                          TESTDATADIR "/bad/semantic-goto-missing.xml", NULL };
  const char *none[] = { NULL };

  SdCommandOptions options = { NULL, };

  options.files = good;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_VALIDATE, &options, out, err), 0);
  assert_string_equal (out->str, "");
  assert_string_equal (err->str, "");

  /* One bad file makes the status 1; only its problems are printed. */
  options.files = mixed;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_VALIDATE, &options, out, err), 1);
  assert_true (g_str_has_prefix (err->str, TESTDATADIR "/bad/semantic-goto-missing.xml:"));
  assert_null (strstr (err->str, "idrive-reboot"));

  g_string_truncate (err, 0);
  options.files = none;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_VALIDATE, &options, out, err), 2);
  assert_non_null (strstr (err->str, "needs at least one file"));
}

static void
test_skipped_files_reported (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *bad = g_build_filename (dir, "bad.xml", NULL);
  g_autofree char *expected = NULL;

  assert_true (g_file_set_contents (bad, "<procedure>\n<unclosed>\n", -1, NULL));
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  /* The listing still works; the skipped file is named on standard error. */
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_PROCEDURES, NULL, out, err), 0);
  assert_true (out->len > 0);
  expected = g_strdup_printf ("skipped: %s:", bad);
  assert_true (g_str_has_prefix (err->str, expected));

  sd_test_rm_rf (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_list_procedures),
    cmocka_unit_test (test_list_components_and_symptoms),
    cmocka_unit_test (test_validate_statuses),
    cmocka_unit_test (test_skipped_files_reported),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
