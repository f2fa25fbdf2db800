/* sd-session.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the app's pages share: the catalog, the current case, its diagnosis and
 * the wizard run under way. Every change goes through here, is applied to the
 * diagnosis, and is saved at once, so quitting at any moment loses nothing. The
 * pages only render it and forward what the user does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-session.h"

struct _SdSession
{
  GObject      parent_instance;

  SdCatalog   *catalog;
  SdDiagnosis *diagnosis;
  SdCase      *kase;
  SdRun       *run;
  char        *case_path;
  GString     *notice;
  SdClockFunc  clock;
  gpointer     clock_data;
};

enum {
  CHANGED,
  RUN_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SdSession, sd_session, G_TYPE_OBJECT)

static void
add_notice (SdSession  *self,
            const char *text)
{
  if (self->notice->len > 0)
    g_string_append_c (self->notice, '\n');
  g_string_append (self->notice, text);
}

static void
save (SdSession *self)
{
  g_autoptr(GError) error = NULL;

  sd_case_set_run (self->kase, self->run != NULL ? sd_run_to_saved (self->run) : NULL);
  if (!sd_case_save (self->kase, self->case_path, &error))
    {
      g_autofree char *text = g_strdup_printf (_("The case could not be saved: %s"), error->message);

      add_notice (self, text);
    }
}

static void
on_run_changed_cb (SdSession *self,
                   SdRun     *run)
{
  /* A step boundary: the wizard's place survives quitting right now. */
  save (self);
  g_signal_emit (self, signals[RUN_CHANGED], 0);
}

static void
set_run (SdSession *self,
         SdRun     *run)
{
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_func (self->run, on_run_changed_cb, self);
  g_set_object (&self->run, run);
  if (run != NULL)
    {
      sd_run_set_clock (run, self->clock, self->clock_data);
      g_signal_connect_object (run, "changed", G_CALLBACK (on_run_changed_cb), self,
                               G_CONNECT_SWAPPED);
    }
}

static void
sd_session_dispose (GObject *object)
{
  SdSession *self = (SdSession *) object;

  set_run (self, NULL);

  G_OBJECT_CLASS (sd_session_parent_class)->dispose (object);
}

static void
sd_session_finalize (GObject *object)
{
  SdSession *self = (SdSession *) object;

  g_clear_object (&self->catalog);
  g_clear_object (&self->diagnosis);
  g_clear_object (&self->kase);
  g_clear_pointer (&self->case_path, g_free);
  g_string_free (self->notice, TRUE);

  G_OBJECT_CLASS (sd_session_parent_class)->finalize (object);
}

static void
sd_session_class_init (SdSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_session_dispose;
  object_class->finalize = sd_session_finalize;

  /**
   * SdSession::changed:
   *
   * The answers, the procedures tried or the case changed, and so the diagnosis.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SdSession::run-changed:
   *
   * A run started, moved, or ended.
   */
  signals[RUN_CHANGED] = g_signal_new ("run-changed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sd_session_init (SdSession *self)
{
  self->notice = g_string_new (NULL);
}

static void
restore_run (SdSession *self)
{
  const SdCaseRun *saved = sd_case_get_run (self->kase);
  SdProcedure *procedure;
  g_autoptr(GError) error = NULL;
  g_autoptr(SdRun) run = NULL;

  if (saved == NULL)
    return;

  procedure = sd_catalog_lookup_procedure (self->catalog, saved->procedure);
  if (procedure != NULL)
    run = sd_run_new_from_saved (procedure, saved, &error);

  if (run == NULL)
    {
      g_autofree char *text = NULL;

      text = g_strdup_printf (_("The guide that was under way (%s) cannot be resumed: %s"),
                              saved->procedure,
                              error != NULL ? error->message : _("it is no longer available"));
      add_notice (self, text);
      sd_case_set_run (self->kase, NULL);
      return;
    }

  set_run (self, run);
}

/**
 * sd_session_new:
 * @catalog: a loaded catalog
 * @case_path: (nullable): where the case is kept; the user state directory if %NULL
 *
 * Opens the saved case, or a new one. Anything that went wrong with the saved
 * case is in sd_session_take_notice().
 *
 * Returns: (transfer full): the session
 */
SdSession *
sd_session_new (SdCatalog  *catalog,
                const char *case_path)
{
  SdSession *self;
  g_autofree char *notice = NULL;

  g_return_val_if_fail (SD_IS_CATALOG (catalog), NULL);

  self = g_object_new (SD_TYPE_SESSION, NULL);
  self->catalog = g_object_ref (catalog);
  self->case_path = case_path != NULL ? g_strdup (case_path) : sd_case_dup_default_path ();
  self->diagnosis = sd_diagnosis_new (sd_catalog_get_knowledge (catalog),
                                      sd_catalog_get_procedures (catalog));
  self->kase = sd_case_load (self->case_path, &notice);
  if (notice != NULL)
    add_notice (self, notice);

  sd_case_apply (self->kase, self->diagnosis);
  restore_run (self);

  return self;
}

SdCatalog *
sd_session_get_catalog (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  return self->catalog;
}

SdDiagnosis *
sd_session_get_diagnosis (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  return self->diagnosis;
}

SdCase *
sd_session_get_case (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  return self->kase;
}

/**
 * sd_session_get_run:
 *
 * Returns: (transfer none) (nullable): the run under way
 */
SdRun *
sd_session_get_run (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  return self->run;
}

/**
 * sd_session_take_notice:
 *
 * Returns: (transfer full) (nullable): what the user should be told about the
 *   saved case, once
 */
char *
sd_session_take_notice (SdSession *self)
{
  char *notice;

  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  if (self->notice->len == 0)
    return NULL;

  notice = g_strdup (self->notice->str);
  g_string_truncate (self->notice, 0);

  return notice;
}

/**
 * sd_session_set_clock:
 * @clock: (nullable): the clock for runs; the real one if %NULL
 */
void
sd_session_set_clock (SdSession   *self,
                      SdClockFunc  clock,
                      gpointer     user_data)
{
  g_return_if_fail (SD_IS_SESSION (self));

  self->clock = clock;
  self->clock_data = user_data;
  if (self->run != NULL)
    sd_run_set_clock (self->run, clock, user_data);
}

void
sd_session_set_answer (SdSession  *self,
                       const char *symptom,
                       SdAnswer    answer)
{
  g_return_if_fail (SD_IS_SESSION (self));

  if (sd_case_get_answer (self->kase, symptom) == answer)
    return;

  sd_case_set_answer (self->kase, symptom, answer);
  sd_diagnosis_set_answer (self->diagnosis, symptom, answer);
  save (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * sd_session_set_language:
 * @language: (nullable): a language code such as "fr", or %NULL for the
 *   language of the environment
 *
 * Switches every text to @language at once: the catalog's texts are looked up
 * when shown, and the reasons of the diagnosis are written again. Emits
 * #SdSession::changed so that what is shown can be refreshed; the case and the
 * run under way are not touched.
 */
void
sd_session_set_language (SdSession  *self,
                         const char *language)
{
  g_return_if_fail (SD_IS_SESSION (self));

  sd_text_set_language (language);
  sd_diagnosis_invalidate (self->diagnosis);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * sd_session_skip_question:
 *
 * The owner does not know the answer: the question stays unanswered and the
 * next best one is advised instead, for as long as the app runs.
 */
void
sd_session_skip_question (SdSession  *self,
                          const char *symptom)
{
  g_return_if_fail (SD_IS_SESSION (self));

  sd_diagnosis_set_skipped (self->diagnosis, symptom, TRUE);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * sd_session_start_run:
 *
 * Starts @procedure from its first step; a run already under way is left.
 *
 * Returns: (transfer none): the new run
 */
SdRun *
sd_session_start_run (SdSession   *self,
                      SdProcedure *procedure)
{
  g_autoptr(SdRun) run = NULL;

  g_return_val_if_fail (SD_IS_SESSION (self), NULL);
  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);

  run = sd_run_new (procedure);
  set_run (self, run);
  save (self);
  g_signal_emit (self, signals[RUN_CHANGED], 0);

  return self->run;
}

/**
 * sd_session_finish_run:
 *
 * Records the outcome of the finished run in the case and the diagnosis.
 *
 * Returns: %FALSE if no run is under way or it has not reached an outcome
 */
gboolean
sd_session_finish_run (SdSession *self)
{
  SdProcedure *procedure;
  SdOutcome outcome;

  g_return_val_if_fail (SD_IS_SESSION (self), FALSE);

  if (self->run == NULL || !sd_run_is_finished (self->run))
    return FALSE;

  procedure = sd_run_get_procedure (self->run);
  outcome = sd_run_get_outcome (self->run);
  sd_case_add_tried (self->kase, sd_procedure_get_id (procedure), outcome, NULL);
  sd_diagnosis_set_tried (self->diagnosis, sd_procedure_get_id (procedure), outcome);

  set_run (self, NULL);
  save (self);
  g_signal_emit (self, signals[RUN_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * sd_session_abandon_run:
 *
 * Leaves the run under way without an outcome.
 */
void
sd_session_abandon_run (SdSession *self)
{
  g_return_if_fail (SD_IS_SESSION (self));

  if (self->run == NULL)
    return;

  set_run (self, NULL);
  save (self);
  g_signal_emit (self, signals[RUN_CHANGED], 0);
}

/**
 * sd_session_new_case:
 *
 * Starts over: no answers, nothing tried, no run. The old case stays as the
 * backup copy until the next save.
 */
void
sd_session_new_case (SdSession *self)
{
  g_return_if_fail (SD_IS_SESSION (self));

  set_run (self, NULL);
  g_clear_object (&self->kase);
  self->kase = sd_case_new ();
  sd_case_apply (self->kase, self->diagnosis);
  save (self);
  g_signal_emit (self, signals[RUN_CHANGED], 0);
  g_signal_emit (self, signals[CHANGED], 0);
}

char *
sd_session_dup_repair_log (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  if (self->run != NULL)
    sd_case_set_run (self->kase, sd_run_to_saved (self->run));

  return sd_case_to_text (self->kase, self->diagnosis, sd_catalog_get_knowledge (self->catalog),
                          sd_catalog_get_procedures (self->catalog));
}
