/* sd-safety.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The safety rules of DESIGN.md that a procedure's steps can be checked
 * against: the shipped procedures pass them (tests/test-content.c), and a user
 * file that replaces a guide with a danger caution must pass them too, so that
 * it cannot silently remove, say, the SOS live-call interlock. The rules read
 * the English source texts (the msgids), as the shipped data is written.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-problem.h"
#include "sd-safety.h"

gboolean
sd_safety_matches (const char *text,
                   const char *pattern)
{
  return text != NULL && g_regex_match_simple (pattern, text, G_REGEX_CASELESS, 0);
}

/**
 * sd_safety_dup_step_text:
 *
 * Returns: (transfer full): everything a person reads on a step, in one string
 */
char *
sd_safety_dup_step_text (const SdStep *step)
{
  GString *out = g_string_new (step->title.msgid);

  for (guint i = 0; i < step->texts->len; i++)
    g_string_append_printf (out, " %s", ((SdText *) g_ptr_array_index (step->texts, i))->msgid);
  for (guint i = 0; i < step->items->len; i++)
    g_string_append_printf (out, " %s", ((SdItem *) g_ptr_array_index (step->items, i))->label.msgid);
  for (guint i = 0; i < step->choices->len; i++)
    g_string_append_printf (out, " %s",
                            ((SdChoice *) g_ptr_array_index (step->choices, i))->label.msgid);

  return g_string_free (out, FALSE);
}

/* Whether a caution of @severity matches @pattern_a and, if given, @pattern_b. */
gboolean
sd_safety_has_caution (GPtrArray  *cautions,
                       SdSeverity  severity,
                       const char *pattern_a,
                       const char *pattern_b)
{
  for (guint i = 0; i < cautions->len; i++)
    {
      const SdCaution *caution = g_ptr_array_index (cautions, i);

      if (caution->severity == severity &&
          sd_safety_matches (caution->text.msgid, pattern_a) &&
          (pattern_b == NULL || sd_safety_matches (caution->text.msgid, pattern_b)))
        return TRUE;
    }

  return FALSE;
}

static void
add_successors (const SdStep *step,
                GArray       *out)
{
  g_array_set_size (out, 0);

  if (step->kind == SD_STEP_QUESTION)
    {
      for (guint i = 0; i < step->choices->len; i++)
        {
          const SdChoice *choice = g_ptr_array_index (step->choices, i);

          if (choice->target >= 0)
            g_array_append_val (out, choice->target);
        }
    }
  else if (step->next >= 0)
    {
      g_array_append_val (out, step->next);
    }
}

/**
 * sd_safety_guarded_steps:
 * @procedure: a procedure whose steps are resolved
 * @guard: (scope call): what a step must be to guard the steps after it
 *
 * Finds, for each step, whether every path from the first step to it passes a
 * step for which @guard holds (that step included). This is the greatest
 * fixpoint of guarded(s) = guard(s) || (s is not the first step && every
 * predecessor is guarded); its complement is what a walk from the first step
 * reaches through steps that are not guards, so it takes linear time.
 *
 * Returns: (transfer full) (array): one flag per step
 */
gboolean *
sd_safety_guarded_steps (SdProcedure     *procedure,
                         SdStepPredicate  guard)
{
  guint n = sd_procedure_get_n_steps (procedure);
  gboolean *guarded = g_new (gboolean, MAX (n, 1));
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) next = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < n; i++)
    guarded[i] = TRUE;

  if (n == 0 || guard (sd_procedure_get_step (procedure, 0)))
    return guarded;

  guarded[0] = FALSE;
  g_array_append_val (queue, (guint) { 0 });
  for (guint head = 0; head < queue->len; head++)
    {
      add_successors (sd_procedure_get_step (procedure, g_array_index (queue, guint, head)), next);
      for (guint j = 0; j < next->len; j++)
        {
          int target = g_array_index (next, int, j);

          if (target < 0 || (guint) target >= n || !guarded[target] ||
              guard (sd_procedure_get_step (procedure, target)))
            continue;

          guarded[target] = FALSE;
          g_array_append_val (queue, (guint) { target });
        }
    }

  return guarded;
}

/* Says the call can be real, and what to tell the operator. */
gboolean
sd_safety_warns_of_live_call (const SdStep *step)
{
  return sd_safety_has_caution (step->cautions, SD_SEVERITY_DANGER, "real emergency call",
                                "operator") &&
         sd_safety_has_caution (step->cautions, SD_SEVERITY_DANGER, "test", "no emergency");
}

/* A question the user must answer after reading the warning: an explicit
 * acknowledgement, with a way to decline. */
gboolean
sd_safety_acknowledges_live_call (const SdStep *step)
{
  return step->kind == SD_STEP_QUESTION && step->choices->len >= 2 &&
         sd_safety_warns_of_live_call (step);
}

gboolean
sd_safety_presses_sos (const SdStep *step)
{
  g_autofree char *text = NULL;

  if (g_strcmp0 (step->component, "sos-button") != 0)
    return FALSE;
  if (step->kind == SD_STEP_HOLD)
    return TRUE;

  text = sd_safety_dup_step_text (step);

  return sd_safety_matches (text, "\\b(press|push|hold)\\b[^.]*\\b(SOS|button)\\b");
}

static gboolean
has_danger (GPtrArray *cautions)
{
  for (guint i = 0; i < cautions->len; i++)
    if (((SdCaution *) g_ptr_array_index (cautions, i))->severity == SD_SEVERITY_DANGER)
      return TRUE;

  return FALSE;
}

/* Whether the procedure or one of its steps has a danger caution. */
gboolean
sd_safety_has_danger_caution (SdProcedure *procedure)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), FALSE);

  if (has_danger (sd_procedure_get_cautions (procedure)))
    return TRUE;

  for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
    if (has_danger (sd_procedure_get_step (procedure, i)->cautions))
      return TRUE;

  return FALSE;
}

/**
 * sd_safety_check_live_call:
 * @procedure: a procedure whose steps are resolved
 * @problems: (nullable): where to add what is wrong
 *
 * The SOS live-call interlock: every step that presses the SOS button comes
 * after a danger caution that says the call can be real and what to tell the
 * operator, and after a question in which the user acknowledged it, on every
 * path; a step that holds the button carries the caution itself.
 *
 * Returns: %TRUE if the procedure keeps the interlock
 */
gboolean
sd_safety_check_live_call (SdProcedure *procedure,
                           GPtrArray   *problems)
{
  g_autofree gboolean *warned = NULL;
  g_autofree gboolean *acknowledged = NULL;
  const char *source;
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), FALSE);

  source = sd_procedure_get_source (procedure);
  warned = sd_safety_guarded_steps (procedure, sd_safety_warns_of_live_call);
  acknowledged = sd_safety_guarded_steps (procedure, sd_safety_acknowledges_live_call);

  for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
    {
      const SdStep *step = sd_procedure_get_step (procedure, i);

      if (!sd_safety_presses_sos (step))
        continue;

      if (!warned[i])
        {
          sd_problems_add (problems, source, step->line,
                           _("step “%s” presses the SOS button without a danger caution before "
                             "it that says the call can be real and what to tell the operator"),
                           step->id);
          ok = FALSE;
        }
      if (!acknowledged[i])
        {
          sd_problems_add (problems, source, step->line,
                           _("step “%s” presses the SOS button before the user has "
                             "acknowledged, in a question, that a real emergency call may "
                             "connect"), step->id);
          ok = FALSE;
        }
      if (step->kind == SD_STEP_HOLD && !sd_safety_warns_of_live_call (step))
        {
          sd_problems_add (problems, source, step->line,
                           _("step “%s” holds the SOS button without its own danger caution "
                             "that the call can be real"), step->id);
          ok = FALSE;
        }
    }

  return ok;
}

static gboolean
has_danger_caution_id (SdProcedure *procedure,
                       const char  *id)
{
  GPtrArray *cautions = sd_procedure_get_cautions (procedure);

  for (guint i = 0; i < cautions->len; i++)
    {
      const SdCaution *caution = g_ptr_array_index (cautions, i);

      if (caution->severity == SD_SEVERITY_DANGER && g_strcmp0 (caution->id, id) == 0)
        return TRUE;
    }

  for (guint s = 0; s < sd_procedure_get_n_steps (procedure); s++)
    {
      cautions = sd_procedure_get_step (procedure, s)->cautions;
      for (guint i = 0; i < cautions->len; i++)
        {
          const SdCaution *caution = g_ptr_array_index (cautions, i);

          if (caution->severity == SD_SEVERITY_DANGER && g_strcmp0 (caution->id, id) == 0)
            return TRUE;
        }
    }

  return FALSE;
}

static gboolean
keeps_cautions (SdProcedure *replacement,
                SdProcedure *replaced,
                GPtrArray   *cautions,
                GPtrArray   *problems)
{
  gboolean ok = TRUE;

  for (guint i = 0; i < cautions->len; i++)
    {
      const SdCaution *caution = g_ptr_array_index (cautions, i);

      if (caution->severity != SD_SEVERITY_DANGER ||
          has_danger_caution_id (replacement, caution->id))
        continue;

      sd_problems_add (problems, sd_procedure_get_source (replacement), 1,
                       _("it drops the danger caution “%s” of the procedure it replaces, from %s; "
                         "a replacement keeps every danger caution"),
                       caution->id, sd_procedure_get_source (replaced));
      ok = FALSE;
    }

  return ok;
}

/**
 * sd_safety_check_replacement:
 * @replacement: a procedure from a later source
 * @replaced: the procedure with the same id it would replace
 * @problems: (nullable): where to add why it may not
 *
 * A replacement of a procedure with a danger caution keeps each of its danger
 * cautions (by id, at the top or on any step) and passes the SOS live-call
 * interlock. A procedure without a danger caution may be replaced freely.
 *
 * Returns: %TRUE if @replacement may replace @replaced
 */
gboolean
sd_safety_check_replacement (SdProcedure *replacement,
                             SdProcedure *replaced,
                             GPtrArray   *problems)
{
  g_autoptr(GPtrArray) reasons = sd_problems_new ();
  gboolean ok = TRUE;

  g_return_val_if_fail (SD_IS_PROCEDURE (replacement), FALSE);
  g_return_val_if_fail (SD_IS_PROCEDURE (replaced), FALSE);

  if (!sd_safety_has_danger_caution (replaced))
    return TRUE;

  if (!keeps_cautions (replacement, replaced, sd_procedure_get_cautions (replaced), reasons))
    ok = FALSE;
  for (guint i = 0; i < sd_procedure_get_n_steps (replaced); i++)
    if (!keeps_cautions (replacement, replaced, sd_procedure_get_step (replaced, i)->cautions,
                         reasons))
      ok = FALSE;
  if (!sd_safety_check_live_call (replacement, reasons))
    ok = FALSE;

  if (ok)
    return TRUE;

  sd_problems_add (problems, sd_procedure_get_source (replacement), 1,
                   _("procedure “%s” is not replaced by this file, because it fails the safety "
                     "checks of the procedure it would replace (from %s):"),
                   sd_procedure_get_id (replacement), sd_procedure_get_source (replaced));
  for (guint i = 0; i < reasons->len && problems != NULL; i++)
    g_ptr_array_add (problems, g_steal_pointer (&reasons->pdata[i]));

  return FALSE;
}
