/* test-text.c: translatable texts from data files (app/engine/sd-text.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sd-catalog.h"
#include "sd-test-utils.h"
#include "sd-text.h"

static void
test_normalize (void **state)
{
  const struct { const char *in; const char *out; } cases[] = {
    { "plain", "plain" },
    { "  lead and trail  ", "lead and trail" },
    { "many\n   lines\t\tand\r\n tabs", "many lines and tabs" },
    { "", "" },
    { " \n\t ", "" },
    { "ünïcödé  stays", "ünïcödé stays" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = sd_text_normalize (cases[i].in);

      assert_string_equal (normalized, cases[i].out);
    }
}

static void
test_context_from_nearest_id (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;
  xmlNode *root, *title, *step, *step_title, *caution;
  SdText text = { 0, };

  doc = sd_test_parse (SD_TEST_PROCEDURE_HEAD
                       "    <instruction id=\"s1\"><title>Step &amp; title</title>\n"
                       "      <caution id=\"c1\" severity=\"info\">Mind it.</caution>\n"
                       "      <text>T.</text></instruction>\n"
                       "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                       SD_TEST_PROCEDURE_TAIL, "p.xml", problems);
  assert_non_null (doc);

  root = xmlDocGetRootElement (doc);
  title = sd_xml_first_child (root);
  sd_text_init_from_node (&text, title, "test-proc");
  assert_string_equal (text.context, "test-proc:test-proc:title");
  assert_string_equal (text.msgid, "Test procedure");
  sd_text_clear (&text);

  for (step = sd_xml_first_child (root); !sd_xml_is (step, "steps"); step = sd_xml_next (step))
    ;
  step = sd_xml_first_child (step);
  step_title = sd_xml_first_child (step);
  caution = sd_xml_next (step_title);

  sd_text_init_from_node (&text, step_title, "test-proc");
  assert_string_equal (text.context, "test-proc:s1:title");
  /* Entities are resolved in the msgid, as xgettext writes it with escape="no". */
  assert_string_equal (text.msgid, "Step & title");
  /* Without a translation, the English text is shown. */
  assert_string_equal (sd_text_get (&text), "Step & title");
  sd_text_clear (&text);

  sd_text_init_from_node (&text, caution, "test-proc");
  assert_string_equal (text.context, "test-proc:c1:caution");
  sd_text_clear (&text);
}

static void
test_german_end_to_end (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdProcedure *reboot;
  const SdComponent *head_unit;
  const char *localedir = g_getenv ("SOS_DOCTOR_LOCALEDIR");
  g_autofree char *english_title = NULL;
  g_autofree char *english_summary = NULL;

  assert_non_null (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  reboot = sd_catalog_lookup_procedure (catalog, "idrive-reboot");
  head_unit = sd_knowledge_lookup_component (sd_catalog_get_knowledge (catalog), "head-unit");
  assert_non_null (reboot);
  assert_non_null (head_unit);

  english_title = g_strdup (sd_procedure_get_title (reboot));
  english_summary = g_strdup (sd_procedure_get_summary (reboot));

  setlocale (LC_ALL, "C.UTF-8");
  sd_text_set_language ("de");

  /* Interface strings, and texts from the XML through their msgctxt. */
  assert_string_equal (sd_difficulty_get_label (SD_DIFFICULTY_EASY), "Leicht");
  assert_string_not_equal (sd_procedure_get_title (reboot), english_title);
  assert_non_null (strstr (sd_procedure_get_title (reboot), "iDrive"));
  assert_string_not_equal (sd_procedure_get_summary (reboot), english_summary);
  assert_string_not_equal (sd_text_get (&head_unit->role), head_unit->role.msgid);

  /* Switching back needs no reload: texts are looked up when shown. */
  sd_text_set_language ("en");
  assert_string_equal (sd_difficulty_get_label (SD_DIFFICULTY_EASY), "Easy");
  assert_string_equal (sd_procedure_get_title (reboot), english_title);
  assert_string_equal (sd_text_get (&head_unit->role), head_unit->role.msgid);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_normalize),
    cmocka_unit_test (test_context_from_nearest_id),
    cmocka_unit_test (test_german_end_to_end),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
