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

static void
collect_untranslated (const SdText *text,
                      gpointer      user_data)
{
  GString *missing = user_data;

  if (!sd_text_is_translated (text))
    g_string_append_printf (missing, "  %s: %s\n", text->context, text->msgid);
}

/* Every language of po/LINGUAS, for every text of every procedure and of the
 * knowledge base: a text that falls back to the English is a failure. */
static void
test_every_text_translated (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  g_auto(GStrv) languages = sd_test_dup_languages ();
  gboolean failed = FALSE;

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOS_DOCTOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  setlocale (LC_ALL, "C.UTF-8");
  /* The languages the app promises. */
  assert_true (g_strv_contains ((const char * const *) languages, "de"));
  assert_true (g_strv_contains ((const char * const *) languages, "es"));
  assert_true (g_strv_contains ((const char * const *) languages, "fr"));
  assert_true (g_strv_contains ((const char * const *) languages, "it"));

  for (guint l = 0; languages[l] != NULL; l++)
    {
      g_autoptr(GString) missing = g_string_new (NULL);

      sd_text_set_language (languages[l]);
      for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
        {
          g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

          sd_procedure_foreach_text (procedure, collect_untranslated, missing);
        }
      for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
        {
          const SdComponent *component = sd_knowledge_get_component (knowledge, i);

          collect_untranslated (&component->name, missing);
          collect_untranslated (&component->role, missing);
          collect_untranslated (&component->location, missing);
        }
      for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
        {
          const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

          collect_untranslated (&fault->name, missing);
          collect_untranslated (&fault->explanation, missing);
        }
      for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
        collect_untranslated (&sd_knowledge_get_symptom (knowledge, i)->question, missing);

      if (missing->len > 0)
        {
          print_message ("%s: these texts fall back to English:\n%s", languages[l], missing->str);
          failed = TRUE;
        }
    }

  sd_text_set_language ("en");
  assert_false (failed);
}

static void
test_untranslated_detected (void **state)
{
  SdText text = { .context = (char *) "no-such:context:title", .msgid = (char *) "Not in any catalog" };
  SdText empty = { .context = (char *) "no-such:context:title", .msgid = (char *) "" };

  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOS_DOCTOR_LOCALEDIR"));
  setlocale (LC_ALL, "C.UTF-8");
  sd_text_set_language ("de");
  assert_false (sd_text_is_translated (&text));
  assert_true (sd_text_is_translated (&empty));
  sd_text_set_language ("en");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_normalize),
    cmocka_unit_test (test_context_from_nearest_id),
    cmocka_unit_test (test_german_end_to_end),
    cmocka_unit_test (test_every_text_translated),
    cmocka_unit_test (test_untranslated_detected),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
