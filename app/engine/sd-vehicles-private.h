/* sd-vehicles-private.h: shared by the vehicle table and its reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-vehicles.h"

G_BEGIN_DECLS

void     _sd_vehicle_unit_free     (SdVehicleUnit     *unit);
void     _sd_vehicle_fit_free      (SdVehicleFit      *fit);
void     _sd_ring_slot_free        (SdRingSlot        *slot);
void     _sd_vehicle_setup_free    (SdVehicleSetup    *setup);
void     _sd_vehicle_series_free   (SdVehicleSeries   *series);
void     _sd_vehicle_model_free    (SdVehicleModel    *model);
void     _sd_shutdown_unit_free    (SdShutdownUnit    *unit);
void     _sd_network_shutdown_free (SdNetworkShutdown *shutdown);

/* Each takes @entry, or frees it and returns FALSE when its id is taken. */
gboolean _sd_vehicles_take_unit     (SdVehicles        *self,
                                     SdVehicleUnit     *unit);
gboolean _sd_vehicles_take_series   (SdVehicles        *self,
                                     SdVehicleSeries   *series);
gboolean _sd_vehicles_take_model    (SdVehicles        *self,
                                     SdVehicleModel    *model);
gboolean _sd_vehicles_take_shutdown (SdVehicles        *self,
                                     SdNetworkShutdown *shutdown);
GHashTable *_sd_vehicles_get_texts  (SdVehicles        *self);

G_END_DECLS
