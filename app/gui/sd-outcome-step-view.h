/* sd-outcome-step-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-step-view.h"

G_BEGIN_DECLS

#define SD_TYPE_OUTCOME_STEP_VIEW (sd_outcome_step_view_get_type ())

G_DECLARE_FINAL_TYPE (SdOutcomeStepView, sd_outcome_step_view, SD, OUTCOME_STEP_VIEW, SdStepView)

G_END_DECLS
