/* sd-applies.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Applicability: which cars a component, fault, symptom, ring member or
 * procedure is for, read from its attributes (needs="most-ring",
 * market="na", option="sdars" …), and the decision for one car: yes, no, or
 * not known. Only "no" leaves an entry out; what is not known about the car
 * never does, so an unknown car gets everything, as before profiles.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-applies-reader.h"
#include "sd-problem.h"
#include "sd-xml.h"

void
sd_applies_free (SdApplies *applies)
{
  if (applies == NULL)
    return;

  g_strfreev (applies->series);
  g_strfreev (applies->head_units);
  g_strfreev (applies->telematics);
  g_strfreev (applies->markets);
  g_strfreev (applies->options);
  g_free (applies);
}

static GStrv
read_list (xmlNode    *node,
           const char *name,
           gboolean   *any)
{
  g_autofree char *value = sd_xml_get_attr (node, name);
  g_auto(GStrv) tokens = NULL;
  GPtrArray *list;

  if (value == NULL)
    return NULL;

  *any = TRUE;
  tokens = g_strsplit_set (value, " \t\n", -1);
  list = g_ptr_array_new ();
  for (guint i = 0; tokens[i] != NULL; i++)
    if (tokens[i][0] != '\0')
      g_ptr_array_add (list, g_strdup (tokens[i]));
  g_ptr_array_add (list, NULL);

  return (GStrv) g_ptr_array_free (list, FALSE);
}

/**
 * sd_applies_read:
 * @node: an element that may carry applicability attributes
 *
 * Returns: (transfer full) (nullable): its conditions, or %NULL when it is for
 *   every car
 */
SdApplies *
sd_applies_read (xmlNode *node)
{
  g_autoptr(SdApplies) applies = g_new0 (SdApplies, 1);
  g_auto(GStrv) needs = NULL;
  gboolean any = FALSE;

  needs = read_list (node, "needs", &any);
  applies->needs_most_ring = needs != NULL && g_strv_contains ((const char * const *) needs,
                                                               "most-ring");
  applies->needs_shutdown = needs != NULL && g_strv_contains ((const char * const *) needs,
                                                              "network-shutdown");
  applies->series = read_list (node, "series", &any);
  applies->head_units = read_list (node, "head-unit", &any);
  applies->telematics = read_list (node, "telematics", &any);
  applies->markets = read_list (node, "market", &any);
  applies->options = read_list (node, "option", &any);

  return any ? g_steal_pointer (&applies) : NULL;
}

static gboolean
check_list (const char * const *list,
            SdVehicles         *vehicles,
            SdVehicleKind       kind,
            const char         *what,
            const char         *source,
            guint               line,
            GPtrArray          *problems)
{
  gboolean ok = TRUE;

  for (guint i = 0; list != NULL && list[i] != NULL; i++)
    {
      gboolean found = kind == SD_VEHICLE_N_KINDS
                         ? sd_vehicles_lookup_series (vehicles, list[i]) != NULL
                         : sd_vehicles_lookup_unit (vehicles, kind, list[i]) != NULL;

      if (!found)
        {
          sd_problems_add (problems, source, line,
                           /* Translators: the first %s is an id, the second "fault", "symptom"… */
                           _("“%s” in the conditions of this %s is not in the vehicle table"),
                           list[i], what);
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * sd_applies_check:
 * @what: the kind of entry, for the message
 *
 * Checks that every series, unit, market and option the conditions name is in
 * the vehicle table.
 *
 * Returns: %TRUE if they all are
 */
gboolean
sd_applies_check (const SdApplies *applies,
                  SdVehicles      *vehicles,
                  const char      *what,
                  const char      *source,
                  guint            line,
                  GPtrArray       *problems)
{
  gboolean ok = TRUE;

  if (applies == NULL)
    return TRUE;

  ok &= check_list ((const char * const *) applies->series, vehicles, SD_VEHICLE_N_KINDS,
                    what, source, line, problems);
  ok &= check_list ((const char * const *) applies->head_units, vehicles, SD_VEHICLE_HEAD_UNIT,
                    what, source, line, problems);
  ok &= check_list ((const char * const *) applies->telematics, vehicles, SD_VEHICLE_TELEMATICS,
                    what, source, line, problems);
  ok &= check_list ((const char * const *) applies->markets, vehicles, SD_VEHICLE_MARKET,
                    what, source, line, problems);
  ok &= check_list ((const char * const *) applies->options, vehicles, SD_VEHICLE_OPTION,
                    what, source, line, problems);

  return ok;
}

/* "No" wins, then "not known", then "yes". */
SdFact
sd_fact_and (SdFact a,
             SdFact b)
{
  if (a == SD_FACT_NO || b == SD_FACT_NO)
    return SD_FACT_NO;
  if (a == SD_FACT_YES && b == SD_FACT_YES)
    return SD_FACT_YES;

  return SD_FACT_UNKNOWN;
}

static SdFact
in_list (const char * const *list,
         const char         *value)
{
  if (list == NULL)
    return SD_FACT_YES;
  if (value == NULL)
    return SD_FACT_UNKNOWN;

  return g_strv_contains (list, value) ? SD_FACT_YES : SD_FACT_NO;
}

/* One of @options is fitted: known from the owner's list, or ruled out by the
 * model having none of them in its market. */
static SdFact
has_option (SdVehicleProfile   *profile,
            const char * const *options)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (profile);
  const char *model = sd_vehicle_profile_get_model (profile);
  g_autoptr(GPtrArray) fits = NULL;

  if (options == NULL)
    return SD_FACT_YES;

  for (guint i = 0; options[i] != NULL; i++)
    if (sd_vehicle_profile_has_option (profile, options[i]))
      return SD_FACT_YES;
  if (sd_vehicle_profile_get_options (profile) != NULL)
    return SD_FACT_NO;
  if (vehicles == NULL || model == NULL)
    return SD_FACT_UNKNOWN;

  fits = sd_vehicles_list_fits (vehicles, model, SD_VEHICLE_OPTION,
                                sd_vehicle_profile_get_market (profile), 0);
  for (guint i = 0; i < fits->len; i++)
    {
      const SdVehicleFit *fit = g_ptr_array_index (fits, i);

      if (g_strv_contains (options, fit->ref))
        return SD_FACT_UNKNOWN;
    }

  return SD_FACT_NO;
}

static SdFact
has_shutdown (SdVehicleProfile *profile)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (profile);
  const char *model = sd_vehicle_profile_get_model (profile);
  const char *telematics = sd_vehicle_profile_get_telematics (profile);
  g_autoptr(GPtrArray) shutdowns = NULL;

  if (vehicles == NULL || (model == NULL && telematics == NULL))
    return SD_FACT_UNKNOWN;

  shutdowns = sd_vehicles_list_shutdowns (vehicles, model, telematics,
                                          sd_vehicle_profile_get_market (profile));

  return shutdowns->len > 0 ? SD_FACT_YES : SD_FACT_NO;
}

/**
 * sd_applies_decide:
 * @applies: (nullable): the conditions, %NULL for "every car"
 * @profile: (nullable): the car, %NULL when nothing is known of it
 *
 * Returns: %SD_FACT_NO when the entry is not for that car; %SD_FACT_YES when
 *   it is; %SD_FACT_UNKNOWN when that is not known, which counts as applying
 */
SdFact
sd_applies_decide (const SdApplies  *applies,
                   SdVehicleProfile *profile)
{
  SdFact fact = SD_FACT_YES;

  if (applies == NULL)
    return SD_FACT_YES;
  if (profile == NULL)
    return SD_FACT_UNKNOWN;

  fact = sd_fact_and (fact, in_list ((const char * const *) applies->series,
                                     sd_vehicle_profile_get_series (profile)));
  fact = sd_fact_and (fact, in_list ((const char * const *) applies->head_units,
                                     sd_vehicle_profile_get_head_unit (profile)));
  fact = sd_fact_and (fact, in_list ((const char * const *) applies->telematics,
                                     sd_vehicle_profile_get_telematics (profile)));
  fact = sd_fact_and (fact, in_list ((const char * const *) applies->markets,
                                     sd_vehicle_profile_get_market (profile)));
  fact = sd_fact_and (fact, has_option (profile, (const char * const *) applies->options));
  if (applies->needs_most_ring)
    fact = sd_fact_and (fact, sd_vehicle_profile_has_most_ring (profile));
  if (applies->needs_shutdown)
    fact = sd_fact_and (fact, has_shutdown (profile));

  return fact;
}
