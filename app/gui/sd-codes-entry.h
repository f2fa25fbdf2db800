/* sd-codes-entry.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_CODES_ENTRY (sd_codes_entry_get_type ())

G_DECLARE_FINAL_TYPE (SdCodesEntry, sd_codes_entry, SD, CODES_ENTRY, AdwBin)

GtkWidget *sd_codes_entry_new         (SdSession    *session);
void       sd_codes_entry_set_session (SdCodesEntry *self,
                                       SdSession    *session);

G_END_DECLS
