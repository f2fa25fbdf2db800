/* sd-car-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_CAR_PAGE (sd_car_page_get_type ())

G_DECLARE_FINAL_TYPE (SdCarPage, sd_car_page, SD, CAR_PAGE, AdwBin)

GtkWidget  *sd_car_page_new          (SdSession  *session);
void        sd_car_page_select       (SdCarPage  *self,
                                      const char *component);
const char *sd_car_page_get_selected (SdCarPage  *self);

G_END_DECLS
