/* sd-run.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A run of a procedure: the wizard's state machine, without any widget. It keeps
 * the path actually taken (so Back retraces it), what was answered at each
 * step, a danger caution's acknowledgement, a hold's countdown and a wait's
 * deadline. Times come from a clock that tests can replace; a wait's deadline is
 * wall-clock UTC, so it survives quitting, restarting and suspending.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-run.h"

struct _SdRun
{
  GObject       parent_instance;

  SdProcedure  *procedure;
  GArray       *path;          /* of int: step indices, the current one last */
  GHashTable   *answers;       /* step id → what was answered there */
  SdClockFunc   clock;
  gpointer      clock_data;

  /* The current step's state. */
  gboolean      acknowledged;
  gint64        hold_started;
  gboolean      hold_done;
  GArray       *ticks;         /* of gboolean, for a checklist */
  GDateTime    *wait_deadline;
  SdOutcome     outcome;
};

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SdRun, sd_run, G_TYPE_OBJECT)

static gint64
real_clock (gpointer user_data)
{
  return g_get_real_time ();
}

static void
sd_run_finalize (GObject *object)
{
  SdRun *self = (SdRun *) object;

  g_clear_object (&self->procedure);
  g_clear_pointer (&self->path, g_array_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->wait_deadline, g_date_time_unref);

  G_OBJECT_CLASS (sd_run_parent_class)->finalize (object);
}

static void
sd_run_class_init (SdRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_run_finalize;

  /**
   * SdRun::changed:
   *
   * Emitted when the step, or anything about it, changes.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sd_run_init (SdRun *self)
{
  self->path = g_array_new (FALSE, FALSE, sizeof (int));
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (gboolean));
  self->clock = real_clock;
}

static gint64
now (SdRun *self)
{
  return self->clock (self->clock_data);
}

static const SdStep *
current_step (SdRun *self)
{
  return sd_procedure_get_step (self->procedure,
                                (guint) g_array_index (self->path, int, self->path->len - 1));
}

static gboolean
has_danger (const SdStep *step)
{
  for (guint i = 0; i < step->cautions->len; i++)
    if (((SdCaution *) g_ptr_array_index (step->cautions, i))->severity == SD_SEVERITY_DANGER)
      return TRUE;

  return FALSE;
}

/* Sets up the current step from what was answered there before, if anything. */
static void
enter_step (SdRun *self)
{
  const SdStep *step = current_step (self);
  const char *answer = g_hash_table_lookup (self->answers, step->id);

  self->acknowledged = !has_danger (step) || answer != NULL;
  self->hold_started = 0;
  self->hold_done = step->kind == SD_STEP_HOLD && answer != NULL;
  self->outcome = step->kind == SD_STEP_OUTCOME ? step->result : SD_OUTCOME_NONE;
  g_clear_pointer (&self->wait_deadline, g_date_time_unref);

  g_array_set_size (self->ticks, step->items->len);
  for (guint i = 0; i < step->items->len; i++)
    g_array_index (self->ticks, gboolean, i) = answer != NULL && answer[0] != '\0' &&
                                                i < strlen (answer) && answer[i] == '1';

  if (step->kind == SD_STEP_WAIT && answer != NULL)
    self->wait_deadline = g_date_time_new_from_iso8601 (answer, NULL);
}

static void
changed (SdRun *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * sd_run_new:
 * @procedure: the procedure to follow
 *
 * Returns: (transfer full): a run at the procedure's first step
 */
SdRun *
sd_run_new (SdProcedure *procedure)
{
  SdRun *self;
  int first = 0;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);
  g_return_val_if_fail (sd_procedure_get_n_steps (procedure) > 0, NULL);

  self = g_object_new (SD_TYPE_RUN, NULL);
  self->procedure = g_object_ref (procedure);
  g_array_append_val (self->path, first);
  enter_step (self);

  return self;
}

/**
 * sd_run_new_from_saved:
 * @saved: a run as it was saved with the case
 *
 * Returns: (transfer full) (nullable): the run where it was left, or %NULL if
 *   the procedure has changed so that the saved steps no longer exist
 */
SdRun *
sd_run_new_from_saved (SdProcedure      *procedure,
                       const SdCaseRun  *saved,
                       GError          **error)
{
  g_autoptr(SdRun) self = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);
  g_return_val_if_fail (saved != NULL, NULL);

  if (saved->path->len == 0)
    {
      g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED, _("the saved run has no step"));
      return NULL;
    }

  self = g_object_new (SD_TYPE_RUN, NULL);
  self->procedure = g_object_ref (procedure);

  for (guint i = 0; i < saved->path->len; i++)
    {
      const char *id = g_ptr_array_index (saved->path, i);
      int index = sd_procedure_find_step (procedure, id);

      if (index < 0)
        {
          g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
                       _("“%s” no longer has a step “%s”"), sd_procedure_get_id (procedure), id);
          return NULL;
        }
      g_array_append_val (self->path, index);
    }

  g_hash_table_iter_init (&iter, saved->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->answers, g_strdup (key), g_strdup (value));

  enter_step (self);

  return g_steal_pointer (&self);
}

/**
 * sd_run_to_saved:
 *
 * Returns: (transfer full): the run as it is saved with the case
 */
SdCaseRun *
sd_run_to_saved (SdRun *self)
{
  SdCaseRun *saved;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  saved = sd_case_run_new (sd_procedure_get_id (self->procedure));
  for (guint i = 0; i < self->path->len; i++)
    g_ptr_array_add (saved->path,
                     g_strdup (sd_procedure_get_step (self->procedure,
                                                      (guint) g_array_index (self->path, int, i))->id));

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (saved->answers, g_strdup (key), g_strdup (value));

  if (self->wait_deadline != NULL)
    saved->wait_deadline = g_date_time_ref (self->wait_deadline);

  return saved;
}

/**
 * sd_run_set_clock:
 * @clock: (nullable): the clock to use; %NULL for the real one
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

SdProcedure *
sd_run_get_procedure (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  return self->procedure;
}

const SdStep *
sd_run_get_step (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  return current_step (self);
}

/**
 * sd_run_get_position:
 *
 * Returns: the current step's number along the path taken, counting from 1
 */
guint
sd_run_get_position (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  return self->path->len;
}

/**
 * sd_run_get_length:
 *
 * Returns: the steps of the path taken so far plus the fewest steps from here to
 *   an outcome: "step 3 of 7" along the way the run is going
 */
guint
sd_run_get_length (SdRun *self)
{
  guint n;
  g_autofree int *distance = NULL;
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (int));
  int start;

  g_return_val_if_fail (SD_IS_RUN (self), 0);

  n = sd_procedure_get_n_steps (self->procedure);
  distance = g_new (int, n);
  for (guint i = 0; i < n; i++)
    distance[i] = -1;

  start = g_array_index (self->path, int, self->path->len - 1);
  distance[start] = 1;
  g_array_append_val (queue, start);

  for (guint head = 0; head < queue->len; head++)
    {
      int index = g_array_index (queue, int, head);
      const SdStep *step = sd_procedure_get_step (self->procedure, (guint) index);
      GArray *next = g_array_new (FALSE, FALSE, sizeof (int));

      if (step->kind == SD_STEP_OUTCOME)
        {
          g_array_unref (next);
          return self->path->len - 1 + (guint) distance[index];
        }

      for (guint j = 0; j < step->choices->len; j++)
        {
          const SdChoice *choice = g_ptr_array_index (step->choices, j);

          /* A choice that ends the run ends it on this step. */
          if (choice->outcome != SD_OUTCOME_NONE)
            {
              g_array_unref (next);
              return self->path->len - 1 + (guint) distance[index];
            }
          g_array_append_val (next, choice->target);
        }
      if (step->kind != SD_STEP_QUESTION && step->next >= 0)
        g_array_append_val (next, step->next);

      for (guint j = 0; j < next->len; j++)
        {
          int target = g_array_index (next, int, j);

          if (target >= 0 && distance[target] < 0)
            {
              distance[target] = distance[index] + 1;
              g_array_append_val (queue, target);
            }
        }
      g_array_unref (next);
    }

  /* The loader makes sure every step can reach an outcome. */
  g_return_val_if_reached (self->path->len);
}

gboolean
sd_run_can_go_back (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  return self->path->len > 1;
}

/**
 * sd_run_go_back:
 *
 * Returns to the step before, along the path actually taken.
 *
 * Returns: %TRUE if there was a step to go back to
 */
gboolean
sd_run_go_back (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  if (self->path->len <= 1)
    return FALSE;

  g_array_set_size (self->path, self->path->len - 1);
  enter_step (self);
  changed (self);

  return TRUE;
}

/**
 * sd_run_needs_acknowledgement:
 *
 * Returns: %TRUE while the current step has a danger caution that was not
 *   acknowledged; nothing on the step can be done until it is
 */
gboolean
sd_run_needs_acknowledgement (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  return !self->acknowledged;
}

void
sd_run_acknowledge (SdRun *self)
{
  g_return_if_fail (SD_IS_RUN (self));

  if (!self->acknowledged)
    {
      self->acknowledged = TRUE;
      changed (self);
    }
}

static gboolean
all_ticked (SdRun *self)
{
  for (guint i = 0; i < self->ticks->len; i++)
    if (!g_array_index (self->ticks, gboolean, i))
      return FALSE;

  return TRUE;
}

/**
 * sd_run_can_go_next:
 *
 * Returns: whether the current step is done: an instruction read, a hold
 *   counted down, every item of a checklist ticked, a wait over
 */
gboolean
sd_run_can_go_next (SdRun *self)
{
  const SdStep *step;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  step = current_step (self);
  if (!self->acknowledged || step->next < 0)
    return FALSE;

  switch (step->kind)
    {
    case SD_STEP_INSTRUCTION:
      return TRUE;
    case SD_STEP_HOLD:
      return sd_run_get_hold_remaining (self) <= 0.0 && self->hold_done;
    case SD_STEP_CHECKLIST:
      return all_ticked (self);
    case SD_STEP_WAIT:
      return self->wait_deadline != NULL && sd_run_get_wait_remaining (self) == 0;
    case SD_STEP_QUESTION:
    case SD_STEP_OUTCOME:
    default:
      return FALSE;
    }
}

static void
remember (SdRun      *self,
          const char *step_id,
          char       *answer)
{
  g_hash_table_insert (self->answers, g_strdup (step_id), answer);
}

/* Moving on to a step is a fresh visit, even to one seen before through a
 * "try again" loop: a hold is held again, a checklist ticked again. Only Back
 * returns to a step as it was left. */
static void
advance_to (SdRun *self,
            int    index)
{
  g_array_append_val (self->path, index);
  g_hash_table_remove (self->answers, sd_procedure_get_step (self->procedure, (guint) index)->id);
  enter_step (self);
  changed (self);
}

/**
 * sd_run_go_next:
 *
 * Returns: %TRUE if the step was done and the run moved on
 */
gboolean
sd_run_go_next (SdRun *self)
{
  const SdStep *step;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  if (!sd_run_can_go_next (self))
    return FALSE;

  step = current_step (self);
  switch (step->kind)
    {
    case SD_STEP_CHECKLIST:
      {
        GString *ticks = g_string_new (NULL);

        for (guint i = 0; i < self->ticks->len; i++)
          g_string_append_c (ticks, '1');
        remember (self, step->id, g_string_free (ticks, FALSE));
      }
      break;
    case SD_STEP_WAIT:
      remember (self, step->id, g_date_time_format_iso8601 (self->wait_deadline));
      break;
    case SD_STEP_INSTRUCTION:
    case SD_STEP_HOLD:
    case SD_STEP_QUESTION:
    case SD_STEP_OUTCOME:
    default:
      remember (self, step->id, g_strdup ("done"));
      break;
    }

  advance_to (self, step->next);

  return TRUE;
}

/**
 * sd_run_choose:
 * @choice: the index of the question's choice
 *
 * Returns: %TRUE if the choice was taken: the run moved to its step, or ended
 *   with its outcome
 */
gboolean
sd_run_choose (SdRun *self,
               guint  choice)
{
  const SdStep *step;
  const SdChoice *chosen;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  step = current_step (self);
  if (step->kind != SD_STEP_QUESTION || choice >= step->choices->len || !self->acknowledged)
    return FALSE;

  chosen = g_ptr_array_index (step->choices, choice);
  remember (self, step->id, g_strdup_printf ("%u", choice));

  if (chosen->outcome != SD_OUTCOME_NONE)
    {
      self->outcome = chosen->outcome;
      changed (self);
      return TRUE;
    }

  advance_to (self, chosen->target);

  return TRUE;
}

void
sd_run_set_item (SdRun    *self,
                 guint     item,
                 gboolean  ticked)
{
  g_return_if_fail (SD_IS_RUN (self));
  g_return_if_fail (item < self->ticks->len);

  if (g_array_index (self->ticks, gboolean, item) != !!ticked)
    {
      g_array_index (self->ticks, gboolean, item) = !!ticked;
      changed (self);
    }
}

gboolean
sd_run_get_item (SdRun *self,
                 guint  item)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);
  g_return_val_if_fail (item < self->ticks->len, FALSE);

  return g_array_index (self->ticks, gboolean, item);
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
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  if (current_step (self)->kind != SD_STEP_HOLD || !self->acknowledged)
    return FALSE;

  self->hold_started = now (self);
  self->hold_done = FALSE;
  g_hash_table_remove (self->answers, current_step (self)->id);
  changed (self);

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
  double remaining;

  g_return_val_if_fail (SD_IS_RUN (self), 0.0);

  step = current_step (self);
  if (step->kind != SD_STEP_HOLD || self->hold_done)
    return 0.0;
  if (self->hold_started == 0)
    return step->seconds;

  remaining = step->seconds - (now (self) - self->hold_started) / (double) G_USEC_PER_SEC;
  if (remaining <= 0.0)
    {
      self->hold_done = TRUE;
      remember (self, step->id, g_strdup ("done"));
      return 0.0;
    }

  return remaining;
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
  g_autoptr(GDateTime) start = NULL;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  step = current_step (self);
  if (step->kind != SD_STEP_WAIT || seconds < step->min_seconds || seconds > step->max_seconds ||
      !self->acknowledged)
    return FALSE;

  start = g_date_time_new_from_unix_utc (now (self) / G_USEC_PER_SEC);
  g_clear_pointer (&self->wait_deadline, g_date_time_unref);
  self->wait_deadline = g_date_time_add_seconds (start, seconds);

  /* Remembered at once, so a saved case knows the deadline. */
  remember (self, step->id, g_date_time_format_iso8601 (self->wait_deadline));
  changed (self);

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

  return self->wait_deadline;
}

/**
 * sd_run_get_wait_remaining:
 *
 * Returns: the whole seconds left of the current wait; 0 once it is over, or -1
 *   when it has not started
 */
gint64
sd_run_get_wait_remaining (SdRun *self)
{
  gint64 left;

  g_return_val_if_fail (SD_IS_RUN (self), -1);

  if (self->wait_deadline == NULL)
    return -1;

  left = g_date_time_to_unix (self->wait_deadline) - now (self) / G_USEC_PER_SEC;

  return MAX (left, 0);
}

/**
 * sd_run_get_now:
 *
 * Returns: the time of the run's clock, in µs since the Unix epoch
 */
gint64
sd_run_get_now (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  return now (self);
}

gboolean
sd_run_is_finished (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  return self->outcome != SD_OUTCOME_NONE;
}

/**
 * sd_run_get_outcome:
 *
 * Returns: how the run ended, or %SD_OUTCOME_NONE while it goes on
 */
SdOutcome
sd_run_get_outcome (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), SD_OUTCOME_NONE);

  return self->outcome;
}
