/* sd-vehicle-profile-private.h: what the profile's files share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

struct _SdVehicleProfile
{
  GObject     parent_instance;

  SdVehicles *vehicles;
  char       *model;
  char       *series;
  char       *head_unit;
  char       *telematics;
  char       *market;
  GStrv       options;     /* fitted; NULL while nothing is known of any option */
  GStrv       not_fitted;  /* known not to be fitted; NULL when none is listed */
  gboolean    complete;    /* @options is the whole list: no other option is fitted */
  char       *vin;
  guint       mileage;
};

enum
{
  PROP_0,
  PROP_MODEL,
  PROP_SERIES,
  PROP_HEAD_UNIT,
  PROP_TELEMATICS,
  PROP_MARKET,
  PROP_OPTIONS,
  PROP_NOT_FITTED,
  PROP_VIN,
  PROP_MILEAGE,
  N_PROPS
};

void _sd_vehicle_profile_notify      (SdVehicleProfile   *self,
                                      guint               prop_id);
void _sd_vehicle_profile_set_options (SdVehicleProfile   *self,
                                      const char * const *options,
                                      gboolean            complete);
gboolean _sd_vehicle_profile_ring_option_unknown (SdVehicleProfile *self);

G_END_DECLS
