/* sd-inference.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis's inference: the tables read once from the knowledge base and
 * the procedures, the single-fault posterior with an explicit "something
 * else", the ranked causes and the reasons for each (likelihood ratios), in
 * words. See sd-diagnosis.c for the model and reference/domain.md §4.
 *
 * Symptoms are noisy-OR: P(yes | F_i) = 1 − (1 − leak)(1 − q_i), and P(yes | F)
 * = leak for every fault F the symptom does not name, "something else"
 * included. Everything below is sparse in that: a symptom or a procedure only
 * touches the faults it names, so an update costs about the number of links,
 * not faults × symptoms.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sd-diagnosis-private.h"

/* How likely a procedure ends "see a workshop" (or "found" without saying
 * what), or "resolved", when the cause is none of the faults it names:
 * editorial, small. */
#define OUTSIDE_WORKSHOP_LIKELIHOOD 0.05
#define OUTSIDE_RESOLVED_LIKELIHOOD 0.001

static void
build_faults (SdDiagnosis *self)
{
  double sum = 0.0;

  self->n = sd_knowledge_get_n_faults (self->knowledge);
  self->faults = g_new0 (const SdFault *, self->n + 1);
  self->prior = g_new0 (double, self->n + 1);
  self->posterior = g_new0 (double, self->n + 1);
  self->log_posterior = g_new0 (double, self->n + 1);
  self->scratch = g_new0 (double, self->n + 1);
  self->scratch_answer = g_new0 (double, self->n + 1);
  self->cause_fault = g_new0 (guint, self->n + 1);

  for (guint i = 0; i < self->n; i++)
    {
      self->faults[i] = sd_knowledge_get_fault (self->knowledge, i);
      self->prior[i] = sd_clamp_probability (self->faults[i]->prior);
      sum += self->prior[i];
      g_hash_table_insert (self->fault_index, self->faults[i]->id, GUINT_TO_POINTER (i + 1));
    }

  /* The knowledge check keeps the sum below 1; what is left is "something else". */
  self->prior[self->n] = sd_clamp_probability (1.0 - sum);
}

static void
build_symptoms (SdDiagnosis *self)
{
  self->n_symptoms = sd_knowledge_get_n_symptoms (self->knowledge);
  self->symptoms = g_new0 (Symptom, self->n_symptoms);

  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (self->knowledge, s);
      Symptom *entry = &self->symptoms[s];

      entry->symptom = symptom;
      entry->leak = sd_clamp_probability (symptom->leak > 0.0 ? symptom->leak : SD_DEFAULT_LEAK);
      entry->links = g_array_new (FALSE, FALSE, sizeof (Link));
      g_hash_table_insert (self->symptom_index, symptom->id, GUINT_TO_POINTER (s + 1));

      for (guint j = 0; j < symptom->indications->len; j++)
        {
          const SdIndication *indication = &g_array_index (symptom->indications, SdIndication, j);
          int fault = sd_index_lookup (self->fault_index, indication->fault);
          Link link;

          if (fault < 0)
            continue;
          link.fault = (guint) fault;
          link.q = indication->likelihood;
          link.yes = sd_clamp_probability (sd_yes_given_link (entry, link.q));
          link.log_yes = log (link.yes);
          link.log_no = log (1.0 - link.yes);
          g_array_append_val (entry->links, link);
        }
    }
}

/* A guide whose branches say what they find, or why a workshop is needed. */
static gboolean
says_what_it_finds (SdProcedure *procedure)
{
  if (sd_procedure_has_observations (procedure))
    return TRUE;

  for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
    if (sd_procedure_get_step (procedure, i)->because.msgid != NULL)
      return TRUE;

  return FALSE;
}

/* The action of @procedure: its cost and what it tests and fixes, not yet tried. */
static void
build_action (SdDiagnosis *self,
              Action      *action,
              SdProcedure *procedure)
{
  GPtrArray *effects = sd_procedure_get_effects (procedure);

  /* Its own reference: a guide replaced in the model may be gone before the
   * diagnosis hears of it. */
  action->procedure = g_object_ref (procedure);
  action->workshop = sd_procedure_get_difficulty (procedure) == SD_DIFFICULTY_WORKSHOP;
  action->cost = sd_procedure_get_minutes (procedure) +
                 sd_procedure_get_parts_cost (procedure) * SD_MINUTES_PER_EURO +
                 (action->workshop ? SD_WORKSHOP_COST_MINUTES : 0.0);
  action->effects = g_array_sized_new (FALSE, FALSE, sizeof (Effect), effects->len);
  action->tried = SD_OUTCOME_NONE;
  action->excluded = FALSE;
  action->says_found = says_what_it_finds (procedure);
  action->observed = action->says_found;

  for (guint j = 0; j < effects->len; j++)
    {
      const SdEffect *effect = g_ptr_array_index (effects, j);
      int fault = sd_index_lookup (self->fault_index, effect->fault);
      Effect *existing = NULL;

      if (fault < 0)
        continue;

      /* A procedure may both test and fix a fault: one entry with both. */
      for (guint k = 0; k < action->effects->len; k++)
        if (g_array_index (action->effects, Effect, k).fault == (guint) fault)
          existing = &g_array_index (action->effects, Effect, k);

      if (existing == NULL)
        {
          Effect added = { (guint) fault, 0.0, 0.0 };

          g_array_append_val (action->effects, added);
          existing = &g_array_index (action->effects, Effect, action->effects->len - 1);
        }

      if (effect->fixes)
        existing->fix = MAX (existing->fix, effect->chance);
      else
        existing->test = MAX (existing->test, effect->chance);
    }
}

static void
build_actions (SdDiagnosis *self)
{
  self->n_actions = g_list_model_get_n_items (self->procedures);
  self->actions = g_new0 (Action, self->n_actions);

  for (guint a = 0; a < self->n_actions; a++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (self->procedures, a);

      build_action (self, &self->actions[a], procedure);
      g_hash_table_insert (self->action_index, (gpointer) sd_procedure_get_id (procedure),
                           GUINT_TO_POINTER (a + 1));
    }
}

void
sd_diagnosis_free_actions (SdDiagnosis *self)
{
  for (guint a = 0; a < self->n_actions; a++)
    {
      g_clear_pointer (&self->actions[a].effects, g_array_unref);
      g_clear_object (&self->actions[a].procedure);
    }
  g_clear_pointer (&self->actions, g_free);
  self->n_actions = 0;
}

/* The procedures model changed (guides loaded late, one replacing another):
 * the actions again, each keeping what was observed of its guide by id. A
 * guide replaced by another with its id keeps its outcome; the plan's tables
 * are made again on first use. */
void
sd_diagnosis_rebuild_actions (SdDiagnosis *self)
{
  g_autoptr(GHashTable) tried = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint a = 0; a < self->n_actions; a++)
    if (self->actions[a].tried != SD_OUTCOME_NONE)
      g_hash_table_insert (tried, g_strdup (sd_procedure_get_id (self->actions[a].procedure)),
                           GINT_TO_POINTER (self->actions[a].tried));

  g_hash_table_remove_all (self->action_index);
  sd_diagnosis_free_actions (self);
  g_clear_pointer (&self->plan, sd_diagnosis_plan_free);
  build_actions (self);

  for (guint a = 0; a < self->n_actions; a++)
    {
      Action *action = &self->actions[a];
      const char *id = sd_procedure_get_id (action->procedure);

      action->tried = GPOINTER_TO_INT (g_hash_table_lookup (tried, id));
      for (guint i = 0; i < self->findings->len; i++)
        if (g_strcmp0 (((const SdFinding *) g_ptr_array_index (self->findings, i))->procedure,
                       id) == 0)
          action->observed = TRUE;
    }
  sd_diagnosis_exclude_actions (self);
  self->dirty = TRUE;
}

/* Reads the faults, symptoms and procedures into the tables the inference uses. */
void
sd_diagnosis_build (SdDiagnosis *self)
{
  build_faults (self);
  build_symptoms (self);
  build_actions (self);
  sd_diagnosis_build_car (self);
}

/* The likelihood of the observed outcome of @action, for a fault it names
 * (@effect) or does not name (@effect == NULL). A guide that says what it
 * finds is weighed by what it found (sd-diagnosis-findings.c); of its outcome
 * only the repair counts, done or not: a branch that found nothing ("no
 * scanner", "I have not been yet") is no evidence (issue 12). */
static double
outcome_likelihood (const Action *action,
                    const Effect *effect)
{
  /* Only the repair part of the blanket stays: it was tried and did not fix it. */
  if (action->observed && action->tried == SD_OUTCOME_UNRESOLVED)
    return effect != NULL ? 1.0 - effect->fix : 1.0;
  if (action->observed && action->tried != SD_OUTCOME_RESOLVED)
    return 1.0;

  switch (action->tried)
    {
    case SD_OUTCOME_UNRESOLVED:
      return effect != NULL ? 1.0 - sd_effect_chance (effect) : 1.0;
    case SD_OUTCOME_WORKSHOP:
    case SD_OUTCOME_FOUND:
      return effect != NULL ? sd_effect_chance (effect) : OUTSIDE_WORKSHOP_LIKELIHOOD;
    case SD_OUTCOME_RESOLVED:
      return effect != NULL ? MAX (effect->fix, OUTSIDE_RESOLVED_LIKELIHOOD)
                            : OUTSIDE_RESOLVED_LIKELIHOOD;
    case SD_OUTCOME_NONE:
    default:
      return 1.0;
    }
}

void
sd_diagnosis_compute_posterior (SdDiagnosis *self)
{
  double *logw = self->scratch;
  double max = -INFINITY;
  double sum = 0.0;

  for (guint i = 0; i <= self->n; i++)
    logw[i] = log (self->prior[i]);

  /* Terms common to every fault cancel in the normalisation; only the faults a
   * symptom names get the difference from the leak. */
  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const Symptom *symptom = &self->symptoms[s];
      gboolean yes = symptom->answer == SD_ANSWER_YES;
      double base;

      if (symptom->answer == SD_ANSWER_UNKNOWN)
        continue;

      base = log (yes ? symptom->leak : 1.0 - symptom->leak);
      for (guint j = 0; j < symptom->links->len; j++)
        {
          const Link *link = &g_array_index (symptom->links, Link, j);

          logw[link->fault] += (yes ? link->log_yes : link->log_no) - base;
        }
    }

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];
      double base;

      if (action->tried == SD_OUTCOME_NONE)
        continue;

      base = log (sd_clamp_probability (outcome_likelihood (action, NULL)));
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          logw[effect->fault] += log (sd_clamp_probability (outcome_likelihood (action, effect)))
                                 - base;
        }
    }

  sd_diagnosis_add_code_evidence (self, logw);
  sd_diagnosis_add_finding_evidence (self, logw);

  for (guint i = 0; i <= self->n; i++)
    max = MAX (max, logw[i]);
  for (guint i = 0; i <= self->n; i++)
    {
      self->posterior[i] = exp (logw[i] - max);
      sum += self->posterior[i];
    }
  for (guint i = 0; i <= self->n; i++)
    {
      self->posterior[i] /= sum;
      /* Kept for the entropies of the questions, which need it per fault; a
       * fault not for this car has p = 0, and p log p = 0. */
      self->log_posterior[i] = self->posterior[i] > 0.0 ? logw[i] - max - log (sum) : 0.0;
    }
}

typedef struct
{
  double probability;
  guint  fault;
} Ranked;

static int
compare_ranked (gconstpointer a,
                gconstpointer b)
{
  const Ranked *ra = a;
  const Ranked *rb = b;

  /* Ties keep knowledge-base order, "something else" last: the fault's
   * index decides, so the order is total and any sort gives it. */
  if (ra->probability != rb->probability)
    return ra->probability < rb->probability ? 1 : -1;

  return ra->fault < rb->fault ? -1 : ra->fault > rb->fault;
}

/* Sorted by index and probability rather than by SdCause, the rank of each
 * fault is known without looking its id up again. A probability is never
 * below 0, so those at 0 (not for the car) come last in index order unsorted. */
void
sd_diagnosis_rank_causes (SdDiagnosis *self)
{
  g_autofree Ranked *ranked = g_new (Ranked, self->n + 1);
  guint n_sorted = 0, n_placed;

  for (guint i = 0; i <= self->n; i++)
    if (self->posterior[i] != 0.0)
      ranked[n_sorted++] = (Ranked) { self->posterior[i], i };
  n_placed = n_sorted;
  for (guint i = 0; i <= self->n; i++)
    if (self->posterior[i] == 0.0)
      ranked[n_placed++] = (Ranked) { self->posterior[i], i };
  qsort (ranked, n_sorted, sizeof (Ranked), compare_ranked);

  g_array_set_size (self->causes, self->n + 1);
  for (guint r = 0; r <= self->n; r++)
    {
      SdCause *cause = &g_array_index (self->causes, SdCause, r);
      guint i = ranked[r].fault;

      cause->fault = i < self->n ? self->faults[i] : NULL;
      cause->probability = ranked[r].probability;
      self->cause_fault[r] = i;
    }
}

/* P(observation | fault) for a symptom: the leak unless the symptom names it. */
static double
symptom_likelihood (const Symptom *symptom,
                    guint          fault)
{
  double yes = symptom->leak;

  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);

      if (link->fault == fault)
        yes = sd_clamp_probability (sd_yes_given_link (symptom, link->q));
    }

  return symptom->answer == SD_ANSWER_YES ? yes : 1.0 - yes;
}

/* Σ_k prior_k P(observation | F_k) over every cause, visiting only the faults
 * the symptom names: the others all have the leak's likelihood. */
static double
symptom_evidence (SdDiagnosis   *self,
                  const Symptom *symptom)
{
  gboolean yes = symptom->answer == SD_ANSWER_YES;
  double leak_like = yes ? symptom->leak : 1.0 - symptom->leak;
  double total = leak_like;

  for (guint j = 0; j < symptom->links->len; j++)
    {
      const Link *link = &g_array_index (symptom->links, Link, j);
      double like = sd_clamp_probability (sd_yes_given_link (symptom, link->q));

      total += self->prior[link->fault] * ((yes ? like : 1.0 - like) - leak_like);
    }

  return total;
}

static double
action_likelihood (const Action *action,
                   guint         fault)
{
  for (guint j = 0; j < action->effects->len; j++)
    {
      const Effect *effect = &g_array_index (action->effects, Effect, j);

      if (effect->fault == fault)
        return sd_clamp_probability (outcome_likelihood (action, effect));
    }

  return sd_clamp_probability (outcome_likelihood (action, NULL));
}

static double
action_evidence (SdDiagnosis  *self,
                 const Action *action)
{
  double outside = sd_clamp_probability (outcome_likelihood (action, NULL));
  double total = outside;

  for (guint j = 0; j < action->effects->len; j++)
    {
      const Effect *effect = &g_array_index (action->effects, Effect, j);

      total += self->prior[effect->fault] *
               (sd_clamp_probability (outcome_likelihood (action, effect)) - outside);
    }

  return total;
}

/* Strongest first, whichever way: max (r, 1/r) orders as |log r| does. */
static int
compare_reasons (gconstpointer a,
                 gconstpointer b)
{
  double ra = ((const SdReason *) a)->ratio;
  double rb = ((const SdReason *) b)->ratio;
  double la = MAX (ra, 1.0 / ra);
  double lb = MAX (rb, 1.0 / rb);

  return la < lb ? 1 : la > lb ? -1 : 0;
}

/* The reasons of the cause that is @fault: see sd_diagnosis_dup_reasons(). */
GArray *
sd_diagnosis_reasons_for (SdDiagnosis *self,
                          guint        fault)
{
  GArray *reasons = g_array_new (FALSE, FALSE, sizeof (SdReason));
  double others = 1.0 - self->prior[fault];

  g_assert (fault <= self->n);
  sd_diagnosis_ensure_updated (self);

  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const Symptom *symptom = &self->symptoms[s];
      SdReason reason = { SD_REASON_SYMPTOM, symptom->symptom->id, symptom->answer,
                          SD_OUTCOME_NONE, 1.0 };
      double here, rest;

      if (symptom->answer == SD_ANSWER_UNKNOWN)
        continue;

      here = symptom_likelihood (symptom, fault);
      rest = symptom_evidence (self, symptom) - self->prior[fault] * here;
      reason.ratio = here / (rest / others);
      if (fabs (log (reason.ratio)) >= log (1.05))
        g_array_append_val (reasons, reason);
    }

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];
      SdReason reason = { SD_REASON_PROCEDURE, sd_procedure_get_id (action->procedure),
                          SD_ANSWER_UNKNOWN, action->tried, 1.0 };
      double here, rest;

      if (action->tried == SD_OUTCOME_NONE)
        continue;

      here = action_likelihood (action, fault);
      rest = action_evidence (self, action) - self->prior[fault] * here;
      reason.ratio = here / (rest / others);
      if (fabs (log (reason.ratio)) >= log (1.05))
        g_array_append_val (reasons, reason);
    }

  sd_diagnosis_add_code_reasons (self, fault, reasons);
  sd_diagnosis_add_finding_reasons (self, fault, reasons);
  g_array_sort (reasons, compare_reasons);

  return reasons;
}
/**
 * sd_diagnosis_dup_reasons:
 * @rank: which cause
 *
 * Each observation's contribution to the cause at @rank: the likelihood ratio of
 * the observation under that cause against under any other (weighted by their
 * priors). Observations that change it by less than 5 % are left out.
 *
 * Returns: (transfer full) (element-type SdReason): the reasons, strongest first
 */
GArray *
sd_diagnosis_dup_reasons (SdDiagnosis *self,
                          guint        rank)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), g_array_new (FALSE, FALSE, sizeof (SdReason)));
  g_return_val_if_fail (rank <= self->n, g_array_new (FALSE, FALSE, sizeof (SdReason)));

  sd_diagnosis_ensure_updated (self);

  return sd_diagnosis_reasons_for (self, self->cause_fault[rank]);
}

/**
 * sd_reason_describe:
 *
 * Returns: (transfer full): the reason in words a car owner understands
 */
char *
sd_reason_describe (const SdReason *reason,
                    SdKnowledge    *knowledge,
                    SdDiagnosis    *diagnosis)
{
  g_autofree char *effect = NULL;

  g_return_val_if_fail (reason != NULL, NULL);

  if (reason->ratio >= 1.0)
    /* Translators: how much an observation raises a cause, e.g. "3.5 times more likely". */
    effect = g_strdup_printf (_("%.1f times more likely"), reason->ratio);
  else
    /* Translators: how much an observation lowers a cause, e.g. "4.0 times less likely". */
    effect = g_strdup_printf (_("%.1f times less likely"), 1.0 / reason->ratio);

  if (reason->source != NULL)
    {
      SdProcedure *procedure = NULL;
      int a = diagnosis != NULL ? sd_index_lookup (diagnosis->action_index, reason->source) : -1;

      if (a >= 0)
        procedure = diagnosis->actions[a].procedure;
      /* Translators: a guide's title, what it found and "N times more/less likely",
       * e.g. "Found in “Inspect the fibre-optic ring”: the light stops before the
       * satellite tuner (3.0 times more likely)." */
      return g_strdup_printf (_("Found in “%s”: %s (%s)."),
                              procedure != NULL ? sd_procedure_get_title (procedure) : reason->source,
                              reason->text != NULL ? reason->text : "", effect);
    }

  if (reason->kind == SD_REASON_SYMPTOM)
    {
      const SdSymptom *symptom = sd_knowledge_lookup_symptom (knowledge, reason->id);
      const char *question = symptom != NULL ? sd_text_get (&symptom->question) : reason->id;

      if (reason->answer == SD_ANSWER_YES)
        /* Translators: %s are a question and "N times more/less likely". */
        return g_strdup_printf (_("You answered yes to “%s”: %s."), question, effect);
      /* Translators: %s are a question and "N times more/less likely". */
      return g_strdup_printf (_("You answered no to “%s”: %s."), question, effect);
    }
  else if (reason->kind == SD_REASON_CODE)
    {
      const SdCode *code = NULL;

      if (diagnosis != NULL && diagnosis->code_table != NULL)
        code = sd_codes_lookup_entered (diagnosis->code_table, reason->id);
      if (code != NULL)
        {
          g_autofree char *meaning = g_strdup (sd_codes_get_meaning (diagnosis->code_table, code));

          /* The meaning is a sentence; here it goes in brackets. */
          if (g_str_has_suffix (meaning, "."))
            meaning[strlen (meaning) - 1] = '\0';
          /* Translators: a fault code, its meaning and "N times more/less likely". */
          return g_strdup_printf (_("Fault code %s (%s): %s."), reason->id, meaning, effect);
        }
      /* Translators: a fault code and "N times more/less likely". */
      return g_strdup_printf (_("Fault code %s: %s."), reason->id, effect);
    }
  else
    {
      SdProcedure *procedure = NULL;
      const char *title = reason->id;

      for (guint a = 0; diagnosis != NULL && a < diagnosis->n_actions; a++)
        if (g_strcmp0 (sd_procedure_get_id (diagnosis->actions[a].procedure), reason->id) == 0)
          procedure = diagnosis->actions[a].procedure;
      if (procedure != NULL)
        title = sd_procedure_get_title (procedure);

      switch (reason->outcome)
        {
        case SD_OUTCOME_UNRESOLVED:
          /* Translators: %s are a procedure title and "N times more/less likely". */
          return g_strdup_printf (_("“%s” did not fix it: %s."), title, effect);
        case SD_OUTCOME_WORKSHOP:
          return g_strdup_printf (_("“%s” ended with “see a workshop”: %s."), title, effect);
        case SD_OUTCOME_RESOLVED:
          return g_strdup_printf (_("“%s” fixed it: %s."), title, effect);
        case SD_OUTCOME_FOUND:
          /* Translators: %s are a procedure title and "N times more/less likely". */
          return g_strdup_printf (_("“%s” found the cause: %s."), title, effect);
        case SD_OUTCOME_NONE:
        default:
          return g_strdup (effect);
        }
    }
}

