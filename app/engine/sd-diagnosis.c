/* sd-diagnosis.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Single-fault Bayesian ranking with an explicit "something else", and the next
 * best step after Heckerman, Breese & Rommelse (1995): actions ordered by
 * chance per cost, questions by expected information gain, asking only when the
 * expected cost of repair after the answer, plus the cost of asking, is below
 * the expected cost of acting now. See reference/domain.md §4.
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

#include "sd-diagnosis.h"

#define EPSILON 1e-12
/* How likely a procedure ends "see a workshop", or "resolved", when the cause is
 * none of the faults it names: editorial, small. */
#define OUTSIDE_WORKSHOP_LIKELIHOOD 0.05
#define OUTSIDE_RESOLVED_LIKELIHOOD 0.001

typedef struct
{
  guint  fault;
  double q;
  /* P(yes | this fault) and the logs of both answers' likelihoods, fixed once
   * the knowledge base is read. */
  double yes;
  double log_yes;
  double log_no;
} Link;

typedef struct
{
  guint  fault;
  double fix;
  double test;
} Effect;

typedef struct
{
  const SdSymptom *symptom;
  double           leak;
  GArray          *links;
  SdAnswer         answer;
  gboolean         skipped;
} Symptom;

typedef struct
{
  SdProcedure *procedure;
  double       cost;
  gboolean     workshop;
  GArray      *effects;
  SdOutcome    tried;
} Action;

struct _SdDiagnosis
{
  GObject         parent_instance;

  SdKnowledge    *knowledge;
  GListModel     *procedures;
  SdSkill         skill;

  /* Faults 0 … n-1 from the knowledge base; n is "something else". */
  guint           n;
  const SdFault **faults;
  double         *prior;
  GHashTable     *fault_index;

  Symptom        *symptoms;
  guint           n_symptoms;
  GHashTable     *symptom_index;

  Action         *actions;
  guint           n_actions;
  GHashTable     *action_index;

  gboolean        dirty;
  double         *posterior;
  double         *log_posterior;
  double         *scratch;
  double         *scratch_answer;
  GArray         *causes;
  guint          *cause_fault;
  GArray         *action_ranks;
  GArray         *question_ranks;
  SdAdvice        advice;
  double          expected_cost;
  guint           worth_doing;
};

G_DEFINE_FINAL_TYPE (SdDiagnosis, sd_diagnosis, G_TYPE_OBJECT)

static inline double
clamp_probability (double p)
{
  return CLAMP (p, EPSILON, 1.0 - EPSILON);
}

static inline double
effect_chance (const Effect *effect)
{
  return MAX (effect->fix, effect->test);
}

static inline double
yes_given_link (const Symptom *symptom,
                double         q)
{
  return 1.0 - (1.0 - symptom->leak) * (1.0 - q);
}

static void
sd_diagnosis_finalize (GObject *object)
{
  SdDiagnosis *self = (SdDiagnosis *) object;

  for (guint i = 0; i < self->n_symptoms; i++)
    g_clear_pointer (&self->symptoms[i].links, g_array_unref);
  for (guint i = 0; i < self->n_actions; i++)
    g_clear_pointer (&self->actions[i].effects, g_array_unref);

  g_clear_pointer (&self->symptoms, g_free);
  g_clear_pointer (&self->actions, g_free);
  g_clear_pointer (&self->faults, g_free);
  g_clear_pointer (&self->prior, g_free);
  g_clear_pointer (&self->posterior, g_free);
  g_clear_pointer (&self->log_posterior, g_free);
  g_clear_pointer (&self->scratch, g_free);
  g_clear_pointer (&self->scratch_answer, g_free);
  g_clear_pointer (&self->cause_fault, g_free);
  g_clear_pointer (&self->fault_index, g_hash_table_unref);
  g_clear_pointer (&self->symptom_index, g_hash_table_unref);
  g_clear_pointer (&self->action_index, g_hash_table_unref);
  g_clear_pointer (&self->causes, g_array_unref);
  g_clear_pointer (&self->action_ranks, g_array_unref);
  g_clear_pointer (&self->question_ranks, g_array_unref);
  g_clear_pointer (&self->advice.reason, g_free);
  g_clear_object (&self->procedures);
  g_clear_object (&self->knowledge);

  G_OBJECT_CLASS (sd_diagnosis_parent_class)->finalize (object);
}

static void
sd_diagnosis_class_init (SdDiagnosisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_diagnosis_finalize;
}

static void
sd_diagnosis_init (SdDiagnosis *self)
{
  self->fault_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->symptom_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->action_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->causes = g_array_new (FALSE, FALSE, sizeof (SdCause));
  self->action_ranks = g_array_new (FALSE, FALSE, sizeof (SdActionRank));
  self->question_ranks = g_array_new (FALSE, FALSE, sizeof (SdQuestionRank));
  self->dirty = TRUE;
}

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
      self->prior[i] = clamp_probability (self->faults[i]->prior);
      sum += self->prior[i];
      g_hash_table_insert (self->fault_index, self->faults[i]->id, GUINT_TO_POINTER (i + 1));
    }

  /* The knowledge check keeps the sum below 1; what is left is "something else". */
  self->prior[self->n] = clamp_probability (1.0 - sum);
}

static int
lookup (GHashTable *index,
        const char *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (index, id)) - 1;
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
      entry->leak = clamp_probability (symptom->leak > 0.0 ? symptom->leak : SD_DEFAULT_LEAK);
      entry->links = g_array_new (FALSE, FALSE, sizeof (Link));
      g_hash_table_insert (self->symptom_index, symptom->id, GUINT_TO_POINTER (s + 1));

      for (guint j = 0; j < symptom->indications->len; j++)
        {
          const SdIndication *indication = &g_array_index (symptom->indications, SdIndication, j);
          int fault = lookup (self->fault_index, indication->fault);
          Link link;

          if (fault < 0)
            continue;
          link.fault = (guint) fault;
          link.q = indication->likelihood;
          link.yes = clamp_probability (yes_given_link (entry, link.q));
          link.log_yes = log (link.yes);
          link.log_no = log (1.0 - link.yes);
          g_array_append_val (entry->links, link);
        }
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
      Action *action = &self->actions[a];
      GPtrArray *effects = sd_procedure_get_effects (procedure);

      /* The list model holds a reference for as long as we hold the model. */
      action->procedure = procedure;
      action->workshop = sd_procedure_get_difficulty (procedure) == SD_DIFFICULTY_WORKSHOP;
      action->cost = sd_procedure_get_minutes (procedure) +
                     sd_procedure_get_parts_cost (procedure) * SD_MINUTES_PER_EURO +
                     (action->workshop ? SD_WORKSHOP_COST_MINUTES : 0.0);
      action->effects = g_array_new (FALSE, FALSE, sizeof (Effect));
      g_hash_table_insert (self->action_index, (gpointer) sd_procedure_get_id (procedure),
                           GUINT_TO_POINTER (a + 1));

      for (guint j = 0; j < effects->len; j++)
        {
          const SdEffect *effect = g_ptr_array_index (effects, j);
          int fault = lookup (self->fault_index, effect->fault);
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
}

/**
 * sd_diagnosis_new:
 * @knowledge: a checked knowledge base
 * @procedures: a list model of #SdProcedure, checked against @knowledge
 *
 * Returns: (transfer full): a diagnosis with no observations yet
 */
SdDiagnosis *
sd_diagnosis_new (SdKnowledge *knowledge,
                  GListModel  *procedures)
{
  SdDiagnosis *self;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (procedures), NULL);

  self = g_object_new (SD_TYPE_DIAGNOSIS, NULL);
  self->knowledge = g_object_ref (knowledge);
  self->procedures = g_object_ref (procedures);
  build_faults (self);
  build_symptoms (self);
  build_actions (self);

  return self;
}

gboolean
sd_diagnosis_set_answer (SdDiagnosis *self,
                         const char  *symptom_id,
                         SdAnswer     answer)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  s = lookup (self->symptom_index, symptom_id);
  if (s < 0)
    return FALSE;

  if (self->symptoms[s].answer != answer)
    {
      self->symptoms[s].answer = answer;
      self->dirty = TRUE;
    }

  return TRUE;
}

/**
 * sd_diagnosis_set_skipped:
 * @skipped: whether the owner said "don't know" to the question
 *
 * A skipped question stays unanswered, but is not advised again.
 *
 * Returns: %FALSE if there is no such symptom
 */
gboolean
sd_diagnosis_set_skipped (SdDiagnosis *self,
                          const char  *symptom_id,
                          gboolean     skipped)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  s = lookup (self->symptom_index, symptom_id);
  if (s < 0)
    return FALSE;

  if (self->symptoms[s].skipped != !!skipped)
    {
      self->symptoms[s].skipped = !!skipped;
      self->dirty = TRUE;
    }

  return TRUE;
}

SdAnswer
sd_diagnosis_get_answer (SdDiagnosis *self,
                         const char  *symptom_id)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), SD_ANSWER_UNKNOWN);

  s = lookup (self->symptom_index, symptom_id);

  return s >= 0 ? self->symptoms[s].answer : SD_ANSWER_UNKNOWN;
}

/**
 * sd_diagnosis_set_tried:
 * @outcome: how the procedure ended, or %SD_OUTCOME_NONE to forget it
 *
 * "Not resolved" makes each fault less likely by (1 − the chance the procedure
 * would have fixed or found it); "resolved" closes the case; "see a workshop"
 * points at the faults the procedure names.
 */
gboolean
sd_diagnosis_set_tried (SdDiagnosis *self,
                        const char  *procedure_id,
                        SdOutcome    outcome)
{
  int a;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  a = lookup (self->action_index, procedure_id);
  if (a < 0)
    return FALSE;

  if (self->actions[a].tried != outcome)
    {
      self->actions[a].tried = outcome;
      self->dirty = TRUE;
    }

  return TRUE;
}

SdOutcome
sd_diagnosis_get_tried (SdDiagnosis *self,
                        const char  *procedure_id)
{
  int a;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), SD_OUTCOME_NONE);

  a = lookup (self->action_index, procedure_id);

  return a >= 0 ? self->actions[a].tried : SD_OUTCOME_NONE;
}

void
sd_diagnosis_set_skill (SdDiagnosis *self,
                        SdSkill      skill)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  if (self->skill != skill)
    {
      self->skill = skill;
      self->dirty = TRUE;
    }
}

/**
 * sd_diagnosis_clear:
 *
 * Forgets every answer and every procedure tried: a new case.
 */
void
sd_diagnosis_clear (SdDiagnosis *self)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  for (guint s = 0; s < self->n_symptoms; s++)
    {
      self->symptoms[s].answer = SD_ANSWER_UNKNOWN;
      self->symptoms[s].skipped = FALSE;
    }
  for (guint a = 0; a < self->n_actions; a++)
    self->actions[a].tried = SD_OUTCOME_NONE;
  self->dirty = TRUE;
}

/* The likelihood of an observed outcome of @action, for a fault it names
 * (@effect) or does not name (@effect == NULL). */
static double
outcome_likelihood (SdOutcome     outcome,
                    const Effect *effect)
{
  switch (outcome)
    {
    case SD_OUTCOME_UNRESOLVED:
      return effect != NULL ? 1.0 - effect_chance (effect) : 1.0;
    case SD_OUTCOME_WORKSHOP:
      return effect != NULL ? effect_chance (effect) : OUTSIDE_WORKSHOP_LIKELIHOOD;
    case SD_OUTCOME_RESOLVED:
      return effect != NULL ? MAX (effect->fix, OUTSIDE_RESOLVED_LIKELIHOOD)
                            : OUTSIDE_RESOLVED_LIKELIHOOD;
    case SD_OUTCOME_NONE:
    default:
      return 1.0;
    }
}

static void
compute_posterior (SdDiagnosis *self)
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

      base = log (clamp_probability (outcome_likelihood (action->tried, NULL)));
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          logw[effect->fault] += log (clamp_probability (outcome_likelihood (action->tried, effect)))
                                 - base;
        }
    }

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
      /* Kept for the entropies of the questions, which need it per fault. */
      self->log_posterior[i] = logw[i] - max - log (sum);
    }
}

static int
compare_causes (gconstpointer a,
                gconstpointer b)
{
  const SdCause *ca = a;
  const SdCause *cb = b;

  /* g_array_sort() is stable: ties keep knowledge-base order, "something
   * else" last. */
  if (ca->probability != cb->probability)
    return ca->probability < cb->probability ? 1 : -1;

  return 0;
}

static void
rank_causes (SdDiagnosis *self)
{
  g_array_set_size (self->causes, 0);
  for (guint i = 0; i <= self->n; i++)
    {
      SdCause cause = { i < self->n ? self->faults[i] : NULL, self->posterior[i] };

      g_array_append_val (self->causes, cause);
    }
  g_array_sort (self->causes, compare_causes);

  for (guint r = 0; r <= self->n; r++)
    {
      const SdCause *cause = &g_array_index (self->causes, SdCause, r);

      self->cause_fault[r] = cause->fault != NULL ? (guint) lookup (self->fault_index,
                                                                    cause->fault->id)
                                                  : self->n;
    }
}

static double
action_chance (const Action *action,
               const double *posterior)
{
  double chance = 0.0;

  for (guint j = 0; j < action->effects->len; j++)
    {
      const Effect *effect = &g_array_index (action->effects, Effect, j);

      chance += posterior[effect->fault] * effect_chance (effect);
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

static void
rank_actions (SdDiagnosis  *self,
              const double *posterior,
              GArray       *ranks)
{
  g_array_set_size (ranks, 0);

  for (guint a = 0; a < self->n_actions; a++)
    {
      const Action *action = &self->actions[a];
      SdActionRank rank;

      if (action->tried != SD_OUTCOME_NONE)
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
static double
expected_cost_of_repair (SdDiagnosis  *self,
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

          settles += open[effect->fault] * effect_chance (effect);
        }

      if (settles / rank->cost < still_open / SD_WORKSHOP_COST_MINUTES)
        break;

      cost += rank->cost * still_open;
      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          open[effect->fault] -= open[effect->fault] * effect_chance (effect);
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

static void
rank_questions (SdDiagnosis *self)
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

      if (symptom->answer != SD_ANSWER_UNKNOWN || symptom->skipped)
        continue;

      for (guint j = 0; j < symptom->links->len; j++)
        {
          const Link *link = &g_array_index (symptom->links, Link, j);

          yes += self->posterior[link->fault] * (link->yes - symptom->leak);
        }
      yes = clamp_probability (yes);

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
      double like = clamp_probability (yes_given_link (symptom, link->q));

      out[link->fault] = self->posterior[link->fault] * (yes ? like : 1.0 - like);
    }
  for (guint i = 0; i <= self->n; i++)
    sum += out[i];
  for (guint i = 0; i <= self->n; i++)
    out[i] /= sum;
}

/* Expected cost of repair if @rank's question is asked first. */
static double
expected_cost_of_asking (SdDiagnosis          *self,
                         const SdQuestionRank *rank)
{
  const Symptom *symptom = &self->symptoms[lookup (self->symptom_index, rank->symptom->id)];
  g_autoptr(GArray) ranks = g_array_new (FALSE, FALSE, sizeof (SdActionRank));
  double cost = SD_QUESTION_COST_MINUTES;

  for (int answer = 0; answer < 2; answer++)
    {
      gboolean yes = answer == 0;

      posterior_after (self, symptom, yes, self->scratch_answer);
      rank_actions (self, self->scratch_answer, ranks);
      cost += (yes ? rank->yes_probability : 1.0 - rank->yes_probability) *
              expected_cost_of_repair (self, self->scratch_answer, ranks, self->scratch, NULL);
    }

  return cost;
}

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

      if (action->tried != SD_OUTCOME_NONE)
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

static void
decide (SdDiagnosis *self)
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
          double asking = expected_cost_of_asking (self, question);

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
 * sd_diagnosis_update:
 *
 * Recomputes the ranking, the next steps and the advice. The getters call it
 * when something changed, so calling it is only needed to time it.
 */
void
sd_diagnosis_update (SdDiagnosis *self)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  compute_posterior (self);
  rank_causes (self);
  rank_actions (self, self->posterior, self->action_ranks);
  self->expected_cost = expected_cost_of_repair (self, self->posterior, self->action_ranks,
                                                 self->scratch, &self->worth_doing);
  rank_questions (self);
  decide (self);
  self->dirty = FALSE;
}

/**
 * sd_diagnosis_invalidate:
 *
 * Makes the next getter recompute everything, for when something outside the
 * case changed, such as the language of the reasons.
 */
void
sd_diagnosis_invalidate (SdDiagnosis *self)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  self->dirty = TRUE;
}

static void
ensure_updated (SdDiagnosis *self)
{
  if (self->dirty)
    sd_diagnosis_update (self);
}

guint
sd_diagnosis_get_n_causes (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0);

  return self->n + 1;
}

/**
 * sd_diagnosis_get_cause:
 * @rank: 0 for the most likely cause
 *
 * Returns: (transfer none): the cause at @rank; its fault is %NULL for
 *   "something else"
 */
const SdCause *
sd_diagnosis_get_cause (SdDiagnosis *self,
                        guint        rank)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);
  g_return_val_if_fail (rank <= self->n, NULL);

  ensure_updated (self);

  return &g_array_index (self->causes, SdCause, rank);
}

/**
 * sd_diagnosis_get_probability:
 * @fault_id: (nullable): a fault, or %NULL for "something else"
 *
 * Returns: the fault's probability given everything observed, or 0
 */
double
sd_diagnosis_get_probability (SdDiagnosis *self,
                              const char  *fault_id)
{
  int i;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0.0);

  ensure_updated (self);
  if (fault_id == NULL)
    return self->posterior[self->n];

  i = lookup (self->fault_index, fault_id);

  return i >= 0 ? self->posterior[i] : 0.0;
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
        yes = clamp_probability (yes_given_link (symptom, link->q));
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
      double like = clamp_probability (yes_given_link (symptom, link->q));

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
        return clamp_probability (outcome_likelihood (action->tried, effect));
    }

  return clamp_probability (outcome_likelihood (action->tried, NULL));
}

static double
action_evidence (SdDiagnosis  *self,
                 const Action *action)
{
  double outside = clamp_probability (outcome_likelihood (action->tried, NULL));
  double total = outside;

  for (guint j = 0; j < action->effects->len; j++)
    {
      const Effect *effect = &g_array_index (action->effects, Effect, j);

      total += self->prior[effect->fault] *
               (clamp_probability (outcome_likelihood (action->tried, effect)) - outside);
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
  GArray *reasons = g_array_new (FALSE, FALSE, sizeof (SdReason));
  guint fault;
  double others;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), reasons);
  g_return_val_if_fail (rank <= self->n, reasons);

  ensure_updated (self);
  fault = self->cause_fault[rank];
  others = 1.0 - self->prior[fault];

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

  g_array_sort (reasons, compare_reasons);

  return reasons;
}

guint
sd_diagnosis_get_n_actions (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0);

  ensure_updated (self);

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

  ensure_updated (self);
  g_return_val_if_fail (rank < self->action_ranks->len, NULL);

  return &g_array_index (self->action_ranks, SdActionRank, rank);
}

guint
sd_diagnosis_get_n_questions (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), 0);

  ensure_updated (self);

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

  ensure_updated (self);
  g_return_val_if_fail (rank < self->question_ranks->len, NULL);

  return &g_array_index (self->question_ranks, SdQuestionRank, rank);
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

  ensure_updated (self);

  return &self->advice;
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

  ensure_updated (self);

  return self->expected_cost;
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
        case SD_OUTCOME_NONE:
        default:
          return g_strdup (effect);
        }
    }
}

/**
 * sd_cause_get_name:
 *
 * Returns: the cause's name in the current language, "Something else" for the
 *   cause the knowledge base does not list
 */
const char *
sd_cause_get_name (const SdCause *cause)
{
  g_return_val_if_fail (cause != NULL, NULL);

  /* Translators: the cause that stands for everything the knowledge base does not list. */
  return cause->fault != NULL ? sd_text_get (&cause->fault->name) : _("Something else");
}

const char *
sd_answer_to_string (SdAnswer answer)
{
  switch (answer)
    {
    case SD_ANSWER_YES:
      return "yes";
    case SD_ANSWER_NO:
      return "no";
    case SD_ANSWER_UNKNOWN:
    default:
      return "unknown";
    }
}
