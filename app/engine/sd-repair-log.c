/* sd-repair-log.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The repair log: what was observed, tried and concluded, as plain text for a
 * mechanic.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-case-private.h"
#include "sd-repair-log.h"

/**
 * sd_outcome_get_log_label:
 *
 * Returns: how a guide ended, as the repair log and the report say it
 */
const char *
sd_outcome_get_log_label (SdOutcome outcome)
{
  switch (outcome)
    {
    case SD_OUTCOME_RESOLVED:
      /* Translators: how a procedure ended, in the repair log. */
      return C_("outcome", "fixed it");
    case SD_OUTCOME_UNRESOLVED:
      return C_("outcome", "did not fix it");
    case SD_OUTCOME_WORKSHOP:
      return C_("outcome", "needs a workshop");
    case SD_OUTCOME_FOUND:
      return C_("outcome", "found the cause");
    case SD_OUTCOME_NONE:
    default:
      return C_("outcome", "not finished");
    }
}

/**
 * sd_procedures_lookup:
 * @procedures: (element-type SdProcedure): a list of guides
 *
 * Returns: (transfer none) (nullable): the guide @id in @procedures
 */
SdProcedure *
sd_procedures_lookup (GListModel *procedures,
                      const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      if (g_strcmp0 (sd_procedure_get_id (procedure), id) == 0)
        return procedure;
    }

  return NULL;
}

/* The codes a scanner read, each with its meaning or said to be unknown, and
 * the modules it found empty. */
static void
append_codes (SdCase      *self,
              SdDiagnosis *diagnosis,
              GString     *out)
{
  SdCodes *table = sd_diagnosis_get_code_table (diagnosis);

  if (self->codes == NULL && self->clear_modules == NULL)
    return;

  /* Translators: a heading of the repair log. */
  g_string_append_printf (out, "\n%s\n", _("Fault codes"));
  for (guint i = 0; self->codes != NULL && self->codes[i] != NULL; i++)
    {
      const SdCode *code = table != NULL ? sd_codes_lookup_entered (table, self->codes[i]) : NULL;

      g_string_append (out, "  ");
      if (code != NULL)
        g_string_append_printf (out, _("Fault code %s: %s\n"), self->codes[i],
                                sd_codes_get_meaning (table, code));
      else
        g_string_append_printf (out, _("Fault code %s: not known to SOS Doctor\n"),
                                self->codes[i]);
    }
  for (guint i = 0; self->clear_modules != NULL && self->clear_modules[i] != NULL; i++)
    {
      const char *name = table != NULL ? sd_codes_get_module_name (table, self->clear_modules[i])
                                       : NULL;

      g_string_append (out, "  ");
      /* Translators: %s is a module, such as "Telematics unit (TCU, TCB or ATM)". */
      g_string_append_printf (out, _("No fault codes in: %s\n"),
                              name != NULL ? name : self->clear_modules[i]);
    }
}

/* The car, as the owner gave it ("Your car"), with its VIN and mileage. */
static void
append_car (SdCase  *self,
            GString *out)
{
  const char *vin = sd_case_get_vin (self);
  const char *mileage = sd_case_get_mileage (self);

  if (self->profile != NULL && !sd_vehicle_profile_is_unknown (self->profile))
    {
      g_autofree char *car = sd_vehicle_profile_describe (self->profile);

      g_string_append_printf (out, _("Car: %s\n"), car);
    }
  if (vin != NULL && vin[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", C_("report", "VIN"), vin);
  if (mileage != NULL && mileage[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", C_("report", "Mileage"), mileage);
}

static char *
format_local (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * sd_case_to_text:
 * @diagnosis: a diagnosis the case was applied to
 *
 * Returns: (transfer full): the repair log: what was observed, tried and
 *   concluded, as plain text for a mechanic
 */
char *
sd_case_to_text (SdCase      *self,
                 SdDiagnosis *diagnosis,
                 SdKnowledge *knowledge,
                 GListModel  *procedures)
{
  GString *out = g_string_new (NULL);
  g_autofree char *created = NULL;
  const SdAdvice *advice;
  guint listed = 0;

  g_return_val_if_fail (SD_IS_CASE (self), NULL);
  g_return_val_if_fail (SD_IS_DIAGNOSIS (diagnosis), NULL);

  created = format_local (self->created);
  g_string_append_printf (out, "%s\n", _("SOS Doctor repair log"));
  g_string_append_printf (out, _("Case started: %s\n"), created);
  append_car (self, out);
  g_string_append_printf (out, "%s\n\n", _("Warning: SOS call / emergency call malfunction"));

  g_string_append_printf (out, "%s\n", _("What the owner noticed"));
  for (guint s = 0; s < sd_knowledge_get_n_symptoms (knowledge); s++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, s);
      SdAnswer answer = sd_case_get_answer (self, symptom->id);

      if (answer == SD_ANSWER_UNKNOWN)
        continue;
      g_string_append_printf (out, "  %-5s %s\n",
                              answer == SD_ANSWER_YES ? C_("answer", "Yes") : C_("answer", "No"),
                              sd_text_get (&symptom->question));
      listed++;
    }
  if (listed == 0)
    g_string_append_printf (out, "  %s\n", _("No questions answered yet."));

  append_codes (self, diagnosis, out);

  g_string_append_printf (out, "\n%s\n", _("What was tried"));
  for (guint i = 0; i < self->tried->len; i++)
    {
      const SdTried *tried = g_ptr_array_index (self->tried, i);
      SdProcedure *procedure = sd_procedures_lookup (procedures, tried->procedure);
      g_autofree char *when = format_local (tried->when);

      g_string_append_printf (out, "  %s  %s: %s\n", when,
                              procedure != NULL ? sd_procedure_get_title (procedure)
                                                : tried->procedure,
                              sd_outcome_get_log_label (tried->outcome));
    }
  if (self->tried->len == 0)
    g_string_append_printf (out, "  %s\n", _("Nothing tried yet."));

  for (guint i = 0; i < self->findings->len; i++)
    {
      const SdFinding *finding = g_ptr_array_index (self->findings, i);
      SdProcedure *procedure = sd_procedures_lookup (procedures, finding->procedure);

      g_autofree char *line = sd_finding_describe (finding, procedure);

      g_string_append_printf (out, "  %s\n", line);
    }

  if (self->run != NULL)
    {
      SdProcedure *procedure = sd_procedures_lookup (procedures, self->run->procedure);

      g_string_append_printf (out, _("  Under way: %s, at step %u\n"),
                              procedure != NULL ? sd_procedure_get_title (procedure)
                                                : self->run->procedure,
                              self->run->path->len);
    }

  g_string_append_printf (out, "\n%s\n", _("Most likely causes"));
  for (guint r = 0; r < 5 && r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);
      const SdComponent *component = cause->fault != NULL
        ? sd_knowledge_lookup_component (knowledge, cause->fault->component) : NULL;

      g_string_append_printf (out, "  %3.0f %%  %s", cause->probability * 100,
                              sd_cause_get_name (cause));
      if (component != NULL)
        g_string_append_printf (out, " (%s)", sd_text_get (&component->name));
      g_string_append_c (out, '\n');
    }

  advice = sd_diagnosis_get_advice (diagnosis);
  g_string_append_printf (out, "\n%s\n  ", _("Conclusion"));
  switch (advice->kind)
    {
    case SD_ADVICE_ASK:
      g_string_append_printf (out, _("Next, answer: %s"), sd_text_get (&advice->symptom->question));
      break;
    case SD_ADVICE_DO:
      g_string_append_printf (out, _("Next, do: %s"), sd_procedure_get_title (advice->procedure));
      break;
    case SD_ADVICE_WORKSHOP:
      g_string_append (out, _("See a workshop."));
      break;
    case SD_ADVICE_DONE:
    default:
      g_string_append (out, _("Fixed."));
      break;
    }
  g_string_append_printf (out, "\n  %s\n", advice->reason);
  g_string_append_printf (out, "\n%s\n", _("The probabilities are estimates from the answers "
                                           "above, not a measurement of the car."));

  return g_string_free (out, FALSE);
}
