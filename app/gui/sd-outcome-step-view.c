/* sd-outcome-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The end of a guide: the run is finished from the moment it gets here, so
 * SdStepView shows the outcome below the step's texts, as it does when a
 * question's choice ends the guide; Next becomes Finish. No template of its own.
 */
#include "config.h"

#include "sd-outcome-step-view.h"

struct _SdOutcomeStepView
{
  SdStepView parent_instance;
};

G_DEFINE_FINAL_TYPE (SdOutcomeStepView, sd_outcome_step_view, SD_TYPE_STEP_VIEW)

static void
sd_outcome_step_view_class_init (SdOutcomeStepViewClass *klass)
{
}

static void
sd_outcome_step_view_init (SdOutcomeStepView *self)
{
}
