/* sd-vehicles-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The checks of a whole vehicle table, once every file is in: every name an
 * entry uses is defined, in the table or in the knowledge base.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-problem.h"
#include "sd-vehicles-reader.h"

static void
check_ref (SdVehicles    *self,
           SdVehicleKind  kind,
           const char    *ref,
           const char    *source,
           guint          line,
           gboolean      *ok,
           GPtrArray     *problems)
{
  static const char * const element[] = {
    "market", "body", "head-unit", "telematics-unit", "option",
  };

  if (ref == NULL || sd_vehicles_lookup_unit (self, kind, ref) != NULL)
    return;

  sd_problems_add (problems, source, line,
                   /* Translators: an id, then an element name such as <head-unit>. */
                   _("“%s” is not defined as a <%s>"), ref, element[kind]);
  *ok = FALSE;
}

static void
check_setup (SdVehicles           *self,
             const SdVehicleSetup *setup,
             const char           *source,
             gboolean             *ok,
             GPtrArray            *problems)
{
  for (guint i = 0; i < setup->fits->len; i++)
    {
      const SdVehicleFit *fit = g_ptr_array_index (setup->fits, i);

      check_ref (self, fit->kind, fit->ref, source, fit->line, ok, problems);
      check_ref (self, SD_VEHICLE_MARKET, fit->market, source, fit->line, ok, problems);
    }

  for (guint i = 0; i < setup->ring->len; i++)
    {
      const SdRingSlot *slot = g_ptr_array_index (setup->ring, i);
      gboolean found = slot->ref == NULL || g_str_equal (slot->ref, "head-unit") ||
                       g_str_equal (slot->ref, "telematics");

      for (guint j = 0; !found && j < setup->fits->len; j++)
        {
          const SdVehicleFit *fit = g_ptr_array_index (setup->fits, j);

          found = fit->kind == SD_VEHICLE_OPTION && g_strcmp0 (fit->ref, slot->ref) == 0;
        }

      if (!found)
        {
          sd_problems_add (problems, source, slot->line,
                           _("the ring member “%s” is neither “head-unit”, “telematics” "
                             "nor an option of this setup"), slot->ref);
          *ok = FALSE;
        }
    }
}

/**
 * sd_vehicles_check:
 * @problems: (nullable): where to add what is wrong
 *
 * Checks that every body, series, unit, option and market an entry names is in
 * the table, once every file has been added.
 *
 * Returns: %TRUE if all are
 */
gboolean
sd_vehicles_check (SdVehicles *self,
                   GPtrArray  *problems)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_VEHICLES (self), FALSE);

  for (guint i = 0; i < sd_vehicles_get_n_series (self); i++)
    {
      const SdVehicleSeries *series = sd_vehicles_get_series (self, i);

      if (series->setup != NULL)
        check_setup (self, series->setup, series->source, &ok, problems);
    }

  for (guint i = 0; i < sd_vehicles_get_n_models (self); i++)
    {
      const SdVehicleModel *model = sd_vehicles_get_model (self, i);

      check_ref (self, SD_VEHICLE_BODY, model->body, model->source, model->line, &ok, problems);
      if (model->setup != NULL)
        check_setup (self, model->setup, model->source, &ok, problems);
    }

  for (guint i = 0; i < sd_vehicles_get_n_shutdowns (self); i++)
    {
      const SdNetworkShutdown *shutdown = sd_vehicles_get_shutdown (self, i);

      check_ref (self, SD_VEHICLE_MARKET, shutdown->market, shutdown->source, shutdown->line,
                 &ok, problems);
      for (guint j = 0; j < shutdown->affects->len; j++)
        {
          const SdShutdownUnit *unit = g_ptr_array_index (shutdown->affects, j);

          check_ref (self, SD_VEHICLE_TELEMATICS, unit->unit, shutdown->source, unit->line,
                     &ok, problems);
          if (unit->series != NULL && sd_vehicles_lookup_series (self, unit->series) == NULL)
            {
              sd_problems_add (problems, shutdown->source, unit->line,
                               _("“%s” is not defined as a <%s>"), unit->series, "series");
              ok = FALSE;
            }
        }
    }

  return ok;
}

/**
 * sd_vehicles_check_knowledge:
 *
 * Checks that every component an option names is in @knowledge.
 *
 * Returns: %TRUE if all are
 */
gboolean
sd_vehicles_check_knowledge (SdVehicles  *self,
                             SdKnowledge *knowledge,
                             GPtrArray   *problems)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_VEHICLES (self), FALSE);
  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), FALSE);

  for (guint i = 0; i < sd_vehicles_get_n_units (self, SD_VEHICLE_OPTION); i++)
    {
      const SdVehicleUnit *option = sd_vehicles_get_unit (self, SD_VEHICLE_OPTION, i);

      if (option->component != NULL &&
          sd_knowledge_lookup_component (knowledge, option->component) == NULL)
        {
          sd_problems_add (problems, option->source, option->line,
                           _("component “%s” is not in the knowledge base"), option->component);
          ok = FALSE;
        }
    }

  return ok;
}
