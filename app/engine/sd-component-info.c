/* sd-component-info.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the app says about one component of the car: how suspect it is in the
 * current case (the diagram's shading), and the faults, questions and guides
 * that concern it (the Car page's details).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-component-info.h"

/**
 * sd_suspicion_level_for:
 * @probability: the probability that the cause is one of a component's faults
 *
 * Returns: the shade of a component this suspect; the legend names the same
 *   three levels
 */
SdSuspicionLevel
sd_suspicion_level_for (double probability)
{
  if (probability >= SD_SUSPICION_HIGH_THRESHOLD)
    return SD_SUSPICION_HIGH;
  if (probability >= SD_SUSPICION_MEDIUM_THRESHOLD)
    return SD_SUSPICION_MEDIUM;

  return SD_SUSPICION_LOW;
}

/**
 * sd_component_get_suspicion:
 * @component_id: a component of @knowledge
 *
 * Returns: the probability, given everything observed in @diagnosis, that the
 *   cause is one of @component_id's faults, and its level
 */
SdSuspicion
sd_component_get_suspicion (SdKnowledge *knowledge,
                            SdDiagnosis *diagnosis,
                            const char  *component_id)
{
  SdSuspicion suspicion = { SD_SUSPICION_LOW, 0.0 };

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), suspicion);
  g_return_val_if_fail (SD_IS_DIAGNOSIS (diagnosis), suspicion);
  g_return_val_if_fail (component_id != NULL, suspicion);

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

      if (g_strcmp0 (fault->component, component_id) == 0)
        suspicion.probability += sd_diagnosis_get_probability (diagnosis, fault->id);
    }
  suspicion.level = sd_suspicion_level_for (suspicion.probability);

  return suspicion;
}

/**
 * sd_component_find_most_suspect:
 *
 * Returns: (nullable): the id of the component most suspect in @diagnosis, the
 *   first in the knowledge base's order on a tie; %NULL if there is none
 */
const char *
sd_component_find_most_suspect (SdKnowledge *knowledge,
                                SdDiagnosis *diagnosis)
{
  const char *most_suspect = NULL;
  double highest = -1.0;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), NULL);
  g_return_val_if_fail (SD_IS_DIAGNOSIS (diagnosis), NULL);

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      SdSuspicion suspicion = sd_component_get_suspicion (knowledge, diagnosis, component->id);

      if (suspicion.probability > highest)
        {
          highest = suspicion.probability;
          most_suspect = component->id;
        }
    }

  return most_suspect;
}

/**
 * sd_probability_format:
 *
 * Returns: (transfer full): @probability in per cent, for a person
 */
char *
sd_probability_format (double probability)
{
  /* Translators: a probability in per cent, e.g. "42 %"; use your usual spacing. */
  return g_strdup_printf (_("%.0f %%"), probability * 100);
}

/**
 * sd_knowledge_dup_component_faults:
 *
 * Returns: (transfer container) (element-type SdFault): the faults of
 *   @component_id, in the knowledge base's order
 */
GPtrArray *
sd_knowledge_dup_component_faults (SdKnowledge *knowledge,
                                   const char  *component_id)
{
  GPtrArray *faults = g_ptr_array_new ();

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), faults);

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

      if (component_id != NULL && g_strcmp0 (fault->component, component_id) == 0)
        g_ptr_array_add (faults, (gpointer) fault);
    }

  return faults;
}

/**
 * sd_knowledge_dup_component_symptoms:
 *
 * Returns: (transfer container) (element-type SdSymptom): the symptoms grouped
 *   under @component_id, in the knowledge base's order
 */
GPtrArray *
sd_knowledge_dup_component_symptoms (SdKnowledge *knowledge,
                                     const char  *component_id)
{
  GPtrArray *symptoms = g_ptr_array_new ();

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), symptoms);

  for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, i);

      if (component_id != NULL && g_strcmp0 (symptom->component, component_id) == 0)
        g_ptr_array_add (symptoms, (gpointer) symptom);
    }

  return symptoms;
}

/**
 * sd_catalog_dup_component_procedures:
 *
 * Returns: (transfer container) (element-type SdProcedure): the procedures
 *   whose components include @component_id, in load order
 */
GPtrArray *
sd_catalog_dup_component_procedures (SdCatalog  *catalog,
                                     const char *component_id)
{
  GPtrArray *procedures = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all;

  g_return_val_if_fail (SD_IS_CATALOG (catalog), procedures);

  all = sd_catalog_get_procedures (catalog);
  for (guint i = 0; component_id != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (all, i);
      const char * const *components = sd_procedure_get_components (procedure);

      if (components != NULL && g_strv_contains (components, component_id))
        g_ptr_array_add (procedures, g_steal_pointer (&procedure));
    }

  return procedures;
}
