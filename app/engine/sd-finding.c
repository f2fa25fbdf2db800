/* sd-finding.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a guide found: a procedure's <observe> as the case keeps it, with the
 * guide it came from and its text in words.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-finding.h"

SdFinding *
sd_finding_new (SdObserveKind  kind,
                const char    *ref,
                const char    *procedure,
                const char    *text)
{
  SdFinding *finding = g_new0 (SdFinding, 1);

  finding->kind = kind;
  finding->ref = g_strdup (ref);
  finding->procedure = g_strdup (procedure);
  finding->text = g_strdup (text != NULL ? text : "");

  return finding;
}

SdFinding *
sd_finding_copy (const SdFinding *finding)
{
  g_return_val_if_fail (finding != NULL, NULL);

  return sd_finding_new (finding->kind, finding->ref, finding->procedure, finding->text);
}

void
sd_finding_free (SdFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->ref);
  g_free (finding->procedure);
  g_free (finding->text);
  g_free (finding);
}

gboolean
sd_finding_equal (const SdFinding *a,
                  const SdFinding *b)
{
  return a->kind == b->kind && g_strcmp0 (a->ref, b->ref) == 0 &&
         g_strcmp0 (a->procedure, b->procedure) == 0 && g_strcmp0 (a->text, b->text) == 0;
}

/**
 * sd_observation_dup_text:
 * @knowledge: (nullable): to name the symptom, fault or component
 * @codes: (nullable): to name the code
 *
 * Returns: (transfer full): the observation's own text, or one made from what
 *   it is about when the file gives none
 */
char *
sd_observation_dup_text (const SdObservation *observation,
                         SdKnowledge         *knowledge,
                         SdCodes             *codes)
{
  const SdSymptom *symptom = NULL;
  const SdFault *fault = NULL;
  const SdComponent *component = NULL;
  const SdCode *code = NULL;

  g_return_val_if_fail (observation != NULL, NULL);

  if (observation->text.msgid != NULL)
    return g_strdup (sd_text_get (&observation->text));

  if (knowledge != NULL)
    {
      symptom = sd_knowledge_lookup_symptom (knowledge, observation->ref);
      fault = sd_knowledge_lookup_fault (knowledge, observation->ref);
      component = sd_knowledge_lookup_component (knowledge, observation->ref);
    }
  if (codes != NULL)
    code = sd_codes_lookup_id (codes, observation->ref);

  switch (observation->kind)
    {
    case SD_OBSERVE_SYMPTOM_PRESENT:
      /* Translators: what a guide found, %s is a question such as "Is the radio silent?". */
      return g_strdup_printf (_("yes to “%s”"),
                              symptom != NULL ? sd_text_get (&symptom->question) : observation->ref);
    case SD_OBSERVE_SYMPTOM_ABSENT:
      /* Translators: what a guide found, %s is a question such as "Is the radio silent?". */
      return g_strdup_printf (_("no to “%s”"),
                              symptom != NULL ? sd_text_get (&symptom->question) : observation->ref);
    case SD_OBSERVE_CODE_READ:
      /* Translators: what a guide found, %s is a fault code such as "B7F341". */
      return g_strdup_printf (_("fault code %s read"),
                              code != NULL && code->hex != NULL ? code->hex : observation->ref);
    case SD_OBSERVE_FAULT_FOUND:
      /* Translators: what a guide found, %s is a cause such as "Backup battery worn out". */
      return g_strdup_printf (_("found: %s"),
                              fault != NULL ? sd_text_get (&fault->name) : observation->ref);
    case SD_OBSERVE_FAULT_RULED_OUT:
      /* Translators: what a guide found, %s is a cause such as "Backup battery worn out". */
      return g_strdup_printf (_("ruled out: %s"),
                              fault != NULL ? sd_text_get (&fault->name) : observation->ref);
    case SD_OBSERVE_COMPONENT_OK:
    default:
      /* Translators: what a guide found, %s is a part of the car such as "Amplifier". */
      return g_strdup_printf (_("checked and fine: %s"),
                              component != NULL ? sd_text_get (&component->name) : observation->ref);
    }
}

/**
 * sd_finding_new_from_observation:
 *
 * Returns: (transfer full): @observation as found in @procedure
 */
SdFinding *
sd_finding_new_from_observation (const SdObservation *observation,
                                 SdProcedure         *procedure,
                                 SdKnowledge         *knowledge,
                                 SdCodes             *codes)
{
  g_autofree char *text = sd_observation_dup_text (observation, knowledge, codes);

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);

  return sd_finding_new (observation->kind, observation->ref, sd_procedure_get_id (procedure),
                         text);
}

/**
 * sd_finding_dup_code:
 *
 * Returns: (transfer full) (nullable): for a code read, the code as a scanner
 *   prints it (its id when its number is not known), as the case keeps codes;
 *   %NULL for any other finding
 */
char *
sd_finding_dup_code (const SdFinding *finding,
                     SdCodes         *codes)
{
  const SdCode *code;

  g_return_val_if_fail (finding != NULL, NULL);

  if (finding->kind != SD_OBSERVE_CODE_READ)
    return NULL;

  code = codes != NULL ? sd_codes_lookup_id (codes, finding->ref) : NULL;

  return g_strdup (code != NULL && code->hex != NULL ? code->hex : finding->ref);
}

/**
 * sd_finding_describe:
 * @procedure: (nullable): the guide it was found in, for its title
 *
 * Returns: (transfer full): "Found in “guide”: what", for the repair log and
 *   the report
 */
char *
sd_finding_describe (const SdFinding *finding,
                     SdProcedure     *procedure)
{
  g_return_val_if_fail (finding != NULL, NULL);

  /* Translators: a guide's title and what it found, in the repair log and the report. */
  return g_strdup_printf (_("Found in “%s”: %s"),
                          procedure != NULL ? sd_procedure_get_title (procedure) : finding->procedure,
                          finding->text);
}
