/* test-procedure.c: the procedure model and its string forms (app/engine/sd-procedure.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-diagnosis.h"
#include "sd-enum-utils.h"
#include "sd-procedure.h"
#include "sd-test-utils.h"

static void
test_labels (void **state)
{
  assert_string_equal (sd_difficulty_to_string (SD_DIFFICULTY_WORKSHOP), "workshop");
  assert_string_equal (sd_difficulty_get_label (SD_DIFFICULTY_MODERATE), "Moderate");
  assert_string_equal (sd_outcome_to_string (SD_OUTCOME_UNRESOLVED), "unresolved");
}

/* The string forms are the ones in the data files and in saved cases. */
static void
test_enum_nicks (void **state)
{
  SdOutcome outcome = SD_OUTCOME_WORKSHOP;
  int value = -1;

  assert_string_equal (sd_difficulty_to_string (SD_DIFFICULTY_EASY), "easy");
  assert_string_equal (sd_difficulty_to_string (SD_DIFFICULTY_HARD), "hard");
  assert_string_equal (sd_outcome_to_string (SD_OUTCOME_NONE), "none");
  assert_string_equal (sd_outcome_to_string (SD_OUTCOME_RESOLVED), "resolved");
  assert_string_equal (sd_outcome_to_string (SD_OUTCOME_WORKSHOP), "workshop");

  assert_true (sd_outcome_from_string ("resolved", &outcome));
  assert_int_equal (outcome, SD_OUTCOME_RESOLVED);
  assert_true (sd_outcome_from_string ("unresolved", &outcome));
  assert_int_equal (outcome, SD_OUTCOME_UNRESOLVED);
  /* "none" is not something a procedure ends with; unknown text changes nothing. */
  assert_false (sd_outcome_from_string ("none", &outcome));
  assert_false (sd_outcome_from_string ("Resolved", &outcome));
  assert_false (sd_outcome_from_string (NULL, &outcome));
  assert_int_equal (outcome, SD_OUTCOME_UNRESOLVED);

  assert_string_equal (sd_enum_to_nick (SD_TYPE_STEP_KIND, SD_STEP_CHECKLIST), "checklist");
  assert_string_equal (sd_enum_to_nick (SD_TYPE_SEVERITY, SD_SEVERITY_DANGER), "danger");
  assert_string_equal (sd_enum_to_nick (SD_TYPE_ANSWER, SD_ANSWER_YES), "yes");
  assert_string_equal (sd_enum_to_nick (SD_TYPE_SKILL, SD_SKILL_DIY), "diy");
  assert_null (sd_enum_to_nick (SD_TYPE_OUTCOME, 99));
  /* sd_answer_to_string() can become a wrapper too. */
  for (int answer = SD_ANSWER_UNKNOWN; answer <= SD_ANSWER_NO; answer++)
    assert_string_equal (sd_enum_to_nick (SD_TYPE_ANSWER, answer), sd_answer_to_string (answer));
  assert_true (sd_enum_from_nick (SD_TYPE_DIFFICULTY, "moderate", &value));
  assert_int_equal (value, SD_DIFFICULTY_MODERATE);
  assert_false (sd_enum_from_nick (SD_TYPE_DIFFICULTY, "", &value));
  assert_int_equal (value, SD_DIFFICULTY_MODERATE);
}

static void
count_text (const SdText *text,
            gpointer      user_data)
{
  if (text->msgid != NULL)
    (*(guint *) user_data)++;
}

static void
test_model (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure = NULL;
  guint n_texts = 0;

  procedure = sd_test_load_steps ("    <question id=\"q\"><title>Worked?</title>\n"
                                  "      <caution id=\"c\" severity=\"warning\">Mind.</caution>\n"
                                  "      <choice goto=\"k\">Yes</choice>\n"
                                  "      <choice outcome=\"workshop\">No</choice>\n"
                                  "    </question>\n"
                                  "    <checklist id=\"k\"><title>K</title><item>One</item></checklist>\n"
                                  "    <outcome id=\"end\" result=\"resolved\"><title>Good</title><text>Good.</text></outcome>\n",
                                  problems);
  assert_non_null (procedure);
  assert_int_equal (sd_procedure_find_step (procedure, "q"), 0);
  assert_int_equal (sd_procedure_find_step (procedure, "end"), 2);
  assert_int_equal (sd_procedure_find_step (procedure, "nope"), -1);
  assert_string_equal (sd_procedure_get_source (procedure), "proc.xml");
  assert_string_equal (sd_procedure_get_summary (procedure), "A procedure used by the tests.");
  assert_int_equal (sd_procedure_get_version (procedure), 1);
  assert_true (sd_procedure_get_parts_cost (procedure) == 0.0);

  /* Title and summary; the question's title, caution and two choices; the
   * checklist's title and item; the outcome's title and text. */
  sd_procedure_foreach_text (procedure, count_text, &n_texts);
  assert_int_equal (n_texts, 10);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_labels),
    cmocka_unit_test (test_enum_nicks),
    cmocka_unit_test (test_model),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
