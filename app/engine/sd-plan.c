/* sd-plan.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis's plan, after Heckerman, Breese & Rommelse (1995): the untried
 * procedures ranked by chance per cost, the expected cost of repair if they are
 * followed, the unanswered questions ranked by expected information gain, and
 * the expected cost of asking one first. See reference/domain.md §4.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sd-diagnosis-private.h"

static double
action_chance (const Action *action,
               const double *posterior)
{
  double chance = 0.0;

  for (guint j = 0; j < action->effects->len; j++)
    {
      const Effect *effect = &g_array_index (action->effects, Effect, j);

      chance += posterior[effect->fault] * sd_effect_chance (effect);
    }

  return chance;
}

static int
compare_efficiency (gconstpointer a,
                    gconstpointer b)
{
  const SdActionRank *ra = a;
  const SdActionRank *rb = b;

  /* Stable: ties keep the catalog's order. */
  if (ra->efficiency != rb->efficiency)
    return ra->efficiency < rb->efficiency ? 1 : -1;

  return 0;
}

void
sd_diagnosis_rank_actions (SdDiagnosis  *self,
              const double *posterior,
              GArray       *ranks)
{
  g_array_set_size (ranks, 0);

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];
      SdActionRank rank;

      if (action->tried != SD_OUTCOME_NONE || action->excluded)
        continue;

      rank.procedure = action->procedure;
      rank.chance = action_chance (action, posterior);
      rank.cost = action->cost;
      rank.efficiency = rank.chance / MAX (action->cost, 1.0);
      rank.allowed = self->skill == SD_SKILL_WORKSHOP || !action->workshop;
      rank.position = a;
      g_array_append_val (ranks, rank);
    }

  g_array_sort (ranks, compare_efficiency);
}

/* Expected cost of repair: do the allowed actions in @ranks' order while each
 * settles more of what is still open per minute than a workshop visit would
 * (it settles all of it for SD_WORKSHOP_COST_MINUTES), then go to a workshop
 * with whatever is left. Under the single-fault model, P(still open after
 * actions 1…k) = Σ_i p_i Π_{j≤k} (1 − r_ij). Returns the number of actions
 * worth doing in @worth. */
double
sd_diagnosis_cost_of_repair (SdDiagnosis  *self,
                         const double *posterior,
                         GArray       *ranks,
                         double       *open,
                         guint        *worth)
{
  double still_open = 1.0;
  double cost = 0.0;
  guint done = 0;

  memcpy (open, posterior, sizeof (double) * (self->n + 1));

  for (guint r = 0; r < ranks->len; r++)
    {
      const SdActionRank *rank = &g_array_index (ranks, SdActionRank, r);
      const Action *action;
      double settles = 0.0;

      if (!rank->allowed)
        continue;

      action = &self->actions[rank->position];
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          settles += open[effect->fault] * sd_effect_chance (effect);
        }

      if (settles / rank->cost < still_open / SD_WORKSHOP_COST_MINUTES)
        break;

      cost += rank->cost * still_open;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          open[effect->fault] -= open[effect->fault] * sd_effect_chance (effect);
        }
      still_open -= settles;
      done++;
    }

  if (worth != NULL)
    *worth = done;

  return cost + SD_WORKSHOP_COST_MINUTES * MAX (still_open, 0.0);
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

static int
compare_information (gconstpointer a,
                     gconstpointer b)
{
  const SdQuestionRank *qa = a;
  const SdQuestionRank *qb = b;

  /* Stable: ties keep the knowledge base's order. */
  if (qa->information != qb->information)
    return qa->information < qb->information ? 1 : -1;

  return 0;
}

void
sd_diagnosis_rank_questions (SdDiagnosis *self)
{
  double sum_plogp = 0.0;
  double entropy;

  for (guint i = 0; i <= self->n; i++)
    sum_plogp += self->posterior[i] * self->log_posterior[i];
  entropy = -sum_plogp;

  g_array_set_size (self->question_ranks, 0);
  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const Symptom *symptom = &self->symptoms[s];
      SdQuestionRank rank;
      double yes = symptom->leak;
      double after;

      if (symptom->answer != SD_ANSWER_UNKNOWN || symptom->skipped ||
          !sd_diagnosis_symptom_is_open (self, symptom))
        continue;

      for (guint j = 0; j < symptom->links->len; j++)
        {
          const Link *link = &g_array_index (symptom->links, Link, j);

          yes += self->posterior[link->fault] * (link->yes - symptom->leak);
        }
      yes = sd_clamp_probability (yes);

      after = yes * entropy_after (self, symptom, TRUE, sum_plogp, yes) +
              (1.0 - yes) * entropy_after (self, symptom, FALSE, sum_plogp, 1.0 - yes);

      rank.symptom = symptom->symptom;
      rank.yes_probability = yes;
      rank.information = MAX (entropy - after, 0.0) / G_LN2;
      g_array_append_val (self->question_ranks, rank);
    }

  g_array_sort (self->question_ranks, compare_information);
}

/* The posterior after answering @symptom, into @out. */
static void
posterior_after (SdDiagnosis   *self,
                 const Symptom *symptom,
                 gboolean       yes,
                 double        *out)
{
  double leak_like = yes ? symptom->leak : 1.0 - symptom->leak;
  double sum = 0.0;

  for (guint i = 0; i <= self->n; i++)
    out[i] = self->posterior[i] * leak_like;
  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);
      double like = sd_clamp_probability (sd_yes_given_link (symptom, link->q));

      out[link->fault] = self->posterior[link->fault] * (yes ? like : 1.0 - like);
    }
  for (guint i = 0; i <= self->n; i++)
    sum += out[i];
  for (guint i = 0; i <= self->n; i++)
    out[i] /= sum;
}

/* Expected cost of repair if @rank's question is asked first. */
double
sd_diagnosis_cost_of_asking (SdDiagnosis          *self,
                         const SdQuestionRank *rank)
{
  const Symptom *symptom = &self->symptoms[sd_index_lookup (self->symptom_index, rank->symptom->id)];
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (SdActionRank));
  double cost = SD_QUESTION_COST_MINUTES;

  for (int answer = 0; answer < 2; answer++)
    {
      gboolean yes = answer == 0;

      posterior_after (self, symptom, yes, self->scratch_answer);
      sd_diagnosis_rank_actions (self, self->scratch_answer, ranks);
      cost += (yes ? rank->yes_probability : 1.0 - rank->yes_probability) *
              sd_diagnosis_cost_of_repair (self, self->scratch_answer, ranks, self->scratch, NULL);
    }

  return cost;
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
 * Returns: (transfer none): the unanswered question at @rank, by information gain
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
