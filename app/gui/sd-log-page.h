/* sd-log-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_LOG_PAGE (sd_log_page_get_type ())

G_DECLARE_FINAL_TYPE (SdLogPage, sd_log_page, SD, LOG_PAGE, AdwBin)

GtkWidget  *sd_log_page_new      (SdSession *session);
const char *sd_log_page_get_text (SdLogPage *self);
void        sd_log_page_flush_notes (SdLogPage *self);

G_END_DECLS
