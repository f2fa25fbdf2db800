/* sd-plan.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis's plan, after Heckerman, Breese & Rommelse (1995),
 * "Decision-theoretic troubleshooting", CACM 38(3): the untried procedures
 * ranked by chance per cost, the expected cost of repair (ECR) if they are
 * followed in that order, and the ECR after an answer to a question. See
 * reference/domain.md §4.
 *
 * A guide that finds a cause without fixing it is followed by a repair: the
 * cheapest procedure that fixes that cause, at most a workshop visit. That
 * repair is paid whenever the cause is found, whatever the order, so it does
 * not change the order by chance per minute (exchange argument, single fault);
 * it does count in the ECR and in whether a step is worth doing at all.
 *
 * The questions are ranked in sd-plan-questions.c. The ECR after an answer
 * is computed sparsely: the answer rescales every
 * fault it does not name by one factor, which keeps the order of the
 * procedures that name none of its faults, so only those that do are ranked
 * again and merged in.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sd-plan-private.h"

void
sd_diagnosis_plan_free (SdPlan *plan)
{
  g_free (plan->repair);
  g_free (plan->like_stamp);
  g_free (plan->like[0]);
  g_free (plan->like[1]);
  g_free (plan->open_stamp);
  g_free (plan->open);
  g_free (plan->fault_start);
  g_clear_pointer (&plan->by_fault, g_array_unref);
  g_free (plan->touched_stamp);
  g_free (plan->touched_index);
  g_clear_pointer (&plan->touched, g_array_unref);
  g_free (plan->implied);
  g_free (plan->implied_by);
  g_clear_pointer (&plan->queue, g_array_unref);
  g_free (plan->implications);
  g_free (plan);
}

SdPlan *
sd_plan_get (SdDiagnosis *self)
{
  SdPlan *plan = self->plan;

  if (plan != NULL)
    return plan;

  plan = self->plan = g_new0 (SdPlan, 1);
  plan->repair = g_new0 (double, self->n + 1);
  plan->like_stamp = g_new0 (guint, self->n + 1);
  plan->like[0] = g_new0 (double, self->n + 1);
  plan->like[1] = g_new0 (double, self->n + 1);
  plan->open_stamp = g_new0 (guint, self->n + 1);
  plan->open = g_new0 (double, self->n + 1);
  plan->fault_start = g_new0 (guint, self->n + 2);
  plan->by_fault = g_array_new (FALSE, FALSE, sizeof (FaultAction));
  plan->touched_stamp = g_new0 (guint, self->n_actions + 1);
  plan->touched_index = g_new0 (guint, self->n_actions + 1);
  plan->touched = g_array_new (FALSE, FALSE, sizeof (Touched));
  plan->implied = g_new0 (SdAnswer, self->n_symptoms + 1);
  plan->implied_by = g_new0 (int, self->n_symptoms + 1);
  plan->queue = g_array_new (FALSE, FALSE, sizeof (guint));
  sd_plan_build_implications (self, plan);

  return plan;
}

/* A new generation of the stamped scratch arrays: everything stamped before
 * reads as not set. */
static void
next_stamp (SdDiagnosis *self,
            SdPlan      *plan)
{
  if (++plan->stamp != 0)
    return;

  memset (plan->like_stamp, 0, sizeof (guint) * (self->n + 1));
  memset (plan->touched_stamp, 0, sizeof (guint) * (self->n_actions + 1));
  plan->stamp = 1;
}

/* The same for what is still open, once per walk. */
static void
next_open_generation (SdDiagnosis *self,
                      SdPlan      *plan)
{
  if (++plan->open_generation != 0)
    return;

  memset (plan->open_stamp, 0, sizeof (guint) * (self->n + 1));
  plan->open_generation = 1;
}

/* What a step finds without fixing: the repair must follow. */
static inline double
effect_finds_only (const Effect *effect)
{
  return MAX (effect->test - effect->fix, 0.0);
}

/* The cheapest untried procedure that fixes each fault, whoever may do it, and
 * never more than a workshop visit, which would repair it too. */
static void
compute_repairs (SdDiagnosis *self,
                 SdPlan      *plan)
{
  for (guint i = 0; i <= self->n; i++)
    plan->repair[i] = SD_WORKSHOP_COST_MINUTES;

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];

      if (action->tried != SD_OUTCOME_NONE || action->excluded)
        continue;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          if (effect->fix > 0.0)
            plan->repair[effect->fault] = MIN (plan->repair[effect->fault], action->cost);
        }
    }
}

static int
compare_efficiency (gconstpointer a,
                    gconstpointer b)
{
  const SdActionRank *ra = a;
  const SdActionRank *rb = b;

  return sd_plan_compare_efficiency (ra->efficiency, ra->position, rb->efficiency, rb->position);
}

/* The allowed ranked actions by the faults they name. */
static void
index_by_fault (SdDiagnosis *self,
                SdPlan      *plan)
{
  GArray *ranks = self->action_ranks;

  memset (plan->fault_start, 0, sizeof (guint) * (self->n + 2));
  for (guint r = 0; r < ranks->len; r++)
    {
      const SdActionRank *rank = &g_array_index (ranks, SdActionRank, r);
      const Action *action = &self->actions[rank->position];

      for (guint j = 0; rank->allowed && j < action->effects->len; j++)
        plan->fault_start[g_array_index (action->effects, Effect, j).fault + 1]++;
    }
  for (guint i = 0; i <= self->n; i++)
    plan->fault_start[i + 1] += plan->fault_start[i];

  g_array_set_size (plan->by_fault, plan->fault_start[self->n + 1]);
  for (guint r = 0; r < ranks->len; r++)
    {
      const SdActionRank *rank = &g_array_index (ranks, SdActionRank, r);
      const Action *action = &self->actions[rank->position];

      for (guint j = 0; rank->allowed && j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);
          FaultAction entry = { r, sd_effect_chance (effect) };

          /* fault_start[f] counts up to fault_start[f + 1] as it fills; set back below. */
          g_array_index (plan->by_fault, FaultAction, plan->fault_start[effect->fault]++) = entry;
        }
    }
  for (guint i = self->n + 1; i > 0; i--)
    plan->fault_start[i] = plan->fault_start[i - 1];
  plan->fault_start[0] = 0;
}

void
sd_diagnosis_rank_actions (SdDiagnosis  *self,
                           const double *posterior,
                           GArray       *ranks)
{
  SdPlan *plan = sd_plan_get (self);

  compute_repairs (self, plan);
  g_array_set_size (ranks, 0);

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];
      SdActionRank rank = { 0, };
      double repair = 0.0;

      if (action->tried != SD_OUTCOME_NONE || action->excluded)
        continue;

      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          rank.chance += posterior[effect->fault] * sd_effect_chance (effect);
          repair += posterior[effect->fault] * effect_finds_only (effect) *
                    plan->repair[effect->fault];
        }
      rank.procedure = action->procedure;
      rank.cost = action->cost;
      rank.efficiency = rank.chance / MAX (action->cost, 1.0);
      rank.allowed = self->skill == SD_SKILL_WORKSHOP || !action->workshop;
      rank.position = a;
      rank.repair_cost = rank.chance > 0.0 ? repair / rank.chance : 0.0;
      g_array_append_val (ranks, rank);
    }

  g_array_sort (ranks, compare_efficiency);
  if (ranks == self->action_ranks)
    index_by_fault (self, plan);
}

/* P(fault) after the answer being walked: the faults the answer names have
 * their own likelihood ratio, all others @scale. */
static inline double
posterior_in (SdDiagnosis *self,
              SdPlan      *plan,
              double       scale,
              guint        answer,
              guint        fault)
{
  return self->posterior[fault] *
         (plan->like_stamp[fault] == plan->stamp ? plan->like[answer][fault] : scale);
}

static inline double
open_in (SdDiagnosis *self,
         SdPlan      *plan,
         double       scale,
         guint        answer,
         guint        fault)
{
  return plan->open_stamp[fault] == plan->open_generation
         ? plan->open[fault]
         : posterior_in (self, plan, scale, answer, fault);
}

/* Expected cost of repair: do the allowed actions in order of chance per
 * minute while each is worth more than a workshop visit for what is still open
 * (it settles all of it for SD_WORKSHOP_COST_MINUTES), then go to a workshop
 * with whatever is left. Under the single-fault model, P(still open after
 * actions 1…k) = Σ_i p_i Π_{j≤k} (1 − r_ij). The order is that of action_ranks
 * for the actions not in plan->touched (their chances all scale by @scale)
 * merged with plan->touched, best first; @answer is 0 after a yes, 1 after
 * a no, and 0 now (nothing touched). */
static double
walk (SdDiagnosis *self,
      SdPlan      *plan,
      double       scale,
      guint        answer,
      guint       *worth)
{
  GArray *ranks = self->action_ranks;
  double still_open = 1.0;
  double cost = 0.0;
  guint done = 0;
  guint r = 0;

  next_open_generation (self, plan);
  for (guint k = 0; k < plan->touched->len; k++)
    g_array_index (plan->touched, Touched, k).walked = FALSE;

  for (;;)
    {
      const SdActionRank *rank = NULL;
      Touched *touched = NULL;
      const Action *action;
      double settles = 0.0;
      double repair = 0.0;

      while (r < ranks->len &&
             (!g_array_index (ranks, SdActionRank, r).allowed || plan->touched_stamp[r] == plan->stamp))
        r++;
      if (r < ranks->len)
        rank = &g_array_index (ranks, SdActionRank, r);

      /* The best touched action not walked yet: walks end after a few steps,
       * so a scan each step is cheaper than sorting them all. */
      for (guint k = 0; k < plan->touched->len; k++)
        {
          Touched *candidate = &g_array_index (plan->touched, Touched, k);

          if (!candidate->walked &&
              (touched == NULL ||
               sd_plan_compare_efficiency (candidate->efficiency[answer], candidate->position,
                                           touched->efficiency[answer], touched->position) < 0))
            touched = candidate;
        }

      if (touched != NULL &&
          (rank == NULL ||
           sd_plan_compare_efficiency (touched->efficiency[answer], touched->position,
                                       scale * rank->efficiency, rank->position) < 0))
        {
          action = &self->actions[touched->position];
          touched->walked = TRUE;
        }
      else if (rank != NULL)
        {
          action = &self->actions[rank->position];
          r++;
        }
      else
        {
          break;
        }

      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);
          double open = open_in (self, plan, scale, answer, effect->fault);

          settles += open * sd_effect_chance (effect);
          repair += open * effect_finds_only (effect) * plan->repair[effect->fault];
        }

      if (settles * SD_WORKSHOP_COST_MINUTES < action->cost * still_open + repair)
        break;

      cost += action->cost * still_open + repair;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);
          double open = open_in (self, plan, scale, answer, effect->fault);

          plan->open[effect->fault] = open - open * sd_effect_chance (effect);
          plan->open_stamp[effect->fault] = plan->open_generation;
        }
      still_open -= settles;
      done++;
    }

  if (worth != NULL)
    *worth = done;

  return cost + SD_WORKSHOP_COST_MINUTES * MAX (still_open, 0.0);
}

/* The ECR now, with the procedures in @ranks, which must be action_ranks. */
double
sd_diagnosis_cost_of_repair (SdDiagnosis  *self,
                             const double *posterior,
                             GArray       *ranks,
                             double       *open,
                             guint        *worth)
{
  SdPlan *plan = sd_plan_get (self);

  g_assert (posterior == self->posterior && ranks == self->action_ranks);

  next_stamp (self, plan);
  g_array_set_size (plan->touched, 0);

  return walk (self, plan, 1.0, 0, worth);
}

/* The ECR once @symptom is answered yes, into @costs[0], and no, into
 * @costs[1]; @p_yes is P(yes) now. Which procedures the answer touches does
 * not depend on the answer: they are found once for both. */
void
sd_plan_costs_after (SdDiagnosis   *self,
                     SdPlan        *plan,
                     const Symptom *symptom,
                     double         p_yes,
                     double        *costs)
{
  double z[2] = { p_yes, 1.0 - p_yes };
  double scale[2] = { symptom->leak / p_yes, (1.0 - symptom->leak) / (1.0 - p_yes) };

  next_stamp (self, plan);
  g_array_set_size (plan->touched, 0);

  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);

      plan->like[0][link->fault] = link->yes / z[0];
      plan->like[1][link->fault] = (1.0 - link->yes) / z[1];
      plan->like_stamp[link->fault] = plan->stamp;
    }

  /* An action's chance after an answer is the answer's scale times its chance
   * now, plus for each fault the answer names the change of that fault's share. */
  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);
      double p = self->posterior[link->fault];
      double change[2] = { p * (plan->like[0][link->fault] - scale[0]),
                           p * (plan->like[1][link->fault] - scale[1]) };

      for (guint k = plan->fault_start[link->fault]; k < plan->fault_start[link->fault + 1]; k++)
        {
          const FaultAction *entry = &g_array_index (plan->by_fault, FaultAction, k);
          Touched *touched;

          if (plan->touched_stamp[entry->rank] != plan->stamp)
            {
              const SdActionRank *rank = &g_array_index (self->action_ranks, SdActionRank,
                                                         entry->rank);
              Touched added = { entry->rank, rank->position,
                                { scale[0] * rank->chance, scale[1] * rank->chance },
                                { 0.0, 0.0 }, FALSE };

              plan->touched_stamp[entry->rank] = plan->stamp;
              plan->touched_index[entry->rank] = plan->touched->len;
              g_array_append_val (plan->touched, added);
            }
          touched = &g_array_index (plan->touched, Touched, plan->touched_index[entry->rank]);
          touched->chance[0] += change[0] * entry->chance;
          touched->chance[1] += change[1] * entry->chance;
        }
    }
  for (guint k = 0; k < plan->touched->len; k++)
    {
      Touched *touched = &g_array_index (plan->touched, Touched, k);
      double cost = MAX (self->actions[touched->position].cost, 1.0);

      touched->efficiency[0] = touched->chance[0] / cost;
      touched->efficiency[1] = touched->chance[1] / cost;
    }

  costs[0] = walk (self, plan, scale[0], 0, NULL);
  costs[1] = walk (self, plan, scale[1], 1, NULL);
}

guint
sd_diagnosis_get_n_actions (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0);

  sd_diagnosis_ensure_updated (self);

  return self->action_ranks->len;
}

/**
 * sd_diagnosis_get_action:
 *
 * Returns: (transfer none): the untried procedure at @rank, by chance per minute
 */
const SdActionRank *
sd_diagnosis_get_action (SdDiagnosis *self,
                         guint        rank)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  sd_diagnosis_ensure_updated (self);
  g_return_val_if_fail (rank < self->action_ranks->len, NULL);

  return &g_array_index (self->action_ranks, SdActionRank, rank);
}

/**
 * sd_diagnosis_get_expected_cost:
 *
 * Returns: the expected minutes to a repair if the ranked steps are followed
 */
double
sd_diagnosis_get_expected_cost (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0.0);

  sd_diagnosis_ensure_updated (self);

  return self->expected_cost;
}
