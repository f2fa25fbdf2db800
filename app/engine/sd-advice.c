/* sd-advice.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis's advice: the policy that picks the next step (ask a question,
 * do a procedure, see a workshop, or done) from the ranking and the plan, and
 * the words that say why. Asking wins only when the expected cost of the
 * troubleshooting after the answer, plus the effort of answering, is below
 * that of acting now (sd-plan-questions.c). "See a workshop" names the
 * workshop hand-over that covers the most of what is still open, never a
 * guide for home.
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

/* The untried repair of @fault within the owner's skill that costs least for
 * its chance of fixing it (minutes / chance: what a fix is expected to cost
 * if it were tried until it worked); of two as cheap, the likelier. */
static const Action *
cheapest_fix_for (SdDiagnosis *self,
                  guint        fault)
{
  const Action *best = NULL;
  double best_price = G_MAXDOUBLE;
  double best_fix = 0.0;

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];

      if (action->tried != SD_OUTCOME_NONE || action->excluded ||
          (action->workshop && self->skill != SD_SKILL_WORKSHOP))
        continue;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);
          double price;

          if (effect->fault != fault || effect->fix <= 0.0)
            continue;
          price = MAX (action->cost, 1.0) / effect->fix;
          if (price < best_price || (price == best_price && effect->fix > best_fix))
            {
              best = action;
              best_price = price;
              best_fix = effect->fix;
            }
        }
    }

  return best;
}

/* The workshop hand-over that covers the most of what is still open: the sum
 * over the faults it names of P(fault) × its chance for it. Never a guide an
 * owner follows at home. */
static SdProcedure *
workshop_handover (SdDiagnosis *self)
{
  SdProcedure *best = NULL;
  double best_cover = -1.0;

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];
      double cover = 0.0;

      if (!action->workshop || action->excluded || action->tried != SD_OUTCOME_NONE)
        continue;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          cover += self->posterior[effect->fault] * sd_effect_chance (effect);
        }
      if (cover > best_cover)
        {
          best = action->procedure;
          best_cover = cover;
        }
    }

  return best;
}

/* Whether a guide found @fault itself (a fault-found finding): the cause is
 * located, and its repair comes next (issue 12). */
static gboolean
found_by_guide (SdDiagnosis *self,
                const char  *fault)
{
  for (guint i = 0; self->findings != NULL && i < self->findings->len; i++)
    {
      const SdFinding *finding = g_ptr_array_index (self->findings, i);

      if (finding->kind == SD_OBSERVE_FAULT_FOUND && g_strcmp0 (finding->ref, fault) == 0)
        return TRUE;
    }

  return FALSE;
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

static char *
describe_action (const SdActionRank *rank)
{
  /* A repair that adds less than a couple of minutes on average is not worth
   * a clause (nor "about 1 minutes"). */
  if (rank->repair_cost >= 1.5)
    /* Translators: a guide that finds the cause but does not fix it; the
     * numbers are a percentage and two durations in minutes. */
    return g_strdup_printf (_("It has the best chance for the time it takes: %.0f %% that it "
                              "finds the cause, in about %.0f minutes; the repair that follows "
                              "what it finds adds about %.0f minutes on average."),
                            rank->chance * 100, rank->cost, rank->repair_cost);

  return g_strdup_printf (_("It has the best chance for the time it takes: %.0f %% in "
                            "about %.0f minutes."),
                          rank->chance * 100, rank->cost);
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
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, workshop_handover (self),
                  g_strdup_printf (_("“%s” found a job for a workshop."),
                                   sd_procedure_get_title (tried->procedure)));
      return;
    }

  /* A guide located the most likely cause: its repair, the cheapest within
   * the owner's skill, rather than another question about it. */
  if (top->fault != NULL && found_by_guide (self, top->fault->id))
    {
      const Action *fix = cheapest_fix_for (self, self->cause_fault[0]);

      if (fix != NULL)
        {
          set_advice (self, SD_ADVICE_DO, NULL, fix->procedure,
                      /* Translators: a cause, its probability in percent. */
                      g_strdup_printf (_("A guide found “%s” (%.0f %%): this is the cheapest "
                                         "repair for it within your skill."),
                                       sd_text_get (&top->fault->name), top->probability * 100));
          return;
        }
    }

  /* Ask when the whole troubleshooting is expected to cost less with the
   * answer, the effort of answering included, than acting now. The questions
   * are ranked by that cost, cheapest first. */
  if (self->question_ranks->len > 0)
    {
      const SdQuestionRank *question = &g_array_index (self->question_ranks, SdQuestionRank, 0);

      if (question->cost < self->expected_cost)
        {
          self->advice.expected_cost = question->cost;
          set_advice (self, SD_ADVICE_ASK, question->symptom, NULL,
                      g_strdup (_("Your answer tells the likely causes apart, and costs "
                                  "less than trying a repair blindly.")));
          return;
        }
    }

  /* Very likely: go for its cheapest repair within the owner's skill. */
  if (top->fault != NULL && top->probability >= SD_CONFIDENT_PROBABILITY)
    {
      const Action *fix = cheapest_fix_for (self, self->cause_fault[0]);

      if (fix != NULL)
        {
          set_advice (self, SD_ADVICE_DO, NULL, fix->procedure,
                      /* Translators: a cause, its probability in percent. */
                      g_strdup_printf (_("“%s” is very likely (%.0f %%): this is the cheapest "
                                         "repair for it within your skill."),
                                       sd_text_get (&top->fault->name), top->probability * 100));
          return;
        }

      set_advice (self, SD_ADVICE_WORKSHOP, NULL, workshop_handover (self),
                  g_strdup_printf (_("“%s” is very likely (%.0f %%), and its repair is a job "
                                     "for a workshop."),
                                   sd_text_get (&top->fault->name), top->probability * 100));
      return;
    }

  best_allowed = best_action (self, TRUE);
  best_any = best_action (self, FALSE);

  if (best_allowed == NULL)
    {
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, workshop_handover (self),
                  g_strdup (_("Nothing is left that you can try yourself; a workshop can read "
                              "the fault memory and test the units.")));
      return;
    }

  if (self->worth_doing == 0)
    {
      set_advice (self, SD_ADVICE_WORKSHOP, NULL, workshop_handover (self),
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

  set_advice (self, SD_ADVICE_DO, NULL, best_allowed->procedure, describe_action (best_allowed));
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


/**
 * sd_diagnosis_get_workshop_handover:
 *
 * The workshop hand-over "See a workshop" names in the diagnosis as it is
 * now: the one that covers the most of what is still open. A guide that ends
 * "needs a workshop" offers it (issue 12).
 *
 * Returns: (transfer none) (nullable): a workshop hand-over, never a guide for
 *   home; %NULL when none is left
 */
SdProcedure *
sd_diagnosis_get_workshop_handover (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  sd_diagnosis_ensure_updated (self);

  return workshop_handover (self);
}
