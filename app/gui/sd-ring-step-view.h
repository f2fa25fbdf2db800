/* sd-ring-step-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-ring-check.h"
#include "sd-session.h"
#include "sd-step-view.h"

G_BEGIN_DECLS

#define SD_TYPE_RING_STEP_VIEW (sd_ring_step_view_get_type ())

G_DECLARE_FINAL_TYPE (SdRingStepView, sd_ring_step_view, SD, RING_STEP_VIEW, SdStepView)

void         sd_ring_step_view_set_session (SdRingStepView *self,
                                            SdSession      *session);
SdRingCheck *sd_ring_step_view_get_check   (SdRingStepView *self);
gboolean     sd_ring_step_view_get_stretch (SdRingStepView  *self,
                                            const char     **from,
                                            const char     **to);

G_END_DECLS
