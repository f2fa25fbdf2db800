/* sd-run-time.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The steps of a run that count time, and the clocks they count on. A hold
 * counts on the monotonic clock, so that setting the computer's clock cannot
 * cut it short or stretch it. A wait's deadline is wall-clock UTC, so that it
 * survives quitting, restarting and suspending; a wall clock set back cannot
 * make it longer than it was chosen (its time left is clamped and the run says
 * the clock changed), and once a wait is over it stays over. Both clocks can be
 * replaced, for tests.
 *
 * A wait is remembered as its deadline in ISO 8601, then the seconds chosen,
 * then "over" once it is: "2026-11-18T11:16:40Z 600 over". A deadline alone,
 * as older versions saved it, still reads.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-run-private.h"

static gint64
real_clock (gpointer user_data)
{
  return g_get_real_time ();
}

static gint64
monotonic_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gint64
wall_now (SdRun *self)
{
  return self->clock (self->clock_data);
}

static gint64
monotonic_now (SdRun *self)
{
  return self->monotonic (self->monotonic_data);
}

/* The longest time a wait can have left: the length chosen, or the step's
 * maximum when that is not known. */
static guint
wait_limit (SdRun        *self,
            const SdStep *step)
{
  return self->wait_seconds > 0 ? self->wait_seconds : step->max_seconds;
}

static char *
format_wait (SdRun *self)
{
  g_autofree char *deadline = g_date_time_format_iso8601 (self->wait_deadline);
  GString *text = g_string_new (deadline);

  if (self->wait_seconds > 0)
    g_string_append_printf (text, " %u", self->wait_seconds);
  if (self->wait_over)
    g_string_append (text, " over");

  return g_string_free (text, FALSE);
}

static void
parse_wait (SdRun        *self,
            const SdStep *step,
            const char   *answer)
{
  g_auto(GStrv) words = g_strsplit (answer, " ", -1);
  guint64 seconds;

  if (words[0] != NULL)
    self->wait_deadline = g_date_time_new_from_iso8601 (words[0], NULL);
  if (self->wait_deadline == NULL)
    return;

  for (guint i = 1; words[i] != NULL; i++)
    {
      if (g_strcmp0 (words[i], "over") == 0)
        self->wait_over = TRUE;
      else if (g_ascii_string_to_unsigned (words[i], 10, MAX (step->min_seconds, 1),
                                           step->max_seconds, &seconds, NULL))
        self->wait_seconds = (guint) seconds;
    }
}

/* Sets up a hold or a wait from what was answered there before, if anything. */
void
_sd_run_enter_timed (SdRun      *self,
                     const char *answer)
{
  const SdStep *step = _sd_run_current_step (self);

  self->hold_running = FALSE;
  self->hold_started = 0;
  self->hold_done = step->kind == SD_STEP_HOLD && answer != NULL;
  g_clear_pointer (&self->wait_deadline, g_date_time_unref);
  self->wait_seconds = 0;
  self->wait_over = FALSE;
  self->clock_changed = FALSE;

  if (step->kind == SD_STEP_WAIT && answer != NULL)
    parse_wait (self, step, answer);
}

/* Whether a hold or a wait is done, from what the clocks said last. */
gboolean
_sd_run_timed_done (SdRun *self)
{
  switch (_sd_run_current_step (self)->kind)
    {
    case SD_STEP_HOLD:
      return self->hold_done;
    case SD_STEP_WAIT:
      return self->wait_deadline != NULL && self->wait_over;
    case SD_STEP_INSTRUCTION:
    case SD_STEP_QUESTION:
    case SD_STEP_CHECKLIST:
    case SD_STEP_RING_CHECK:
    case SD_STEP_OUTCOME:
    default:
      return FALSE;
    }
}

/* Looks at the clocks: a hold whose time is up is done, a wait whose deadline
 * has passed is over, a wait with more time left than it can have (the wall
 * clock went back) is clamped. What that changes is remembered at once, and
 * told by sd_run_tick() or the next change. */
void
_sd_run_observe (SdRun *self)
{
  const SdStep *step = _sd_run_current_step (self);

  if (step->kind == SD_STEP_HOLD && self->hold_running)
    {
      if (monotonic_now (self) - self->hold_started < (gint64) step->seconds * G_USEC_PER_SEC)
        return;

      self->hold_running = FALSE;
      self->hold_done = TRUE;
      _sd_run_remember (self, step->id, g_strdup ("done"));
      self->dirty = TRUE;
    }
  else if (step->kind == SD_STEP_WAIT && self->wait_deadline != NULL && !self->wait_over)
    {
      gint64 now = wall_now (self) / G_USEC_PER_SEC;
      gint64 left = g_date_time_to_unix (self->wait_deadline) - now;
      guint limit = wait_limit (self, step);

      if (left <= 0)
        {
          self->wait_over = TRUE;
        }
      else if (left > limit)
        {
          g_clear_pointer (&self->wait_deadline, g_date_time_unref);
          self->wait_deadline = g_date_time_new_from_unix_utc (now + limit);
          self->clock_changed = TRUE;
        }
      else
        {
          return;
        }

      _sd_run_remember (self, step->id, format_wait (self));
      self->dirty = TRUE;
    }
}

/**
 * sd_run_set_clock:
 * @clock: (nullable): the wall clock to use; %NULL for the real one
 *
 * Tests use this to run a 12-hour wait in no time.
 */
void
sd_run_set_clock (SdRun       *self,
                  SdClockFunc  clock,
                  gpointer     user_data)
{
  g_return_if_fail (SD_IS_RUN (self));

  self->clock = clock != NULL ? clock : real_clock;
  self->clock_data = user_data;
}

/**
 * sd_run_set_monotonic_clock:
 * @clock: (nullable): the monotonic clock to use, which holds count on; %NULL
 *   for the real one
 */
void
sd_run_set_monotonic_clock (SdRun       *self,
                            SdClockFunc  clock,
                            gpointer     user_data)
{
  g_return_if_fail (SD_IS_RUN (self));

  self->monotonic = clock != NULL ? clock : monotonic_clock;
  self->monotonic_data = user_data;
}

/**
 * sd_run_tick:
 *
 * Brings the run up to its clocks: a hold whose time is up is done, a wait
 * whose deadline has passed is over, a wait the wall clock made longer is
 * clamped. Notifies the properties that changed and, if what is saved changed,
 * emits #SdRun::changed. The getters look at the clocks too, but tell nobody.
 */
void
sd_run_tick (SdRun *self)
{
  g_return_if_fail (SD_IS_RUN (self));

  _sd_run_observe (self);
  if (self->dirty)
    _sd_run_changed (self);
  else
    _sd_run_update (self);
}

/**
 * sd_run_start_hold:
 *
 * Starts, or restarts, the countdown of a hold step.
 *
 * Returns: %FALSE if this is not a hold step, or its danger caution is not
 *   acknowledged yet
 */
gboolean
sd_run_start_hold (SdRun *self)
{
  const SdStep *step;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  step = _sd_run_current_step (self);
  if (step->kind != SD_STEP_HOLD || !self->acknowledged)
    return FALSE;

  self->hold_started = monotonic_now (self);
  self->hold_running = TRUE;
  self->hold_done = FALSE;
  g_hash_table_remove (self->answers, step->id);
  _sd_run_changed (self);

  return TRUE;
}

/**
 * sd_run_get_hold_remaining:
 *
 * Returns: the seconds left to hold, 0 once done, or the whole hold when it has
 *   not been started
 */
double
sd_run_get_hold_remaining (SdRun *self)
{
  const SdStep *step;
  double held;

  g_return_val_if_fail (SD_IS_RUN (self), 0.0);

  _sd_run_observe (self);
  step = _sd_run_current_step (self);
  if (step->kind != SD_STEP_HOLD || self->hold_done)
    return 0.0;
  if (!self->hold_running)
    return step->seconds;

  held = (monotonic_now (self) - self->hold_started) / (double) G_USEC_PER_SEC;

  return CLAMP (step->seconds - held, 0.0, (double) step->seconds);
}

/**
 * sd_run_is_hold_running:
 *
 * Returns: %TRUE while a hold that was started counts down
 */
gboolean
sd_run_is_hold_running (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  _sd_run_observe (self);

  return self->hold_running;
}

/**
 * sd_run_start_wait:
 * @seconds: how long to wait, within the step's range
 *
 * Sets the wait's deadline: now plus @seconds, on the wall clock.
 *
 * Returns: %FALSE if @seconds is outside the step's range
 */
gboolean
sd_run_start_wait (SdRun *self,
                   guint  seconds)
{
  const SdStep *step;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  step = _sd_run_current_step (self);
  if (step->kind != SD_STEP_WAIT || seconds < step->min_seconds || seconds > step->max_seconds ||
      !self->acknowledged)
    return FALSE;

  g_clear_pointer (&self->wait_deadline, g_date_time_unref);
  self->wait_deadline = g_date_time_new_from_unix_utc (wall_now (self) / G_USEC_PER_SEC + seconds);
  self->wait_seconds = seconds;
  self->wait_over = FALSE;
  self->clock_changed = FALSE;

  /* Remembered at once, so a saved case knows the deadline. */
  _sd_run_remember (self, step->id, format_wait (self));
  _sd_run_changed (self);

  return TRUE;
}

/**
 * sd_run_get_wait_deadline:
 *
 * Returns: (transfer none) (nullable): when the current wait ends, in UTC
 */
GDateTime *
sd_run_get_wait_deadline (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  _sd_run_observe (self);

  return self->wait_deadline;
}

/**
 * sd_run_get_wait_remaining:
 *
 * Returns: the whole seconds left of the current wait, never more than its
 *   length; 0 once it is over, or -1 when it has not started
 */
gint64
sd_run_get_wait_remaining (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), -1);

  _sd_run_observe (self);
  if (self->wait_deadline == NULL)
    return -1;
  if (self->wait_over)
    return 0;

  return MAX (g_date_time_to_unix (self->wait_deadline) - wall_now (self) / G_USEC_PER_SEC, 0);
}

/**
 * sd_run_is_wait_over:
 *
 * Returns: %TRUE if the current step is a wait that was started and whose
 *   deadline has passed; once over, it stays over, even if the clock goes back
 */
gboolean
sd_run_is_wait_over (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  _sd_run_observe (self);

  return _sd_run_current_step (self)->kind == SD_STEP_WAIT && self->wait_deadline != NULL &&
         self->wait_over;
}

/**
 * sd_run_get_clock_changed:
 *
 * Returns: %TRUE if the wall clock was set back during the current wait, so
 *   that it had more time left than its length; its deadline was then moved
 *   to its full length from that moment. sd_run_get_clock_message() says so.
 */
gboolean
sd_run_get_clock_changed (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  _sd_run_observe (self);

  return self->clock_changed;
}

/**
 * sd_run_get_clock_message:
 *
 * Returns: (nullable): what to tell the user when the clock changed during the
 *   wait, or %NULL
 */
const char *
sd_run_get_clock_message (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  if (!sd_run_get_clock_changed (self))
    return NULL;

  return _("The computer’s clock was changed, so the wait was set to its full length again.");
}

/**
 * sd_run_get_now:
 *
 * Returns: the time of the run's wall clock, in µs since the Unix epoch
 */
gint64
sd_run_get_now (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  return wall_now (self);
}
