/* sd-kiosk.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-window.h"

G_BEGIN_DECLS

/* How long the "Are you still there?" cover counts down before the case goes. */
#define SD_KIOSK_COUNTDOWN_SECONDS 30

#define SD_TYPE_KIOSK (sd_kiosk_get_type ())

G_DECLARE_FINAL_TYPE (SdKiosk, sd_kiosk, SD, KIOSK, AdwBin)

SdKiosk    *sd_kiosk_attach            (SdWindow    *window);
SdKiosk    *sd_kiosk_get_for_window    (GtkWindow   *window);
gboolean    sd_kiosk_allows_procedure  (SdKiosk     *self,
                                        const char  *procedure_id);
gboolean    sd_kiosk_window_may_start  (GtkWindow   *window,
                                        const char  *procedure_id);
void        sd_kiosk_set_clock         (SdKiosk     *self,
                                        SdClockFunc  clock,
                                        gpointer     user_data);
void        sd_kiosk_check_idle        (SdKiosk     *self);
void        sd_kiosk_start_over        (SdKiosk     *self);
void        sd_kiosk_show_pin          (SdKiosk     *self);
void        sd_kiosk_show_take_home    (SdKiosk     *self);
const char *sd_kiosk_get_cover         (SdKiosk     *self);
gboolean    sd_kiosk_get_unlocked      (SdKiosk     *self);

G_END_DECLS
