/* sd-vehicle-profile.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-vehicles.h"

G_BEGIN_DECLS

#define SD_VEHICLE_PROFILE_GROUP "car"

#define SD_TYPE_VEHICLE_PROFILE (sd_vehicle_profile_get_type ())

G_DECLARE_FINAL_TYPE (SdVehicleProfile, sd_vehicle_profile, SD, VEHICLE_PROFILE, GObject)

SdVehicleProfile   *sd_vehicle_profile_new             (SdVehicles       *vehicles);
SdVehicles         *sd_vehicle_profile_get_vehicles    (SdVehicleProfile *self);
void                sd_vehicle_profile_set_vehicles    (SdVehicleProfile *self,
                                                        SdVehicles       *vehicles);
gboolean            sd_vehicle_profile_is_unknown      (SdVehicleProfile *self);
void                sd_vehicle_profile_clear           (SdVehicleProfile *self);
void                sd_vehicle_profile_copy_from       (SdVehicleProfile *self,
                                                        SdVehicleProfile *other);

const char         *sd_vehicle_profile_get_model       (SdVehicleProfile *self);
void                sd_vehicle_profile_set_model       (SdVehicleProfile *self,
                                                        const char       *model);
const char         *sd_vehicle_profile_get_series      (SdVehicleProfile *self);
void                sd_vehicle_profile_set_series      (SdVehicleProfile *self,
                                                        const char       *series);
const char         *sd_vehicle_profile_get_head_unit   (SdVehicleProfile *self);
void                sd_vehicle_profile_set_head_unit   (SdVehicleProfile *self,
                                                        const char       *head_unit);
const char         *sd_vehicle_profile_get_telematics  (SdVehicleProfile *self);
void                sd_vehicle_profile_set_telematics  (SdVehicleProfile *self,
                                                        const char       *telematics);
const char         *sd_vehicle_profile_get_market      (SdVehicleProfile *self);
void                sd_vehicle_profile_set_market      (SdVehicleProfile *self,
                                                        const char       *market);
const char * const *sd_vehicle_profile_get_options     (SdVehicleProfile *self);
void                sd_vehicle_profile_set_options     (SdVehicleProfile *self,
                                                        const char * const *options);
gboolean            sd_vehicle_profile_has_option      (SdVehicleProfile *self,
                                                        const char       *option);
const char * const *sd_vehicle_profile_get_not_fitted  (SdVehicleProfile *self);
void                sd_vehicle_profile_set_not_fitted  (SdVehicleProfile *self,
                                                        const char * const *not_fitted);
SdFact              sd_vehicle_profile_get_option      (SdVehicleProfile *self,
                                                        const char       *option);
void                sd_vehicle_profile_set_option      (SdVehicleProfile *self,
                                                        const char       *option,
                                                        SdFact            fitted);
const char         *sd_vehicle_profile_get_vin         (SdVehicleProfile *self);
void                sd_vehicle_profile_set_vin         (SdVehicleProfile *self,
                                                        const char       *vin);
guint               sd_vehicle_profile_get_mileage     (SdVehicleProfile *self);
void                sd_vehicle_profile_set_mileage     (SdVehicleProfile *self,
                                                        guint             mileage);

guint               sd_vehicle_profile_get_model_year  (SdVehicleProfile *self);
guint               sd_vehicle_profile_get_build_month (SdVehicleProfile *self);
void                sd_vehicle_profile_apply_defaults  (SdVehicleProfile *self);
SdFact              sd_vehicle_profile_has_most_ring   (SdVehicleProfile *self);
GPtrArray          *sd_vehicle_profile_list_ring       (SdVehicleProfile *self,
                                                        SdRingOrder      *order);
char               *sd_vehicle_profile_describe        (SdVehicleProfile *self);

/* The profile in a case file's "[car]" group (sd-case-format.c). */
void                sd_vehicle_profile_to_key_file     (SdVehicleProfile *self,
                                                        GKeyFile         *file);
gboolean            sd_vehicle_profile_from_key_file   (SdVehicleProfile *self,
                                                        GKeyFile         *file,
                                                        GError          **error);

G_END_DECLS
