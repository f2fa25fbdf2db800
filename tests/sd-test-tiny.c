/* sd-test-tiny.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-test-tiny.h"

/* A knowledge base small enough to compute by hand: faults a (prior 0.3) and b
 * (0.2), so "something else" has 0.5; symptom s (leak 0.1) indicates a with
 * 0.8; symptom t (leak 0.2) indicates a with 0.5 and b with 0.9; symptom u
 * (leak 0.05) indicates b with 0.95. */
static const char *tiny_kb =
  "<?xml version=\"1.0\"?>\n<knowledge id=\"tiny\" version=\"1\">\n"
  "  <component id=\"box\"><name>Box</name><role>R</role><location>L</location>"
  "<hotspot x=\"0.5\" y=\"0.5\"/></component>\n"
  "  <fault id=\"a\" component=\"box\" prior=\"0.3\"><name>A</name><explanation>E</explanation></fault>\n"
  "  <fault id=\"b\" component=\"box\" prior=\"0.2\"><name>B</name><explanation>E</explanation></fault>\n"
  "  <symptom id=\"s\" leak=\"0.1\"><question>S?</question>"
  "<indicates fault=\"a\" likelihood=\"0.8\"/></symptom>\n"
  "  <symptom id=\"t\" leak=\"0.2\"><question>T?</question>"
  "<indicates fault=\"a\" likelihood=\"0.5\"/><indicates fault=\"b\" likelihood=\"0.9\"/></symptom>\n"
  "  <symptom id=\"u\" leak=\"0.05\"><question>U?</question>"
  "<indicates fault=\"b\" likelihood=\"0.95\"/></symptom>\n"
  "</knowledge>\n";

#define TINY_PROCEDURE(id, minutes, difficulty, effects) \
  "<?xml version=\"1.0\"?>\n" \
  "<procedure id=\"" id "\" version=\"1\" minutes=\"" minutes "\" difficulty=\"" difficulty "\">\n" \
  "  <title>" id "</title><summary>S</summary>\n" \
  "  <concerns component=\"box\"/>\n" effects \
  "  <steps><outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome></steps>\n" \
  "</procedure>\n"

static void
add_procedure (Tiny       *tiny,
               const char *xml)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = sd_test_parse (xml, "p.xml", problems);
  g_autoptr(SdProcedure) procedure = NULL;

  assert_non_null (doc);
  procedure = sd_procedure_new_from_document (doc, "p.xml", problems);
  assert_non_null (procedure);
  g_list_store_append (tiny->procedures, procedure);
}

int
sd_test_tiny_setup (void **state)
{
  Tiny *tiny = g_new0 (Tiny, 1);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = sd_test_parse (tiny_kb, "tiny.xml", problems);

  tiny->knowledge = sd_knowledge_new ();
  assert_true (sd_knowledge_add_document (tiny->knowledge, doc, "tiny.xml", problems, NULL));
  assert_true (sd_knowledge_check (tiny->knowledge, problems));

  tiny->procedures = g_list_store_new (SD_TYPE_PROCEDURE);
  add_procedure (tiny, TINY_PROCEDURE ("fix-a", "10", "easy",
                                       "  <fixes fault=\"a\" chance=\"0.6\"/>\n"));
  add_procedure (tiny, TINY_PROCEDURE ("fix-b", "20", "moderate",
                                       "  <fixes fault=\"b\" chance=\"0.9\"/>\n"));
  add_procedure (tiny, TINY_PROCEDURE ("shop-a", "30", "workshop",
                                       "  <fixes fault=\"a\" chance=\"0.95\"/>\n"));
  tiny->diagnosis = sd_diagnosis_new (tiny->knowledge, G_LIST_MODEL (tiny->procedures));

  *state = tiny;

  return 0;
}

int
sd_test_tiny_teardown (void **state)
{
  Tiny *tiny = *state;

  g_clear_object (&tiny->diagnosis);
  g_clear_object (&tiny->procedures);
  g_clear_object (&tiny->knowledge);
  g_free (tiny);

  return 0;
}
