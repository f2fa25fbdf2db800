/* sd-run.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-case.h"
#include "sd-procedure.h"
#include "sd-run-step.h"

G_BEGIN_DECLS

/* Returns a time in µs: for the wall clock, since the Unix epoch, as
 * g_get_real_time(); for the monotonic clock, as g_get_monotonic_time(). */
typedef gint64 (*SdClockFunc) (gpointer user_data);

/* How a checklist item was answered (issue 12). */
typedef enum
{
  SD_ITEM_UNANSWERED,
  SD_ITEM_OK,
  SD_ITEM_NOT_OK,
} SdItemAnswer;

#define SD_TYPE_RUN (sd_run_get_type ())

G_DECLARE_FINAL_TYPE (SdRun, sd_run, SD, RUN, GObject)

SdRun        *sd_run_new                      (SdProcedure     *procedure);
SdRun        *sd_run_new_from_saved           (SdProcedure     *procedure,
                                               const SdCaseRun *saved,
                                               GError         **error);
SdCaseRun    *sd_run_to_saved                 (SdRun           *self);
void          sd_run_set_clock                (SdRun           *self,
                                               SdClockFunc      clock,
                                               gpointer         user_data);
void          sd_run_set_monotonic_clock      (SdRun           *self,
                                               SdClockFunc      clock,
                                               gpointer         user_data);
void          sd_run_tick                     (SdRun           *self);
SdProcedure  *sd_run_get_procedure            (SdRun           *self);
const SdStep *sd_run_get_step                 (SdRun           *self);
guint         sd_run_get_step_index           (SdRun           *self);
GListModel   *sd_run_get_path                 (SdRun           *self);
guint         sd_run_get_position             (SdRun           *self);
guint         sd_run_get_length               (SdRun           *self);
guint         sd_run_get_max_left             (SdRun           *self);
gboolean      sd_run_can_go_back              (SdRun           *self);
gboolean      sd_run_go_back                  (SdRun           *self);
gboolean      sd_run_needs_acknowledgement    (SdRun           *self);
void          sd_run_acknowledge              (SdRun           *self);
gboolean      sd_run_can_go_next              (SdRun           *self);
gboolean      sd_run_go_next                  (SdRun           *self);
gboolean      sd_run_choose                   (SdRun           *self,
                                               guint            choice);
void          sd_run_set_item                 (SdRun           *self,
                                               guint            item,
                                               gboolean         ticked);
gboolean      sd_run_get_item                 (SdRun           *self,
                                               guint            item);
gboolean      sd_run_start_hold               (SdRun           *self);
double        sd_run_get_hold_remaining       (SdRun           *self);
gboolean      sd_run_is_hold_running          (SdRun           *self);
gboolean      sd_run_start_wait               (SdRun           *self,
                                               guint            seconds);
GDateTime    *sd_run_get_wait_deadline        (SdRun           *self);
gint64        sd_run_get_wait_remaining       (SdRun           *self);
gboolean      sd_run_is_wait_over             (SdRun           *self);
gboolean      sd_run_get_clock_changed        (SdRun           *self);
const char   *sd_run_get_clock_message        (SdRun           *self);
gint64        sd_run_get_now                  (SdRun           *self);
gboolean      sd_run_is_finished              (SdRun           *self);
SdOutcome     sd_run_get_outcome              (SdRun           *self);

/* A ring-check step's light checks (sd-run-ring.c). */
const char   *sd_run_get_ring_answers         (SdRun           *self);
gboolean      sd_run_set_ring_answers         (SdRun           *self,
                                               const char      *answers);
/* Checklist answers and what the run found: sd-run-observe.c. */
void          sd_run_set_item_answer          (SdRun           *self,
                                               guint            item,
                                               SdItemAnswer     answer);
SdItemAnswer  sd_run_get_item_answer          (SdRun           *self,
                                               guint            item);
GPtrArray    *sd_run_get_observations         (SdRun           *self);

G_END_DECLS
