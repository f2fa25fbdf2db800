/* sd-run-step.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SD_TYPE_RUN_STEP (sd_run_step_get_type ())

G_DECLARE_FINAL_TYPE (SdRunStep, sd_run_step, SD, RUN_STEP, GObject)

SdRunStep  *sd_run_step_new       (guint       index,
                                   const char *id);
guint       sd_run_step_get_index (SdRunStep  *self);
const char *sd_run_step_get_id    (SdRunStep  *self);

G_END_DECLS
