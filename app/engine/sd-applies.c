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

/* One of @options is fitted: known from what the owner said of each option;
 * ruled out when each is said not to be, or when the model cannot have it in
 * its market. An option the owner does not know of is decided as for a car
 * nothing is known of: it may be fitted. */
static SdFact
has_option (SdVehicleProfile   *profile,
            const char * const *options)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (profile);
  const char *model = sd_vehicle_profile_get_model (profile);
  g_autoptr(GPtrArray) fits = NULL;
  SdFact fact = SD_FACT_NO;

  if (options == NULL)
    return SD_FACT_YES;

  if (vehicles != NULL && model != NULL)
    fits = sd_vehicles_list_fits (vehicles, model, SD_VEHICLE_OPTION,
                                  sd_vehicle_profile_get_market (profile), 0);
  for (guint i = 0; options[i] != NULL; i++)
    {
      gboolean can_have = fits == NULL;

      SdFact fitted = sd_vehicle_profile_get_option (profile, options[i]);

      if (fitted == SD_FACT_YES)
        return SD_FACT_YES;
      if (fitted == SD_FACT_NO)
        continue;
      for (guint j = 0; !can_have && j < fits->len; j++)
        can_have = g_str_equal (((const SdVehicleFit *) g_ptr_array_index (fits, j))->ref,
                                options[i]);
      if (can_have)
        fact = SD_FACT_UNKNOWN;
    }

  return fact;
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

/* Whether the ring slot @slot can be in this car, and as which component. */
static const char *
slot_component (SdVehicleProfile *self,
                const SdRingSlot *slot)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (self);
  const char *model = sd_vehicle_profile_get_model (self);
  const SdVehicleFit *fit;
  const SdVehicleUnit *unit;

  if (slot->ref == NULL)
    return slot->module;

  if (g_str_equal (slot->ref, "head-unit"))
    {
      fit = sd_vehicles_find_fit (vehicles, model, SD_VEHICLE_HEAD_UNIT,
                                  sd_vehicle_profile_get_head_unit (self));
      return fit == NULL || fit->most != SD_FACT_NO ? "head-unit" : NULL;
    }

  if (g_str_equal (slot->ref, "telematics"))
    {
      /* A TCB talks on CAN: it is not on the ring even where a TCU would be. */
      fit = sd_vehicles_find_fit (vehicles, model, SD_VEHICLE_TELEMATICS,
                                  sd_vehicle_profile_get_telematics (self));
      return fit == NULL || fit->bus == SD_BUS_MOST || fit->bus == SD_BUS_UNKNOWN ? "tcu" : NULL;
    }

  if (sd_vehicle_profile_get_option (self, slot->ref) == SD_FACT_NO)
    return NULL;
  fit = sd_vehicles_find_fit (vehicles, model, SD_VEHICLE_OPTION, slot->ref);
  if (fit != NULL && !sd_vehicle_fit_applies (fit, sd_vehicle_profile_get_market (self), 0))
    return NULL;
  unit = sd_vehicles_lookup_unit (vehicles, SD_VEHICLE_OPTION, slot->ref);

  return unit != NULL && unit->component != NULL ? unit->component : slot->ref;
}

/**
 * sd_vehicle_profile_list_ring:
 * @order: (out) (optional): whether the order is BMW's, one car's, or not known
 *
 * The ring of the car's model, through the members it has: knowledge-base
 * component ids ("head-unit", "tcu", "amplifier", "sdars"), and other units by
 * BMW's abbreviation ("AVT"). Empty, with %SD_RING_ORDER_NONE, when the table
 * has no ring for the car (or the car is not known). Kept here, with what
 * applies, rather than with the profile's fields.
 *
 * Returns: (transfer full) (element-type utf8): the members, in ring order
 */
GPtrArray *
sd_vehicle_profile_list_ring (SdVehicleProfile *self,
                              SdRingOrder      *order)
{
  GPtrArray *members = g_ptr_array_new_with_free_func (g_free);
  const SdVehicleSetup *setup = NULL;
  SdVehicles *vehicles;

  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), members);

  vehicles = sd_vehicle_profile_get_vehicles (self);
  if (vehicles != NULL && sd_vehicle_profile_get_model (self) != NULL &&
      sd_vehicle_profile_has_most_ring (self) != SD_FACT_NO)
    setup = sd_vehicles_get_setup (vehicles, sd_vehicle_profile_get_model (self));
  if (order != NULL)
    *order = setup != NULL && setup->ring != NULL ? setup->ring_order : SD_RING_ORDER_NONE;

  for (guint i = 0; setup != NULL && setup->ring != NULL && i < setup->ring->len; i++)
    {
      const char *component = slot_component (self, g_ptr_array_index (setup->ring, i));

      if (component != NULL)
        g_ptr_array_add (members, g_strdup (component));
    }

  return members;
}
