/* sd-commands-car.h: the car and the fault codes on the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sd-commands.h"
#include "sd-diagnosis.h"

G_BEGIN_DECLS

void     sd_commands_list_cars      (SdCatalog              *catalog,
                                     GString                *out);
void     sd_commands_list_codes     (SdCatalog              *catalog,
                                     GString                *out);
gboolean sd_commands_car_apply      (SdCatalog              *catalog,
                                     SdDiagnosis            *diagnosis,
                                     const SdCommandOptions *options,
                                     GString                *err);
SdVehicleProfile *sd_commands_car_build_profile (SdCatalog              *catalog,
                                                 const SdCommandOptions *options,
                                                 GString                *err);
void     sd_commands_car_print_text (SdDiagnosis            *diagnosis,
                                     SdCodes                *table,
                                     GString                *out);
void     sd_commands_car_add_json   (JsonBuilder            *builder,
                                     SdDiagnosis            *diagnosis,
                                     SdCodes                *table);
/* Shared by every verb that prints --json. */
void     sd_commands_append_json    (JsonBuilder            *builder,
                                     GString                *out);

G_END_DECLS
