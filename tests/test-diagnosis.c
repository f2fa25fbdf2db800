/* test-diagnosis.c: ranking, reasons and the next best step (app/engine/sd-diagnosis.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-diagnosis.h"
#include "sd-test-tiny.h"

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
    cmocka_unit_test_setup_teardown (test_priors_without_evidence, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_posterior_by_hand, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_reasons_are_likelihood_ratios, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_failed_action_update, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_indicative_symptom_raises_its_fault, catalog_setup, catalog_teardown),
    cmocka_unit_test_setup_teardown (test_normalised, catalog_setup, catalog_teardown),
    cmocka_unit_test_setup_teardown (test_article_symptom_lists, catalog_setup, catalog_teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
