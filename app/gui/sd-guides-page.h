/* sd-guides-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-catalog.h"
#include "sd-procedure-loader.h"
#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_GUIDES_PAGE (sd_guides_page_get_type ())

G_DECLARE_FINAL_TYPE (SdGuidesPage, sd_guides_page, SD, GUIDES_PAGE, AdwBin)

void sd_guides_page_set_catalog  (SdGuidesPage *self,
                                  SdCatalog    *catalog);
void sd_guides_page_set_session  (SdGuidesPage *self,
                                  SdSession    *session);
void sd_guides_page_set_loader   (SdGuidesPage      *self,
                                  SdProcedureLoader *loader);
void sd_guides_page_focus_search (SdGuidesPage *self);

G_END_DECLS
