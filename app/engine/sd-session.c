/* sd-session.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the app's pages share: the catalog, the current case, its diagnosis and
 * the wizard run under way. Every change goes through here, is applied to the
 * diagnosis, and is saved at once, so quitting at any moment loses nothing; a
 * save that fails is told at once, and tried again. The session also watches
 * the clock for the run under way and tells when its wait ends. The pages only
 * render it and forward what the user does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-session-private.h"

GParamSpec *_sd_session_properties[N_PROPS];
guint _sd_session_signals[N_SIGNALS];

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
  _sd_session_save_case (self, FALSE);
}

static gboolean watch_cb (gpointer user_data);

/* Keeps a timer while the run under way counts (a hold, or a wait not over),
 * and tells once when a wait that was seen going on is over. A wait found over
 * without having been seen going on ended while the app was closed, or was
 * returned to by Back: the user already knows. */
static void
watch_run (SdSession *self)
{
  SdRun *run = self->run;
  GDateTime *deadline = run != NULL ? sd_run_get_wait_deadline (run) : NULL;
  gboolean counting = FALSE;

  if (deadline != NULL && sd_run_is_wait_over (run))
    {
      if (self->watched_deadline != NULL && g_date_time_equal (self->watched_deadline, deadline))
        {
          g_clear_pointer (&self->watched_deadline, g_date_time_unref);
          g_signal_emit (self, _sd_session_signals[WAIT_ENDED], 0, run);
        }
    }
  else if (deadline != NULL)
    {
      if (self->watched_deadline == NULL || !g_date_time_equal (self->watched_deadline, deadline))
        {
          g_clear_pointer (&self->watched_deadline, g_date_time_unref);
          self->watched_deadline = g_date_time_ref (deadline);
        }
      counting = TRUE;
    }
  else
    {
      g_clear_pointer (&self->watched_deadline, g_date_time_unref);
    }

  if (run != NULL && sd_run_is_hold_running (run))
    counting = TRUE;

  if (!counting)
    g_clear_handle_id (&self->watch_id, g_source_remove);
  else if (self->watch_id == 0)
    self->watch_id = g_timeout_add_seconds (1, watch_cb, self);
}

static gboolean
watch_cb (gpointer user_data)
{
  SdSession *self = user_data;

  sd_session_check_wait (self);

  return self->watch_id != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
on_run_changed_cb (SdSession *self,
                   SdRun     *run)
{
  /* A step boundary: the wizard's place survives quitting right now. */
  save (self);
  g_signal_emit (self, _sd_session_signals[RUN_CHANGED], 0);
  watch_run (self);
}

static void
on_run_observed_cb (SdSession *self,
                    SdRun     *run)
{
  _sd_session_sync_findings (self);
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
}

static void
set_run (SdSession *self,
         SdRun     *run)
{
  if (self->run == run)
    return;

  if (self->run != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->run, on_run_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->run, on_run_observed_cb, self);
    }
  g_set_object (&self->run, run);
  if (run != NULL)
    {
      sd_run_set_clock (run, self->clock, self->clock_data);
      sd_run_set_monotonic_clock (run, self->monotonic, self->monotonic_data);
      g_signal_connect_object (run, "changed", G_CALLBACK (on_run_changed_cb), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (run, "observations-changed", G_CALLBACK (on_run_observed_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_object_notify_by_pspec (G_OBJECT (self), _sd_session_properties[PROP_RUN]);
}

static void
sd_session_dispose (GObject *object)
{
  SdSession *self = (SdSession *) object;

  /* Nothing is lost by closing: what is pending is written first. */
  g_clear_pointer (&self->writer, sd_case_writer_free);
  set_run (self, NULL);
  g_clear_handle_id (&self->watch_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);

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
  g_clear_pointer (&self->watched_deadline, g_date_time_unref);
  g_clear_pointer (&self->found_answers, g_hash_table_unref);
  g_string_free (self->notice, TRUE);

  G_OBJECT_CLASS (sd_session_parent_class)->finalize (object);
}

static void
sd_session_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SdSession *self = SD_SESSION (object);

  switch (prop_id)
    {
    case PROP_CATALOG:
      g_value_set_object (value, self->catalog);
      break;
    case PROP_DIAGNOSIS:
      g_value_set_object (value, self->diagnosis);
      break;
    case PROP_CASE:
      g_value_set_object (value, self->kase);
      break;
    case PROP_RUN:
      g_value_set_object (value, self->run);
      break;
    case PROP_SAVED:
      g_value_set_boolean (value, self->saved);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_session_class_init (SdSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_session_dispose;
  object_class->finalize = sd_session_finalize;
  object_class->get_property = sd_session_get_property;

  _sd_session_properties[PROP_CATALOG] =
    g_param_spec_object ("catalog", NULL, NULL, SD_TYPE_CATALOG,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  _sd_session_properties[PROP_DIAGNOSIS] =
    g_param_spec_object ("diagnosis", NULL, NULL, SD_TYPE_DIAGNOSIS,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdSession:case: the current case; a new case replaces it. */
  _sd_session_properties[PROP_CASE] =
    g_param_spec_object ("case", NULL, NULL, SD_TYPE_CASE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdSession:run: (nullable): the run under way. */
  _sd_session_properties[PROP_RUN] =
    g_param_spec_object ("run", NULL, NULL, SD_TYPE_RUN,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdSession:saved: %FALSE while the last save failed: the case is only in memory. */
  _sd_session_properties[PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, _sd_session_properties);

  /**
   * SdSession::changed:
   *
   * The answers, the procedures tried or the case changed, and so the diagnosis.
   */
  _sd_session_signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SdSession::run-changed:
   *
   * A run started, moved, or ended.
   */
  _sd_session_signals[RUN_CHANGED] = g_signal_new ("run-changed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * SdSession::wait-ended:
   * @run: the run whose wait is over
   *
   * Emitted once for each wait deadline, when the wait of the run under way is
   * over: the user is to be told, wherever they are. A wait already over when it
   * is first seen (it ended while the app was closed) is not told.
   */
  _sd_session_signals[WAIT_ENDED] = g_signal_new ("wait-ended", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                      0, NULL, NULL, NULL, G_TYPE_NONE, 1, SD_TYPE_RUN);

  /**
   * SdSession::save-failed:
   * @message: translated: what was not saved, where, and why
   *
   * Emitted the moment a save fails. The session goes on with the case in
   * memory and tries again on the next change and every few seconds; those
   * tries are not told again unless a change fails to be saved too.
   */
  _sd_session_signals[SAVE_FAILED] = g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                       G_TYPE_STRING);
}

static void
sd_session_init (SdSession *self)
{
  self->notice = g_string_new (NULL);
  self->found_answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->saved = TRUE;
  _sd_session_set_up_saving (self);
}

/* The case's answers, tried guides, car and fault codes, into the diagnosis. */
static void
apply_case (SdSession *self)
{
  SdVehicleProfile *profile = sd_case_get_profile (self->kase);

  sd_vehicle_profile_set_vehicles (profile, sd_catalog_get_vehicles (self->catalog));
  sd_case_apply (self->kase, self->diagnosis);
  sd_diagnosis_set_profile (self->diagnosis, profile);
  g_hash_table_remove_all (self->found_answers);
  _sd_session_apply_codes (self);
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
  _sd_session_sync_findings (self);
}

/* Guides read after the session was made (the user's library, in the
 * background): the diagnosis ranks them from now on, and what the case says
 * was tried of them counts too, in the case's order as sd_case_apply() does. */
static void
on_procedures_changed_cb (SdSession *self)
{
  for (guint i = 0; i < sd_case_get_n_tried (self->kase); i++)
    {
      const SdTried *tried = sd_case_get_tried (self->kase, i);

      sd_diagnosis_set_tried (self->diagnosis, tried->procedure, tried->outcome);
    }
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
  /* After the diagnosis's own handler, which makes its actions again first. */
  g_signal_connect_object (sd_catalog_get_procedures (catalog), "items-changed",
                           G_CALLBACK (on_procedures_changed_cb), self, G_CONNECT_SWAPPED);
  if (notice != NULL)
    add_notice (self, notice);

  apply_case (self);
  restore_run (self);
  /* Now: a wait that ended while the app was closed is seen over, not told. */
  watch_run (self);

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

/**
 * sd_session_set_monotonic_clock:
 * @clock: (nullable): the monotonic clock for runs, which holds count on; the
 *   real one if %NULL
 */
void
sd_session_set_monotonic_clock (SdSession   *self,
                                SdClockFunc  clock,
                                gpointer     user_data)
{
  g_return_if_fail (SD_IS_SESSION (self));

  self->monotonic = clock;
  self->monotonic_data = user_data;
  if (self->run != NULL)
    sd_run_set_monotonic_clock (self->run, clock, user_data);
}

/**
 * sd_session_check_wait:
 *
 * Looks at the run's clocks now rather than at the next second: emits
 * #SdSession::wait-ended if the wait under way just ended. The session does
 * this every second while a hold or a wait counts, on the wall clock for a
 * wait, so that a computer that was suspended catches up at once.
 */
void
sd_session_check_wait (SdSession *self)
{
  g_return_if_fail (SD_IS_SESSION (self));

  /* A tick that changes the run emits "changed", which watches it already. */
  if (self->run != NULL)
    sd_run_tick (self->run);
  watch_run (self);
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
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
}

/**
 * sd_session_open_case:
 * @path: the file of the case to open (sd_case_store_dup_path())
 *
 * Saves the case that is open, then follows the one in @path instead: its
 * answers, guides tried and run. What went wrong reading it is in
 * sd_session_take_notice().
 */
void
sd_session_open_case (SdSession  *self,
                      const char *path)
{
  g_autofree char *notice = NULL;

  g_return_if_fail (SD_IS_SESSION (self));
  g_return_if_fail (path != NULL);

  _sd_session_save_case (self, TRUE);
  /* What was saved of this case is written before another is read, which may
   * be the same file. */
  sd_session_flush (self);
  set_run (self, NULL);
  g_free (self->case_path);
  self->case_path = g_strdup (path);
  g_clear_object (&self->kase);
  self->kase = sd_case_load (path, &notice);
  if (notice != NULL)
    add_notice (self, notice);
  g_object_notify_by_pspec (G_OBJECT (self), _sd_session_properties[PROP_CASE]);
  apply_case (self);
  restore_run (self);
  g_signal_emit (self, _sd_session_signals[RUN_CHANGED], 0);
  watch_run (self);
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
}

/**
 * sd_session_get_case_path:
 *
 * Returns: the file the case is saved in
 */
const char *
sd_session_get_case_path (SdSession *self)
{
  g_return_val_if_fail (SD_IS_SESSION (self), NULL);

  return self->case_path;
}

/**
 * sd_session_set_notes:
 * @notes: (nullable): the owner's notes
 *
 * Sets the case's notes and saves it, if they changed. The repair log and the
 * diagnosis do not depend on them, so nothing else is told.
 */
void
sd_session_set_notes (SdSession  *self,
                      const char *notes)
{
  const char *old;

  g_return_if_fail (SD_IS_SESSION (self));

  old = sd_case_get_notes (self->kase);
  if (g_strcmp0 (old, notes) == 0 || (old == NULL && notes != NULL && notes[0] == '\0'))
    return;

  sd_case_set_notes (self->kase, notes);
  save (self);
}

static void
count_notify (gpointer    counter,
              GParamSpec *pspec)
{
  (*(guint *) counter)++;
}

/**
 * sd_session_set_profile:
 * @profile: (nullable): the car as the owner gave it; %NULL for "I don't know
 *   my car", which forgets what was known of it
 *
 * Takes every field of @profile into the case's car, whose diagnosis follows
 * it: what does not apply to the car is no longer asked, ranked or offered.
 * The owner has been asked about the car from then on
 * (sd_case_get_car_asked()). Saves the case, and emits #SdSession::changed
 * once, if the car changed.
 */
void
sd_session_set_profile (SdSession        *self,
                        SdVehicleProfile *profile)
{
  SdVehicleProfile *own;
  guint changes = 0;
  gulong handler;

  g_return_if_fail (SD_IS_SESSION (self));
  g_return_if_fail (profile == NULL || SD_IS_VEHICLE_PROFILE (profile));

  own = sd_case_get_profile (self->kase);
  handler = g_signal_connect_swapped (own, "notify", G_CALLBACK (count_notify), &changes);
  if (profile != NULL)
    sd_vehicle_profile_copy_from (own, profile);
  else
    sd_vehicle_profile_clear (own);
  g_signal_handler_disconnect (own, handler);
  /* The copy may have brought another table; the case's is the catalog's. */
  sd_vehicle_profile_set_vehicles (own, sd_catalog_get_vehicles (self->catalog));

  if (changes == 0 && sd_case_get_car_asked (self->kase))
    return;

  sd_case_set_car_asked (self->kase, TRUE);
  save (self);
  if (changes > 0)
    g_signal_emit (self, _sd_session_signals[CHANGED], 0);
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
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
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
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
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
  _sd_session_sync_findings (self);
  save (self);
  g_signal_emit (self, _sd_session_signals[RUN_CHANGED], 0);
  watch_run (self);

  return self->run;
}

/**
 * sd_session_finish_run:
 *
 * Records the outcome of the finished run in the case and the diagnosis,
 * unless it ended before the guide's work was done (an outcome with tried="no").
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
  _sd_session_keep_run_findings (self);
  /* A branch that ends before the guide's work was done (tried="no") is no
   * try: what it found on the way still counts (issue 12). */
  if (!sd_run_get_step (self->run)->not_tried)
    {
      sd_case_add_tried (self->kase, sd_procedure_get_id (procedure), outcome, NULL);
      sd_diagnosis_set_tried (self->diagnosis, sd_procedure_get_id (procedure), outcome);
    }

  set_run (self, NULL);
  _sd_session_sync_findings (self);
  save (self);
  g_signal_emit (self, _sd_session_signals[RUN_CHANGED], 0);
  watch_run (self);
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);

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

  /* Left without an outcome, what it found on the way counts no more. */
  set_run (self, NULL);
  _sd_session_sync_findings (self);
  save (self);
  g_signal_emit (self, _sd_session_signals[RUN_CHANGED], 0);
  watch_run (self);
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
  g_object_notify_by_pspec (G_OBJECT (self), _sd_session_properties[PROP_CASE]);
  apply_case (self);
  save (self);
  g_signal_emit (self, _sd_session_signals[RUN_CHANGED], 0);
  watch_run (self);
  g_signal_emit (self, _sd_session_signals[CHANGED], 0);
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
