/* sd-commands-findings.c: --finding, what a guide found, on the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-commands-findings.h"
#include "sd-enum-utils.h"
#include "sd-enums.h"
#include "sd-finding.h"
#include "sd-procedure-check.h"

/* One "PROCEDURE:KIND:REF" into @findings; on a mistake, says what in @err. */
static gboolean
read_finding (SdCatalog  *catalog,
              SdDiagnosis *diagnosis,
              const char *text,
              GPtrArray  *findings,
              GString    *err)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_auto(GStrv) fields = g_strsplit (text, ":", 3);
  SdProcedure *procedure;
  SdObservation observation = { 0 };
  int kind;

  if (g_strv_length (fields) != 3 || !sd_enum_from_nick (SD_TYPE_OBSERVE_KIND, fields[1], &kind))
    {
      g_string_append_printf (err, _("--finding needs PROCEDURE:KIND:ID, KIND one of "
                                     "symptom-present, symptom-absent, fault-found, "
                                     "fault-ruled-out, component-ok; not “%s”\n"), text);
      return FALSE;
    }
  if (kind == SD_OBSERVE_CODE_READ)
    {
      g_string_append (err, _("--finding: give fault codes with --codes\n"));
      return FALSE;
    }

  procedure = sd_catalog_lookup_procedure (catalog, fields[0]);
  if (procedure == NULL)
    {
      g_string_append_printf (err, _("Unknown procedure “%s” (see --list-procedures)\n"),
                              fields[0]);
      return FALSE;
    }
  if (!sd_observation_ref_is_known (knowledge, kind, fields[2]))
    {
      if (kind == SD_OBSERVE_COMPONENT_OK)
        g_string_append_printf (err, _("Unknown component “%s”\n"), fields[2]);
      else if (kind == SD_OBSERVE_FAULT_FOUND || kind == SD_OBSERVE_FAULT_RULED_OUT)
        g_string_append_printf (err, _("Unknown fault “%s”\n"), fields[2]);
      else
        g_string_append_printf (err, _("Unknown symptom “%s” (see --list-symptoms)\n"), fields[2]);
      return FALSE;
    }

  observation.kind = kind;
  observation.ref = fields[2];
  g_ptr_array_add (findings, sd_finding_new_from_observation (&observation, procedure, knowledge,
                                                              sd_catalog_get_codes (catalog)));
  /* A guide that found something was run: unless --tried says how it ended,
   * it found the cause (a fault found) or did not, and is not advised again. */
  if (sd_diagnosis_get_tried (diagnosis, fields[0]) == SD_OUTCOME_NONE)
    sd_diagnosis_set_tried (diagnosis, fields[0],
                            kind == SD_OBSERVE_FAULT_FOUND ? SD_OUTCOME_FOUND : SD_OUTCOME_UNRESOLVED);
  /* As in a session: a symptom a guide saw is that question's answer. */
  if (kind == SD_OBSERVE_SYMPTOM_PRESENT || kind == SD_OBSERVE_SYMPTOM_ABSENT)
    sd_diagnosis_set_answer (diagnosis, fields[2],
                             kind == SD_OBSERVE_SYMPTOM_PRESENT ? SD_ANSWER_YES : SD_ANSWER_NO);

  return TRUE;
}

/**
 * sd_commands_apply_findings:
 * @findings: (nullable) (array zero-terminated=1): "PROCEDURE:KIND:ID", what a
 *   guide found, as a guide's <observe> says it (KIND: symptom-present,
 *   symptom-absent, fault-found, fault-ruled-out, component-ok)
 *
 * Gives the findings to @diagnosis as the app does when a guide reports them;
 * a guide named by a finding counts as tried (found or not found) unless
 * --tried said how it ended.
 *
 * Returns: %FALSE, with the reason in @err, when one of them is not understood
 */
gboolean
sd_commands_apply_findings (SdCatalog          *catalog,
                            SdDiagnosis        *diagnosis,
                            const char * const *findings,
                            GString            *err)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_finding_free);

  if (findings == NULL || findings[0] == NULL)
    return TRUE;

  for (guint i = 0; findings[i] != NULL; i++)
    if (!read_finding (catalog, diagnosis, findings[i], found, err))
      return FALSE;

  sd_diagnosis_set_findings (diagnosis, found);
  return TRUE;
}
