/* sd-language-picker.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SD_TYPE_LANGUAGE_PICKER (sd_language_picker_get_type ())

G_DECLARE_FINAL_TYPE (SdLanguagePicker, sd_language_picker, SD, LANGUAGE_PICKER, AdwBin)

GtkWidget *sd_language_picker_new (void);

G_END_DECLS
