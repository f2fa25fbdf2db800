/* sd-vehicle-profile-options.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The options of the owner's car, each fitted, not fitted or not known on its
 * own: "I don't know" for one option leaves it out of nothing. The command
 * line's --options, and cases saved before the owner could answer option by
 * option, give a complete list of the options fitted instead: every other
 * option is then not fitted.
 */
#include "config.h"

#include "sd-vehicle-profile-private.h"

/**
 * sd_vehicle_profile_get_options:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the options
 *   known to be fitted, or %NULL while nothing is known of any option
 */
const char * const *
sd_vehicle_profile_get_options (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), NULL);

  return (const char * const *) self->options;
}

static gboolean
same_strv (const char * const *a,
           const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strv_equal (a, b);
}

/* @complete: no option but those of @options is fitted. */
void
_sd_vehicle_profile_set_options (SdVehicleProfile   *self,
                                 const char * const *options,
                                 gboolean            complete)
{
  GStrv copy;

  complete = complete && options != NULL;
  if (same_strv ((const char * const *) self->options, options) && self->complete == complete)
    return;

  copy = g_strdupv ((char **) options);
  g_strfreev (self->options);
  self->options = copy;
  self->complete = complete;
  _sd_vehicle_profile_notify (self, PROP_OPTIONS);
}

/**
 * sd_vehicle_profile_set_options:
 * @options: (nullable) (array zero-terminated=1): every option fitted (empty
 *   for none), or %NULL when the options are not known
 *
 * The complete list, as the command line's --options and cases saved before
 * the owner could answer each option give it: no other option is fitted.
 */
void
sd_vehicle_profile_set_options (SdVehicleProfile   *self,
                                const char * const *options)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  g_object_freeze_notify (G_OBJECT (self));
  _sd_vehicle_profile_set_options (self, options, TRUE);
  sd_vehicle_profile_set_not_fitted (self, NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * sd_vehicle_profile_get_not_fitted:
 *
 * Returns: (transfer none) (nullable) (array zero-terminated=1): the options
 *   said one by one not to be fitted; with a complete list of the fitted ones
 *   (sd_vehicle_profile_set_options()) every other is not fitted as well
 */
const char * const *
sd_vehicle_profile_get_not_fitted (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), NULL);

  return (const char * const *) self->not_fitted;
}

void
sd_vehicle_profile_set_not_fitted (SdVehicleProfile   *self,
                                   const char * const *not_fitted)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  if (not_fitted != NULL && not_fitted[0] == NULL)
    not_fitted = NULL;
  if (same_strv ((const char * const *) self->not_fitted, not_fitted))
    return;

  g_object_freeze_notify (G_OBJECT (self));
  g_strfreev (self->not_fitted);
  self->not_fitted = g_strdupv ((char **) not_fitted);
  _sd_vehicle_profile_notify (self, PROP_NOT_FITTED);
  /* Something is known of the options now: the fitted ones are a list. */
  if (self->options == NULL && not_fitted != NULL)
    _sd_vehicle_profile_set_options (self, (const char * const *) (char *[]) { NULL }, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * sd_vehicle_profile_get_option:
 *
 * Returns: %SD_FACT_YES if @option is fitted, %SD_FACT_NO if it is not,
 *   %SD_FACT_UNKNOWN when that is not known
 */
SdFact
sd_vehicle_profile_get_option (SdVehicleProfile *self,
                               const char       *option)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), SD_FACT_UNKNOWN);

  if (option == NULL)
    return SD_FACT_UNKNOWN;
  if (self->options != NULL && g_strv_contains ((const char * const *) self->options, option))
    return SD_FACT_YES;
  if (self->complete ||
      (self->not_fitted != NULL &&
       g_strv_contains ((const char * const *) self->not_fitted, option)))
    return SD_FACT_NO;

  return SD_FACT_UNKNOWN;
}

/* @list without @option, and with it when @add. */
static GStrv
strv_with (const char * const *list,
           const char         *option,
           gboolean            add)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    if (!g_str_equal (list[i], option))
      g_strv_builder_add (builder, list[i]);
  if (add)
    g_strv_builder_add (builder, option);

  return g_strv_builder_end (builder);
}

/**
 * sd_vehicle_profile_set_option:
 * @fitted: %SD_FACT_YES, %SD_FACT_NO, or %SD_FACT_UNKNOWN for "I don't know"
 *
 * Says of one option whether it is fitted, leaving the others as they are. A
 * complete list of the options fitted becomes one answer per option of the
 * vehicle table (without a table, the others become not known).
 */
void
sd_vehicle_profile_set_option (SdVehicleProfile *self,
                               const char       *option,
                               SdFact            fitted)
{
  g_auto(GStrv) options = NULL;
  g_auto(GStrv) not_fitted = NULL;

  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));
  g_return_if_fail (option != NULL);

  if (fitted == SD_FACT_DEPENDS)
    fitted = SD_FACT_UNKNOWN;
  if (sd_vehicle_profile_get_option (self, option) == fitted)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (self->complete)
    {
      g_autoptr(GStrvBuilder) others = g_strv_builder_new ();
      g_auto(GStrv) list = NULL;

      for (guint i = 0; self->vehicles != NULL &&
                        i < sd_vehicles_get_n_units (self->vehicles, SD_VEHICLE_OPTION); i++)
        {
          const char *id = sd_vehicles_get_unit (self->vehicles, SD_VEHICLE_OPTION, i)->id;

          if (!g_strv_contains ((const char * const *) self->options, id))
            g_strv_builder_add (others, id);
        }
      list = g_strv_builder_end (others);
      _sd_vehicle_profile_set_options (self, (const char * const *) self->options, FALSE);
      sd_vehicle_profile_set_not_fitted (self, (const char * const *) list);
    }

  options = strv_with ((const char * const *) self->options, option, fitted == SD_FACT_YES);
  not_fitted = strv_with ((const char * const *) self->not_fitted, option, fitted == SD_FACT_NO);
  sd_vehicle_profile_set_not_fitted (self, (const char * const *) not_fitted);
  /* Nothing known of any option again: the options are not known. */
  _sd_vehicle_profile_set_options (self,
                                   options[0] != NULL || self->not_fitted != NULL
                                     ? (const char * const *) options : NULL,
                                   FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

gboolean
sd_vehicle_profile_has_option (SdVehicleProfile *self,
                               const char       *option)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), FALSE);

  return sd_vehicle_profile_get_option (self, option) == SD_FACT_YES;
}

/* Whether an option of the car's model that may sit on the fibre-optic ring
 * is not known to be fitted or not. */
gboolean
_sd_vehicle_profile_ring_option_unknown (SdVehicleProfile *self)
{
  const SdVehicleSetup *setup;

  if (self->options == NULL || self->complete || self->vehicles == NULL || self->model == NULL)
    return FALSE;

  setup = sd_vehicles_get_setup (self->vehicles, self->model);
  for (guint i = 0; setup != NULL && i < setup->fits->len; i++)
    {
      const SdVehicleFit *fit = g_ptr_array_index (setup->fits, i);

      if (fit->kind == SD_VEHICLE_OPTION && fit->most != SD_FACT_NO &&
          sd_vehicle_profile_get_option (self, fit->ref) == SD_FACT_UNKNOWN)
        return TRUE;
    }

  return FALSE;
}
