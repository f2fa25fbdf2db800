/* sd-diagnosis-car.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis for one car: what does not apply to the car of the profile is
 * not ranked (its prior is 0, the others renormalised), not asked and not
 * offered; and the fault codes a scanner read, as evidence. A known code
 * multiplies each fault's weight by P(code | fault) against its leak, the
 * chance of seeing it with none of its faults; a module a scanner read and
 * found empty multiplies by 1 − P(code | fault) against 1 − leak for every
 * code of that module. An unknown code is kept and changes nothing.
 */
#include "config.h"

#include <math.h>

#include "sd-diagnosis-private.h"
#include "sd-question.h"

static void apply_profile (SdDiagnosis *self);

static SdFact
fault_fact (SdDiagnosis   *self,
            const SdFault *fault)
{
  const SdComponent *component = sd_knowledge_lookup_component (self->knowledge, fault->component);
  SdFact fact = sd_applies_decide (fault->applies, self->profile);

  if (component != NULL)
    fact = sd_fact_and (fact, sd_applies_decide (component->applies, self->profile));

  return fact;
}

/* A symptom's component only groups it, so only its own conditions count;
 * but a question about nothing this car can have is not asked either. Needs
 * the faults decided first. */
static SdFact
symptom_fact (SdDiagnosis   *self,
              const Symptom *symptom)
{
  SdFact fact = sd_applies_decide (symptom->symptom->applies, self->profile);
  gboolean all_excluded = symptom->links->len > 0;

  for (guint j = 0; all_excluded && j < symptom->links->len; j++)
    all_excluded = self->fault_excluded[g_array_index (symptom->links, Link, j).fault];

  return all_excluded ? SD_FACT_NO : fact;
}

/* Called once the tables are built. */
void
sd_diagnosis_build_car (SdDiagnosis *self)
{
  self->base_prior = g_memdup2 (self->prior, sizeof (double) * (self->n + 1));
  self->fault_excluded = g_new0 (gboolean, self->n + 1);
  self->codes = g_ptr_array_new_with_free_func (g_free);
  self->clear_modules = g_ptr_array_new_with_free_func (g_free);

  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const char *after = self->symptoms[s].symptom->after;

      self->symptoms[s].after = after != NULL ? sd_index_lookup (self->symptom_index, after) : -1;
    }
}

void
sd_diagnosis_finalize_car (SdDiagnosis *self)
{
  if (self->profile != NULL)
    g_clear_signal_handler (&self->profile_handler, self->profile);
  g_clear_object (&self->profile);
  g_clear_object (&self->code_table);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->clear_modules, g_ptr_array_unref);
  sd_diagnosis_forget_codes (self);
  g_clear_pointer (&self->base_prior, g_free);
  g_clear_pointer (&self->fault_excluded, g_free);
}

/* Marks the procedures not for the car. */
void
sd_diagnosis_exclude_actions (SdDiagnosis *self)
{
  for (guint a = 0; a < self->n_actions; a++)
    self->actions[a].excluded =
      sd_applies_decide (sd_procedure_get_applies (self->actions[a].procedure),
                         self->profile) == SD_FACT_NO;
}

/* Marks what is not for the car and renormalises the priors of the rest. */
static void
apply_profile (SdDiagnosis *self)
{
  gboolean any = FALSE;
  double sum = 0.0;

  for (guint i = 0; i < self->n; i++)
    {
      self->fault_excluded[i] = fault_fact (self, self->faults[i]) == SD_FACT_NO;
      any |= self->fault_excluded[i];
    }
  for (guint s = 0; s < self->n_symptoms; s++)
    self->symptoms[s].excluded = symptom_fact (self, &self->symptoms[s]) == SD_FACT_NO;
  sd_diagnosis_exclude_actions (self);

  /* Without anything left out the priors stay exactly as they were read. */
  for (guint i = 0; i <= self->n; i++)
    {
      self->prior[i] = self->fault_excluded[i] ? 0.0 : self->base_prior[i];
      sum += self->prior[i];
    }
  for (guint i = 0; any && i <= self->n; i++)
    self->prior[i] /= sum;

  sd_diagnosis_sync_questions (self);
  sd_diagnosis_changed (self);
}

static void
on_profile_notify (SdDiagnosis *self)
{
  apply_profile (self);
}

/**
 * sd_diagnosis_set_profile:
 * @profile: (nullable): the car, or %NULL for a car nothing is known of
 *
 * Follows the profile: every change to it recomputes what applies.
 */
void
sd_diagnosis_set_profile (SdDiagnosis      *self,
                          SdVehicleProfile *profile)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));
  g_return_if_fail (profile == NULL || SD_IS_VEHICLE_PROFILE (profile));

  if (self->profile == profile)
    return;

  if (self->profile != NULL)
    g_clear_signal_handler (&self->profile_handler, self->profile);
  g_set_object (&self->profile, profile);
  if (profile != NULL)
    self->profile_handler = g_signal_connect_swapped (profile, "notify",
                                                      G_CALLBACK (on_profile_notify), self);
  apply_profile (self);
}

/**
 * sd_diagnosis_get_profile:
 *
 * Returns: (transfer none) (nullable): the car
 */
SdVehicleProfile *
sd_diagnosis_get_profile (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  return self->profile;
}

/* Whether the fault can be the cause in this car: not ruled out by the profile. */
gboolean
sd_diagnosis_fault_applies (SdDiagnosis *self,
                            const char  *fault_id)
{
  int i;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  i = sd_index_lookup (self->fault_index, fault_id);

  return i >= 0 && !self->fault_excluded[i];
}

gboolean
sd_diagnosis_symptom_applies (SdDiagnosis *self,
                              const char  *symptom_id)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  s = sd_index_lookup (self->symptom_index, symptom_id);

  return s >= 0 && !self->symptoms[s].excluded;
}

gboolean
sd_diagnosis_procedure_applies (SdDiagnosis *self,
                                const char  *procedure_id)
{
  int a;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  a = sd_index_lookup (self->action_index, procedure_id);

  return a >= 0 && !self->actions[a].excluded;
}

/* Whether the question may be asked now: for the car, and its prerequisite
 * answered yes. */
gboolean
sd_diagnosis_symptom_is_open (SdDiagnosis   *self,
                              const Symptom *symptom)
{
  return !symptom->excluded &&
         (symptom->after < 0 || self->symptoms[symptom->after].answer == SD_ANSWER_YES);
}

/* The questions model holds the questions for the car that may be asked now,
 * in knowledge-base order: a question waiting for another's yes is not in it
 * yet. One answered stays, so that its answer can still be seen and changed. */
void
sd_diagnosis_sync_questions (SdDiagnosis *self)
{
  g_autoptr(GPtrArray) visible = NULL;
  guint n_items;
  gboolean same;

  if (self->question_store == NULL)
    return;

  visible = g_ptr_array_new ();
  for (guint s = 0; s < self->n_symptoms; s++)
    {
      const Symptom *symptom = &self->symptoms[s];

      if (!symptom->excluded &&
          (symptom->answer != SD_ANSWER_UNKNOWN || sd_diagnosis_symptom_is_open (self, symptom)))
        g_ptr_array_add (visible, symptom->question);
    }

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->question_store));
  same = n_items == visible->len;
  for (guint i = 0; same && i < n_items; i++)
    {
      g_autoptr(SdQuestion) item = g_list_model_get_item (G_LIST_MODEL (self->question_store), i);

      same = item == g_ptr_array_index (visible, i);
    }
  if (!same)
    g_list_store_splice (self->question_store, 0, n_items, visible->pdata, visible->len);
}

/**
 * sd_diagnosis_set_codes:
 * @table: the code table
 * @codes: (nullable) (array zero-terminated=1): the codes a scanner read, as
 *   sd_codes_parse_input() gives them
 *
 * A code the table does not know is kept (sd_diagnosis_get_codes()) and
 * changes nothing.
 */
void
sd_diagnosis_set_codes (SdDiagnosis        *self,
                        SdCodes            *table,
                        const char * const *codes)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));
  g_return_if_fail (SD_IS_CODES (table));

  g_set_object (&self->code_table, table);
  g_ptr_array_set_size (self->codes, 0);
  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    {
      g_autofree char *code = sd_codes_normalize (codes[i]);

      /* A code whose number is not known is entered by its id. */
      if (code == NULL && sd_codes_lookup_id (table, codes[i]) != NULL)
        code = g_strdup (codes[i]);

      if (code != NULL && !g_ptr_array_find_with_equal_func (self->codes, code, g_str_equal, NULL))
        g_ptr_array_add (self->codes, g_steal_pointer (&code));
    }
  sd_diagnosis_forget_codes (self);
  sd_diagnosis_changed (self);
}

/**
 * sd_diagnosis_get_codes:
 *
 * Returns: (transfer none) (element-type utf8): the codes entered, known or not
 */
GPtrArray *
sd_diagnosis_get_codes (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  return self->codes;
}

/**
 * sd_diagnosis_set_clear_modules:
 * @modules: (nullable) (array zero-terminated=1): ids of codes.xml modules a
 *   scanner read and found no codes in, such as "telematics"
 */
void
sd_diagnosis_set_clear_modules (SdDiagnosis        *self,
                                const char * const *modules)
{
  g_return_if_fail (SD_IS_DIAGNOSIS (self));

  g_ptr_array_set_size (self->clear_modules, 0);
  for (guint i = 0; modules != NULL && modules[i] != NULL; i++)
    g_ptr_array_add (self->clear_modules, g_strdup (modules[i]));
  sd_diagnosis_forget_codes (self);
  sd_diagnosis_changed (self);
}

/**
 * sd_diagnosis_get_code_table:
 *
 * Returns: (transfer none) (nullable): the code table of sd_diagnosis_set_codes()
 */
SdCodes *
sd_diagnosis_get_code_table (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  return self->code_table;
}

/**
 * sd_diagnosis_imply_scanner:
 * @answer: whether to answer the scanner question yes as well; %FALSE keeps
 *   the answer it has (a case read again, whose owner may have changed it)
 *
 * For fault codes entered, or a module a scanner read and found empty: the
 * owner has a scanner, or a workshop's printout. The questions about what a
 * scanner showed (`after="has-scanner"`) are then not advised: the codes say
 * it better, and an answer to them as well would count the same evidence
 * twice. They stay among the questions, for an owner who wants to answer
 * them. The app (sd_session_set_codes()) and the command line (--codes,
 * --no-codes-in) both take codes this way.
 *
 * Returns: %TRUE if @answer and the scanner question is now answered yes
 */
gboolean
sd_diagnosis_imply_scanner (SdDiagnosis *self,
                            gboolean     answer)
{
  gboolean answered = FALSE;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), FALSE);

  if (answer)
    answered = sd_diagnosis_set_answer (self, SD_DIAGNOSIS_SCANNER_SYMPTOM, SD_ANSWER_YES);
  for (guint s = 0; s < self->n_symptoms; s++)
    if (g_strcmp0 (self->symptoms[s].symptom->after, SD_DIAGNOSIS_SCANNER_SYMPTOM) == 0)
      sd_diagnosis_set_skipped (self, self->symptoms[s].symptom->id, TRUE);

  return answered;
}

typedef struct
{
  guint  fault;
  double term;
} CodeTerm;

static gboolean
code_in_clear_module (SdDiagnosis  *self,
                      const SdCode *code)
{
  for (guint m = 0; code->modules != NULL && code->modules[m] != NULL; m++)
    if (g_ptr_array_find_with_equal_func (self->clear_modules, code->modules[m], g_str_equal,
                                          NULL))
      return TRUE;

  return FALSE;
}

/* The fault of @code's @j-th indication, as an index; -1 when the knowledge
 * base does not have it, or when an earlier indication names it too: for a
 * fault named twice, only the first counts. */
static int
indication_fault (SdDiagnosis  *self,
                  const SdCode *code,
                  guint         j)
{
  int f = sd_index_lookup (self->fault_index,
                           g_array_index (code->indications, SdCodeIndication, j).fault);

  if (f < 0 || (guint) f >= self->n)
    return -1;
  for (guint k = 0; k < j; k++)
    if (sd_index_lookup (self->fault_index,
                         g_array_index (code->indications, SdCodeIndication, k).fault) == f)
      return -1;

  return f;
}

/* log P(observation | fault) − log P(observation | none of its faults) for
 * the fault of @code's @j-th indication, the code seen (@seen) or looked for
 * and not seen. A fault the code does not name has 0. */
static double
indication_log_ratio (const SdCode *code,
                      guint         j,
                      gboolean      seen)
{
  double leak = sd_clamp_probability (code->leak);
  double like = sd_clamp_probability (g_array_index (code->indications,
                                                     SdCodeIndication, j).likelihood);

  return seen ? log (like) - log (leak) : log (1.0 - like) - log (1.0 - leak);
}

static void
add_code_terms (SdDiagnosis  *self,
                const SdCode *code,
                gboolean      seen)
{
  for (guint j = 0; j < code->indications->len; j++)
    {
      CodeTerm term = { 0, 0.0 };
      int f = indication_fault (self, code, j);

      if (f < 0)
        continue;
      term.fault = f;
      term.term = indication_log_ratio (code, j, seen);
      g_array_append_val (self->code_terms, term);
    }
}

/* Makes the terms of the codes entered, then of those a scanner would have
 * found in a module it found empty: only the faults a code names get one
 * (the others' is 0), so the table is walked once, by its indications, and
 * not again for each answer. A code table only grows; one that did since is
 * read again. */
static void
ensure_code_terms (SdDiagnosis *self)
{
  guint n_codes = self->code_table != NULL ? sd_codes_get_n_codes (self->code_table) : 0;

  if (self->code_terms != NULL && self->code_terms_n_codes == n_codes)
    return;

  sd_diagnosis_forget_codes (self);
  self->entered_codes = g_ptr_array_sized_new (self->codes->len);
  self->code_terms = g_array_new (FALSE, FALSE, sizeof (CodeTerm));
  self->code_terms_n_codes = n_codes;

  for (guint i = 0; i < self->codes->len; i++)
    {
      const SdCode *code = NULL;

      if (self->code_table != NULL)
        code = sd_codes_lookup_entered (self->code_table, g_ptr_array_index (self->codes, i));
      g_ptr_array_add (self->entered_codes, (gpointer) code);
      if (code != NULL)
        add_code_terms (self, code, TRUE);
    }

  for (guint c = 0; self->clear_modules->len > 0 && c < n_codes; c++)
    {
      const SdCode *code = sd_codes_get_code (self->code_table, c);

      /* A code entered was seen, whichever module a scanner found empty. */
      if (!code_in_clear_module (self, code) || g_ptr_array_find (self->entered_codes, code, NULL))
        continue;
      add_code_terms (self, code, FALSE);
    }
}

/* The codes or the modules changed. */
void
sd_diagnosis_forget_codes (SdDiagnosis *self)
{
  g_clear_pointer (&self->entered_codes, g_ptr_array_unref);
  g_clear_pointer (&self->code_terms, g_array_unref);
}

/* Adds the codes' terms to the log weights, as the symptoms' are added; in
 * the order of the codes, as the sums would be without the cache. */
void
sd_diagnosis_add_code_evidence (SdDiagnosis *self,
                                double      *logw)
{
  ensure_code_terms (self);

  for (guint t = 0; t < self->code_terms->len; t++)
    {
      const CodeTerm *term = &g_array_index (self->code_terms, CodeTerm, t);

      logw[term->fault] += term->term;
    }
}

/* The ratio of P(code | @fault) to P(code | another cause), weighted by the
 * priors, as the symptoms' reasons are. */
void
sd_diagnosis_add_code_reasons (SdDiagnosis *self,
                               guint        fault,
                               GArray      *reasons)
{
  g_autofree double *ratio = NULL;
  double others = 1.0 - self->prior[fault];

  ensure_code_terms (self);

  for (guint i = 0; i < self->entered_codes->len && others > 0.0; i++)
    {
      const SdCode *code = g_ptr_array_index (self->entered_codes, i);
      SdReason reason = { SD_REASON_CODE, g_ptr_array_index (self->codes, i),
                          SD_ANSWER_YES, SD_OUTCOME_NONE, 1.0 };
      double here, rest = 0.0;

      if (code == NULL)
        continue;

      /* P(code | f) / P(code | none) for every cause: 1 (exp (0)) but for
       * the faults the code names. */
      if (ratio == NULL)
        {
          ratio = g_new (double, self->n + 1);
          for (guint f = 0; f <= self->n; f++)
            ratio[f] = 1.0;
        }
      for (guint j = 0; j < code->indications->len; j++)
        {
          int f = indication_fault (self, code, j);

          if (f >= 0)
            ratio[f] = exp (indication_log_ratio (code, j, TRUE));
        }

      here = ratio[fault];
      for (guint f = 0; f <= self->n; f++)
        if (f != fault)
          rest += self->prior[f] * ratio[f];
      reason.ratio = here / (rest / others);
      if (fabs (log (reason.ratio)) >= log (1.05))
        g_array_append_val (reasons, reason);

      for (guint j = 0; j < code->indications->len; j++)
        {
          int f = indication_fault (self, code, j);

          if (f >= 0)
            ratio[f] = 1.0;
        }
    }
}
