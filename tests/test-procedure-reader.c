/* test-procedure-reader.c: reading a procedure from its document (app/engine/sd-procedure-reader.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-procedure.h"
#include "sd-test-utils.h"

/* The steps start on line 7 of a test procedure. */
#define FIRST_STEP_LINE 7

static void
test_linear_procedure (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure = NULL;
  const SdStep *step;

  procedure = sd_test_load_steps ("    <instruction id=\"a\" component=\"head-unit\">\n"
                          "      <title>First</title>\n"
                          "      <caution id=\"c\" severity=\"danger\">Careful.</caution>\n"
                          "      <text>Do   the\n   first thing.</text>\n"
                          "    </instruction>\n"
                          "    <hold id=\"b\" seconds=\"30\"><title>Hold</title><text>Hold it.</text></hold>\n"
                          "    <wait id=\"w\" seconds=\"43200\" min-seconds=\"3600\" max-seconds=\"86400\">\n"
                          "      <title>Wait</title><text>Wait.</text></wait>\n"
                          "    <checklist id=\"k\"><title>Check</title><item>One</item><item>Two</item></checklist>\n"
                          "    <outcome id=\"end\" result=\"resolved\"><title>End</title><text>Done.</text></outcome>\n",
                          problems);
  assert_non_null (procedure);
  assert_int_equal (problems->len, 0);

  assert_string_equal (sd_procedure_get_id (procedure), "test-proc");
  assert_string_equal (sd_procedure_get_title (procedure), "Test procedure");
  assert_int_equal (sd_procedure_get_minutes (procedure), 5);
  assert_int_equal (sd_procedure_get_difficulty (procedure), SD_DIFFICULTY_EASY);
  assert_string_equal (sd_procedure_get_components (procedure)[0], "head-unit");
  assert_int_equal (sd_procedure_get_n_steps (procedure), 5);

  step = sd_procedure_get_step (procedure, 0);
  assert_int_equal (step->kind, SD_STEP_INSTRUCTION);
  assert_int_equal (step->line, FIRST_STEP_LINE);
  assert_string_equal (step->component, "head-unit");
  assert_int_equal (step->next, 1);
  assert_int_equal (step->cautions->len, 1);
  assert_int_equal (((SdCaution *) g_ptr_array_index (step->cautions, 0))->severity,
                    SD_SEVERITY_DANGER);
  /* White space is collapsed as xgettext does, so the msgid matches. */
  assert_string_equal (sd_text_get (g_ptr_array_index (step->texts, 0)), "Do the first thing.");
  assert_string_equal (((SdText *) g_ptr_array_index (step->texts, 0))->context, "test-proc:a:text");

  step = sd_procedure_get_step (procedure, 1);
  assert_int_equal (step->kind, SD_STEP_HOLD);
  assert_int_equal (step->seconds, 30);

  step = sd_procedure_get_step (procedure, 2);
  assert_int_equal (step->kind, SD_STEP_WAIT);
  assert_int_equal (step->seconds, 43200);
  assert_int_equal (step->min_seconds, 3600);
  assert_int_equal (step->max_seconds, 86400);

  step = sd_procedure_get_step (procedure, 3);
  assert_int_equal (step->kind, SD_STEP_CHECKLIST);
  assert_int_equal (step->items->len, 2);

  step = sd_procedure_get_step (procedure, 4);
  assert_int_equal (step->kind, SD_STEP_OUTCOME);
  assert_int_equal (step->result, SD_OUTCOME_RESOLVED);
  assert_int_equal (step->next, -1);
}

static void
test_duplicate_ids (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_load_steps ("    <instruction id=\"a\"><title>A</title>\n"
                           "      <caution id=\"a\" severity=\"info\">Same id.</caution>\n"
                           "      <text>A.</text></instruction>\n"
                           "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n",
                           problems));
  sd_test_assert_problem (problems, FIRST_STEP_LINE + 1, "the id “a” is already used on line 7");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_linear_procedure),
    cmocka_unit_test (test_duplicate_ids),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
