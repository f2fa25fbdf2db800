/* sd-procedure-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the schema cannot say about a procedure: every goto and next names a
 * step, every step can be reached, every path can end in an outcome, durations
 * are in range, and the components and faults it names exist. Linear in the
 * size of the procedure, so a big file cannot stall the loader.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-problem.h"
#include "sd-procedure-check.h"
#include "sd-procedure-private.h"

/* Step id → index, the first step of an id winning as in sd_procedure_find_step(),
 * so that resolving every target is linear rather than quadratic. */
static GHashTable *
index_steps (SdProcedure *self)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      if (step->id != NULL && !g_hash_table_contains (index, step->id))
        g_hash_table_insert (index, step->id, GINT_TO_POINTER (i));
    }

  return index;
}

static gboolean
resolve_target (SdProcedure  *self,
                GHashTable   *index,
                const char   *target_id,
                int          *target,
                const SdStep *from,
                guint         line,
                GPtrArray    *problems)
{
  gpointer value;

  if (g_hash_table_lookup_extended (index, target_id, NULL, &value))
    {
      *target = GPOINTER_TO_INT (value);
      return TRUE;
    }

  *target = -1;
  sd_problems_add (problems, self->source, line,
                   _("step “%s” goes to “%s”, which is not a step of this procedure"),
                   from->id, target_id);
  return FALSE;
}

static gboolean
resolve_steps (SdProcedure *self,
               GPtrArray   *problems)
{
  g_autoptr(GHashTable) index = index_steps (self);
  gboolean ok = TRUE;

  for (guint i = 0; i < self->steps->len; i++)
    {
      SdStep *step = g_ptr_array_index (self->steps, i);

      switch (step->kind)
        {
        case SD_STEP_OUTCOME:
          step->next = -1;
          break;

        case SD_STEP_QUESTION:
        case SD_STEP_RING_CHECK:
          for (guint j = 0; j < step->choices->len; j++)
            {
              SdChoice *choice = g_ptr_array_index (step->choices, j);

              if (choice->goto_id != NULL &&
                  !resolve_target (self, index, choice->goto_id, &choice->target, step,
                                   choice->line, problems))
                ok = FALSE;
            }
          break;

        case SD_STEP_CHECKLIST:
          for (guint j = 0; j < step->items->len; j++)
            {
              SdItem *item = g_ptr_array_index (step->items, j);

              if (item->not_ok_id != NULL &&
                  !resolve_target (self, index, item->not_ok_id, &item->not_ok, step,
                                   item->line, problems))
                ok = FALSE;
            }
          G_GNUC_FALLTHROUGH;
        case SD_STEP_INSTRUCTION:
        case SD_STEP_HOLD:
        case SD_STEP_WAIT:
        default:
          if (step->next_id != NULL)
            {
              if (!resolve_target (self, index, step->next_id, &step->next, step, step->line, problems))
                ok = FALSE;
            }
          else if (i + 1 < self->steps->len)
            {
              step->next = (int) i + 1;
            }
          else
            {
              sd_problems_add (problems, self->source, step->line,
                               _("step “%s” is the last step but not an outcome, so the "
                                 "procedure would end without a result"),
                               step->id);
              ok = FALSE;
            }
          break;
        }
    }

  return ok;
}

/* Fills successors[i] with the steps that can follow step i. */
static GPtrArray *
successors_of (SdProcedure *self)
{
  GPtrArray *successors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);
      GArray *next = g_array_new (FALSE, FALSE, sizeof (int));

      if (step->kind == SD_STEP_QUESTION || step->kind == SD_STEP_RING_CHECK)
        {
          for (guint j = 0; j < step->choices->len; j++)
            {
              const SdChoice *choice = g_ptr_array_index (step->choices, j);

              if (choice->target >= 0)
                g_array_append_val (next, choice->target);
            }
        }
      else if (step->next >= 0)
        {
          g_array_append_val (next, step->next);
        }

      for (guint j = 0; j < step->items->len; j++)
        {
          const SdItem *item = g_ptr_array_index (step->items, j);

          if (item->not_ok >= 0)
            g_array_append_val (next, item->not_ok);
        }

      g_ptr_array_add (successors, next);
    }

  return successors;
}

static gboolean
ends_here (const SdStep *step)
{
  if (step->kind == SD_STEP_OUTCOME)
    return TRUE;

  for (guint j = 0; step->choices != NULL && j < step->choices->len; j++)
    if (((SdChoice *) g_ptr_array_index (step->choices, j))->outcome != SD_OUTCOME_NONE)
      return TRUE;

  return FALSE;
}

static gboolean
check_paths (SdProcedure *self,
             GPtrArray   *problems)
{
  g_autoptr(GPtrArray) successors = successors_of (self);
  g_autofree gboolean *reached = g_new0 (gboolean, self->steps->len);
  g_autofree gboolean *finishes = g_new0 (gboolean, self->steps->len);
  g_autoptr(GPtrArray) predecessors = NULL;
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean ok = TRUE;
  int first = 0;

  if (self->steps->len == 0)
    return TRUE;

  predecessors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < self->steps->len; i++)
    g_ptr_array_add (predecessors, g_ptr_array_new ());

  /* Forward: which steps can be reached from the first one. */
  reached[0] = TRUE;
  g_array_append_val (queue, first);
  for (guint head = 0; head < queue->len; head++)
    {
      GArray *next = g_ptr_array_index (successors, g_array_index (queue, int, head));

      for (guint j = 0; j < next->len; j++)
        {
          int target = g_array_index (next, int, j);

          if (!reached[target])
            {
              reached[target] = TRUE;
              g_array_append_val (queue, target);
            }
        }
    }

  /* Backward: from which steps some path leads to an outcome. A loop is fine
   * (a "try again" choice) as long as there is a way out of it. A search from
   * the outcomes along the edges reversed, so that it is linear too. */
  g_array_set_size (queue, 0);
  for (guint i = 0; i < self->steps->len; i++)
    {
      GArray *next = g_ptr_array_index (successors, i);

      for (guint j = 0; j < next->len; j++)
        g_ptr_array_add (g_ptr_array_index (predecessors, g_array_index (next, int, j)),
                         GINT_TO_POINTER (i));

      if (ends_here (g_ptr_array_index (self->steps, i)))
        {
          int end = (int) i;

          finishes[i] = TRUE;
          g_array_append_val (queue, end);
        }
    }

  for (guint head = 0; head < queue->len; head++)
    {
      GPtrArray *before = g_ptr_array_index (predecessors, g_array_index (queue, int, head));

      for (guint j = 0; j < before->len; j++)
        {
          int source = GPOINTER_TO_INT (g_ptr_array_index (before, j));

          if (!finishes[source])
            {
              finishes[source] = TRUE;
              g_array_append_val (queue, source);
            }
        }
    }

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      if (!reached[i])
        {
          sd_problems_add (problems, self->source, step->line,
                           _("step “%s” can never be reached from the first step"), step->id);
          ok = FALSE;
        }
      else if (!finishes[i])
        {
          sd_problems_add (problems, self->source, step->line,
                           _("no path from step “%s” leads to an outcome"), step->id);
          ok = FALSE;
        }
    }

  return ok;
}

/**
 * sd_procedure_check_graph:
 *
 * Resolves every goto and next to a step index, then checks that every step can
 * be reached from the first and that some path from each leads to an outcome.
 *
 * Returns: %TRUE if the steps form a procedure that can be followed to its end
 */
gboolean
sd_procedure_check_graph (SdProcedure *self,
                          GPtrArray   *problems)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), FALSE);

  /* Paths are only meaningful once every target resolves. */
  if (!resolve_steps (self, problems))
    return FALSE;

  return check_paths (self, problems);
}

/**
 * sd_procedure_check_durations:
 *
 * Returns: %TRUE if every hold and wait lasts within the allowed range
 */
gboolean
sd_procedure_check_durations (SdProcedure *self,
                              GPtrArray   *problems)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      if (step->kind == SD_STEP_HOLD &&
          (step->seconds < SD_HOLD_MIN_SECONDS || step->seconds > SD_HOLD_MAX_SECONDS))
        {
          sd_problems_add (problems, self->source, step->line,
                           _("step “%s” holds for %u seconds; a hold lasts from %u to %u seconds"),
                           step->id, step->seconds, SD_HOLD_MIN_SECONDS, SD_HOLD_MAX_SECONDS);
          ok = FALSE;
        }

      if (step->kind != SD_STEP_WAIT)
        continue;

      if (step->min_seconds < SD_WAIT_MIN_SECONDS || step->max_seconds > SD_WAIT_MAX_SECONDS)
        {
          sd_problems_add (problems, self->source, step->line,
                           _("step “%s” waits between %u and %u seconds; a wait lasts from %u "
                             "seconds to %u hours"),
                           step->id, step->min_seconds, step->max_seconds,
                           SD_WAIT_MIN_SECONDS, SD_WAIT_MAX_SECONDS / 3600);
          ok = FALSE;
        }
      else if (step->min_seconds > step->seconds || step->seconds > step->max_seconds)
        {
          sd_problems_add (problems, self->source, step->line,
                           _("step “%s” waits %u seconds, outside its own range of %u to %u"),
                           step->id, step->seconds, step->min_seconds, step->max_seconds);
          ok = FALSE;
        }
    }

  return ok;
}

typedef gboolean (*CheckRefFunc) (SdProcedure         *self,
                                  const SdObservation *observation,
                                  gpointer             table,
                                  GPtrArray           *problems);

static gboolean
check_all (SdProcedure  *self,
           GPtrArray    *observations,
           CheckRefFunc  func,
           gpointer      table,
           GPtrArray    *problems)
{
  gboolean ok = TRUE;

  for (guint i = 0; observations != NULL && i < observations->len; i++)
    if (!func (self, g_ptr_array_index (observations, i), table, problems))
      ok = FALSE;

  return ok;
}

/* Calls @func on every observation of @step: its choices', its items' and its own. */
static gboolean
foreach_observations (SdProcedure  *self,
                      const SdStep *step,
                      CheckRefFunc  func,
                      gpointer      table,
                      GPtrArray    *problems)
{
  gboolean ok = check_all (self, step->observations, func, table, problems);

  for (guint j = 0; j < step->choices->len; j++)
    if (!check_all (self, ((SdChoice *) g_ptr_array_index (step->choices, j))->observations,
                    func, table, problems))
      ok = FALSE;
  for (guint j = 0; j < step->items->len; j++)
    if (!check_all (self, ((SdItem *) g_ptr_array_index (step->items, j))->observations,
                    func, table, problems))
      ok = FALSE;

  return ok;
}

/**
 * sd_observation_ref_is_known:
 * @kind: what kind of thing was observed (not %SD_OBSERVE_CODE_READ: codes are
 *   in the code table)
 *
 * Returns: whether @knowledge has the symptom, fault or component @ref that an
 *   observation of @kind names
 */
gboolean
sd_observation_ref_is_known (SdKnowledge   *knowledge,
                             SdObserveKind  kind,
                             const char    *ref)
{
  switch (kind)
    {
    case SD_OBSERVE_SYMPTOM_PRESENT:
    case SD_OBSERVE_SYMPTOM_ABSENT:
      return sd_knowledge_lookup_symptom (knowledge, ref) != NULL;
    case SD_OBSERVE_FAULT_FOUND:
    case SD_OBSERVE_FAULT_RULED_OUT:
      return sd_knowledge_lookup_fault (knowledge, ref) != NULL;
    case SD_OBSERVE_COMPONENT_OK:
      return sd_knowledge_lookup_component (knowledge, ref) != NULL;
    case SD_OBSERVE_CODE_READ:
    default:
      return FALSE;
    }
}

static gboolean
check_knowledge_ref (SdProcedure         *self,
                     const SdObservation *observation,
                     gpointer             table,
                     GPtrArray           *problems)
{
  const char *kind = sd_observe_kind_to_string (observation->kind);

  /* A code is checked against the code table: sd_procedure_check_codes(). */
  if (observation->kind == SD_OBSERVE_CODE_READ ||
      sd_observation_ref_is_known (table, observation->kind, observation->ref))
    return TRUE;

  switch (observation->kind)
    {
    case SD_OBSERVE_SYMPTOM_PRESENT:
    case SD_OBSERVE_SYMPTOM_ABSENT:
      sd_problems_add (problems, self->source, observation->line,
                       /* Translators: %s are an observation kind ("symptom-present") and an id. */
                       _("%s names symptom “%s”, which is not in the knowledge base"),
                       kind, observation->ref);
      break;
    case SD_OBSERVE_FAULT_FOUND:
    case SD_OBSERVE_FAULT_RULED_OUT:
      sd_problems_add (problems, self->source, observation->line,
                       _("%s names fault “%s”, which is not in the knowledge base"),
                       kind, observation->ref);
      break;
    case SD_OBSERVE_COMPONENT_OK:
    case SD_OBSERVE_CODE_READ:
    default:
      sd_problems_add (problems, self->source, observation->line,
                       _("%s names component “%s”, which is not in the knowledge base"),
                       kind, observation->ref);
      break;
    }

  return FALSE;
}

static gboolean
check_code_ref (SdProcedure         *self,
                const SdObservation *observation,
                gpointer             table,
                GPtrArray           *problems)
{
  if (observation->kind != SD_OBSERVE_CODE_READ ||
      sd_codes_lookup_id (table, observation->ref) != NULL)
    return TRUE;

  sd_problems_add (problems, self->source, observation->line,
                   _("code-read names code “%s”, which is not in the code table"),
                   observation->ref);
  return FALSE;
}

/**
 * sd_procedure_check_references:
 * @self: a #SdProcedure
 * @knowledge: the knowledge base the procedure is used with
 * @problems: (nullable): where to add what is wrong
 *
 * Returns: %TRUE if every component and fault the procedure names exists
 */
gboolean
sd_procedure_check_references (SdProcedure *self,
                               SdKnowledge *knowledge,
                               GPtrArray   *problems)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), FALSE);
  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), FALSE);

  for (guint i = 0; self->components[i] != NULL; i++)
    {
      if (sd_knowledge_lookup_component (knowledge, self->components[i]) != NULL)
        continue;

      sd_problems_add (problems, self->source, g_array_index (self->component_lines, guint, i),
                       _("component “%s” is not in the knowledge base"), self->components[i]);
      ok = FALSE;
    }

  for (guint i = 0; i < self->effects->len; i++)
    {
      const SdEffect *effect = g_ptr_array_index (self->effects, i);

      if (sd_knowledge_lookup_fault (knowledge, effect->fault) != NULL)
        continue;

      sd_problems_add (problems, self->source, effect->line,
                       _("fault “%s” is not in the knowledge base"), effect->fault);
      ok = FALSE;
    }

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      if (!foreach_observations (self, step, check_knowledge_ref, knowledge, problems))
        ok = FALSE;

      if (step->component == NULL ||
          sd_knowledge_lookup_component (knowledge, step->component) != NULL)
        continue;

      sd_problems_add (problems, self->source, step->line,
                       _("step “%s” shows component “%s”, which is not in the knowledge base"),
                       step->id, step->component);
      ok = FALSE;
    }

  return ok;
}

/**
 * sd_procedure_check_codes:
 * @codes: the code table the procedure is used with
 * @problems: (nullable): where to add what is wrong
 *
 * Returns: %TRUE if every fault code the procedure says it read is in @codes
 */
gboolean
sd_procedure_check_codes (SdProcedure *self,
                          SdCodes     *codes,
                          GPtrArray   *problems)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), FALSE);
  g_return_val_if_fail (SD_IS_CODES (codes), FALSE);

  for (guint i = 0; i < self->steps->len; i++)
    if (!foreach_observations (self, g_ptr_array_index (self->steps, i), check_code_ref, codes,
                               problems))
      ok = FALSE;

  return ok;
}
