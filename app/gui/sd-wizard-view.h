/* sd-wizard-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_WIZARD_VIEW (sd_wizard_view_get_type ())

G_DECLARE_FINAL_TYPE (SdWizardView, sd_wizard_view, SD, WIZARD_VIEW, AdwBin)

GtkWidget *sd_wizard_view_new  (SdSession    *session);
void       sd_wizard_view_tick (SdWizardView *self);
void       sd_wizard_view_set_primary_menu (SdWizardView *self,
                                            GMenuModel   *menu);

G_END_DECLS
