/* sd-procedure-path.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the graph of a procedure's steps says about the ways through it: the
 * fewest and the most steps from a step to the end, and how the time of a
 * guide divides into work and waiting.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-procedure-private.h"

/* Appends the steps that can follow @step; returns whether the run can also
 * end on it (an outcome, or a question with a choice that ends the run). */
static gboolean
successors (const SdStep *step,
            GArray       *next)
{
  gboolean ends = step->kind == SD_STEP_OUTCOME;

  g_array_set_size (next, 0);
  for (guint i = 0; i < step->choices->len; i++)
    {
      const SdChoice *choice = g_ptr_array_index (step->choices, i);

      if (choice->outcome != SD_OUTCOME_NONE)
        ends = TRUE;
      else if (choice->target >= 0)
        g_array_append_val (next, choice->target);
    }
  if (step->kind != SD_STEP_QUESTION && step->kind != SD_STEP_RING_CHECK &&
      step->kind != SD_STEP_OUTCOME && step->next >= 0)
    g_array_append_val (next, step->next);
  for (guint i = 0; i < step->items->len; i++)
    {
      const SdItem *item = g_ptr_array_index (step->items, i);

      if (item->not_ok >= 0)
        g_array_append_val (next, item->not_ok);
    }

  return ends;
}

/**
 * sd_procedure_get_min_steps_after:
 * @index: a step's index
 *
 * Returns: the fewest steps that can follow the step before the run ends: 0
 *   on a step where it can end
 */
guint
sd_procedure_get_min_steps_after (SdProcedure *self,
                                  guint        index)
{
  g_autofree int *distance = NULL;
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (int));
  int start = (int) index;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);
  g_return_val_if_fail (index < self->steps->len, 0);

  distance = g_new (int, self->steps->len);
  for (guint i = 0; i < self->steps->len; i++)
    distance[i] = -1;
  distance[start] = 0;
  g_array_append_val (queue, start);

  for (guint head = 0; head < queue->len; head++)
    {
      int current = g_array_index (queue, int, head);

      if (successors (g_ptr_array_index (self->steps, current), next))
        return (guint) distance[current];

      for (guint j = 0; j < next->len; j++)
        {
          int target = g_array_index (next, int, j);

          if (distance[target] < 0)
            {
              distance[target] = distance[current] + 1;
              g_array_append_val (queue, target);
            }
        }
    }

  /* The loader makes sure every step can reach an outcome. */
  g_return_val_if_reached (0);
}

typedef struct
{
  SdProcedure *procedure;
  int         *longest;  /* -1 unknown, -2 on the way: a loop */
  gboolean     loop;
} Longest;

static int
longest_after (Longest *data,
               int      index)
{
  const SdStep *step = g_ptr_array_index (data->procedure->steps, index);
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (int));
  int best = 0;

  if (data->longest[index] >= 0)
    return data->longest[index];
  if (data->longest[index] == -2)
    {
      data->loop = TRUE;
      return 0;
    }

  data->longest[index] = -2;
  successors (step, next);
  for (guint i = 0; i < next->len; i++)
    best = MAX (best, 1 + longest_after (data, g_array_index (next, int, i)));
  data->longest[index] = best;

  return best;
}

/* The steps that can be reached from @start, but one outcome only: more than
 * any way from it without going round a loop can take. Fewer steps can be
 * reached from a step that follows, so the bound never grows. */
static guint
count_reachable (SdProcedure *self,
                 int          start)
{
  g_autofree gboolean *seen = g_new0 (gboolean, self->steps->len);
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (int));
  guint count = 0;
  gboolean outcome = FALSE;

  g_array_append_val (queue, start);
  for (guint head = 0; head < queue->len; head++)
    {
      successors (g_ptr_array_index (self->steps, g_array_index (queue, int, head)), next);
      for (guint j = 0; j < next->len; j++)
        {
          int target = g_array_index (next, int, j);

          if (!seen[target])
            {
              const SdStep *step = g_ptr_array_index (self->steps, target);

              seen[target] = TRUE;
              /* A run ends on the first outcome it comes to. */
              if (step->kind == SD_STEP_OUTCOME)
                outcome = TRUE;
              else
                count++;
              g_array_append_val (queue, target);
            }
        }
    }

  return count + (outcome ? 1 : 0);
}

/**
 * sd_procedure_get_max_steps_after:
 * @index: a step's index
 *
 * The most steps that can still follow the step, so that "up to 5 more" is
 * never exceeded: the longest way to an end when no loop can be reached from
 * the step, otherwise the number of steps that can be reached from it (one
 * outcome only). Going round a loop repeats steps beyond that bound. Either
 * way, a step that follows has no more than its predecessor less one (or, in
 * a loop, no more than it), so progress told from it never goes backwards.
 *
 * Returns: the most steps after the step; 0 on an outcome
 */
guint
sd_procedure_get_max_steps_after (SdProcedure *self,
                                  guint        index)
{
  g_autofree int *longest = NULL;
  Longest data;
  int result;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);
  g_return_val_if_fail (index < self->steps->len, 0);

  longest = g_new (int, self->steps->len);
  for (guint i = 0; i < self->steps->len; i++)
    longest[i] = -1;
  data = (Longest) { self, longest, FALSE };
  result = longest_after (&data, (int) index);

  return data.loop ? count_reachable (self, (int) index) : (guint) result;
}

/**
 * sd_procedure_get_work_minutes:
 *
 * Returns: the minutes of work the guide asks of the user, without its waits
 *   (the procedure's `minutes`)
 */
guint
sd_procedure_get_work_minutes (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);

  return self->minutes;
}

/**
 * sd_procedure_get_wait_seconds:
 *
 * Returns: the suggested lengths of the guide's waits, added up: how long the
 *   car stands while the user does nothing
 */
guint
sd_procedure_get_wait_seconds (SdProcedure *self)
{
  guint seconds = 0;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      if (step->kind == SD_STEP_WAIT)
        seconds += step->seconds;
    }

  return seconds;
}

static char *
format_hours_minutes (guint seconds)
{
  guint hours = seconds / 3600, minutes = (seconds % 3600) / 60;

  if (hours > 0 && minutes > 0)
    return g_strdup_printf (_("%d h %02d min"), (int) hours, (int) minutes);
  if (hours > 0)
    /* Translators: a length of time in hours, such as "12 h". */
    return g_strdup_printf (_("%u h"), hours);

  /* Translators: a length of time in minutes, such as "10 min". */
  return g_strdup_printf (_("%u min"), MAX (minutes, 1));
}

/**
 * sd_procedure_format_time:
 *
 * The time a guide takes as a person plans it: "About 20 minutes", or, with
 * waits, the work and the waiting apart: "About 45 minutes of work, then
 * 12 h 10 min of waiting". The Guides page and a guide's overview both say it.
 *
 * Returns: (transfer full): the time, in the language of the moment
 */
char *
sd_procedure_format_time (SdProcedure *self)
{
  guint minutes, waiting;
  g_autofree char *work = NULL;
  g_autofree char *wait = NULL;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  minutes = sd_procedure_get_work_minutes (self);
  if (minutes >= 60 && minutes % 60 == 0)
    /* Translators: the estimated time a procedure takes, in hours. */
    work = g_strdup_printf (ngettext ("About %u hour", "About %u hours", minutes / 60),
                            minutes / 60);
  else
    /* Translators: the estimated time a procedure takes, in minutes. */
    work = g_strdup_printf (ngettext ("About %u minute", "About %u minutes", minutes), minutes);

  waiting = sd_procedure_get_wait_seconds (self);
  if (waiting == 0)
    return g_steal_pointer (&work);

  wait = format_hours_minutes (waiting);
  /* Translators: "About 45 minutes of work, then 12 h 10 min of waiting": the
     time a guide with waits takes. */
  return g_strdup_printf (_("%s of work, then %s of waiting"), work, wait);
}
