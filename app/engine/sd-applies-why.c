/* sd-applies-why.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Why an entry is not for a car, in a sentence for the owner: "Only for cars
 * with a fibre-optic (MOST) ring". Each condition is decided alone, by
 * sd_applies_decide() itself, so the reason given is always the one that
 * decided.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-applies-why.h"

typedef enum {
  CONDITION_MOST_RING,
  CONDITION_SHUTDOWN,
  CONDITION_SERIES,
  CONDITION_HEAD_UNIT,
  CONDITION_TELEMATICS,
  CONDITION_MARKET,
  CONDITION_OPTION,
  N_CONDITIONS
} Condition;

/* @applies with only its @condition, borrowing its lists. */
static SdFact
decide_one (const SdApplies  *applies,
            Condition         condition,
            SdVehicleProfile *profile)
{
  SdApplies one = { 0, };

  switch (condition)
    {
    case CONDITION_MOST_RING:
      one.needs_most_ring = applies->needs_most_ring;
      break;
    case CONDITION_SHUTDOWN:
      one.needs_shutdown = applies->needs_shutdown;
      break;
    case CONDITION_SERIES:
      one.series = applies->series;
      break;
    case CONDITION_HEAD_UNIT:
      one.head_units = applies->head_units;
      break;
    case CONDITION_TELEMATICS:
      one.telematics = applies->telematics;
      break;
    case CONDITION_MARKET:
      one.markets = applies->markets;
      break;
    case CONDITION_OPTION:
      one.options = applies->options;
      break;
    case N_CONDITIONS:
    default:
      g_assert_not_reached ();
    }

  return sd_applies_decide (&one, profile);
}

/* "CIC, NBT": the names of the vehicle table, or the ids it has no name for. */
static char *
join_names (SdVehicleProfile   *profile,
            const char * const *ids)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (profile);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const char *name = vehicles != NULL ? sd_vehicles_get_text (vehicles, ids[i], "name") : NULL;

      if (i > 0)
        /* Translators: between the names of a list, "CIC, NBT". */
        g_string_append (names, C_("list", ", "));
      g_string_append (names, name != NULL ? name : ids[i]);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static char *
describe (const SdApplies  *applies,
          Condition         condition,
          SdVehicleProfile *profile)
{
  g_autofree char *names = NULL;

  switch (condition)
    {
    case CONDITION_MOST_RING:
      return g_strdup (_("Only for cars with a fibre-optic (MOST) ring"));
    case CONDITION_SHUTDOWN:
      return g_strdup (_("Only where a mobile network the telematics unit needs was switched off"));
    case CONDITION_SERIES:
      names = join_names (profile, (const char * const *) applies->series);
      /* Translators: %s is a list of series, "E90, E92". */
      return g_strdup_printf (_("Only for these series: %s"), names);
    case CONDITION_HEAD_UNIT:
      names = join_names (profile, (const char * const *) applies->head_units);
      /* Translators: %s is a list of head units, "CIC, NBT". */
      return g_strdup_printf (_("Only with these head units: %s"), names);
    case CONDITION_TELEMATICS:
      names = join_names (profile, (const char * const *) applies->telematics);
      /* Translators: %s is a list of telematics units, "TCU, Combox". */
      return g_strdup_printf (_("Only with these telematics units: %s"), names);
    case CONDITION_MARKET:
      names = join_names (profile, (const char * const *) applies->markets);
      /* Translators: %s is a list of markets, "North America, Europe". */
      return g_strdup_printf (_("Only for these markets: %s"), names);
    case CONDITION_OPTION:
      names = join_names (profile, (const char * const *) applies->options);
      /* Translators: %s is a list of fitted options, "Separate SDARS tuner". */
      return g_strdup_printf (_("Only with one of these fitted: %s"), names);
    case N_CONDITIONS:
    default:
      g_assert_not_reached ();
    }

  return NULL;
}

/**
 * sd_applies_dup_why_not:
 * @applies: (nullable): the conditions of an entry, %NULL for "every car"
 * @profile: (nullable): the car
 *
 * Returns: (transfer full) (nullable): why the entry is not for the car, the
 *   first condition that rules it out; %NULL when it is for the car or that
 *   is not known
 */
char *
sd_applies_dup_why_not (const SdApplies  *applies,
                        SdVehicleProfile *profile)
{
  if (applies == NULL || profile == NULL || sd_applies_decide (applies, profile) != SD_FACT_NO)
    return NULL;

  for (Condition condition = 0; condition < N_CONDITIONS; condition++)
    if (decide_one (applies, condition, profile) == SD_FACT_NO)
      return describe (applies, condition, profile);

  /* Only the conditions together rule it out, which sd_applies_decide() never does. */
  g_return_val_if_reached (NULL);
}
