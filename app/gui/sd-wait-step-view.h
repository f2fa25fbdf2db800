/* sd-wait-step-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-step-view.h"

G_BEGIN_DECLS

#define SD_TYPE_WAIT_STEP_VIEW (sd_wait_step_view_get_type ())

G_DECLARE_FINAL_TYPE (SdWaitStepView, sd_wait_step_view, SD, WAIT_STEP_VIEW, SdStepView)

G_END_DECLS
