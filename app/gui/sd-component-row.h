/* sd-component-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-component-info.h"

G_BEGIN_DECLS

#define SD_TYPE_COMPONENT_ROW (sd_component_row_get_type ())

G_DECLARE_FINAL_TYPE (SdComponentRow, sd_component_row, SD, COMPONENT_ROW, AdwActionRow)

GtkWidget         *sd_component_row_new            (const SdComponent *component,
                                                    guint              number);
const SdComponent *sd_component_row_get_component  (SdComponentRow    *self);
double             sd_component_row_get_suspicion  (SdComponentRow    *self);
void               sd_component_row_set_suspicion  (SdComponentRow    *self,
                                                    double             suspicion);

G_END_DECLS
