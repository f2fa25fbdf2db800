/* sd-session-codes.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fault codes of the session's case: the codes a scanner read and the
 * modules it found empty, kept in the case, given to the diagnosis as
 * evidence, and taken as a yes to "do you have a scanner?".
 */
#include "config.h"

#include "sd-session-private.h"

static gboolean
same_list (const char * const *a,
           const char * const *b)
{
  guint i;

  for (i = 0; a != NULL && a[i] != NULL; i++)
    if (b == NULL || g_strcmp0 (a[i], b[i]) != 0)
      return FALSE;

  return b == NULL || b[i] == NULL;
}

/* A code, or a module found empty, means the owner has a scanner, or a
 * workshop's printout: the questions waiting for that yes may be asked. */
static void
imply_scanner (SdSession *self)
{
  if (sd_case_get_codes (self->kase) == NULL && sd_case_get_clear_modules (self->kase) == NULL)
    return;
  if (sd_case_get_answer (self->kase, SD_SESSION_SCANNER_SYMPTOM) != SD_ANSWER_YES &&
      sd_diagnosis_imply_scanner (self->diagnosis, TRUE))
    sd_case_set_answer (self->kase, SD_SESSION_SCANNER_SYMPTOM, SD_ANSWER_YES);
}

/* The case's codes into the diagnosis; with codes entered, the questions
 * about what a scanner showed are not advised (sd_diagnosis_imply_scanner()). */
void
_sd_session_apply_codes (SdSession *self)
{
  sd_diagnosis_set_clear_modules (self->diagnosis, sd_case_get_clear_modules (self->kase));
  /* The case's codes with those the guides read. */
  _sd_session_sync_findings (self);
  if (sd_case_get_codes (self->kase) != NULL || sd_case_get_clear_modules (self->kase) != NULL)
    sd_diagnosis_imply_scanner (self->diagnosis, FALSE);
}

/**
 * sd_session_set_codes:
 * @codes: (nullable) (array zero-terminated=1): the fault codes a scanner read,
 *   as sd_codes_parse_input() gives them, known to the code table or not
 *
 * Keeps the codes in the case and gives them to the diagnosis as evidence; a
 * code the table does not know is kept and changes nothing. Any code answers
 * yes to the question whether the owner has a scanner, and the questions about
 * what a scanner showed are then not advised (the codes tell it). Emits
 * #SdSession::changed once, if the codes changed.
 */
void
sd_session_set_codes (SdSession          *self,
                      const char * const *codes)
{
  g_return_if_fail (SD_IS_SESSION (self));

  if (same_list (codes, sd_case_get_codes (self->kase)))
    return;

  sd_case_set_codes (self->kase, codes);
  imply_scanner (self);
  _sd_session_apply_codes (self);
  _sd_session_save_case (self, FALSE);
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
}

/**
 * sd_session_set_clear_modules:
 * @modules: (nullable) (array zero-terminated=1): ids of the code table's
 *   modules a scanner read and found no fault codes in, such as "telematics"
 *
 * Keeps them in the case and gives them to the diagnosis as evidence: every
 * code such a module would store is then known to be absent. As a code does,
 * it answers yes to the question whether the owner has a scanner. Emits
 * #SdSession::changed once, if they changed.
 */
void
sd_session_set_clear_modules (SdSession          *self,
                              const char * const *modules)
{
  g_return_if_fail (SD_IS_SESSION (self));

  if (same_list (modules, sd_case_get_clear_modules (self->kase)))
    return;

  sd_case_set_clear_modules (self->kase, modules);
  imply_scanner (self);
  _sd_session_apply_codes (self);
  _sd_session_save_case (self, FALSE);
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
}
