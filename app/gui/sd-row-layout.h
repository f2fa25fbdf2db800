/* sd-row-layout.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SD_TYPE_ROW_LAYOUT (sd_row_layout_get_type ())
G_DECLARE_FINAL_TYPE (SdRowLayout, sd_row_layout, SD, ROW_LAYOUT, GtkLayoutManager)

GtkLayoutManager *sd_row_layout_new            (int                  spacing);
gboolean          sd_row_layout_apply_to_row   (AdwActionRow        *row);
gboolean          sd_row_layout_apply_to_group (AdwPreferencesGroup *group);

G_END_DECLS
