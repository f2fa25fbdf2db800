/* sd-application.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-catalog.h"
#include "sd-procedure-loader.h"
#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_APPLICATION (sd_application_get_type ())

G_DECLARE_FINAL_TYPE (SdApplication, sd_application, SD, APPLICATION, AdwApplication)

typedef void (*SdUriLauncher) (GtkWindow  *parent,
                               const char *uri,
                               gpointer    user_data);

SdApplication *sd_application_new         (void);
SdCatalog     *sd_application_get_catalog (SdApplication *self);
SdProcedureLoader *sd_application_get_loader (SdApplication *self);
SdSession     *sd_application_get_session (SdApplication *self);
GSettings     *sd_application_get_settings (SdApplication *self);
gboolean       sd_application_get_kiosk   (SdApplication *self);
void           sd_application_set_uri_launcher (SdApplication *self,
                                                SdUriLauncher  launcher,
                                                gpointer       user_data);
void           sd_application_rebuild_windows (SdApplication *self);

G_END_DECLS
