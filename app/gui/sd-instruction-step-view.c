/* sd-instruction-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An instruction: the step's title and texts, which SdStepView shows, and
 * nothing to do but read them and press Next. No template of its own.
 */
#include "config.h"

#include "sd-instruction-step-view.h"

struct _SdInstructionStepView
{
  SdStepView parent_instance;
};

G_DEFINE_FINAL_TYPE (SdInstructionStepView, sd_instruction_step_view, SD_TYPE_STEP_VIEW)

static void
sd_instruction_step_view_class_init (SdInstructionStepViewClass *klass)
{
}

static void
sd_instruction_step_view_init (SdInstructionStepView *self)
{
}
