/* sd-kiosk-settings.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-catalog.h"

G_BEGIN_DECLS

#define SD_TYPE_KIOSK_SETTINGS (sd_kiosk_settings_get_type ())

G_DECLARE_FINAL_TYPE (SdKioskSettings, sd_kiosk_settings, SD, KIOSK_SETTINGS, AdwBin)

void sd_kiosk_settings_load (SdKioskSettings *self,
                             GSettings       *settings,
                             SdCatalog       *catalog);

G_END_DECLS
