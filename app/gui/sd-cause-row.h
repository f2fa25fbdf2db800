/* sd-cause-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-cause-item.h"

G_BEGIN_DECLS

#define SD_TYPE_CAUSE_ROW (sd_cause_row_get_type ())

G_DECLARE_FINAL_TYPE (SdCauseRow, sd_cause_row, SD, CAUSE_ROW, GtkListBoxRow)

GtkWidget   *sd_cause_row_new          (SdCauseItem *cause);
SdCauseItem *sd_cause_row_get_cause    (SdCauseRow  *self);
gboolean     sd_cause_row_get_expanded (SdCauseRow  *self);
void         sd_cause_row_set_expanded (SdCauseRow  *self,
                                        gboolean     expanded);

G_END_DECLS
