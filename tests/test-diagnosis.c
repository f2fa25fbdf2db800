/* test-diagnosis.c: ranking, reasons and the next best step (app/engine/sd-diagnosis.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-diagnosis.h"
#include "sd-test-utils.h"

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

typedef struct
{
  SdKnowledge *knowledge;
  GListStore  *procedures;
  SdDiagnosis *diagnosis;
} Tiny;

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

static int
tiny_setup (void **state)
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

static int
tiny_teardown (void **state)
{
  Tiny *tiny = *state;

  g_clear_object (&tiny->diagnosis);
  g_clear_object (&tiny->procedures);
  g_clear_object (&tiny->knowledge);
  g_free (tiny);

  return 0;
}

#define assert_close(a, b) \
  do { if (fabs ((a) - (b)) > 1e-9) fail_msg ("%.12f != %.12f", (double) (a), (double) (b)); } while (0)

static void
test_priors_without_evidence (void **state)
{
  Tiny *tiny = *state;

  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "a"), 0.3);
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "b"), 0.2);
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, NULL), 0.5);
  assert_int_equal (sd_diagnosis_get_n_causes (tiny->diagnosis), 3);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 1)->fault->id, "a");
  assert_null (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault);
}

static void
test_posterior_by_hand (void **state)
{
  Tiny *tiny = *state;
  double wa, wb, wo, sum;

  /* s = yes: P(yes|a) = 1 − 0.9 × 0.2 = 0.82; b and "something else" only leak. */
  assert_true (sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_YES));
  wa = 0.3 * 0.82;
  wb = 0.2 * 0.1;
  wo = 0.5 * 0.1;
  sum = wa + wb + wo;
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "a"), wa / sum);
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "b"), wb / sum);
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, NULL), wo / sum);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault->id, "a");

  /* And t = no: P(no|a) = 0.8 × 0.5, P(no|b) = 0.8 × 0.1, P(no|else) = 0.8. */
  assert_true (sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_NO));
  wa = 0.3 * 0.82 * 0.4;
  wb = 0.2 * 0.1 * 0.08;
  wo = 0.5 * 0.1 * 0.8;
  sum = wa + wb + wo;
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "a"), wa / sum);
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "b"), wb / sum);
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, NULL), wo / sum);

  /* "Don't know" is ignored. */
  assert_true (sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_UNKNOWN));
  assert_true (sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_UNKNOWN));
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "a"), 0.3);
  assert_false (sd_diagnosis_set_answer (tiny->diagnosis, "no-such-symptom", SD_ANSWER_YES));
}

static void
test_reasons_are_likelihood_ratios (void **state)
{
  Tiny *tiny = *state;
  g_autoptr(GArray) reasons = NULL;
  const SdReason *reason;
  g_autofree char *text = NULL;

  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_YES);
  reasons = sd_diagnosis_dup_reasons (tiny->diagnosis, 0);
  assert_int_equal (reasons->len, 1);
  reason = &g_array_index (reasons, SdReason, 0);
  assert_int_equal (reason->kind, SD_REASON_SYMPTOM);
  assert_string_equal (reason->id, "s");

  /* P(yes | a) / P(yes | not a), the latter weighted by the priors of b and else. */
  assert_close (reason->ratio, 0.82 / ((0.2 * 0.1 + 0.5 * 0.1) / 0.7));
  text = sd_reason_describe (reason, tiny->knowledge, tiny->diagnosis);
  assert_string_equal (text, "You answered yes to “S?”: 8.2 times more likely.");
}

static void
test_failed_action_update (void **state)
{
  Tiny *tiny = *state;
  double wa = 0.3 * (1.0 - 0.6), wb = 0.2, wo = 0.5;
  g_autoptr(GArray) reasons = NULL;

  /* "Not resolved" multiplies each fault by (1 − the chance it would have fixed it). */
  assert_true (sd_diagnosis_set_tried (tiny->diagnosis, "fix-a", SD_OUTCOME_UNRESOLVED));
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "a"), wa / (wa + wb + wo));
  assert_close (sd_diagnosis_get_probability (tiny->diagnosis, "b"), wb / (wa + wb + wo));

  /* A tried procedure is not proposed again, and is a reason. */
  for (guint r = 0; r < sd_diagnosis_get_n_actions (tiny->diagnosis); r++)
    assert_string_not_equal (sd_procedure_get_id (sd_diagnosis_get_action (tiny->diagnosis, r)->procedure),
                             "fix-a");
  reasons = sd_diagnosis_dup_reasons (tiny->diagnosis, 2);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 2)->fault->id, "a");
  assert_int_equal (g_array_index (reasons, SdReason, 0).kind, SD_REASON_PROCEDURE);
  assert_true (g_array_index (reasons, SdReason, 0).ratio < 1.0);
}

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

  /* a is very likely (by hand: 0.1402 / (0.1402 + 0.0009 + 0.0095) = 0.931), and
   * the workshop hand-over is the procedure most likely to fix it. */
  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_YES);
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_YES);
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_NO);
  assert_string_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault->id, "a");
  assert_true (sd_diagnosis_get_cause (tiny->diagnosis, 0)->probability >= SD_CONFIDENT_PROBABILITY);

  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_WORKSHOP);
  assert_string_equal (sd_procedure_get_id (advice->procedure), "shop-a");

  /* At a workshop's kiosk, the same step is one to do. */
  sd_diagnosis_set_skill (tiny->diagnosis, SD_SKILL_WORKSHOP);
  advice = sd_diagnosis_get_advice (tiny->diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_DO);
  assert_string_equal (sd_procedure_get_id (advice->procedure), "shop-a");
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

/* With the shipped knowledge base. */
static SdCatalog *catalog;

static int
catalog_setup (void **state)
{
  catalog = sd_test_load_catalog ();
  *state = sd_diagnosis_new (sd_catalog_get_knowledge (catalog),
                             sd_catalog_get_procedures (catalog));

  return 0;
}

static int
catalog_teardown (void **state)
{
  g_clear_object ((SdDiagnosis **) state);
  g_clear_object (&catalog);

  return 0;
}

static void
test_indicative_symptom_raises_its_fault (void **state)
{
  SdDiagnosis *diagnosis = *state;
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);

  /* Against "something else" (which only leaks), yes always raises the odds of a
   * fault the symptom indicates, and no always lowers them. */
  for (guint s = 0; s < sd_knowledge_get_n_symptoms (knowledge); s++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, s);

      for (guint j = 0; j < symptom->indications->len; j++)
        {
          const SdIndication *link = &g_array_index (symptom->indications, SdIndication, j);
          double before, yes, no;

          sd_diagnosis_clear (diagnosis);
          before = sd_diagnosis_get_probability (diagnosis, link->fault) /
                   sd_diagnosis_get_probability (diagnosis, NULL);
          sd_diagnosis_set_answer (diagnosis, symptom->id, SD_ANSWER_YES);
          yes = sd_diagnosis_get_probability (diagnosis, link->fault) /
                sd_diagnosis_get_probability (diagnosis, NULL);
          sd_diagnosis_set_answer (diagnosis, symptom->id, SD_ANSWER_NO);
          no = sd_diagnosis_get_probability (diagnosis, link->fault) /
               sd_diagnosis_get_probability (diagnosis, NULL);

          if (!(yes > before && no < before))
            fail_msg ("%s does not move %s the right way", symptom->id, link->fault);
        }
    }
}

static void
test_normalised (void **state)
{
  SdDiagnosis *diagnosis = *state;
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  GRand *rand = g_rand_new_with_seed (42);

  for (int round = 0; round < 50; round++)
    {
      double sum = 0.0;

      sd_diagnosis_clear (diagnosis);
      for (guint s = 0; s < sd_knowledge_get_n_symptoms (knowledge); s++)
        sd_diagnosis_set_answer (diagnosis, sd_knowledge_get_symptom (knowledge, s)->id,
                                 (SdAnswer) g_rand_int_range (rand, 0, 3));
      for (guint r = 0; r < sd_diagnosis_get_n_causes (diagnosis); r++)
        {
          double p = sd_diagnosis_get_cause (diagnosis, r)->probability;

          assert_true (p >= 0.0 && p <= 1.0);
          if (r > 0)
            assert_true (p <= sd_diagnosis_get_cause (diagnosis, r - 1)->probability);
          sum += p;
        }
      assert_close (sum, 1.0);
    }

  g_rand_free (rand);
}

static void
check_article_list (SdDiagnosis        *diagnosis,
                    const char * const *symptoms,
                    const char         *expected)
{
  const SdCause *top;

  sd_diagnosis_clear (diagnosis);
  for (guint i = 0; symptoms[i] != NULL; i++)
    assert_true (sd_diagnosis_set_answer (diagnosis, symptoms[i], SD_ANSWER_YES));

  top = sd_diagnosis_get_cause (diagnosis, 0);
  if (top->fault == NULL || g_strcmp0 (top->fault->id, expected) != 0)
    fail_msg ("with %s…, expected %s first, got %s", symptoms[0], expected,
              top->fault != NULL ? top->fault->id : "other");
}

static void
test_article_symptom_lists (void **state)
{
  SdDiagnosis *diagnosis = *state;
  /* Each list of symptoms the article gives, as an owner who sees all of them
   * would answer: the article's cause for it comes first. */
  const char *satellite[] = { "speaker-crackling", "bluetooth-phone-trouble", "radio-no-sound",
                              "idrive-returns-home", NULL };
  const char *idrive[] = { "speaker-noise", "apps-damaged", "idrive-crashes-downloading", NULL };
  const char *tcu[] = { "tcu-functions-fail", NULL };
  const char *amplifier[] = { "amp-turns-on-randomly", "amp-heavy-distortion", "amp-poor-sound",
                              "amp-no-output", "amp-burning-smell", "subwoofer-popping", NULL };

  check_article_list (diagnosis, satellite, "sdars-faulty");
  check_article_list (diagnosis, idrive, "head-unit-defective");
  check_article_list (diagnosis, tcu, "tcu-failed");
  check_article_list (diagnosis, amplifier, "amplifier-defective");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_priors_without_evidence, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_posterior_by_hand, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_reasons_are_likelihood_ratios, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_failed_action_update, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_resolved_closes_the_case, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_workshop_outcome_sends_to_workshop, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_confident_cause_gets_its_repair, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_confident_cause_beyond_diy, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_nothing_left_to_try, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_skipped_question_is_not_asked_again, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_little_chance_sends_to_workshop, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_expected_cost_of_repair, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_asks_when_asking_pays, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_information_gain_by_hand, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_indicative_symptom_raises_its_fault, catalog_setup, catalog_teardown),
    cmocka_unit_test_setup_teardown (test_normalised, catalog_setup, catalog_teardown),
    cmocka_unit_test_setup_teardown (test_article_symptom_lists, catalog_setup, catalog_teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
