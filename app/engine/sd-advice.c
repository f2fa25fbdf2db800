/* sd-advice.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis's advice: the policy that picks the next step (ask a question,
 * do a procedure, see a workshop, or done) from the ranking and the plan, and
 * the words that say why. Asking wins only when the expected cost of repair
 * after the answer, plus the cost of asking, is below that of acting now.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-diagnosis-private.h"

static void
set_advice (SdDiagnosis     *self,
            SdAdviceKind     kind,
            const SdSymptom *symptom,
            SdProcedure     *procedure,
            char            *reason)
{
  self->advice.kind = kind;
  self->advice.symptom = symptom;
  self->advice.procedure = procedure;
  g_free (self->advice.reason);
  self->advice.reason = reason;
}

static const Action *
find_tried (SdDiagnosis *self,
            SdOutcome    outcome)
{
  for (guint a = 0; a < self->n_actions; a++)
    if (self->actions[a].tried == outcome)
      return &self->actions[a];

  return NULL;
}

/* The untried procedure most likely to fix @fault, allowed or not; the
 * cheaper one of two that are as likely. */
static const Action *
best_fix_for (SdDiagnosis *self,
              guint        fault)
{
  const Action *best = NULL;
  double best_fix = 0.0;

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];

      if (action->tried != SD_OUTCOME_NONE || action->excluded)
        continue;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          if (effect->fault == fault &&
              (effect->fix > best_fix ||
               (effect->fix == best_fix && best != NULL && action->cost < best->cost)))
            {
              best = action;
              best_fix = effect->fix;
            }
        }
    }

  return best;
}

static const SdActionRank *
best_action (SdDiagnosis *self,
             gboolean     allowed_only)
{
  for (guint r = 0; r < self->action_ranks->len; r++)
    {
      const SdActionRank *rank = &g_array_index (self->action_ranks, SdActionRank, r);

      if ((rank->allowed || !allowed_only) && rank->chance > 0.0)
        return rank;
    }

  return NULL;
}

void
sd_diagnosis_decide (SdDiagnosis *self)
{
  const Action *tried;
  const SdCause *top = &g_array_index (self->causes, SdCause, 0);
  const SdActionRank *best_allowed;
  const SdActionRank *best_any;

  self->advice.expected_cost = self->expected_cost;

  if ((tried = find_tried (self, SD_OUTCOME_RESOLVED)) != NULL)
    {
      set_advice (self, SD_ADVICE_DONE, NULL, tried->procedure,
                  g_strdup_printf (_("“%s” fixed it. Check over the next few drives that the "
                                     "warning stays away."),
                                   sd_procedure_get_title (tried->procedure)));
      return;
    }

  if ((tried = find_tried (self, SD_OUTCOME_WORKSHOP)) != NULL)
    {
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, NULL,
                  g_strdup_printf (_("“%s” found a job for a workshop."),
                                   sd_procedure_get_title (tried->procedure)));
      return;
    }

  /* Very likely: go for its repair. */
  if (top->fault != NULL && top->probability >= SD_CONFIDENT_PROBABILITY)
    {
      const Action *fix = best_fix_for (self, self->cause_fault[0]);

      if (fix != NULL && (!fix->workshop || self->skill == SD_SKILL_WORKSHOP))
        {
          set_advice (self, SD_ADVICE_DO, NULL, fix->procedure,
                      g_strdup_printf (_("“%s” is very likely (%.0f %%): this is the step most "
                                         "likely to fix it."),
                                       sd_text_get (&top->fault->name), top->probability * 100));
          return;
        }

      set_advice (self, SD_ADVICE_WORKSHOP, NULL, fix != NULL ? fix->procedure : NULL,
                  g_strdup_printf (_("“%s” is very likely (%.0f %%), and its repair is a job "
                                     "for a workshop."),
                                   sd_text_get (&top->fault->name), top->probability * 100));
      return;
    }

  best_allowed = best_action (self, TRUE);
  best_any = best_action (self, FALSE);

  /* Ask when the answer is expected to save more than asking costs. */
  if (self->question_ranks->len > 0)
    {
      const SdQuestionRank *question = &g_array_index (self->question_ranks, SdQuestionRank, 0);

      if (question->information > 1e-6)
        {
          double asking = sd_diagnosis_cost_of_asking (self, question);

          if (asking < self->expected_cost || best_allowed == NULL)
            {
              self->advice.expected_cost = asking;
              set_advice (self, SD_ADVICE_ASK, question->symptom, NULL,
                          g_strdup (_("Your answer tells the likely causes apart, and costs "
                                      "less than trying a repair blindly.")));
              return;
            }
        }
    }

  if (best_allowed == NULL)
    {
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, best_any != NULL ? best_any->procedure : NULL,
                  g_strdup (_("Nothing is left that you can try yourself; a workshop can read "
                              "the fault memory and test the units.")));
      return;
    }

  if (self->worth_doing == 0)
    {
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, best_any != NULL ? best_any->procedure : NULL,
                  g_strdup (_("What is left to try yourself has too little chance for the time "
                              "it takes; a workshop is the quicker way to a fix.")));
      return;
    }

  if (best_any != NULL && best_any != best_allowed && !best_any->allowed &&
      best_any->efficiency > best_allowed->efficiency)
    {
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, best_any->procedure,
                  g_strdup_printf (_("The most promising next step, “%s”, is a job for a "
                                     "workshop."),
                                   sd_procedure_get_title (best_any->procedure)));
      return;
    }

  set_advice (self, SD_ADVICE_DO, NULL, best_allowed->procedure,
              g_strdup_printf (_("It has the best chance for the time it takes: %.0f %% in "
                                 "about %.0f minutes."),
                               best_allowed->chance * 100, best_allowed->cost));
}

/**
 * sd_diagnosis_get_advice:
 *
 * Returns: (transfer none): what to do next, and why
 */
const SdAdvice *
sd_diagnosis_get_advice (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  sd_diagnosis_ensure_updated (self);

  return &self->advice;
}

