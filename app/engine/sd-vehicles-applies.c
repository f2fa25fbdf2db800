/* sd-vehicles-applies.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What applies to one car: the head units, telematics units and options its model
 * can have in its market and build month, its defaults, whether it has a MOST
 * ring, and the network shutdowns that can affect it.
 */
#include "config.h"

#include "sd-vehicles.h"

/**
 * sd_vehicles_get_setup:
 *
 * Returns: (transfer none) (nullable): what the model can have: its own setup, or
 *   its series'; %NULL for a model that is not in the table
 */
const SdVehicleSetup *
sd_vehicles_get_setup (SdVehicles *self,
                       const char *model_id)
{
  const SdVehicleModel *model;
  const SdVehicleSeries *series;

  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  model = sd_vehicles_lookup_model (self, model_id);
  if (model == NULL)
    return NULL;
  if (model->setup != NULL)
    return model->setup;

  series = sd_vehicles_lookup_series (self, model->series);

  return series != NULL ? series->setup : NULL;
}

/**
 * sd_vehicle_fit_applies:
 * @market: (nullable): the car's market, or %NULL when not known
 * @build_month: the car's build month (sd_vehicle_month()), or 0 when not known
 *
 * What is not known about the car never rules an entry out.
 *
 * Returns: whether @fit can be on that car
 */
gboolean
sd_vehicle_fit_applies (const SdVehicleFit *fit,
                        const char         *market,
                        guint               build_month)
{
  g_return_val_if_fail (fit != NULL, FALSE);

  if (market != NULL && fit->market != NULL && g_strcmp0 (market, fit->market) != 0)
    return FALSE;
  if (build_month != 0 && fit->from != 0 && build_month < fit->from)
    return FALSE;
  if (build_month != 0 && fit->to != 0 && build_month > fit->to)
    return FALSE;

  return TRUE;
}

/**
 * sd_vehicles_list_fits:
 * @kind: %SD_VEHICLE_HEAD_UNIT, %SD_VEHICLE_TELEMATICS or %SD_VEHICLE_OPTION
 *
 * Returns: (transfer container) (element-type SdVehicleFit): the head units,
 *   telematics units or options that model can have in that market and month,
 *   in the order of the file; empty for a model not in the table
 */
GPtrArray *
sd_vehicles_list_fits (SdVehicles    *self,
                       const char    *model_id,
                       SdVehicleKind  kind,
                       const char    *market,
                       guint          build_month)
{
  GPtrArray *fits = g_ptr_array_new ();
  const SdVehicleSetup *setup;

  g_return_val_if_fail (SD_IS_VEHICLES (self), fits);

  setup = sd_vehicles_get_setup (self, model_id);
  for (guint i = 0; setup != NULL && i < setup->fits->len; i++)
    {
      SdVehicleFit *fit = g_ptr_array_index (setup->fits, i);

      if (fit->kind == kind && sd_vehicle_fit_applies (fit, market, build_month))
        g_ptr_array_add (fits, fit);
    }

  return fits;
}

/**
 * sd_vehicles_get_default:
 *
 * Returns: (transfer none) (nullable): the id of what the model has unless the
 *   owner says otherwise, or %NULL when the table names no default there
 */
const char *
sd_vehicles_get_default (SdVehicles    *self,
                         const char    *model_id,
                         SdVehicleKind  kind,
                         const char    *market,
                         guint          build_month)
{
  g_autoptr(GPtrArray) fits = NULL;

  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  fits = sd_vehicles_list_fits (self, model_id, kind, market, build_month);
  for (guint i = 0; i < fits->len; i++)
    {
      const SdVehicleFit *fit = g_ptr_array_index (fits, i);

      if (fit->is_default)
        return fit->ref;
    }

  return NULL;
}

/**
 * sd_vehicles_find_fit:
 *
 * Returns: (transfer none) (nullable): the model's entry for that unit or option
 */
const SdVehicleFit *
sd_vehicles_find_fit (SdVehicles    *self,
                      const char    *model_id,
                      SdVehicleKind  kind,
                      const char    *ref)
{
  const SdVehicleSetup *setup;

  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  setup = sd_vehicles_get_setup (self, model_id);
  for (guint i = 0; setup != NULL && ref != NULL && i < setup->fits->len; i++)
    {
      const SdVehicleFit *fit = g_ptr_array_index (setup->fits, i);

      if (fit->kind == kind && g_strcmp0 (fit->ref, ref) == 0)
        return fit;
    }

  return NULL;
}

/**
 * sd_vehicles_has_most_ring:
 * @head_unit: (nullable): the car's head unit, or %NULL when not known
 * @options: (nullable) (array zero-terminated=1): the options fitted, or %NULL
 *   when they are not known
 *
 * Returns: whether the car has a MOST ring: %SD_FACT_YES or %SD_FACT_NO where the
 *   table says so, for the model or for the head unit and options fitted;
 *   %SD_FACT_UNKNOWN otherwise (never %SD_FACT_DEPENDS)
 */
SdFact
sd_vehicles_has_most_ring (SdVehicles         *self,
                           const char         *model_id,
                           const char         *head_unit,
                           const char * const *options)
{
  const SdVehicleSetup *setup;
  const SdVehicleFit *fit;
  gboolean all_off;

  g_return_val_if_fail (SD_IS_VEHICLES (self), SD_FACT_UNKNOWN);

  setup = sd_vehicles_get_setup (self, model_id);
  if (setup == NULL)
    return SD_FACT_UNKNOWN;
  if (setup->most_ring != SD_FACT_DEPENDS)
    return setup->most_ring;

  fit = sd_vehicles_find_fit (self, model_id, SD_VEHICLE_HEAD_UNIT, head_unit);
  if (fit != NULL && fit->most == SD_FACT_YES)
    return SD_FACT_YES;
  all_off = fit != NULL && fit->most == SD_FACT_NO;

  for (guint i = 0; options != NULL && options[i] != NULL; i++)
    {
      fit = sd_vehicles_find_fit (self, model_id, SD_VEHICLE_OPTION, options[i]);
      if (fit != NULL && fit->most == SD_FACT_YES)
        return SD_FACT_YES;
      if (fit == NULL || fit->most != SD_FACT_NO)
        all_off = FALSE;
    }

  /* Without the list of options, only a car none of whose options can be on a
   * ring is known to have none. */
  for (guint i = 0; options == NULL && all_off && i < setup->fits->len; i++)
    {
      fit = g_ptr_array_index (setup->fits, i);
      if (fit->kind == SD_VEHICLE_OPTION && fit->most != SD_FACT_NO)
        all_off = FALSE;
    }

  return all_off ? SD_FACT_NO : SD_FACT_UNKNOWN;
}

/**
 * sd_vehicles_list_shutdowns:
 * @model_id: (nullable): the car's model, or %NULL for any
 * @telematics: (nullable): the car's telematics unit, or %NULL for any
 * @market: (nullable): the car's market, or %NULL for any
 *
 * Returns: (transfer container) (element-type SdNetworkShutdown): the network
 *   shutdowns that may affect that car
 */
GPtrArray *
sd_vehicles_list_shutdowns (SdVehicles *self,
                            const char *model_id,
                            const char *telematics,
                            const char *market)
{
  GPtrArray *found = g_ptr_array_new ();
  const SdVehicleModel *model;

  g_return_val_if_fail (SD_IS_VEHICLES (self), found);

  model = sd_vehicles_lookup_model (self, model_id);
  for (guint i = 0; i < sd_vehicles_get_n_shutdowns (self); i++)
    {
      const SdNetworkShutdown *shutdown = sd_vehicles_get_shutdown (self, i);

      if (market != NULL && g_strcmp0 (market, shutdown->market) != 0)
        continue;

      for (guint j = 0; j < shutdown->affects->len; j++)
        {
          const SdShutdownUnit *unit = g_ptr_array_index (shutdown->affects, j);

          if (telematics != NULL && g_strcmp0 (telematics, unit->unit) != 0)
            continue;
          if (model != NULL && unit->series != NULL && g_strcmp0 (model->series, unit->series) != 0)
            continue;

          g_ptr_array_add (found, (gpointer) shutdown);
          break;
        }
    }

  return found;
}
