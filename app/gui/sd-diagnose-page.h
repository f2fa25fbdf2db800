/* sd-diagnose-page.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_DIAGNOSE_PAGE (sd_diagnose_page_get_type ())

G_DECLARE_FINAL_TYPE (SdDiagnosePage, sd_diagnose_page, SD, DIAGNOSE_PAGE, AdwBin)

GtkWidget *sd_diagnose_page_new            (SdSession      *session);
void       sd_diagnose_page_show_languages (SdDiagnosePage *self);

G_END_DECLS
