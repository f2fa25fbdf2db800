/* sd-profile-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_PROFILE_PAGE (sd_profile_page_get_type ())

G_DECLARE_FINAL_TYPE (SdProfilePage, sd_profile_page, SD, PROFILE_PAGE, AdwBin)

GtkWidget        *sd_profile_page_new             (SdSession     *session);
void              sd_profile_page_set_cancellable (SdProfilePage *self,
                                                   gboolean       cancellable);
SdVehicleProfile *sd_profile_page_get_draft       (SdProfilePage *self);
void              sd_profile_page_select_model    (SdProfilePage *self,
                                                   const char    *model);
void              sd_profile_page_select          (SdProfilePage *self,
                                                   SdVehicleKind  kind,
                                                   const char    *id);
void              sd_profile_page_set_option      (SdProfilePage *self,
                                                   const char    *option,
                                                   SdFact         fitted);
const char       *sd_profile_page_get_help        (SdProfilePage *self,
                                                   SdVehicleKind  kind);

G_END_DECLS
