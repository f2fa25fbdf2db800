/* test-plan-questions.c: the questions of the plan and the answers implied
 * (app/engine/sd-plan-questions.c), against a slow reference of issue 12's policy
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sd-diagnosis.h"
#include "sd-test-utils.h"

/* A slow reference of the policy of issue 12, written plainly from the public
 * API: dense posteriors, every procedure re-ranked after every answer. It
 * shares no code with sd-plan.c or sd-plan-questions.c. */

#define STATES 1000

typedef struct
{
  double   cost;
  gboolean allowed;
  gboolean workshop;
  gboolean applies;
  double  *fix;    /* by fault */
  double  *test;
} RefAction;

typedef struct
{
  SdDiagnosis *diagnosis;
  SdKnowledge *knowledge;
  guint        n;          /* faults; index n is "something else" */
  guint        n_actions;
  RefAction   *actions;
  double      *repair;     /* by fault */
  guint        n_symptoms;
} Ref;

static double
clamp_p (double p)
{
  return CLAMP (p, 1e-12, 1.0 - 1e-12);
}

static double
ref_leak (const SdSymptom *symptom)
{
  return clamp_p (symptom->leak > 0.0 ? symptom->leak : SD_DEFAULT_LEAK);
}

/* P(yes | fault i) for every cause, "something else" last. */
static void
ref_yes_likelihoods (Ref             *ref,
                     const SdSymptom *symptom,
                     double          *yes)
{
  double leak = ref_leak (symptom);

  for (guint i = 0; i <= ref->n; i++)
    yes[i] = leak;
  for (guint j = 0; j < symptom->indications->len; j++)
    {
      const SdIndication *indication = &g_array_index (symptom->indications, SdIndication, j);

      for (guint i = 0; i < ref->n; i++)
        if (g_str_equal (sd_knowledge_get_fault (ref->knowledge, i)->id, indication->fault))
          yes[i] = clamp_p (1.0 - (1.0 - leak) * (1.0 - indication->likelihood));
    }
}

static void
ref_setup (Ref         *ref,
           SdDiagnosis *diagnosis,
           SdKnowledge *knowledge,
           GListModel  *procedures,
           gboolean     workshop_skill)
{
  ref->diagnosis = diagnosis;
  ref->knowledge = knowledge;
  ref->n = sd_knowledge_get_n_faults (knowledge);
  ref->n_symptoms = sd_knowledge_get_n_symptoms (knowledge);
  ref->n_actions = g_list_model_get_n_items (procedures);
  ref->actions = g_new0 (RefAction, ref->n_actions);
  ref->repair = g_new0 (double, ref->n + 1);

  for (guint a = 0; a < ref->n_actions; a++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, a);
      GPtrArray *effects = sd_procedure_get_effects (procedure);
      RefAction *action = &ref->actions[a];

      action->workshop = sd_procedure_get_difficulty (procedure) == SD_DIFFICULTY_WORKSHOP;
      action->allowed = workshop_skill || !action->workshop;
      action->applies = sd_diagnosis_procedure_applies (diagnosis, sd_procedure_get_id (procedure));
      action->cost = sd_procedure_get_minutes (procedure) +
                     sd_procedure_get_parts_cost (procedure) * SD_MINUTES_PER_EURO +
                     (action->workshop ? SD_WORKSHOP_COST_MINUTES : 0.0);
      action->fix = g_new0 (double, ref->n + 1);
      action->test = g_new0 (double, ref->n + 1);
      for (guint j = 0; j < effects->len; j++)
        {
          const SdEffect *effect = g_ptr_array_index (effects, j);

          for (guint i = 0; i < ref->n; i++)
            if (g_str_equal (sd_knowledge_get_fault (knowledge, i)->id, effect->fault))
              {
                if (effect->fixes)
                  action->fix[i] = MAX (action->fix[i], effect->chance);
                else
                  action->test[i] = MAX (action->test[i], effect->chance);
              }
        }
    }

  /* The repair after a finding: the cheapest procedure that fixes the fault,
   * at most a workshop visit. */
  for (guint i = 0; i <= ref->n; i++)
    {
      ref->repair[i] = SD_WORKSHOP_COST_MINUTES;
      for (guint a = 0; a < ref->n_actions; a++)
        if (ref->actions[a].applies && ref->actions[a].fix[i] > 0.0)
          ref->repair[i] = MIN (ref->repair[i], ref->actions[a].cost);
    }
}

static void
ref_clear (Ref *ref)
{
  for (guint a = 0; a < ref->n_actions; a++)
    {
      g_free (ref->actions[a].fix);
      g_free (ref->actions[a].test);
    }
  g_free (ref->actions);
  g_free (ref->repair);
}

static double
ref_chance (const RefAction *action,
            guint            i)
{
  return MAX (action->fix[i], action->test[i]);
}

/* Expected cost of repair from posterior @p: the procedures in order of chance
 * per minute (ties in catalog order), the allowed ones done while a step is
 * worth more than a workshop visit for what is open, then the workshop. */
static double
ref_ecr (Ref          *ref,
         const double *p)
{
  g_autofree guint *order = g_new0 (guint, ref->n_actions);
  g_autofree double *efficiency = g_new0 (double, ref->n_actions);
  g_autofree double *open = g_memdup2 (p, sizeof (double) * (ref->n + 1));
  guint n_order = 0;
  double still_open = 1.0, cost = 0.0;

  for (guint a = 0; a < ref->n_actions; a++)
    {
      double chance = 0.0;

      if (!ref->actions[a].applies)
        continue;
      for (guint i = 0; i < ref->n; i++)
        chance += p[i] * ref_chance (&ref->actions[a], i);
      efficiency[a] = chance / MAX (ref->actions[a].cost, 1.0);
      /* Insertion keeps equal ones in catalog order; equal is within rounding. */
      order[n_order] = a;
      for (guint k = n_order;
           k > 0 && efficiency[a] - efficiency[order[k - 1]] >
                    1e-9 * MAX (efficiency[a], efficiency[order[k - 1]]);
           k--)
        {
          order[k] = order[k - 1];
          order[k - 1] = a;
        }
      n_order++;
    }

  for (guint k = 0; k < n_order; k++)
    {
      const RefAction *action = &ref->actions[order[k]];
      double settles = 0.0, repair = 0.0;

      if (!action->allowed)
        continue;
      for (guint i = 0; i < ref->n; i++)
        {
          settles += open[i] * ref_chance (action, i);
          repair += open[i] * MAX (action->test[i] - action->fix[i], 0.0) * ref->repair[i];
        }
      if (settles * SD_WORKSHOP_COST_MINUTES < action->cost * still_open + repair)
        break;
      cost += action->cost * still_open + repair;
      for (guint i = 0; i < ref->n; i++)
        open[i] -= open[i] * ref_chance (action, i);
      still_open -= settles;
    }

  return cost + SD_WORKSHOP_COST_MINUTES * MAX (still_open, 0.0);
}

/* The answers that follow from the answers given, by plain fixpoint. */
static void
ref_implied (Ref      *ref,
             SdAnswer *implied)
{
  gboolean changed = TRUE;

  for (guint s = 0; s < ref->n_symptoms; s++)
    implied[s] = SD_ANSWER_UNKNOWN;
  while (changed)
    {
      changed = FALSE;
      for (guint s = 0; s < ref->n_symptoms; s++)
        {
          const SdSymptom *symptom = sd_knowledge_get_symptom (ref->knowledge, s);
          SdAnswer answer = sd_diagnosis_get_answer (ref->diagnosis, symptom->id);

          if (answer == SD_ANSWER_UNKNOWN)
            answer = implied[s];
          if (answer == SD_ANSWER_UNKNOWN)
            continue;
          for (guint j = 0; j < symptom->implications->len; j++)
            {
              const SdImplication *implication = &g_array_index (symptom->implications,
                                                                 SdImplication, j);

              for (guint t = 0; t < ref->n_symptoms; t++)
                {
                  const char *id = sd_knowledge_get_symptom (ref->knowledge, t)->id;

                  if (!g_str_equal (id, implication->symptom) ||
                      implication->when_yes != (answer == SD_ANSWER_YES) ||
                      sd_diagnosis_get_answer (ref->diagnosis, id) != SD_ANSWER_UNKNOWN ||
                      implied[t] != SD_ANSWER_UNKNOWN)
                    continue;
                  implied[t] = implication->answer_yes ? SD_ANSWER_YES : SD_ANSWER_NO;
                  changed = TRUE;
                }
            }
        }
    }
}

/* Effort + Σ_answers P(answer) × ECR after it, from posterior @p. */
static double
ref_question_cost (Ref             *ref,
                   const SdSymptom *symptom,
                   const double    *p)
{
  g_autofree double *yes = g_new0 (double, ref->n + 1);
  g_autofree double *after = g_new0 (double, ref->n + 1);
  double p_yes = 0.0, cost = symptom->effort;

  ref_yes_likelihoods (ref, symptom, yes);
  for (guint i = 0; i <= ref->n; i++)
    p_yes += p[i] * yes[i];

  for (int answer = 0; answer < 2; answer++)
    {
      double z = answer == 0 ? p_yes : 1.0 - p_yes;

      for (guint i = 0; i <= ref->n; i++)
        after[i] = p[i] * (answer == 0 ? yes[i] : 1.0 - yes[i]) / z;
      cost += z * ref_ecr (ref, after);
    }

  return cost;
}

static gboolean
ref_may_ask (Ref            *ref,
             const SdAnswer *implied,
             guint           s)
{
  const SdSymptom *symptom = sd_knowledge_get_symptom (ref->knowledge, s);

  return sd_diagnosis_get_answer (ref->diagnosis, symptom->id) == SD_ANSWER_UNKNOWN &&
         implied[s] == SD_ANSWER_UNKNOWN &&
         sd_diagnosis_symptom_applies (ref->diagnosis, symptom->id);
}

/* The cost of asking symptom @s next, or -1 when it may not be asked; a
 * question without links of its own is worth the best it opens after a yes. */
static double
ref_value (Ref            *ref,
           const SdAnswer *implied,
           const double   *p,
           double          ecr_now,
           guint           s)
{
  const SdSymptom *symptom = sd_knowledge_get_symptom (ref->knowledge, s);
  double best = ecr_now;

  if (!ref_may_ask (ref, implied, s) ||
      (symptom->after != NULL &&
       sd_diagnosis_get_answer (ref->diagnosis, symptom->after) != SD_ANSWER_YES))
    return -1.0;
  if (symptom->indications->len > 0)
    return ref_question_cost (ref, symptom, p);

  for (guint t = 0; t < ref->n_symptoms; t++)
    {
      const SdSymptom *child = sd_knowledge_get_symptom (ref->knowledge, t);

      if (g_strcmp0 (child->after, symptom->id) == 0 && ref_may_ask (ref, implied, t))
        best = MIN (best, ref_question_cost (ref, child, p));
    }

  return symptom->effort + ref_leak (symptom) * best + (1.0 - ref_leak (symptom)) * ecr_now;
}

static gboolean
close_to (double a,
          double b)
{
  return fabs (a - b) <= 1e-6 * MAX (1.0, fabs (b));
}

/* Issue 12, over 1,000 random states of the shipped knowledge and guides:
 * the engine's ECR and every question's cost equal the reference's; it asks
 * exactly when a question is cheaper than acting now, and then the cheapest;
 * never a question whose answer follows from answers given; "See a workshop"
 * never attaches a guide for home; test-only guides carry their repair. */
static void
test_policy_against_reference (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  g_autoptr(SdDiagnosis) diagnosis = sd_diagnosis_new (knowledge, procedures);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261126);
  guint n_symptoms = sd_knowledge_get_n_symptoms (knowledge);
  g_autofree SdAnswer *implied = g_new0 (SdAnswer, n_symptoms);
  guint asked_cheaper = 0, acted = 0, workshops = 0, implied_states = 0, test_only = 0;

  for (guint k = 0; k < STATES; k++)
    {
      gboolean workshop_skill = k % 4 == 3;
      g_autofree double *p = NULL;
      const SdAdvice *advice;
      double ecr_now, best = G_MAXDOUBLE;
      Ref ref = { 0, };

      sd_diagnosis_clear (diagnosis);
      sd_diagnosis_set_skill (diagnosis, workshop_skill ? SD_SKILL_WORKSHOP : SD_SKILL_DIY);
      for (gint32 a = g_rand_int_range (rand, 0, 9); a > 0; a--)
        {
          const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge,
                                                               g_rand_int_range (rand, 0, n_symptoms));

          sd_diagnosis_set_answer (diagnosis, symptom->id,
                                   g_rand_boolean (rand) ? SD_ANSWER_YES : SD_ANSWER_NO);
        }

      ref_setup (&ref, diagnosis, knowledge, procedures, workshop_skill);
      p = g_new0 (double, ref.n + 1);
      for (guint i = 0; i < ref.n; i++)
        p[i] = sd_diagnosis_get_probability (diagnosis, sd_knowledge_get_fault (knowledge, i)->id);
      p[ref.n] = sd_diagnosis_get_probability (diagnosis, NULL);
      ref_implied (&ref, implied);

      ecr_now = ref_ecr (&ref, p);
      assert_true (close_to (sd_diagnosis_get_expected_cost (diagnosis), ecr_now));

      /* Every ranked question: may be asked, and costs what the reference says. */
      for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
        {
          const SdQuestionRank *rank = sd_diagnosis_get_question (diagnosis, r);
          guint s;

          for (s = 0; sd_knowledge_get_symptom (knowledge, s) != rank->symptom; s++)
            ;
          assert_int_equal (implied[s], SD_ANSWER_UNKNOWN);
          assert_int_equal (sd_diagnosis_get_implied_answer (diagnosis, rank->symptom->id, NULL),
                            SD_ANSWER_UNKNOWN);
          assert_true (close_to (rank->cost, ref_value (&ref, implied, p, ecr_now, s)));
        }
      for (guint s = 0; s < n_symptoms; s++)
        {
          double value = ref_value (&ref, implied, p, ecr_now, s);

          implied_states += implied[s] != SD_ANSWER_UNKNOWN;
          assert_int_equal (sd_diagnosis_get_implied_answer (diagnosis,
                                                             sd_knowledge_get_symptom (knowledge, s)->id,
                                                             NULL),
                            implied[s]);
          if (value >= 0.0)
            best = MIN (best, value);
        }

      advice = sd_diagnosis_get_advice (diagnosis);
      if (best < ecr_now - 1e-6)
        {
          guint s;

          assert_int_equal (advice->kind, SD_ADVICE_ASK);
          for (s = 0; sd_knowledge_get_symptom (knowledge, s) != advice->symptom; s++)
            ;
          assert_int_equal (implied[s], SD_ANSWER_UNKNOWN);
          assert_true (close_to (ref_value (&ref, implied, p, ecr_now, s), best));
          asked_cheaper++;
        }
      else if (best > ecr_now + 1e-6)
        {
          assert_true (advice->kind != SD_ADVICE_ASK);
          acted++;
        }

      if (advice->kind == SD_ADVICE_WORKSHOP)
        {
          workshops++;
          assert_true (advice->procedure == NULL ||
                       sd_procedure_get_difficulty (advice->procedure) == SD_DIFFICULTY_WORKSHOP);
          /* Unless the advice names a workshop's job as the best step, the
           * hand-over is the one that covers the most of what is open. */
          if (strstr (advice->reason, "most promising next step") == NULL)
            {
              double cover = -1.0, named = -1.0;

              for (guint a = 0; a < ref.n_actions; a++)
                {
                  g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, a);
                  double c = 0.0;

                  if (!ref.actions[a].workshop || !ref.actions[a].applies)
                    continue;
                  for (guint i = 0; i < ref.n; i++)
                    c += p[i] * ref_chance (&ref.actions[a], i);
                  cover = MAX (cover, c);
                  if (procedure == advice->procedure)
                    named = c;
                }
              assert_non_null (advice->procedure);
              assert_true (close_to (named, cover));
            }
        }
      if (advice->kind == SD_ADVICE_DO)
        for (guint r = 0; r < sd_diagnosis_get_n_actions (diagnosis); r++)
          {
            const SdActionRank *rank = sd_diagnosis_get_action (diagnosis, r);

            /* A test-only guide's "best chance" names the repair that follows,
             * unless it adds under a couple of minutes on average. */
            if (rank->procedure != advice->procedure || strstr (advice->reason, "best chance") == NULL)
              continue;
            if (rank->repair_cost >= 1.5)
              assert_non_null (strstr (advice->reason, "the repair that follows"));
            else
              assert_null (strstr (advice->reason, "the repair that follows"));
          }

      /* A guide that finds without fixing carries the repair that follows. */
      for (guint r = 0; r < sd_diagnosis_get_n_actions (diagnosis); r++)
        {
          const SdActionRank *rank = sd_diagnosis_get_action (diagnosis, r);
          const RefAction *action = &ref.actions[rank->position];
          double chance = 0.0, repair = 0.0;

          for (guint i = 0; i < ref.n; i++)
            {
              chance += p[i] * ref_chance (action, i);
              repair += p[i] * MAX (action->test[i] - action->fix[i], 0.0) * ref.repair[i];
            }
          assert_true (close_to (rank->chance, chance));
          assert_true (close_to (rank->repair_cost, chance > 0.0 ? repair / chance : 0.0));
          test_only += rank->repair_cost > 0.0;
        }

      ref_clear (&ref);
    }

  /* The states cover every branch. */
  assert_true (asked_cheaper > 0);
  assert_true (acted > 0);
  assert_true (workshops > 0);
  assert_true (implied_states > 0);
  assert_true (test_only > 0);
}

/* "No sound at all" answers "is it distorted?": never asked, its answer
 * implied with its reason, and no evidence of its own. */
static void
test_implied_question_not_asked (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdDiagnosis) diagnosis = sd_diagnosis_new (sd_catalog_get_knowledge (catalog),
                                                       sd_catalog_get_procedures (catalog));
  const char *by = NULL;
  g_autofree char *why = NULL;
  double before;

  assert_int_equal (sd_diagnosis_get_implied_answer (diagnosis, "amp-heavy-distortion", NULL),
                    SD_ANSWER_UNKNOWN);
  assert_null (sd_diagnosis_describe_implied (diagnosis, "amp-heavy-distortion"));

  sd_diagnosis_set_answer (diagnosis, "amp-no-output", SD_ANSWER_YES);
  before = sd_diagnosis_get_probability (diagnosis, "amplifier-defective");
  assert_int_equal (sd_diagnosis_get_implied_answer (diagnosis, "amp-heavy-distortion", &by),
                    SD_ANSWER_NO);
  assert_string_equal (by, "amp-no-output");
  why = sd_diagnosis_describe_implied (diagnosis, "amp-heavy-distortion");
  assert_non_null (strstr (why, "follows from your answer to “Is there no sound at all"));
  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
    {
      const char *id = sd_diagnosis_get_question (diagnosis, r)->symptom->id;

      assert_string_not_equal (id, "amp-heavy-distortion");
      assert_string_not_equal (id, "amp-poor-sound");
      assert_string_not_equal (id, "audio-and-nav-lost");
    }
  assert_true (sd_diagnosis_get_probability (diagnosis, "amplifier-defective") == before);

  /* An answer given wins over one implied. */
  sd_diagnosis_set_answer (diagnosis, "amp-heavy-distortion", SD_ANSWER_YES);
  assert_int_equal (sd_diagnosis_get_implied_answer (diagnosis, "amp-heavy-distortion", NULL),
                    SD_ANSWER_UNKNOWN);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_policy_against_reference),
    cmocka_unit_test (test_implied_question_not_asked),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
