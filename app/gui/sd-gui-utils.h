/* sd-gui-utils.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-procedure.h"

G_BEGIN_DECLS

GtkWidget *sd_text_row_new        (const char  *title,
                                   const char  *subtitle,
                                   const char  *icon_name);
GtkWidget *sd_start_button_new    (SdProcedure *procedure,
                                   const char  *label);
void       sd_start_button_set_procedure (GtkWidget   *button,
                                          SdProcedure *procedure);
void       sd_list_box_remove_all (GtkListBox  *list);
void       sd_preferences_group_set_plain (AdwPreferencesGroup *group,
                                           const char          *title,
                                           const char          *description);

GtkWidget *sd_caution_row_new (const SdCaution *caution);
char      *sd_texts_join      (GPtrArray       *texts,
                               gboolean         parts);

G_END_DECLS
