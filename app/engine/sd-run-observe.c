/* sd-run-observe.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a run finds (issue 12): a checklist's items answered "OK" or "not OK",
 * and the observations of the path taken, kept up to date as the run moves so
 * that the session can put each into the case and the diagnosis at once.
 * Going back takes an answer back, and so what it found.
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sd-run-private.h"

enum {
  OBSERVATIONS_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

void
_sd_run_class_init_observations (SdRunClass *klass)
{
  /**
   * SdRun::observations-changed:
   *
   * What the path taken found changed: sd_run_get_observations().
   */
  signals[OBSERVATIONS_CHANGED] =
    g_signal_new ("observations-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* A checklist's answer is one character per item: '1' OK, 'n' not OK, '0' not
 * answered. Older cases saved "111…" once every item was ticked. */
void
_sd_run_enter_items (SdRun        *self,
                     const SdStep *step,
                     const char   *answer)
{
  gsize length = answer != NULL ? strlen (answer) : 0;

  g_array_set_size (self->ticks, step->items->len);
  for (guint i = 0; i < step->items->len; i++)
    {
      char c = i < length ? answer[i] : '0';

      g_array_index (self->ticks, int, i) = c == '1' ? SD_ITEM_OK
                                            : c == 'n' ? SD_ITEM_NOT_OK
                                            : SD_ITEM_UNANSWERED;
    }
}

/* Every item that can be checked at home is answered; one that only a
 * workshop can check is never a gate. */
gboolean
_sd_run_items_done (SdRun        *self,
                    const SdStep *step)
{
  for (guint i = 0; i < self->ticks->len && i < step->items->len; i++)
    {
      const SdItem *item = g_ptr_array_index (step->items, i);

      if (!item->workshop && g_array_index (self->ticks, int, i) == SD_ITEM_UNANSWERED)
        return FALSE;
    }

  return TRUE;
}

/* Where the checklist goes: the first "not OK" that branches, else on. */
int
_sd_run_items_next (SdRun        *self,
                    const SdStep *step)
{
  for (guint i = 0; i < self->ticks->len && i < step->items->len; i++)
    {
      const SdItem *item = g_ptr_array_index (step->items, i);

      if (g_array_index (self->ticks, int, i) == SD_ITEM_NOT_OK && item->not_ok >= 0)
        return item->not_ok;
    }

  return step->next;
}

char *
_sd_run_items_to_answer (SdRun *self)
{
  GString *answer = g_string_new (NULL);

  for (guint i = 0; i < self->ticks->len; i++)
    {
      int value = g_array_index (self->ticks, int, i);

      g_string_append_c (answer, value == SD_ITEM_OK ? '1' : value == SD_ITEM_NOT_OK ? 'n' : '0');
    }

  return g_string_free (answer, FALSE);
}

/**
 * sd_run_set_item_answer:
 * @item: the index of the current checklist's item
 * @answer: "OK", "not OK", or taken back
 */
void
sd_run_set_item_answer (SdRun        *self,
                        guint         item,
                        SdItemAnswer  answer)
{
  g_return_if_fail (SD_IS_RUN (self));
  g_return_if_fail (item < self->ticks->len);
  g_return_if_fail (answer <= SD_ITEM_NOT_OK);

  if (g_array_index (self->ticks, int, item) != (int) answer)
    {
      g_array_index (self->ticks, int, item) = answer;
      _sd_run_changed (self);
    }
}

SdItemAnswer
sd_run_get_item_answer (SdRun *self,
                        guint  item)
{
  g_return_val_if_fail (SD_IS_RUN (self), SD_ITEM_UNANSWERED);
  g_return_val_if_fail (item < self->ticks->len, SD_ITEM_UNANSWERED);

  return g_array_index (self->ticks, int, item);
}

/**
 * sd_run_set_item:
 * @ticked: %TRUE for "OK", %FALSE to take the answer back
 */
void
sd_run_set_item (SdRun    *self,
                 guint     item,
                 gboolean  ticked)
{
  sd_run_set_item_answer (self, item, ticked ? SD_ITEM_OK : SD_ITEM_UNANSWERED);
}

/**
 * sd_run_get_item:
 *
 * Returns: whether the item was answered "OK"
 */
gboolean
sd_run_get_item (SdRun *self,
                 guint  item)
{
  return sd_run_get_item_answer (self, item) == SD_ITEM_OK;
}

static void
add_all (GPtrArray *found,
         GPtrArray *observations)
{
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    {
      gpointer observation = g_ptr_array_index (observations, i);

      if (!g_ptr_array_find (found, observation, NULL))
        g_ptr_array_add (found, observation);
    }
}

/* What the steps of the path found: a question's choice and a checklist's
 * "not OK" once the run moved on from them (or ended on the choice), and the
 * outcome it ended on. */
static GPtrArray *
collect (SdRun *self)
{
  GPtrArray *found = g_ptr_array_new ();
  gboolean finished = sd_run_is_finished (self);

  for (guint i = 0; i < self->path->len; i++)
    {
      const SdStep *step = sd_procedure_get_step (self->procedure,
                                                  (guint) g_array_index (self->path, int, i));
      const char *answer = g_hash_table_lookup (self->answers, step->id);
      gboolean left = i + 1 < self->path->len;

      if (step->kind == SD_STEP_QUESTION && answer != NULL && (left || finished))
        {
          guint64 choice = g_ascii_strtoull (answer, NULL, 10);

          if (choice < step->choices->len)
            add_all (found, ((SdChoice *) g_ptr_array_index (step->choices, choice))->observations);
        }
      else if (step->kind == SD_STEP_CHECKLIST && answer != NULL && left)
        {
          for (guint j = 0; j < step->items->len && answer[j] != '\0'; j++)
            if (answer[j] == 'n')
              add_all (found, ((SdItem *) g_ptr_array_index (step->items, j))->observations);
        }
      else if (step->kind == SD_STEP_OUTCOME)
        {
          add_all (found, step->observations);
        }
    }

  return found;
}

void
_sd_run_update_observations (SdRun *self)
{
  g_autoptr(GPtrArray) found = collect (self);
  gboolean same = found->len == self->observations->len;

  for (guint i = 0; same && i < found->len; i++)
    same = g_ptr_array_index (found, i) == g_ptr_array_index (self->observations, i);
  if (same)
    return;

  g_ptr_array_unref (self->observations);
  self->observations = g_steal_pointer (&found);
  g_signal_emit (self, signals[OBSERVATIONS_CHANGED], 0);
}

/**
 * sd_run_get_observations:
 *
 * What the path taken found so far, in the order found: the observations of
 * the choices taken, of the checklist items answered "not OK", and of the
 * outcome the run ended on. Emits #SdRun::observations-changed when it changes.
 *
 * Returns: (transfer none) (element-type SdObservation): the observations, owned
 *   by the procedure
 */
GPtrArray *
sd_run_get_observations (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  return self->observations;
}
