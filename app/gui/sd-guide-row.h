/* sd-guide-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-procedure.h"

G_BEGIN_DECLS

#define SD_TYPE_GUIDE_ROW (sd_guide_row_get_type ())

G_DECLARE_FINAL_TYPE (SdGuideRow, sd_guide_row, SD, GUIDE_ROW, GtkWidget)

GtkWidget   *sd_guide_row_new           (SdProcedure *procedure);
SdProcedure *sd_guide_row_get_procedure (SdGuideRow  *self);
void         sd_guide_row_set_procedure (SdGuideRow  *self,
                                         SdProcedure *procedure);
gboolean     sd_guide_row_get_expanded  (SdGuideRow  *self);
void         sd_guide_row_set_expanded  (SdGuideRow  *self,
                                         gboolean     expanded);
const char  *sd_guide_row_get_title     (SdGuideRow  *self);
const char  *sd_guide_row_get_subtitle  (SdGuideRow  *self);
void         sd_guide_row_show_replaced (SdGuideRow  *self,
                                         const char  *replaced);
void         sd_guide_row_show_not_for_car (SdGuideRow *self,
                                            const char *why);

G_END_DECLS
