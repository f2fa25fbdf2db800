/* sd-run-ring.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ring-check step's light checks, kept with the run as that step's answer
 * (sd_ring_check_to_string()), so that they are saved with the case and a
 * reopened case resumes the checks where they were left.
 */
#include "config.h"

#include "sd-run-private.h"

/**
 * sd_run_get_ring_answers:
 *
 * Returns: (nullable): the light checks answered on the current ring-check
 *   step, or %NULL on another step or before any
 */
const char *
sd_run_get_ring_answers (SdRun *self)
{
  const SdStep *step;

  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  step = _sd_run_current_step (self);
  if (step->kind != SD_STEP_RING_CHECK)
    return NULL;

  return g_hash_table_lookup (self->answers, step->id);
}

/**
 * sd_run_set_ring_answers:
 * @answers: the checks so far, as sd_ring_check_to_string() gives them
 *
 * Emits #SdRun::changed when they changed, which has the case saved. Going
 * on is sd_run_choose(): 0 once the break is located, 1 when the answers fit
 * no single break.
 *
 * Returns: %FALSE when the current step is not a ring check
 */
gboolean
sd_run_set_ring_answers (SdRun      *self,
                         const char *answers)
{
  const SdStep *step;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  step = _sd_run_current_step (self);
  if (step->kind != SD_STEP_RING_CHECK || !self->acknowledged)
    return FALSE;

  if (g_strcmp0 (g_hash_table_lookup (self->answers, step->id), answers) != 0)
    {
      _sd_run_remember (self, step->id, g_strdup (answers));
      _sd_run_changed (self);
    }

  return TRUE;
}
