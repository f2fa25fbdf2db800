/* test-procedure-check.c: what the schema cannot say about a procedure (app/engine/sd-procedure-check.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-procedure.h"
#include "sd-test-utils.h"

/* The steps start on line 7 of a test procedure. */
#define FIRST_STEP_LINE 7

static void
test_missing_targets (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <instruction id=\"a\" next=\"nowhere\"><title>A</title><text>A.</text></instruction>\n"
                           "    <question id=\"q\"><title>Q</title>\n"
                           "      <choice goto=\"missing\">M</choice>\n"
                           "    </question>\n"
                           "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n",
                           problems));
  sd_test_assert_problem (problems, FIRST_STEP_LINE,
                          "step “a” goes to “nowhere”, which is not a step of this procedure");
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 2, "step “q” goes to “missing”");
}

static void
test_unreachable_step (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <instruction id=\"a\" next=\"end\"><title>A</title><text>A.</text></instruction>\n"
                           "    <instruction id=\"lost\"><title>L</title><text>L.</text></instruction>\n"
                           "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n",
                           problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 1,
                          "step “lost” can never be reached from the first step");
}

static void
test_last_step_not_outcome (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <instruction id=\"a\"><title>A</title><text>A.</text></instruction>\n",
                           problems));
  sd_test_assert_problem (problems, FIRST_STEP_LINE,
                          "step “a” is the last step but not an outcome");
}

static void
test_loop_without_exit (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <instruction id=\"a\"><title>A</title><text>A.</text></instruction>\n"
                           "    <instruction id=\"b\" next=\"a\"><title>B</title><text>B.</text></instruction>\n"
                           "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n",
                           problems));
  sd_test_assert_problem (problems, FIRST_STEP_LINE, "no path from step “a” leads to an outcome");
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 1, "no path from step “b” leads to an outcome");
  /* The outcome itself is unreachable, which is reported too. */
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 2, "step “end” can never be reached");
}

static void
test_branching_and_loops (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure = NULL;
  const SdStep *question;

  /* A "try again" loop is allowed when there is a way out of it. */
  procedure = sd_test_load_steps ("    <instruction id=\"try\"><title>Try</title><text>Try.</text></instruction>\n"
                          "    <question id=\"q\"><title>Worked?</title>\n"
                          "      <choice goto=\"yes\">Yes</choice>\n"
                          "      <choice goto=\"try\">Try again</choice>\n"
                          "      <choice outcome=\"workshop\">Give up</choice>\n"
                          "    </question>\n"
                          "    <outcome id=\"yes\" result=\"resolved\"><title>Good</title><text>Good.</text></outcome>\n",
                          problems);
  assert_non_null (procedure);

  question = sd_procedure_get_step (procedure, 1);
  assert_int_equal (question->choices->len, 3);
  assert_int_equal (((SdChoice *) g_ptr_array_index (question->choices, 0))->target, 2);
  assert_int_equal (((SdChoice *) g_ptr_array_index (question->choices, 1))->target, 0);
  assert_int_equal (((SdChoice *) g_ptr_array_index (question->choices, 2))->target, -1);
  assert_int_equal (((SdChoice *) g_ptr_array_index (question->choices, 2))->outcome,
                    SD_OUTCOME_WORKSHOP);
  assert_int_equal (sd_procedure_find_step (procedure, "yes"), 2);
  assert_int_equal (sd_procedure_find_step (procedure, "nope"), -1);
}

static void
test_duration_ranges (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <hold id=\"h\" seconds=\"601\"><title>H</title><text>H.</text></hold>\n"
                           "    <wait id=\"w\" seconds=\"30\"><title>W</title><text>W.</text></wait>\n"
                           "    <wait id=\"v\" seconds=\"100\" min-seconds=\"200\" max-seconds=\"300\">\n"
                           "      <title>V</title><text>V.</text></wait>\n"
                           "    <wait id=\"u\" seconds=\"3600\" max-seconds=\"999999999999\">\n"
                           "      <title>U</title><text>U.</text></wait>\n"
                           "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n",
                           problems));
  sd_test_assert_problem (problems, FIRST_STEP_LINE, "step “h” holds for 601 seconds");
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 1, "step “w” waits between 30 and 30 seconds");
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 2,
                          "step “v” waits 100 seconds, outside its own range of 200 to 300");
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 4, "step “u” waits between");
}

static void
test_references_to_knowledge (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();
  g_autoptr(SdProcedure) procedure = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(xmlDoc) kb = NULL;

  kb = sd_test_parse ("<?xml version=\"1.0\"?>\n<knowledge id=\"kb\" version=\"1\">\n"
                      "  <component id=\"head-unit\"><name>H</name><role>R</role>"
                      "<location>L</location><hotspot x=\"0.5\" y=\"0.5\"/></component>\n"
                      "  <fault id=\"crash\" component=\"head-unit\" prior=\"0.2\">"
                      "<name>C</name><explanation>E</explanation></fault>\n"
                      "</knowledge>\n", "kb.xml", problems);
  assert_true (sd_knowledge_add_document (knowledge, kb, "kb.xml", problems, NULL));

  doc = sd_test_parse ("<?xml version=\"1.0\"?>\n"
                       "<procedure id=\"p\" version=\"1\" minutes=\"5\" difficulty=\"easy\">\n"
                       "  <title>T</title><summary>S</summary>\n"
                       "  <concerns component=\"head-unit\"/>\n"
                       "  <concerns component=\"toaster\"/>\n"
                       "  <fixes fault=\"crash\" chance=\"0.5\"/>\n"
                       "  <tests fault=\"gremlins\" chance=\"0.5\"/>\n"
                       "  <steps>\n"
                       "    <outcome id=\"end\" result=\"resolved\" component=\"kettle\">"
                       "<title>E</title><text>E.</text></outcome>\n"
                       "  </steps>\n"
                       "</procedure>\n", "p.xml", problems);
  procedure = sd_procedure_new_from_document (doc, "p.xml", problems);
  assert_non_null (procedure);
  assert_int_equal (problems->len, 0);

  assert_false (sd_procedure_check_references (procedure, knowledge, problems));
  assert_int_equal (problems->len, 3);
  sd_test_assert_problem (problems, 5, "component “toaster” is not in the knowledge base");
  sd_test_assert_problem (problems, 7, "fault “gremlins” is not in the knowledge base");
  sd_test_assert_problem (problems, 9, "step “end” shows component “kettle”");
}

/* A chain listed so that each step's way out is found only after the steps
 * listed before it: the old fixed-point search went over all steps once per
 * step, the search from the outcomes once in all. */
static void
test_long_chain (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure = NULL;
  g_autoptr(GString) steps = g_string_new (NULL);
  const guint n = 3000;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (steps, "    <instruction id=\"s%u\" next=\"s%u\"><title>S</title>"
                            "<text>S.</text></instruction>\n", i, i + 1);
  g_string_append_printf (steps, "    <outcome id=\"s%u\" result=\"resolved\"><title>E</title>"
                          "<text>E.</text></outcome>\n", n);

  procedure = sd_test_load_steps (steps->str, problems);
  assert_non_null (procedure);
  assert_int_equal (problems->len, 0);
  assert_int_equal (sd_procedure_get_n_steps (procedure), n + 1);
  assert_int_equal (sd_procedure_get_step (procedure, n - 1)->next, (int) n);
}

/* Two steps with one id: the first is the target, as sd_procedure_find_step says. */
static void
test_duplicate_target_is_the_first (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <instruction id=\"a\" next=\"end\"><title>A</title><text>A.</text></instruction>\n"
                                   "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                                   "    <outcome id=\"end\" result=\"unresolved\"><title>E</title><text>E.</text></outcome>\n",
                                   problems));
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 2, "the id “end” is already used on line 8");
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 2, "step “end” can never be reached");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_missing_targets),
    cmocka_unit_test (test_unreachable_step),
    cmocka_unit_test (test_last_step_not_outcome),
    cmocka_unit_test (test_loop_without_exit),
    cmocka_unit_test (test_branching_and_loops),
    cmocka_unit_test (test_duration_ranges),
    cmocka_unit_test (test_references_to_knowledge),
    cmocka_unit_test (test_long_chain),
    cmocka_unit_test (test_duplicate_target_is_the_first),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
