/* sd-kiosk-qr.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_KIOSK_QR (sd_kiosk_qr_get_type ())

G_DECLARE_FINAL_TYPE (SdKioskQr, sd_kiosk_qr, SD, KIOSK_QR, GtkWidget)

char       *sd_kiosk_qr_dup_summary (SdSession  *session);
void        sd_kiosk_qr_set_text    (SdKioskQr  *self,
                                     const char *text);
const char *sd_kiosk_qr_get_text    (SdKioskQr  *self);
guint       sd_kiosk_qr_get_modules (SdKioskQr  *self);

G_END_DECLS
