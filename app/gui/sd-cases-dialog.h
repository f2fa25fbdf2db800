/* sd-cases-dialog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_CASES_DIALOG (sd_cases_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SdCasesDialog, sd_cases_dialog, SD, CASES_DIALOG, AdwWindow)

GtkWidget *sd_cases_dialog_new          (SdSession     *session);
void       sd_cases_dialog_set_state_dir (SdCasesDialog *self,
                                          const char    *state_dir);
GtkListBox *sd_cases_dialog_get_list    (SdCasesDialog *self);

G_END_DECLS
