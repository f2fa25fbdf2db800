/* test-plan.c: expected cost of repair and information gain (app/engine/sd-plan.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-diagnosis.h"
#include "sd-test-tiny.h"

static void
test_expected_cost_of_repair (void **state)
{
  Tiny *tiny = *state;
  double p_a = 0.3, p_b = 0.2;
  double expected;

  /* By chance per minute, fix-a (0.3 × 0.6 / 10 = 0.018) comes before fix-b
   * (0.2 × 0.9 / 20 = 0.009); a workshop visit for whatever is left. */
  assert_string_equal (sd_procedure_get_id (sd_diagnosis_get_action (tiny->diagnosis, 0)->procedure),
                       "fix-a");
  expected = 10.0 + 20.0 * (1.0 - p_a * 0.6) +
             SD_WORKSHOP_COST_MINUTES * (1.0 - p_a * 0.6 - p_b * 0.9);
  assert_close (sd_diagnosis_get_expected_cost (tiny->diagnosis), expected);
}

/* The information gain computed sparsely equals the textbook definition. */
static void
test_information_gain_by_hand (void **state)
{
  Tiny *tiny = *state;
  const double prior[3] = { 0.3, 0.2, 0.5 };
  const double yes_like[3] = { 1.0 - 0.8 * 0.5, 1.0 - 0.8 * 0.1, 0.2 };  /* symptom t */
  double h = 0.0, py = 0.0, hy = 0.0, hn = 0.0, gain;

  for (int i = 0; i < 3; i++)
    {
      h -= prior[i] * log2 (prior[i]);
      py += prior[i] * yes_like[i];
    }
  for (int i = 0; i < 3; i++)
    {
      double qy = prior[i] * yes_like[i] / py;
      double qn = prior[i] * (1.0 - yes_like[i]) / (1.0 - py);

      hy -= qy * log2 (qy);
      hn -= qn * log2 (qn);
    }
  gain = h - py * hy - (1.0 - py) * hn;

  for (guint r = 0; r < sd_diagnosis_get_n_questions (tiny->diagnosis); r++)
    {
      const SdQuestionRank *rank = sd_diagnosis_get_question (tiny->diagnosis, r);

      if (g_strcmp0 (rank->symptom->id, "t") == 0)
        {
          assert_close (rank->yes_probability, py);
          assert_close (rank->information, gain);
          return;
        }
    }

  fail_msg ("question t was not ranked");
}

/* Actions come by chance per minute, and a tried one leaves the ranking. */
static void
test_actions_by_efficiency (void **state)
{
  Tiny *tiny = *state;
  guint n = sd_diagnosis_get_n_actions (tiny->diagnosis);

  assert_int_equal (n, 3);
  for (guint r = 1; r < n; r++)
    assert_true (sd_diagnosis_get_action (tiny->diagnosis, r - 1)->efficiency >=
                 sd_diagnosis_get_action (tiny->diagnosis, r)->efficiency);
  /* shop-a is a workshop's job: ranked, but not allowed at the DIY level. */
  for (guint r = 0; r < n; r++)
    {
      const SdActionRank *rank = sd_diagnosis_get_action (tiny->diagnosis, r);

      assert_int_equal (rank->allowed,
                        g_strcmp0 (sd_procedure_get_id (rank->procedure), "shop-a") != 0);
    }

  sd_diagnosis_set_tried (tiny->diagnosis, "fix-b", SD_OUTCOME_UNRESOLVED);
  assert_int_equal (sd_diagnosis_get_n_actions (tiny->diagnosis), 2);
}

/* An answered question leaves the ranking of questions. */
static void
test_answered_question_not_ranked (void **state)
{
  Tiny *tiny = *state;

  assert_int_equal (sd_diagnosis_get_n_questions (tiny->diagnosis), 3);
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_NO);
  assert_int_equal (sd_diagnosis_get_n_questions (tiny->diagnosis), 2);
  for (guint r = 0; r < 2; r++)
    assert_string_not_equal (sd_diagnosis_get_question (tiny->diagnosis, r)->symptom->id, "t");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_expected_cost_of_repair, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_information_gain_by_hand, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_actions_by_efficiency, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_answered_question_not_ranked, sd_test_tiny_setup, sd_test_tiny_teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
