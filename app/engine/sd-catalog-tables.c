/* sd-catalog-tables.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The catalog's vehicle table and fault-code table: read with the other data
 * files, and checked against the knowledge base (the faults a code points to,
 * the components an option is) and against what the knowledge base and the
 * procedures name in their applicability conditions.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-applies-reader.h"
#include "sd-catalog-tables.h"
#include "sd-codes-reader.h"
#include "sd-problem.h"
#include "sd-procedure.h"
#include "sd-vehicles-reader.h"

/**
 * sd_catalog_tables_add:
 *
 * Adds a vehicles or codes document to its table; any other kind is left.
 *
 * Returns: %FALSE if the document has problems
 */
gboolean
sd_catalog_tables_add (SdVehicles *vehicles,
                       SdCodes    *codes,
                       xmlDoc     *doc,
                       SdXmlKind   kind,
                       const char *source,
                       GPtrArray  *problems)
{
  if (kind == SD_XML_KIND_VEHICLES)
    return sd_vehicles_add_document (vehicles, doc, source, problems);
  if (kind == SD_XML_KIND_CODES)
    return sd_codes_add_document (codes, doc, source, problems);

  return TRUE;
}

static gboolean
has_procedure (GListModel *procedures,
               const char *id)
{
  for (guint j = 0; procedures != NULL && j < g_list_model_get_n_items (procedures); j++)
    {
      g_autoptr(SdProcedure) other = g_list_model_get_item (procedures, j);

      if (g_strcmp0 (sd_procedure_get_id (other), id) == 0)
        return TRUE;
    }

  return FALSE;
}

/**
 * sd_catalog_tables_add_unknown_next:
 * @step: an outcome of @procedure whose next="ID" names no loaded guide
 *
 * Says so in @problems, at the outcome's line.
 */
void
sd_catalog_tables_add_unknown_next (GPtrArray    *problems,
                                    SdProcedure  *procedure,
                                    const SdStep *step)
{
  sd_problems_add (problems, sd_procedure_get_source (procedure), step->line,
                   _("outcome “%s” sends to guide “%s”, which is not loaded"),
                   step->id, step->next_guide);
}

/**
 * sd_catalog_tables_check_next_guides:
 * @checked: a list model of #SdProcedure to check
 * @known: (nullable): more procedures a "found" outcome may send to
 *
 * Returns: %TRUE if every guide a "found" outcome of @checked names (next="ID")
 *   is in @checked or @known (issue 12)
 */
gboolean
sd_catalog_tables_check_next_guides (GListModel *checked,
                                     GListModel *known,
                                     GPtrArray  *problems)
{
  gboolean ok = TRUE;

  for (guint p = 0; p < g_list_model_get_n_items (checked); p++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (checked, p);

      for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
        {
          const SdStep *step = sd_procedure_get_step (procedure, i);

          if (step->next_guide == NULL || has_procedure (checked, step->next_guide) ||
              has_procedure (known, step->next_guide))
            continue;

          sd_catalog_tables_add_unknown_next (problems, procedure, step);
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * sd_catalog_tables_check:
 * @procedures: (nullable): a list model of #SdProcedure
 *
 * Returns: %TRUE if the tables hold together and every applicability
 *   condition names entries the vehicle table has
 */
gboolean
sd_catalog_tables_check (SdVehicles  *vehicles,
                         SdCodes     *codes,
                         SdKnowledge *knowledge,
                         GListModel  *procedures,
                         GPtrArray   *problems)
{
  gboolean ok = TRUE;

  ok &= sd_vehicles_check (vehicles, problems);
  ok &= sd_vehicles_check_knowledge (vehicles, knowledge, problems);
  ok &= sd_codes_check (codes, problems);
  ok &= sd_codes_check_knowledge (codes, knowledge, problems);

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *entry = sd_knowledge_get_component (knowledge, i);

      ok &= sd_applies_check (entry->applies, vehicles, _("component"), entry->source,
                              entry->line, problems);
    }
  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *entry = sd_knowledge_get_fault (knowledge, i);

      ok &= sd_applies_check (entry->applies, vehicles, _("fault"), entry->source, entry->line,
                              problems);
    }
  for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
    {
      const SdSymptom *entry = sd_knowledge_get_symptom (knowledge, i);

      ok &= sd_applies_check (entry->applies, vehicles, _("symptom"), entry->source,
                              entry->line, problems);
    }
  for (guint i = 0; procedures != NULL && i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      ok &= sd_catalog_tables_check_procedure (vehicles, codes, procedure, problems);
    }

  return ok;
}

/**
 * sd_catalog_tables_check_procedure:
 *
 * Only reads @vehicles and @codes, so that procedures may be checked in
 * several threads.
 *
 * Returns: %TRUE if every applicability condition of @procedure names entries
 *   the vehicle table has, and every code it says it read is in @codes
 */
gboolean
sd_catalog_tables_check_procedure (SdVehicles  *vehicles,
                                   SdCodes     *codes,
                                   SdProcedure *procedure,
                                   GPtrArray   *problems)
{
  gboolean ok;

  /* Translators: the kind of entry in "… in the conditions of this %s". */
  ok = sd_applies_check (sd_procedure_get_applies (procedure), vehicles, _("procedure"),
                         sd_procedure_get_source (procedure), 1, problems);
  /* The codes a guide says it read (issue 12). */
  ok &= sd_procedure_check_codes (procedure, codes, problems);

  return ok;
}
