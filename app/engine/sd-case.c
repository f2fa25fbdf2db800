/* sd-case.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case: what the owner answered, the procedures tried and how they ended,
 * and the wizard run under way. Kept on disk by sd-case-store.c and written up
 * for a mechanic by sd-repair-log.c.
 */
#include "config.h"

#include "sd-case-private.h"

G_DEFINE_FINAL_TYPE (SdCase, sd_case, G_TYPE_OBJECT)
G_DEFINE_QUARK (sd-case-error-quark, sd_case_error)

static void
tried_free (SdTried *tried)
{
  g_free (tried->procedure);
  g_clear_pointer (&tried->when, g_date_time_unref);
  g_free (tried);
}

SdCaseRun *
sd_case_run_new (const char *procedure)
{
  SdCaseRun *run = g_new0 (SdCaseRun, 1);

  run->procedure = g_strdup (procedure);
  run->path = g_ptr_array_new_with_free_func (g_free);
  run->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return run;
}

void
sd_case_run_free (SdCaseRun *run)
{
  if (run == NULL)
    return;

  g_free (run->procedure);
  g_clear_pointer (&run->path, g_ptr_array_unref);
  g_clear_pointer (&run->answers, g_hash_table_unref);
  g_clear_pointer (&run->wait_deadline, g_date_time_unref);
  g_free (run);
}

static void
sd_case_finalize (GObject *object)
{
  SdCase *self = (SdCase *) object;

  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->tried, g_ptr_array_unref);
  g_clear_pointer (&self->run, sd_case_run_free);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->codes, g_strfreev);

  G_OBJECT_CLASS (sd_case_parent_class)->finalize (object);
}

static void
sd_case_class_init (SdCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_case_finalize;
}

static void
sd_case_init (SdCase *self)
{
  self->created = g_date_time_new_now_utc ();
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tried = g_ptr_array_new_with_free_func ((GDestroyNotify) tried_free);
  self->profile = sd_vehicle_profile_new (NULL);
}

SdCase *
sd_case_new (void)
{
  return g_object_new (SD_TYPE_CASE, NULL);
}

void
sd_case_set_answer (SdCase     *self,
                    const char *symptom,
                    SdAnswer    answer)
{
  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (symptom != NULL);

  if (answer == SD_ANSWER_UNKNOWN)
    g_hash_table_remove (self->answers, symptom);
  else
    g_hash_table_insert (self->answers, g_strdup (symptom), GINT_TO_POINTER (answer));
}

SdAnswer
sd_case_get_answer (SdCase     *self,
                    const char *symptom)
{
  g_return_val_if_fail (SD_IS_CASE (self), SD_ANSWER_UNKNOWN);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->answers, symptom));
}

guint
sd_case_get_n_answers (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), 0);

  return g_hash_table_size (self->answers);
}

/**
 * sd_case_add_tried:
 * @when: (nullable): when it ended; now if %NULL
 */
void
sd_case_add_tried (SdCase     *self,
                   const char *procedure,
                   SdOutcome   outcome,
                   GDateTime  *when)
{
  SdTried *tried;

  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (procedure != NULL);

  tried = g_new0 (SdTried, 1);
  tried->procedure = g_strdup (procedure);
  tried->outcome = outcome;
  tried->when = when != NULL ? g_date_time_to_utc (when) : g_date_time_new_now_utc ();
  g_ptr_array_add (self->tried, tried);
}

guint
sd_case_get_n_tried (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), 0);

  return self->tried->len;
}

const SdTried *
sd_case_get_tried (SdCase *self,
                   guint   index)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);
  g_return_val_if_fail (index < self->tried->len, NULL);

  return g_ptr_array_index (self->tried, index);
}

void
sd_case_set_skill (SdCase  *self,
                   SdSkill  skill)
{
  g_return_if_fail (SD_IS_CASE (self));

  self->skill = skill;
}

SdSkill
sd_case_get_skill (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), SD_SKILL_DIY);

  return self->skill;
}

/**
 * sd_case_set_run:
 * @run: (transfer full) (nullable): the run under way, or %NULL when none is
 */
void
sd_case_set_run (SdCase    *self,
                 SdCaseRun *run)
{
  g_return_if_fail (SD_IS_CASE (self));

  g_clear_pointer (&self->run, sd_case_run_free);
  self->run = run;
}

const SdCaseRun *
sd_case_get_run (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->run;
}

/**
 * sd_case_apply:
 *
 * Makes @diagnosis reflect the case: its answers, procedures tried and skill.
 * The last outcome of a procedure tried more than once counts.
 */
void
sd_case_apply (SdCase      *self,
               SdDiagnosis *diagnosis)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (SD_IS_DIAGNOSIS (diagnosis));

  sd_diagnosis_clear (diagnosis);
  sd_diagnosis_set_skill (diagnosis, self->skill);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    sd_diagnosis_set_answer (diagnosis, key, GPOINTER_TO_INT (value));

  for (guint i = 0; i < self->tried->len; i++)
    {
      const SdTried *tried = g_ptr_array_index (self->tried, i);

      sd_diagnosis_set_tried (diagnosis, tried->procedure, tried->outcome);
    }
}

/**
 * sd_case_get_profile:
 *
 * Returns: (transfer none): the car, a profile that lives as long as the case
 */
SdVehicleProfile *
sd_case_get_profile (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->profile;
}

/**
 * sd_case_get_codes:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the fault
 *   codes entered, known to SOS Doctor or not, as sd_codes_normalize() gives them
 */
const char * const *
sd_case_get_codes (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return (const char * const *) self->codes;
}

void
sd_case_set_codes (SdCase             *self,
                   const char * const *codes)
{
  g_return_if_fail (SD_IS_CASE (self));

  g_strfreev (self->codes);
  self->codes = codes != NULL && codes[0] != NULL ? g_strdupv ((char **) codes) : NULL;
}
