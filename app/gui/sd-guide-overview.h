/* sd-guide-overview.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-procedure.h"

G_BEGIN_DECLS

#define SD_TYPE_GUIDE_OVERVIEW (sd_guide_overview_get_type ())

G_DECLARE_FINAL_TYPE (SdGuideOverview, sd_guide_overview, SD, GUIDE_OVERVIEW, AdwBin)

GtkWidget   *sd_guide_overview_new           (SdProcedure     *procedure);
SdProcedure *sd_guide_overview_get_procedure (SdGuideOverview *self);

G_END_DECLS
