/* sd-plan-questions.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis's questions, after Heckerman, Breese & Rommelse (1995): for
 * every question that may be asked, the expected cost of the whole
 * troubleshooting if it is asked next, its own effort included: effort +
 * Σ_answers P(answer) × ECR after that answer (sd-plan.c), to compare with
 * the ECR of acting now. Also the expected information gain of each, and the
 * answers that follow from answers given (the implications of the knowledge
 * base): such a question is answered by implication and never asked.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "sd-plan-private.h"

/* The implications of the knowledge base, by symptom index: read once. */
void
sd_plan_build_implications (SdDiagnosis *self,
                    SdPlan      *plan)
{
  plan->implications = g_new0 (GArray *, self->n_symptoms);
  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const GArray *implications = self->symptoms[s].symptom->implications;

      plan->implications[s] = g_array_new (FALSE, FALSE, sizeof (Implication));
      g_array_set_clear_func (plan->implications[s], NULL);
      for (guint j = 0; implications != NULL && j < implications->len; j++)
        {
          const SdImplication *source = &g_array_index (implications, SdImplication, j);
          int target = sd_index_lookup (self->symptom_index, source->symptom);
          Implication implication = { 0, source->when_yes, source->answer_yes };

          if (target < 0)
            continue;
          implication.target = (guint) target;
          g_array_append_val (plan->implications[s], implication);
        }
    }
}

/* The answers that follow from the answers given, transitively; an answer
 * given is never overridden. */
static void
compute_implied (SdDiagnosis *self,
                 SdPlan      *plan)
{
  g_array_set_size (plan->queue, 0);
  for (guint s = 0; s < self->n_symptoms; s++)
    {
      plan->implied[s] = SD_ANSWER_UNKNOWN;
      plan->implied_by[s] = -1;
      if (self->symptoms[s].answer != SD_ANSWER_UNKNOWN)
        g_array_append_val (plan->queue, s);
    }

  for (guint q = 0; q < plan->queue->len; q++)
    {
      guint s = g_array_index (plan->queue, guint, q);
      SdAnswer answer = self->symptoms[s].answer != SD_ANSWER_UNKNOWN ? self->symptoms[s].answer
                                                                       : plan->implied[s];
      int root = plan->implied_by[s] >= 0 ? plan->implied_by[s] : (int) s;

      for (guint j = 0; j < plan->implications[s]->len; j++)
        {
          const Implication *implication = &g_array_index (plan->implications[s], Implication, j);
          guint target = implication->target;

          if (implication->when_yes != (answer == SD_ANSWER_YES) ||
              self->symptoms[target].answer != SD_ANSWER_UNKNOWN ||
              plan->implied[target] != SD_ANSWER_UNKNOWN)
            continue;
          plan->implied[target] = implication->answer_yes ? SD_ANSWER_YES : SD_ANSWER_NO;
          plan->implied_by[target] = root;
          g_array_append_val (plan->queue, target);
        }
    }
}

/* Entropy of the posterior after an answer whose likelihood is the leak's for
 * every fault the symptom does not name and the link's otherwise; @z is the
 * answer's probability. Sparse: only linked faults are visited, with the logs
 * computed once per update and once per link. */
static double
entropy_after (SdDiagnosis   *self,
               const Symptom *symptom,
               gboolean       yes,
               double         sum_plogp,
               double         z)
{
  double leak_like = yes ? symptom->leak : 1.0 - symptom->leak;
  double linked_plogp = 0.0;
  double linked_p = 0.0;
  double linked_term = 0.0;
  double log_z = log (z);
  double unlinked;

  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);
      double pi = self->posterior[link->fault];
      double log_pi = self->log_posterior[link->fault];
      double like = yes ? link->yes : 1.0 - link->yes;

      linked_plogp += pi * log_pi;
      linked_p += pi;
      linked_term += pi * like * (log_pi + (yes ? link->log_yes : link->log_no) - log_z);
    }

  unlinked = leak_like * ((sum_plogp - linked_plogp) +
                          MAX (1.0 - linked_p, 0.0) * (log (leak_like) - log_z));

  return -(unlinked + linked_term) / z;
}

/* Cheapest first; ties the most informative first, then the knowledge base's
 * order (the sort is stable). */
static int
compare_cost (gconstpointer a,
              gconstpointer b)
{
  const SdQuestionRank *qa = a;
  const SdQuestionRank *qb = b;

  if (qa->cost != qb->cost)
    return qa->cost < qb->cost ? -1 : 1;
  if (qa->information != qb->information)
    return qa->information < qb->information ? 1 : -1;

  return 0;
}

static double
yes_probability (SdDiagnosis   *self,
                 const Symptom *symptom)
{
  double yes = symptom->leak;

  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);

      yes += self->posterior[link->fault] * (link->yes - symptom->leak);
    }

  return sd_clamp_probability (yes);
}

/* Not answered, given up on, answered by implication or not for this car. */
static gboolean
may_be_asked (SdDiagnosis   *self,
              SdPlan        *plan,
              const Symptom *symptom)
{
  return symptom->answer == SD_ANSWER_UNKNOWN && !symptom->skipped && !symptom->excluded &&
         plan->implied[symptom - self->symptoms] == SD_ANSWER_UNKNOWN;
}

/* The expected cost of the troubleshooting if @symptom is asked next: its
 * effort, then by its answer the ECR that follows. */
static double
cost_of_asking (SdDiagnosis   *self,
                SdPlan        *plan,
                const Symptom *symptom,
                double         yes)
{
  double costs[2];

  sd_plan_costs_after (self, plan, symptom, yes, costs);

  return symptom->symptom->effort + yes * costs[0] + (1.0 - yes) * costs[1];
}

/* A question that tells nothing itself but opens others ("Do you have a
 * scanner?") is worth what the best of those is worth after a yes: one step
 * of look-ahead through the gate. */
static double
cost_through_gate (SdDiagnosis   *self,
                   SdPlan        *plan,
                   const Symptom *gate,
                   double         yes)
{
  double best = self->expected_cost;
  guint g = gate - self->symptoms;

  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const Symptom *symptom = &self->symptoms[s];

      if (symptom->after != (int) g || !may_be_asked (self, plan, symptom))
        continue;
      best = MIN (best, cost_of_asking (self, plan, symptom, yes_probability (self, symptom)));
    }

  return gate->symptom->effort + yes * best + (1.0 - yes) * self->expected_cost;
}

void
sd_diagnosis_rank_questions (SdDiagnosis *self)
{
  SdPlan *plan = sd_plan_get (self);
  double sum_plogp = 0.0;
  double entropy;

  compute_implied (self, plan);

  for (guint i = 0; i <= self->n; i++)
    sum_plogp += self->posterior[i] * self->log_posterior[i];
  entropy = -sum_plogp;

  g_array_set_size (self->question_ranks, 0);
  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const Symptom *symptom = &self->symptoms[s];
      SdQuestionRank rank;
      double yes;
      double after;

      if (!may_be_asked (self, plan, symptom) || !sd_diagnosis_symptom_is_open (self, symptom))
        continue;

      yes = yes_probability (self, symptom);
      after = yes * entropy_after (self, symptom, TRUE, sum_plogp, yes) +
              (1.0 - yes) * entropy_after (self, symptom, FALSE, sum_plogp, 1.0 - yes);

      rank.symptom = symptom->symptom;
      rank.yes_probability = yes;
      rank.information = MAX (entropy - after, 0.0) / G_LN2;
      rank.cost = symptom->links->len == 0 ? cost_through_gate (self, plan, symptom, yes)
                                           : cost_of_asking (self, plan, symptom, yes);
      g_array_append_val (self->question_ranks, rank);
    }

  g_array_sort (self->question_ranks, compare_cost);
}

/**
 * sd_diagnosis_get_implied_answer:
 * @symptom_id: a symptom
 * @implied_by: (out) (optional) (transfer none): the answered symptom it follows from
 *
 * An answer that follows from the answers given, by the implications of the
 * knowledge base ("no sound at all" answers "is the sound distorted?"). Such
 * a question is not asked. Its answer adds no evidence of its own: it is
 * certain given the answer it follows from, whatever the cause.
 *
 * Returns: the implied answer, or %SD_ANSWER_UNKNOWN when none (also when the
 *   question was answered itself, or there is no such symptom)
 */
SdAnswer
sd_diagnosis_get_implied_answer (SdDiagnosis  *self,
                                 const char   *symptom_id,
                                 const char  **implied_by)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), SD_ANSWER_UNKNOWN);

  if (implied_by != NULL)
    *implied_by = NULL;
  s = sd_index_lookup (self->symptom_index, symptom_id);
  if (s < 0)
    return SD_ANSWER_UNKNOWN;

  sd_diagnosis_ensure_updated (self);
  if (self->plan->implied[s] == SD_ANSWER_UNKNOWN)
    return SD_ANSWER_UNKNOWN;
  if (implied_by != NULL)
    *implied_by = self->symptoms[self->plan->implied_by[s]].symptom->id;

  return self->plan->implied[s];
}

/**
 * sd_diagnosis_describe_implied:
 * @symptom_id: a symptom
 *
 * Returns: (transfer full) (nullable): why the question is answered without
 *   asking, in words; %NULL when it is not
 */
char *
sd_diagnosis_describe_implied (SdDiagnosis *self,
                               const char  *symptom_id)
{
  const char *by = NULL;
  const SdSymptom *symptom;
  SdAnswer answer = sd_diagnosis_get_implied_answer (self, symptom_id, &by);

  if (answer == SD_ANSWER_UNKNOWN)
    return NULL;

  symptom = sd_knowledge_lookup_symptom (self->knowledge, by);
  if (answer == SD_ANSWER_YES)
    /* Translators: %s is the question answered before. */
    return g_strdup_printf (_("Yes: this follows from your answer to “%s”."),
                            sd_text_get (&symptom->question));
  /* Translators: %s is the question answered before. */
  return g_strdup_printf (_("No: this follows from your answer to “%s”."),
                          sd_text_get (&symptom->question));
}

guint
sd_diagnosis_get_n_questions (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0);

  sd_diagnosis_ensure_updated (self);

  return self->question_ranks->len;
}

/**
 * sd_diagnosis_get_question:
 *
 * Returns: (transfer none): the question at @rank that may be asked, cheapest
 *   first by the expected cost of the whole troubleshooting if it is asked next
 */
const SdQuestionRank *
sd_diagnosis_get_question (SdDiagnosis *self,
                           guint        rank)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  sd_diagnosis_ensure_updated (self);
  g_return_val_if_fail (rank < self->question_ranks->len, NULL);

  return &g_array_index (self->question_ranks, SdQuestionRank, rank);
}

