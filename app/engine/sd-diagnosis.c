/* sd-diagnosis.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Single-fault Bayesian ranking with an explicit "something else", and the next
 * best step after Heckerman, Breese & Rommelse (1995). This file holds the
 * model: the observations (answers, questions skipped, procedures tried, the
 * skill), when everything is recomputed, and what a widget binds to: the
 * properties of the advice, the ranked causes and the questions as list
 * models (made in sd-diagnosis-models.c). The inference is in sd-inference.c,
 * the plan (expected cost, questions) in sd-plan.c and sd-plan-questions.c,
 * the advice in sd-advice.c.
 *
 * The diagnosis is lazy until its models are asked for: the getters recompute
 * what changed. From then on it recomputes at each change, so that one answer
 * notifies its question's "answer", re-sorts the causes model by moving only
 * the causes that changed places, and notifies the advice if it changed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-diagnosis-private.h"
#include "sd-enum-utils.h"

G_DEFINE_FINAL_TYPE (SdDiagnosis, sd_diagnosis, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_ADVICE_KIND,
  PROP_ADVICE_SYMPTOM_ID,
  PROP_ADVICE_PROCEDURE,
  PROP_ADVICE_REASON,
  PROP_EXPECTED_COST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sd_diagnosis_dispose (GObject *object)
{
  SdDiagnosis *self = (SdDiagnosis *) object;

  if (self->procedures != NULL)
    g_clear_signal_handler (&self->procedures_handler, self->procedures);
  g_clear_handle_id (&self->procedures_idle, g_source_remove);
  g_clear_object (&self->cause_store);
  g_clear_object (&self->question_store);

  G_OBJECT_CLASS (sd_diagnosis_parent_class)->dispose (object);
}

static void
sd_diagnosis_finalize (GObject *object)
{
  SdDiagnosis *self = (SdDiagnosis *) object;

  for (guint i = 0; self->cause_items != NULL && i <= self->n; i++)
    g_clear_object (&self->cause_items[i]);
  for (guint i = 0; i < self->n_symptoms; i++)
    {
      g_clear_pointer (&self->symptoms[i].links, g_array_unref);
      g_clear_object (&self->symptoms[i].question);
    }
  sd_diagnosis_free_actions (self);

  sd_diagnosis_finalize_car (self);
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->cause_items, g_free);
  g_clear_pointer (&self->symptoms, g_free);
  g_clear_pointer (&self->faults, g_free);
  g_clear_pointer (&self->prior, g_free);
  g_clear_pointer (&self->posterior, g_free);
  g_clear_pointer (&self->log_posterior, g_free);
  g_clear_pointer (&self->scratch, g_free);
  g_clear_pointer (&self->scratch_answer, g_free);
  g_clear_pointer (&self->plan, sd_diagnosis_plan_free);
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
sd_diagnosis_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SdDiagnosis *self = SD_DIAGNOSIS (object);

  sd_diagnosis_ensure_updated (self);

  switch (prop_id)
    {
    case PROP_ADVICE_KIND:
      g_value_set_enum (value, self->advice.kind);
      break;

    case PROP_ADVICE_SYMPTOM_ID:
      g_value_set_string (value, self->advice.symptom != NULL ? self->advice.symptom->id : NULL);
      break;

    case PROP_ADVICE_PROCEDURE:
      g_value_set_object (value, self->advice.procedure);
      break;

    case PROP_ADVICE_REASON:
      g_value_set_string (value, self->advice.reason);
      break;

    case PROP_EXPECTED_COST:
      g_value_set_double (value, self->expected_cost);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_diagnosis_class_init (SdDiagnosisClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_diagnosis_dispose;
  object_class->finalize = sd_diagnosis_finalize;
  object_class->get_property = sd_diagnosis_get_property;

  /**
   * SdDiagnosis:advice-kind:
   *
   * What to do next, an #SdAdviceKind.
   */
  properties[PROP_ADVICE_KIND] =
    g_param_spec_enum ("advice-kind", NULL, NULL, SD_TYPE_ADVICE_KIND, SD_ADVICE_ASK,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdDiagnosis:advice-symptom-id:
   *
   * The question to ask, when the advice is to ask one.
   */
  properties[PROP_ADVICE_SYMPTOM_ID] =
    g_param_spec_string ("advice-symptom-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdDiagnosis:advice-procedure:
   *
   * The procedure to do, or to prepare a workshop visit with.
   */
  properties[PROP_ADVICE_PROCEDURE] =
    g_param_spec_object ("advice-procedure", NULL, NULL, SD_TYPE_PROCEDURE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdDiagnosis:advice-reason:
   *
   * Why, in words for a person.
   */
  properties[PROP_ADVICE_REASON] =
    g_param_spec_string ("advice-reason", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdDiagnosis:expected-cost:
   *
   * The expected minutes to a repair if the ranked steps are followed.
   */
  properties[PROP_EXPECTED_COST] =
    g_param_spec_double ("expected-cost", NULL, NULL, 0.0, G_MAXDOUBLE, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
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
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_finding_free);
  self->dirty = TRUE;
}

/* An observation changed: recompute now if someone follows the models. */
void
sd_diagnosis_changed (SdDiagnosis *self)
{
  self->dirty = TRUE;
  if (self->cause_store != NULL)
    sd_diagnosis_update (self);
}

static void
notify_advice (SdDiagnosis    *self,
               const SdAdvice *before,
               double          cost_before)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (before->kind != self->advice.kind)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE_KIND]);
  if (before->symptom != self->advice.symptom)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE_SYMPTOM_ID]);
  if (before->procedure != self->advice.procedure)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE_PROCEDURE]);
  if (g_strcmp0 (before->reason, self->advice.reason) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADVICE_REASON]);
  if (cost_before != self->expected_cost)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPECTED_COST]);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
procedures_idle_cb (gpointer user_data)
{
  SdDiagnosis *self = user_data;

  self->procedures_idle = 0;
  sd_diagnosis_ensure_updated (self);

  return G_SOURCE_REMOVE;
}

/* Guides loaded late come in batches, each one or a few items-changed: the
 * actions are made again at once (cheap, and every lookup by id sees them),
 * the ranking once per batch, when the main context is next idle, unless a
 * getter or another change asks for it first. */
static void
on_procedures_changed (SdDiagnosis *self)
{
  sd_diagnosis_rebuild_actions (self);
  if (self->cause_store != NULL && self->procedures_idle == 0)
    self->procedures_idle = g_idle_add_full (G_PRIORITY_HIGH_IDLE, procedures_idle_cb, self, NULL);
}

/**
 * sd_diagnosis_new:
 * @knowledge: a checked knowledge base
 * @procedures: a list model of #SdProcedure, checked against @knowledge
 *
 * The diagnosis follows @procedures: guides added or replaced later (the
 * user's, loaded in the background) are ranked as the others, and what was
 * tried of a guide replaced stays tried.
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
  sd_diagnosis_build (self);
  self->procedures_handler = g_signal_connect_swapped (procedures, "items-changed",
                                                       G_CALLBACK (on_procedures_changed), self);

  return self;
}

gboolean
sd_diagnosis_set_answer (SdDiagnosis *self,
                         const char  *symptom_id,
                         SdAnswer     answer)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  s = sd_index_lookup (self->symptom_index, symptom_id);
  if (s < 0)
    return FALSE;

  if (self->symptoms[s].answer != answer)
    {
      self->symptoms[s].answer = answer;
      sd_diagnosis_changed (self);
      if (self->symptoms[s].question != NULL)
        sd_question_set_answer (self->symptoms[s].question, answer);
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

  s = sd_index_lookup (self->symptom_index, symptom_id);
  if (s < 0)
    return FALSE;

  if (self->symptoms[s].skipped != !!skipped)
    {
      self->symptoms[s].skipped = !!skipped;
      sd_diagnosis_changed (self);
    }

  return TRUE;
}

SdAnswer
sd_diagnosis_get_answer (SdDiagnosis *self,
                         const char  *symptom_id)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), SD_ANSWER_UNKNOWN);

  s = sd_index_lookup (self->symptom_index, symptom_id);

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

  a = sd_index_lookup (self->action_index, procedure_id);
  if (a < 0)
    return FALSE;

  if (self->actions[a].tried != outcome)
    {
      self->actions[a].tried = outcome;
      sd_diagnosis_changed (self);
    }

  return TRUE;
}

SdOutcome
sd_diagnosis_get_tried (SdDiagnosis *self,
                        const char  *procedure_id)
{
  int a;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), SD_OUTCOME_NONE);

  a = sd_index_lookup (self->action_index, procedure_id);

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
      sd_diagnosis_changed (self);
    }
}

/**
 * sd_diagnosis_clear:
 *
 * Forgets every answer, every procedure tried, what guides found and the fault codes: a new
 * case. The car stays (sd_diagnosis_set_profile()).
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
    {
      self->actions[a].tried = SD_OUTCOME_NONE;
      self->actions[a].observed = self->actions[a].says_found;
    }
  g_ptr_array_set_size (self->findings, 0);
  g_ptr_array_set_size (self->codes, 0);
  g_ptr_array_set_size (self->clear_modules, 0);
  sd_diagnosis_forget_codes (self);
  sd_diagnosis_changed (self);
  for (guint s = 0; s < self->n_symptoms; s++)
    if (self->symptoms[s].question != NULL)
      sd_question_set_answer (self->symptoms[s].question, SD_ANSWER_UNKNOWN);
}

/**
 * sd_diagnosis_update:
 *
 * Recomputes the ranking, the next steps and the advice, and notifies what
 * changed: the properties, and the causes model with the fewest moves. The
 * getters call it when something changed (and every change does once the
 * models were asked for), so calling it is only needed to time it.
 */
void
sd_diagnosis_update (SdDiagnosis *self)
{
  SdAdvice before;
  double cost_before;

  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  before = self->advice;
  before.reason = g_strdup (self->advice.reason);
  cost_before = self->expected_cost;

  sd_diagnosis_compute_posterior (self);
  sd_diagnosis_rank_causes (self);
  sd_diagnosis_rank_actions (self, self->posterior, self->action_ranks);
  self->expected_cost = sd_diagnosis_cost_of_repair (self, self->posterior, self->action_ranks,
                                                     self->scratch, &self->worth_doing);
  sd_diagnosis_rank_questions (self);
  sd_diagnosis_decide (self);
  /* Before anyone hears of it, so that what they ask for is this. */
  self->dirty = FALSE;

  sd_diagnosis_sync_causes (self);
  /* An answer may open a question that waited for it. */
  sd_diagnosis_sync_questions (self);
  notify_advice (self, &before, cost_before);
  g_free (before.reason);
}

/**
 * sd_diagnosis_invalidate:
 *
 * Makes the next getter recompute everything, for when something outside the
 * case changed, such as the language of the reasons. Once the models were
 * asked for, recomputes at once and tells their objects that their texts
 * changed.
 */
void
sd_diagnosis_invalidate (SdDiagnosis *self)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  sd_diagnosis_changed (self);
  if (self->cause_store != NULL)
    for (guint i = 0; i <= self->n; i++)
      sd_cause_item_texts_changed (self->cause_items[i]);
  for (guint s = 0; self->question_store != NULL && s < self->n_symptoms; s++)
    sd_question_texts_changed (self->symptoms[s].question);
}

void
sd_diagnosis_ensure_updated (SdDiagnosis *self)
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

  sd_diagnosis_ensure_updated (self);

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

  sd_diagnosis_ensure_updated (self);
  if (fault_id == NULL)
    return self->posterior[self->n];

  i = sd_index_lookup (self->fault_index, fault_id);

  return i >= 0 ? self->posterior[i] : 0.0;
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