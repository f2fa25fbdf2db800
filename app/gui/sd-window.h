/* sd-window.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-application.h"

G_BEGIN_DECLS

#define SD_TYPE_WINDOW (sd_window_get_type ())

G_DECLARE_FINAL_TYPE (SdWindow, sd_window, SD, WINDOW, AdwApplicationWindow)

SdWindow  *sd_window_new              (SdApplication *application);
SdSession *sd_window_get_session      (SdWindow      *self);
void       sd_window_rebuild          (SdWindow      *self);
void       sd_window_check_wait       (SdWindow      *self);
gboolean   sd_window_get_wizard_shown (SdWindow      *self);

G_END_DECLS
