/* sd-session-save.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Saving the session's case: every change is handed to a writer thread, which
 * writes it durably, in order, the latest state winning. A failure is told the
 * moment it is known, the case stays in memory, and the save is tried again.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-session-private.h"

/* How long after a failed save it is tried again, if nothing changes before. */
#define SAVE_RETRY_SECONDS 3

static void
set_saved (SdSession *self,
           gboolean   saved)
{
  if (self->saved != saved)
    {
      self->saved = saved;
      g_object_notify_by_pspec (G_OBJECT (self), _sd_session_properties[PROP_SAVED]);
    }
}

static gboolean retry_save_cb (gpointer user_data);

/* What a write did, told in order on the main thread. A failure is told at
 * once, unless the save was asked for @quietly; the case stays as it is in
 * memory, and is tried again on the next change or after a while. */
static void
on_case_written (gboolean      quietly,
                 const GError *error,
                 gpointer      user_data)
{
  SdSession *self = user_data;
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      g_clear_handle_id (&self->retry_id, g_source_remove);
      set_saved (self, TRUE);
      return;
    }

  set_saved (self, FALSE);
  if (self->retry_id == 0)
    self->retry_id = g_timeout_add_seconds (SAVE_RETRY_SECONDS, retry_save_cb, self);
  if (quietly)
    return;

  /* Translators: the first %s is a file's path, the second why it could not be written. */
  message = g_strdup_printf (_("Your answers, the guides tried and your place in a guide could not "
                               "be saved in “%s”: %s"),
                             self->case_path, error->message);
  g_signal_emit (self, _sd_session_signals[SAVE_FAILED], 0, message);
}

void
_sd_session_set_up_saving (SdSession *self)
{
  self->writer = sd_case_writer_new (on_case_written, self);
}

/* Hands the case, as it is now, to the writer thread. */
void
_sd_session_save_case (SdSession *self,
                       gboolean   quietly)
{
  sd_case_set_run (self->kase, self->run != NULL ? sd_run_to_saved (self->run) : NULL);
  sd_case_writer_save (self->writer, self->kase, self->case_path, quietly);
}

static gboolean
retry_save_cb (gpointer user_data)
{
  SdSession *self = user_data;

  /* Told once already: the same failure again is not told again. The timer
   * stops when a write succeeds. */
  _sd_session_save_case (self, TRUE);

  return G_SOURCE_CONTINUE;
}

/**
 * sd_session_flush:
 * @self: a #SdSession
 *
 * Blocks until every change is written to the case file, and tells what the
 * writes did (#SdSession:saved, #SdSession::save-failed) before returning.
 * Saves happen in a thread of their own; this is for quitting, and for tests.
 */
void
sd_session_flush (SdSession *self)
{
  g_return_if_fail (SD_IS_SESSION (self));

  sd_case_writer_flush (self->writer);
}

/**
 * sd_session_get_saved:
 *
 * Returns: %FALSE while the case could not be saved: it is then only in memory
 */
gboolean
sd_session_get_saved (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), FALSE);

  return self->saved;
}

