/* test-advice.c: the next best step and why (app/engine/sd-advice.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sd-diagnosis.h"
#include "sd-test-tiny.h"

static void
test_resolved_closes_the_case (void **state)
{
  Tiny *tiny = *state;

  sd_diagnosis_set_tried (tiny->diagnosis, "fix-b", SD_OUTCOME_RESOLVED);
  assert_int_equal (sd_diagnosis_get_advice (tiny->diagnosis)->kind, SD_ADVICE_DONE);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault->id, "b");
}

static void
test_workshop_outcome_sends_to_workshop (void **state)
{
  Tiny *tiny = *state;

  sd_diagnosis_set_tried (tiny->diagnosis, "fix-a", SD_OUTCOME_WORKSHOP);
  assert_int_equal (sd_diagnosis_get_advice (tiny->diagnosis)->kind, SD_ADVICE_WORKSHOP);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault->id, "a");
}

static void
test_confident_cause_gets_its_repair (void **state)
{
  Tiny *tiny = *state;
  const SdAdvice *advice;

  /* b is very likely (by hand: 0.1577 / (0.1577 + 0.0045 + 0.0006) = 0.968);
   * its fix is a DIY procedure. */
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_YES);
  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_NO);
  assert_true (sd_diagnosis_get_cause (tiny->diagnosis, 0)->probability < SD_CONFIDENT_PROBABILITY);
  sd_diagnosis_set_tried (tiny->diagnosis, "fix-a", SD_OUTCOME_UNRESOLVED);
  sd_diagnosis_set_tried (tiny->diagnosis, "shop-a", SD_OUTCOME_UNRESOLVED);
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_YES);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault->id, "b");
  assert_true (sd_diagnosis_get_cause (tiny->diagnosis, 0)->probability >= SD_CONFIDENT_PROBABILITY);
  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_DO);
  assert_string_equal (sd_procedure_get_id (advice->procedure), "fix-b");
}

static void
test_confident_cause_beyond_diy (void **state)
{
  Tiny *tiny = *state;
  const SdAdvice *advice;

  /* a is very likely (by hand: 0.1402 / (0.1402 + 0.0009 + 0.0095) = 0.931).
   * Issue 12: its repair is the cheapest for its chance within the owner's
   * skill, fix-a (10 minutes / 0.6), not the likeliest whatever it costs, the
   * workshop's shop-a ((30 + 240) minutes / 0.95); the same at a workshop's kiosk. */
  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_YES);
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_YES);
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_NO);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault->id, "a");
  assert_true (sd_diagnosis_get_cause (tiny->diagnosis, 0)->probability >= SD_CONFIDENT_PROBABILITY);

  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_DO);
  assert_string_equal (sd_procedure_get_id (advice->procedure), "fix-a");
  assert_non_null (strstr (advice->reason, "cheapest repair"));

  sd_diagnosis_set_skill (tiny->diagnosis, SD_SKILL_WORKSHOP);
  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_DO);
  assert_string_equal (sd_procedure_get_id (advice->procedure), "fix-a");
}

static void
test_nothing_left_to_try (void **state)
{
  Tiny *tiny = *state;

  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_NO);
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_NO);
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_NO);
  sd_diagnosis_set_tried (tiny->diagnosis, "fix-a", SD_OUTCOME_UNRESOLVED);
  sd_diagnosis_set_tried (tiny->diagnosis, "fix-b", SD_OUTCOME_UNRESOLVED);
  assert_int_equal (sd_diagnosis_get_advice (tiny->diagnosis)->kind, SD_ADVICE_WORKSHOP);
}

static void
test_skipped_question_is_not_asked_again (void **state)
{
  Tiny *tiny = *state;
  const SdAdvice *advice = sd_diagnosis_get_advice (tiny->diagnosis);
  g_autofree char *first = NULL;

  assert_int_equal (advice->kind, SD_ADVICE_ASK);
  first = g_strdup (advice->symptom->id);
  assert_true (sd_diagnosis_set_skipped (tiny->diagnosis, first, TRUE));
  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_true (advice->kind != SD_ADVICE_ASK || g_strcmp0 (advice->symptom->id, first) != 0);
  assert_int_equal (sd_diagnosis_get_answer (tiny->diagnosis, first), SD_ANSWER_UNKNOWN);
}

static void
test_little_chance_sends_to_workshop (void **state)
{
  Tiny *tiny = *state;
  const SdAdvice *advice;

  /* Everything answered no: "something else" dominates, and fix-a would settle
   * 0.0565 × 0.6 in 10 minutes, less per minute than a workshop's 1 in 240. */
  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_NO);
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_NO);
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_NO);
  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_WORKSHOP);
  assert_non_null (strstr (advice->reason, "too little chance"));
  /* Going straight to the workshop is then the expected cost. */
  assert_true (fabs (sd_diagnosis_get_expected_cost (tiny->diagnosis) - SD_WORKSHOP_COST_MINUTES) < 1e-9);
}

static void
test_asks_when_asking_pays (void **state)
{
  Tiny *tiny = *state;
  const SdAdvice *advice = sd_diagnosis_get_advice (tiny->diagnosis);

  /* With nothing known, a half-minute question that tells a from b beats trying. */
  assert_int_equal (advice->kind, SD_ADVICE_ASK);
  assert_non_null (advice->symptom);
  assert_true (advice->expected_cost < sd_diagnosis_get_expected_cost (tiny->diagnosis));
  assert_true (sd_diagnosis_get_question (tiny->diagnosis, 0)->information > 0.0);
  assert_string_equal (sd_diagnosis_get_question (tiny->diagnosis, 0)->symptom->id,
                       advice->symptom->id);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 GHashTable *counts)
{
  const char *name = g_param_spec_get_name (pspec);

  g_hash_table_insert (counts, (gpointer) name,
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, name)) + 1));
}

static guint
count (GHashTable *counts,
       const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

/* The advice's properties notify when, and only when, they change. */
static void
test_advice_properties_notify_on_change (void **state)
{
  Tiny *tiny = *state;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *first = NULL;
  g_autofree char *reason = NULL;
  int kind;

  sd_diagnosis_get_causes (tiny->diagnosis);
  g_object_get (tiny->diagnosis, "advice-kind", &kind, "advice-symptom-id", &first,
                "advice-reason", &reason, NULL);
  assert_int_equal (kind, SD_ADVICE_ASK);
  assert_string_equal (first, sd_diagnosis_get_advice (tiny->diagnosis)->symptom->id);
  assert_string_equal (reason, sd_diagnosis_get_advice (tiny->diagnosis)->reason);
  g_signal_connect (tiny->diagnosis, "notify", G_CALLBACK (count_notify_cb), counts);

  /* Nothing changes: nothing notifies. */
  sd_diagnosis_set_skill (tiny->diagnosis, SD_SKILL_DIY);
  sd_diagnosis_set_answer (tiny->diagnosis, "no-such-symptom", SD_ANSWER_YES);
  assert_int_equal (g_hash_table_size (counts), 0);

  /* Skipping the question asked: another question, for the same reason. */
  sd_diagnosis_set_skipped (tiny->diagnosis, first, TRUE);
  assert_int_equal (count (counts, "advice-symptom-id"), 1);
  assert_int_equal (count (counts, "advice-kind"), 0);
  assert_int_equal (count (counts, "advice-reason"), 0);
  assert_int_equal (count (counts, "advice-procedure"), 0);
  assert_int_equal (sd_diagnosis_get_advice (tiny->diagnosis)->kind, SD_ADVICE_ASK);
  assert_string_not_equal (sd_diagnosis_get_advice (tiny->diagnosis)->symptom->id, first);

  /* Fixed: the kind, the question, the procedure and the reason all change. */
  g_hash_table_remove_all (counts);
  sd_diagnosis_set_tried (tiny->diagnosis, "fix-b", SD_OUTCOME_RESOLVED);
  assert_int_equal (count (counts, "advice-kind"), 1);
  assert_int_equal (count (counts, "advice-symptom-id"), 1);
  assert_int_equal (count (counts, "advice-procedure"), 1);
  assert_int_equal (count (counts, "advice-reason"), 1);
  assert_int_equal (count (counts, "expected-cost"), 1);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_resolved_closes_the_case, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_workshop_outcome_sends_to_workshop, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_confident_cause_gets_its_repair, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_confident_cause_beyond_diy, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_nothing_left_to_try, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_skipped_question_is_not_asked_again, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_little_chance_sends_to_workshop, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_asks_when_asking_pays, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_advice_properties_notify_on_change, sd_test_tiny_setup, sd_test_tiny_teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
