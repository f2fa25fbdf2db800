/* sd-diagnosis-models.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The diagnosis as list models a widget binds to: the ranked causes, one
 * #SdCauseItem per fault for as long as the diagnosis lives, re-sorted with the
 * fewest moves; and the questions, one #SdQuestion per symptom, in a fixed
 * order. Asking for either makes the diagnosis recompute at every change.
 */
#include "config.h"

#include <string.h>

#include "sd-cause-item.h"
#include "sd-diagnosis-private.h"
#include "sd-question.h"

/* Fills @keep with which ranks of @seq belong to a longest increasing
 * subsequence of it: the causes that keep their order, so that only the
 * others move. Patience sorting, O(n log n). */
static void
longest_increasing (const guint *seq,
                    guint        len,
                    gboolean    *keep)
{
  g_autofree guint *tails = g_new (guint, len + 1);  /* rank ending a run of each length */
  g_autofree guint *back = g_new (guint, len);
  guint longest = 0;

  for (guint i = 0; i < len; i++)
    {
      guint lo = 0, hi = longest;

      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (seq[tails[mid]] < seq[i])
            lo = mid + 1;
          else
            hi = mid;
        }
      back[i] = lo > 0 ? tails[lo - 1] : G_MAXUINT;
      tails[lo] = i;
      if (lo == longest)
        longest++;
    }

  memset (keep, 0, sizeof (gboolean) * len);
  for (guint i = longest > 0 ? tails[longest - 1] : G_MAXUINT; i != G_MAXUINT; i = back[i])
    keep[i] = TRUE;
}

/* Brings the causes model to the new ranking: the causes outside a longest run
 * that kept its order are removed and inserted at their new place, one by one;
 * every other item stays, and its probability notifies if it changed. */
void
sd_diagnosis_sync_causes (SdDiagnosis *self)
{
  guint len = self->n + 1;
  g_autofree guint *old_position = NULL;
  g_autofree guint *new_rank = NULL;
  g_autofree guint *seq = NULL;
  g_autofree gboolean *keep = NULL;

  if (self->cause_store == NULL)
    return;

  old_position = g_new (guint, len);
  new_rank = g_new (guint, len);
  seq = g_new (guint, len);
  keep = g_new (gboolean, len);
  for (guint p = 0; p < len; p++)
    {
      g_autoptr(SdCauseItem) item = g_list_model_get_item (G_LIST_MODEL (self->cause_store), p);

      old_position[sd_cause_item_get_index (item)] = p;
    }
  for (guint r = 0; r < len; r++)
    {
      seq[r] = old_position[self->cause_fault[r]];
      new_rank[self->cause_fault[r]] = r;
    }
  longest_increasing (seq, len, keep);

  /* Highest first, so that the positions still to remove hold. */
  for (guint p = len; p-- > 0;)
    {
      g_autoptr(SdCauseItem) item = g_list_model_get_item (G_LIST_MODEL (self->cause_store), p);

      if (!keep[new_rank[sd_cause_item_get_index (item)]])
        g_list_store_remove (self->cause_store, p);
    }
  for (guint r = 0; r < len; r++)
    if (!keep[r])
      g_list_store_insert (self->cause_store, r, self->cause_items[self->cause_fault[r]]);

  for (guint i = 0; i < len; i++)
    {
      sd_cause_item_set_probability (self->cause_items[i], self->posterior[i]);
      sd_cause_item_evidence_changed (self->cause_items[i]);
    }
}

/**
 * sd_diagnosis_get_causes:
 *
 * The causes, most likely first, as a list model of #SdCauseItem. Asking for
 * it makes the diagnosis recompute at every change: an item stays the same
 * object for the same fault, its #SdCauseItem:probability notifies, and a
 * re-sort removes and inserts only the causes that changed places.
 *
 * Returns: (transfer none): the causes
 */
GListModel *
sd_diagnosis_get_causes (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  if (self->cause_store == NULL)
    {
      sd_diagnosis_ensure_updated (self);
      self->cause_items = g_new0 (SdCauseItem *, self->n + 1);
      for (guint i = 0; i <= self->n; i++)
        self->cause_items[i] = sd_cause_item_new (self, i);
      self->cause_store = g_list_store_new (SD_TYPE_CAUSE_ITEM);
      for (guint r = 0; r <= self->n; r++)
        g_list_store_append (self->cause_store, self->cause_items[self->cause_fault[r]]);
      /* Someone follows the model now: a change left pending is done now. */
      sd_diagnosis_ensure_updated (self);
    }

  return G_LIST_MODEL (self->cause_store);
}

/**
 * sd_diagnosis_get_questions:
 *
 * The questions for the car, in knowledge-base order, as a list model of
 * #SdQuestion whose #SdQuestion:answer follows the answers given. A question
 * that waits for another's yes (`after=` in the knowledge base) joins it when
 * that yes is given; one not for the car of the profile leaves it. The order
 * never changes.
 *
 * Returns: (transfer none): the questions
 */
GListModel *
sd_diagnosis_get_questions (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  if (self->question_store == NULL)
    {
      self->question_store = g_list_store_new (SD_TYPE_QUESTION);
      for (guint s = 0; s < self->n_symptoms; s++)
        {
          Symptom *symptom = &self->symptoms[s];

          symptom->question = sd_question_new (self->knowledge, symptom->symptom, symptom->answer);
          g_list_store_append (self->question_store, symptom->question);
        }
      sd_diagnosis_sync_questions (self);
      /* The causes follow every answer too. */
      sd_diagnosis_get_causes (self);
    }

  return G_LIST_MODEL (self->question_store);
}

/**
 * sd_diagnosis_lookup_question:
 *
 * Returns: (transfer none) (nullable): the question of @symptom_id, from
 *   sd_diagnosis_get_questions()
 */
SdQuestion *
sd_diagnosis_lookup_question (SdDiagnosis *self,
                              const char  *symptom_id)
{
  int s;

  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);
  g_return_val_if_fail (symptom_id != NULL, NULL);

  sd_diagnosis_get_questions (self);
  s = sd_index_lookup (self->symptom_index, symptom_id);

  return s >= 0 ? self->symptoms[s].question : NULL;
}

