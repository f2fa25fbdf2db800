/* sd-illustration.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SD_TYPE_ILLUSTRATION (sd_illustration_get_type ())

G_DECLARE_FINAL_TYPE (SdIllustration, sd_illustration, SD, ILLUSTRATION, GtkWidget)

/* The size an illustration is drawn for, shrunk to fit narrower windows. */
#define SD_ILLUSTRATION_WIDTH  240
#define SD_ILLUSTRATION_HEIGHT 160

GtkWidget          *sd_illustration_new                (const char     *illustration);
const char         *sd_illustration_get_illustration   (SdIllustration *self);
void                sd_illustration_set_illustration   (SdIllustration *self,
                                                        const char     *illustration);
GdkPaintable       *sd_illustration_get_paintable      (SdIllustration *self);

const char * const *sd_illustration_get_names          (void);
const char         *sd_illustration_get_resource_path  (const char     *illustration);
const char         *sd_illustration_get_description    (const char     *illustration);
const char         *sd_illustration_name_for_step      (const char     *procedure_id,
                                                        const char     *step_id);

G_END_DECLS
