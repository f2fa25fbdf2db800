/* sd-kiosk-pin.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SD_TYPE_KIOSK_PIN (sd_kiosk_pin_get_type ())

G_DECLARE_FINAL_TYPE (SdKioskPin, sd_kiosk_pin, SD, KIOSK_PIN, AdwBin)

char     *sd_kiosk_pin_hash    (const char *pin,
                                const char *salt);
gboolean  sd_kiosk_pin_check   (const char *hash,
                                const char *pin);
int       sd_kiosk_pin_set_from_stdin (GSettings *settings);

void      sd_kiosk_pin_set_hash (SdKioskPin *self,
                                 const char *hash);
gboolean  sd_kiosk_pin_enter    (SdKioskPin *self,
                                 const char *pin);
void      sd_kiosk_pin_clear    (SdKioskPin *self);

G_END_DECLS
