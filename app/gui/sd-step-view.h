/* sd-step-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-run.h"

G_BEGIN_DECLS

#define SD_TYPE_STEP_VIEW (sd_step_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (SdStepView, sd_step_view, SD, STEP_VIEW, AdwBin)

/**
 * SdStepViewClass:
 * @update: shows the run's state of the step in place, without building
 *   widgets: called on every change of the run while the step is shown and on
 *   every tick of a countdown
 * @get_has_next: whether the wizard shows Next on this step; %TRUE unless
 *   overridden
 *
 * A subclass's template puts its controls as a `<child>` of the template: they
 * go below the step's texts, and are hidden once the run has ended.
 */
struct _SdStepViewClass
{
  AdwBinClass parent_class;

  void     (*update)       (SdStepView *self);
  gboolean (*get_has_next) (SdStepView *self);

  gpointer padding[4];
};

SdRun        *sd_step_view_get_run      (SdStepView *self);
const SdStep *sd_step_view_get_step     (SdStepView *self);
void          sd_step_view_update       (SdStepView *self);
gboolean      sd_step_view_get_has_next (SdStepView *self);
gboolean      sd_step_view_get_counting (SdStepView *self);
void          sd_step_view_set_counting (SdStepView *self,
                                         gboolean    counting);
GtkWidget    *sd_step_view_new_for_run  (SdRun      *run);

G_END_DECLS
