/* sd-case.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case: what the owner answered, the procedures tried and how they ended,
 * and the wizard run under way. Kept on disk by sd-case-store.c and written up
 * for a mechanic by sd-repair-log.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

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
  g_clear_pointer (&self->findings, g_ptr_array_unref);
  g_clear_pointer (&self->run, sd_case_run_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->mileage, g_free);
  g_clear_pointer (&self->car_label, g_free);
  g_clear_pointer (&self->codes, g_strfreev);
  g_clear_pointer (&self->clear_modules, g_strfreev);
  g_clear_pointer (&self->answer_times, g_hash_table_unref);
  g_clear_object (&self->profile);

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
  self->findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_finding_free);
  self->answer_times = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                              (GDestroyNotify) g_date_time_unref);
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
    {
      g_hash_table_remove (self->answers, symptom);
      g_hash_table_remove (self->answer_times, symptom);
    }
  else if (sd_case_get_answer (self, symptom) != answer)
    {
      /* The time of the answer as it stands: set again unchanged, it keeps it. */
      g_hash_table_insert (self->answers, g_strdup (symptom), GINT_TO_POINTER (answer));
      g_hash_table_insert (self->answer_times, g_strdup (symptom), g_date_time_new_now_utc ());
    }
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
 * sd_case_dup_answered:
 *
 * Returns: (transfer full): the ids of the symptoms answered, in no order
 */
GStrv
sd_case_dup_answered (SdCase *self)
{
  GHashTableIter iter;
  gpointer key;
  GPtrArray *ids;

  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  ids = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (ids, g_strdup (key));
  g_ptr_array_add (ids, NULL);

  return (GStrv) g_ptr_array_free (ids, FALSE);
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
 * sd_case_add_finding:
 *
 * Keeps what a guide found (issue 12); the same finding twice is kept once.
 */
void
sd_case_add_finding (SdCase          *self,
                     const SdFinding *finding)
{
  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (finding != NULL);

  for (guint i = 0; i < self->findings->len; i++)
    if (sd_finding_equal (g_ptr_array_index (self->findings, i), finding))
      return;

  g_ptr_array_add (self->findings, sd_finding_copy (finding));
}

guint
sd_case_get_n_findings (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), 0);

  return self->findings->len;
}

const SdFinding *
sd_case_get_finding (SdCase *self,
                     guint   index)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);
  g_return_val_if_fail (index < self->findings->len, NULL);

  return g_ptr_array_index (self->findings, index);
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

GDateTime *
sd_case_get_created (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->created;
}

/**
 * sd_case_get_answer_time:
 *
 * Returns: (transfer none) (nullable): when @symptom was answered as it is now,
 *   in UTC, or %NULL if it is not answered or the time was not recorded
 */
GDateTime *
sd_case_get_answer_time (SdCase     *self,
                         const char *symptom)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);
  g_return_val_if_fail (symptom != NULL, NULL);

  return g_hash_table_lookup (self->answer_times, symptom);
}

/**
 * sd_case_set_answer_time:
 * @when: (nullable): when the answer was given; %NULL forgets it
 *
 * Sets when an answered symptom was answered (the case file does so on load).
 * A symptom not answered keeps no time.
 */
void
sd_case_set_answer_time (SdCase     *self,
                         const char *symptom,
                         GDateTime  *when)
{
  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (symptom != NULL);

  if (when == NULL || !g_hash_table_contains (self->answers, symptom))
    g_hash_table_remove (self->answer_times, symptom);
  else
    g_hash_table_insert (self->answer_times, g_strdup (symptom), g_date_time_to_utc (when));
}

/* Empty text is no text: every optional field of the case reads NULL then. */
static void
set_text (char       **field,
          const char  *value)
{
  g_free (*field);
  *field = value != NULL && value[0] != '\0' ? g_strdup (value) : NULL;
}

/**
 * sd_case_get_id:
 *
 * Returns: (nullable): the id the case store keeps the case under
 */
const char *
sd_case_get_id (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->id;
}

void
sd_case_set_id (SdCase     *self,
                const char *id)
{
  g_return_if_fail (SD_IS_CASE (self));

  set_text (&self->id, id);
}

/**
 * sd_case_get_name:
 *
 * Returns: (nullable): the name the user gave the case
 */
const char *
sd_case_get_name (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->name;
}

void
sd_case_set_name (SdCase     *self,
                  const char *name)
{
  g_return_if_fail (SD_IS_CASE (self));

  set_text (&self->name, name);
}

/**
 * sd_case_get_notes:
 *
 * Returns: (nullable): the owner's notes, several lines perhaps
 */
const char *
sd_case_get_notes (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->notes;
}

void
sd_case_set_notes (SdCase     *self,
                   const char *notes)
{
  g_return_if_fail (SD_IS_CASE (self));

  set_text (&self->notes, notes);
}

/**
 * sd_case_get_vin:
 *
 * Returns: (nullable): the car's vehicle identification number, if given;
 *   the car's profile holds it
 */
const char *
sd_case_get_vin (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return sd_vehicle_profile_get_vin (self->profile);
}

void
sd_case_set_vin (SdCase     *self,
                 const char *vin)
{
  g_return_if_fail (SD_IS_CASE (self));

  sd_vehicle_profile_set_vin (self->profile, vin != NULL && vin[0] != '\0' ? vin : NULL);
}

/**
 * sd_case_get_mileage:
 *
 * Returns: (nullable): the car's mileage as the owner gave it, with its unit
 */
const char *
sd_case_get_mileage (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->mileage;
}

void
sd_case_set_mileage (SdCase     *self,
                     const char *mileage)
{
  g_return_if_fail (SD_IS_CASE (self));

  set_text (&self->mileage, mileage);
}

/**
 * sd_case_get_car_label:
 *
 * Returns: (nullable): the car's profile, shown as one short line ("BMW 3 Series E90")
 */
const char *
sd_case_get_car_label (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->car_label;
}

void
sd_case_set_car_label (SdCase     *self,
                       const char *label)
{
  g_return_if_fail (SD_IS_CASE (self));

  set_text (&self->car_label, label);
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
 * Returns: (nullable) (array zero-terminated=1): the fault codes entered, in order
 */
const char * const *
sd_case_get_codes (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return (const char * const *) self->codes;
}

/**
 * sd_case_set_codes:
 * @codes: (nullable) (array zero-terminated=1): the fault codes, known or not
 */
void
sd_case_set_codes (SdCase             *self,
                   const char * const *codes)
{
  g_return_if_fail (SD_IS_CASE (self));

  g_clear_pointer (&self->codes, g_strfreev);
  if (codes != NULL && codes[0] != NULL)
    self->codes = g_strdupv ((char **) codes);
}

/**
 * sd_case_get_clear_modules:
 *
 * Returns: (nullable) (array zero-terminated=1): the ids of the modules a
 *   scanner read and found no fault codes in (codes.xml), such as "telematics"
 */
const char * const *
sd_case_get_clear_modules (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return (const char * const *) self->clear_modules;
}

/**
 * sd_case_set_clear_modules:
 * @modules: (nullable) (array zero-terminated=1): module ids
 */
void
sd_case_set_clear_modules (SdCase             *self,
                           const char * const *modules)
{
  g_return_if_fail (SD_IS_CASE (self));

  g_clear_pointer (&self->clear_modules, g_strfreev);
  if (modules != NULL && modules[0] != NULL)
    self->clear_modules = g_strdupv ((char **) modules);
}

/**
 * sd_case_get_car_asked:
 *
 * Returns: whether the owner was asked about the car ("Your car"), whatever
 *   they answered; a new case was not, a case saved before the question was
 *   counts as asked
 */
gboolean
sd_case_get_car_asked (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), TRUE);

  return self->car_asked;
}

void
sd_case_set_car_asked (SdCase   *self,
                       gboolean  asked)
{
  g_return_if_fail (SD_IS_CASE (self));

  self->car_asked = !!asked;
}

/**
 * sd_case_dup_title:
 *
 * Returns: (transfer full): what the case is called in a list: the name the
 *   user gave it, else its car, else the day it was started
 */
char *
sd_case_dup_title (SdCase *self)
{
  g_autoptr(GDateTime) started = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  if (self->name != NULL)
    return g_strdup (self->name);
  if (self->car_label != NULL)
    return g_strdup (self->car_label);

  started = g_date_time_to_local (self->created);
  date = g_date_time_format (started, "%x");
  /* Translators: the title of a case without a name or a car; %s is a date. */
  return g_strdup_printf (_("Case started on %s"), date);
}

/**
 * sd_case_dup_car:
 *
 * Returns: (transfer full) (nullable): the car, as the owner described it, or
 *   else as its profile says (model, head unit, telematics unit, market); %NULL
 *   when nothing is known of it
 */
char *
sd_case_dup_car (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  if (self->car_label != NULL)
    return g_strdup (self->car_label);
  if (sd_vehicle_profile_is_unknown (self->profile))
    return NULL;

  return sd_vehicle_profile_describe (self->profile);
}
