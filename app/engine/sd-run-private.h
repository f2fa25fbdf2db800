/* sd-run-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What sd-run.c (the steps and the path) and sd-run-time.c (holds, waits and
 * the clocks) share.
 */
#pragma once

#include "sd-run.h"

G_BEGIN_DECLS

/* What the properties last said, so that each is notified only on a change. */
typedef struct
{
  guint     step_index;
  guint     position;
  guint     length;
  gboolean  can_go_back;
  gboolean  can_go_next;
  gboolean  needs_acknowledgement;
  gboolean  finished;
  int       outcome;
  gboolean  hold_running;
  gboolean  wait_over;
  gboolean  clock_changed;
} SdRunShown;

struct _SdRun
{
  GObject       parent_instance;

  SdProcedure  *procedure;
  GArray       *path;          /* of int: step indices, the current one last */
  GListStore   *path_model;    /* of SdRunStep: the same steps, for widgets */
  GHashTable   *answers;       /* step id → what was answered there */
  SdClockFunc   clock;
  gpointer      clock_data;
  SdClockFunc   monotonic;
  gpointer      monotonic_data;

  /* The current step's state. */
  gboolean      acknowledged;
  gboolean      hold_running;
  gint64        hold_started;  /* on the monotonic clock */
  gboolean      hold_done;
  GArray       *ticks;         /* of SdItemAnswer, for a checklist */
  GDateTime    *wait_deadline;
  guint         wait_seconds;  /* as chosen; 0 when not known */
  gboolean      wait_over;     /* once over, over: the clock going back does not reopen it */
  gboolean      clock_changed;
  SdOutcome     outcome;

  /* A look at the clocks changed what is saved, and "changed" was not emitted yet. */
  gboolean      dirty;
  SdRunShown    shown;

  /* What the path taken found (sd-run-observe.c): of const SdObservation *. */
  GPtrArray    *observations;
};

const SdStep *_sd_run_current_step (SdRun      *self);
void          _sd_run_remember     (SdRun      *self,
                                    const char *step_id,
                                    char       *answer);
void          _sd_run_changed      (SdRun      *self);
void          _sd_run_update       (SdRun      *self);

void          _sd_run_enter_timed  (SdRun      *self,
                                    const char *answer);
void          _sd_run_observe      (SdRun      *self);
gboolean      _sd_run_timed_done   (SdRun      *self);

/* sd-run-observe.c: checklist answers and what the run found. */
void          _sd_run_class_init_observations (SdRunClass   *klass);
void          _sd_run_enter_items        (SdRun        *self,
                                          const SdStep *step,
                                          const char   *answer);
gboolean      _sd_run_items_done         (SdRun        *self,
                                          const SdStep *step);
int           _sd_run_items_next         (SdRun        *self,
                                          const SdStep *step);
char         *_sd_run_items_to_answer    (SdRun        *self);
void          _sd_run_update_observations (SdRun       *self);

G_END_DECLS
