/* sd-run.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A run of a procedure: the wizard's state machine, without any widget. It keeps
 * the path actually taken (so Back retraces it), what was answered at each
 * step and a danger caution's acknowledgement, and shows what the wizard needs
 * as properties. Holds and waits, and the clocks they count on, are in
 * sd-run-time.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-enums.h"
#include "sd-run-private.h"

enum {
  PROP_0,
  PROP_PATH,
  PROP_STEP_INDEX,
  PROP_POSITION,
  PROP_LENGTH,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_NEXT,
  PROP_NEEDS_ACKNOWLEDGEMENT,
  PROP_FINISHED,
  PROP_OUTCOME,
  PROP_HOLD_RUNNING,
  PROP_WAIT_OVER,
  PROP_CLOCK_CHANGED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SdRun, sd_run, G_TYPE_OBJECT)

static void
sd_run_finalize (GObject *object)
{
  SdRun *self = (SdRun *) object;

  g_clear_object (&self->procedure);
  g_clear_pointer (&self->path, g_array_unref);
  g_clear_object (&self->path_model);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->ticks, g_array_unref);
  g_clear_pointer (&self->observations, g_ptr_array_unref);
  g_clear_pointer (&self->wait_deadline, g_date_time_unref);

  G_OBJECT_CLASS (sd_run_parent_class)->finalize (object);
}

static void
sd_run_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  SdRun *self = SD_RUN (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_object (value, self->path_model);
      break;
    case PROP_STEP_INDEX:
      g_value_set_uint (value, sd_run_get_step_index (self));
      break;
    case PROP_POSITION:
      g_value_set_uint (value, sd_run_get_position (self));
      break;
    case PROP_LENGTH:
      g_value_set_uint (value, sd_run_get_length (self));
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, sd_run_can_go_back (self));
      break;
    case PROP_CAN_GO_NEXT:
      g_value_set_boolean (value, sd_run_can_go_next (self));
      break;
    case PROP_NEEDS_ACKNOWLEDGEMENT:
      g_value_set_boolean (value, sd_run_needs_acknowledgement (self));
      break;
    case PROP_FINISHED:
      g_value_set_boolean (value, sd_run_is_finished (self));
      break;
    case PROP_OUTCOME:
      g_value_set_enum (value, sd_run_get_outcome (self));
      break;
    case PROP_HOLD_RUNNING:
      g_value_set_boolean (value, sd_run_is_hold_running (self));
      break;
    case PROP_WAIT_OVER:
      g_value_set_boolean (value, sd_run_is_wait_over (self));
      break;
    case PROP_CLOCK_CHANGED:
      g_value_set_boolean (value, sd_run_get_clock_changed (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
boolean_property (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
uint_property (const char *name)
{
  return g_param_spec_uint (name, NULL, NULL, 0, G_MAXUINT, 0,
                            G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
sd_run_class_init (SdRunClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_run_finalize;
  object_class->get_property = sd_run_get_property;

  /**
   * SdRun:path:
   *
   * The steps taken, the current one last: a #GListModel of #SdRunStep.
   */
  properties[PROP_PATH] =
    g_param_spec_object ("path", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdRun:step-index: the current step's index in the procedure. */
  properties[PROP_STEP_INDEX] = uint_property ("step-index");
  /** SdRun:position: see sd_run_get_position(). */
  properties[PROP_POSITION] = uint_property ("position");
  /** SdRun:length: see sd_run_get_length(). */
  properties[PROP_LENGTH] = uint_property ("length");
  properties[PROP_CAN_GO_BACK] = boolean_property ("can-go-back");
  /** SdRun:can-go-next: see sd_run_can_go_next(); it follows the clocks once sd_run_tick() runs. */
  properties[PROP_CAN_GO_NEXT] = boolean_property ("can-go-next");
  properties[PROP_NEEDS_ACKNOWLEDGEMENT] = boolean_property ("needs-acknowledgement");
  properties[PROP_FINISHED] = boolean_property ("finished");
  /** SdRun:outcome: an #SdOutcome; %SD_OUTCOME_NONE while the run goes on. */
  properties[PROP_OUTCOME] =
    g_param_spec_enum ("outcome", NULL, NULL, SD_TYPE_OUTCOME, SD_OUTCOME_NONE,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /** SdRun:hold-running: a hold was started and is still counting down. */
  properties[PROP_HOLD_RUNNING] = boolean_property ("hold-running");
  /** SdRun:wait-over: see sd_run_is_wait_over(). */
  properties[PROP_WAIT_OVER] = boolean_property ("wait-over");
  /** SdRun:clock-changed: see sd_run_get_clock_changed(). */
  properties[PROP_CLOCK_CHANGED] = boolean_property ("clock-changed");

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdRun::changed:
   *
   * Emitted when the step, or anything about it that is saved, changes.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  _sd_run_class_init_observations (klass);
}

static void
sd_run_init (SdRun *self)
{
  self->path = g_array_new (FALSE, FALSE, sizeof (int));
  self->path_model = g_list_store_new (SD_TYPE_RUN_STEP);
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->ticks = g_array_new (FALSE, TRUE, sizeof (int));
  self->observations = g_ptr_array_new ();
  sd_run_set_clock (self, NULL, NULL);
  sd_run_set_monotonic_clock (self, NULL, NULL);
}

const SdStep *
_sd_run_current_step (SdRun *self)
{
  return sd_procedure_get_step (self->procedure,
                                (guint) g_array_index (self->path, int, self->path->len - 1));
}

static void
push_step (SdRun *self,
           int    index)
{
  const SdStep *step = sd_procedure_get_step (self->procedure, (guint) index);
  g_autoptr(SdRunStep) item = sd_run_step_new ((guint) index, step->id);

  g_array_append_val (self->path, index);
  g_list_store_append (self->path_model, item);
}

static void
pop_step (SdRun *self)
{
  g_array_set_size (self->path, self->path->len - 1);
  g_list_store_remove (self->path_model, self->path->len);
}

static gboolean
has_danger (const SdStep *step)
{
  for (guint i = 0; i < step->cautions->len; i++)
    if (((SdCaution *) g_ptr_array_index (step->cautions, i))->severity == SD_SEVERITY_DANGER)
      return TRUE;

  return FALSE;
}

/* Sets up the current step from what was answered there before, if anything. */
static void
enter_step (SdRun *self)
{
  const SdStep *step = _sd_run_current_step (self);
  const char *answer = g_hash_table_lookup (self->answers, step->id);

  self->acknowledged = !has_danger (step) || answer != NULL;
  self->outcome = step->kind == SD_STEP_OUTCOME ? step->result : SD_OUTCOME_NONE;

  _sd_run_enter_items (self, step, answer);
  _sd_run_enter_timed (self, answer);
}

/* Whether the step is done, from what is known without looking at the clocks. */
static gboolean
step_done (SdRun *self)
{
  const SdStep *step = _sd_run_current_step (self);

  if (!self->acknowledged || step->next < 0)
    return FALSE;

  switch (step->kind)
    {
    case SD_STEP_INSTRUCTION:
      return TRUE;
    case SD_STEP_CHECKLIST:
      return _sd_run_items_done (self, step);
    case SD_STEP_HOLD:
    case SD_STEP_WAIT:
      return _sd_run_timed_done (self);
    case SD_STEP_QUESTION:
    case SD_STEP_RING_CHECK:
    case SD_STEP_OUTCOME:
    default:
      return FALSE;
    }
}

static void
compute_shown (SdRun      *self,
               SdRunShown *shown)
{
  shown->step_index = (guint) g_array_index (self->path, int, self->path->len - 1);
  shown->position = self->path->len;
  shown->length = sd_run_get_length (self);
  shown->can_go_back = self->path->len > 1;
  shown->can_go_next = step_done (self);
  shown->needs_acknowledgement = !self->acknowledged;
  shown->finished = self->outcome != SD_OUTCOME_NONE;
  shown->outcome = self->outcome;
  shown->hold_running = self->hold_running;
  shown->wait_over = self->wait_deadline != NULL && self->wait_over;
  shown->clock_changed = self->clock_changed;
}

#define NOTIFY_IF_CHANGED(field, prop) \
  G_STMT_START { \
    if (shown.field != self->shown.field) \
      { \
        self->shown.field = shown.field; \
        g_object_notify_by_pspec (G_OBJECT (self), properties[prop]); \
      } \
  } G_STMT_END

/* Notifies the properties whose value changed since they were last notified.
 * It does not look at the clocks: sd_run_tick() does, and then comes here. */
void
_sd_run_update (SdRun *self)
{
  SdRunShown shown;

  compute_shown (self, &shown);

  g_object_freeze_notify (G_OBJECT (self));
  NOTIFY_IF_CHANGED (step_index, PROP_STEP_INDEX);
  NOTIFY_IF_CHANGED (position, PROP_POSITION);
  NOTIFY_IF_CHANGED (length, PROP_LENGTH);
  NOTIFY_IF_CHANGED (can_go_back, PROP_CAN_GO_BACK);
  NOTIFY_IF_CHANGED (can_go_next, PROP_CAN_GO_NEXT);
  NOTIFY_IF_CHANGED (needs_acknowledgement, PROP_NEEDS_ACKNOWLEDGEMENT);
  NOTIFY_IF_CHANGED (finished, PROP_FINISHED);
  NOTIFY_IF_CHANGED (outcome, PROP_OUTCOME);
  NOTIFY_IF_CHANGED (hold_running, PROP_HOLD_RUNNING);
  NOTIFY_IF_CHANGED (wait_over, PROP_WAIT_OVER);
  NOTIFY_IF_CHANGED (clock_changed, PROP_CLOCK_CHANGED);
  g_object_thaw_notify (G_OBJECT (self));
}

#undef NOTIFY_IF_CHANGED

/* What is saved changed: the properties, then "changed", which has it saved. */
void
_sd_run_changed (SdRun *self)
{
  self->dirty = FALSE;
  _sd_run_update (self);
  g_signal_emit (self, signals[CHANGED], 0);
  _sd_run_update_observations (self);
}

void
_sd_run_remember (SdRun      *self,
                  const char *step_id,
                  char       *answer)
{
  g_hash_table_insert (self->answers, g_strdup (step_id), answer);
}

/**
 * sd_run_new:
 * @procedure: the procedure to follow
 *
 * Returns: (transfer full): a run at the procedure's first step
 */
SdRun *
sd_run_new (SdProcedure *procedure)
{
  SdRun *self;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);
  g_return_val_if_fail (sd_procedure_get_n_steps (procedure) > 0, NULL);

  self = g_object_new (SD_TYPE_RUN, NULL);
  self->procedure = g_object_ref (procedure);
  push_step (self, 0);
  enter_step (self);
  compute_shown (self, &self->shown);

  return self;
}

/**
 * sd_run_new_from_saved:
 * @saved: a run as it was saved with the case
 *
 * Returns: (transfer full) (nullable): the run where it was left, or %NULL if
 *   the procedure has changed so that the saved steps no longer exist
 */
SdRun *
sd_run_new_from_saved (SdProcedure      *procedure,
                       const SdCaseRun  *saved,
                       GError          **error)
{
  g_autoptr(SdRun) self = NULL;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);
  g_return_val_if_fail (saved != NULL, NULL);

  if (saved->path->len == 0)
    {
      g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED, _("the saved run has no step"));
      return NULL;
    }

  self = g_object_new (SD_TYPE_RUN, NULL);
  self->procedure = g_object_ref (procedure);

  for (guint i = 0; i < saved->path->len; i++)
    {
      const char *id = g_ptr_array_index (saved->path, i);
      int index = sd_procedure_find_step (procedure, id);

      if (index < 0)
        {
          g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
                       _("“%s” no longer has a step “%s”"), sd_procedure_get_id (procedure), id);
          return NULL;
        }
      push_step (self, index);
    }

  g_hash_table_iter_init (&iter, saved->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (self->answers, g_strdup (key), g_strdup (value));

  /* The clocks are not looked at yet: a test sets its own first. */
  enter_step (self);
  compute_shown (self, &self->shown);
  _sd_run_update_observations (self);

  return g_steal_pointer (&self);
}

/**
 * sd_run_to_saved:
 *
 * Returns: (transfer full): the run as it is saved with the case: the path,
 *   every answer, and a wait's deadline, the length chosen and whether it is
 *   over
 */
SdCaseRun *
sd_run_to_saved (SdRun *self)
{
  SdCaseRun *saved;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  saved = sd_case_run_new (sd_procedure_get_id (self->procedure));
  for (guint i = 0; i < self->path->len; i++)
    g_ptr_array_add (saved->path,
                     g_strdup (sd_procedure_get_step (self->procedure,
                                                      (guint) g_array_index (self->path, int, i))->id));

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (saved->answers, g_strdup (key), g_strdup (value));

  if (self->wait_deadline != NULL)
    saved->wait_deadline = g_date_time_ref (self->wait_deadline);

  return saved;
}

SdProcedure *
sd_run_get_procedure (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  return self->procedure;
}

const SdStep *
sd_run_get_step (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  return _sd_run_current_step (self);
}

/**
 * sd_run_get_step_index:
 *
 * Returns: the current step's index in the procedure
 */
guint
sd_run_get_step_index (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  return (guint) g_array_index (self->path, int, self->path->len - 1);
}

/**
 * sd_run_get_path:
 *
 * The steps taken so far, the current one last. Moving on appends one item,
 * going back removes the last: each is one #GListModel::items-changed.
 *
 * Returns: (transfer none): a #GListModel of #SdRunStep
 */
GListModel *
sd_run_get_path (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), NULL);

  return G_LIST_MODEL (self->path_model);
}


/**
 * sd_run_get_position:
 *
 * Returns: the current step's number along the path taken, counting from 1
 */
guint
sd_run_get_position (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  return self->path->len;
}

/**
 * sd_run_get_length:
 *
 * Returns: the steps of the path taken so far plus the fewest steps from here to
 *   an outcome: "step 3 of 7" along the way the run is going
 */
guint
sd_run_get_length (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  return self->path->len +
         sd_procedure_get_min_steps_after (self->procedure, sd_run_get_step_index (self));
}

/**
 * sd_run_get_max_left:
 *
 * With sd_run_get_position(), progress that never goes backwards while the run
 * goes forward: "step 3 · up to 5 more", taken / (taken + most left).
 *
 * Returns: the most steps that can still follow the current one; 0 once the
 *   run has ended
 */
guint
sd_run_get_max_left (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), 0);

  if (sd_run_is_finished (self))
    return 0;

  return sd_procedure_get_max_steps_after (self->procedure, sd_run_get_step_index (self));
}

gboolean
sd_run_can_go_back (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  return self->path->len > 1;
}

/**
 * sd_run_go_back:
 *
 * Returns to the step before, along the path actually taken.
 *
 * Returns: %TRUE if there was a step to go back to
 */
gboolean
sd_run_go_back (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  if (self->path->len <= 1)
    return FALSE;

  pop_step (self);
  enter_step (self);
  _sd_run_changed (self);

  return TRUE;
}

/**
 * sd_run_needs_acknowledgement:
 *
 * Returns: %TRUE while the current step has a danger caution that was not
 *   acknowledged; nothing on the step can be done until it is
 */
gboolean
sd_run_needs_acknowledgement (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  return !self->acknowledged;
}

void
sd_run_acknowledge (SdRun *self)
{
  g_return_if_fail (SD_IS_RUN (self));

  if (!self->acknowledged)
    {
      self->acknowledged = TRUE;
      _sd_run_changed (self);
    }
}

/**
 * sd_run_can_go_next:
 *
 * Returns: whether the current step is done: an instruction read, a hold
 *   counted down, every item of a checklist that can be checked at home
 *   answered, a wait over
 */
gboolean
sd_run_can_go_next (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  _sd_run_observe (self);

  return step_done (self);
}

static gboolean
on_path (SdRun *self,
         int    index)
{
  for (guint i = 0; i < self->path->len; i++)
    if (g_array_index (self->path, int, i) == index)
      return TRUE;

  return FALSE;
}

/* Moving on to a step is a fresh visit, even to one seen before through a
 * "try again" loop: a hold is held again, a checklist ticked again. Only Back
 * returns to a step as it was left; and a wait that Back left, come to again,
 * keeps its deadline: going back over a 12-hour wait does not restart it. */
static void
advance_to (SdRun *self,
            int    index)
{
  const SdStep *step = sd_procedure_get_step (self->procedure, (guint) index);

  if (step->kind != SD_STEP_WAIT || on_path (self, index))
    g_hash_table_remove (self->answers, step->id);
  push_step (self, index);
  enter_step (self);
  _sd_run_changed (self);
}

/**
 * sd_run_go_next:
 *
 * Returns: %TRUE if the step was done and the run moved on
 */
gboolean
sd_run_go_next (SdRun *self)
{
  const SdStep *step;
  int next;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  if (!sd_run_can_go_next (self))
    return FALSE;

  step = _sd_run_current_step (self);
  next = step->next;
  switch (step->kind)
    {
    case SD_STEP_CHECKLIST:
      /* "Not OK" on an item that branches goes there. */
      next = _sd_run_items_next (self, step);
      _sd_run_remember (self, step->id, _sd_run_items_to_answer (self));
      break;
    case SD_STEP_WAIT:
      /* Remembered as it is: deadline, length, over. */
      break;
    case SD_STEP_INSTRUCTION:
    case SD_STEP_HOLD:
    case SD_STEP_QUESTION:
    case SD_STEP_RING_CHECK:
    case SD_STEP_OUTCOME:
    default:
      _sd_run_remember (self, step->id, g_strdup ("done"));
      break;
    }

  advance_to (self, next);

  return TRUE;
}

/**
 * sd_run_choose:
 * @choice: the index of the question's choice
 *
 * Returns: %TRUE if the choice was taken: the run moved to its step, or ended
 *   with its outcome
 */
gboolean
sd_run_choose (SdRun *self,
               guint  choice)
{
  const SdStep *step;
  const SdChoice *chosen;

  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  step = _sd_run_current_step (self);
  if ((step->kind != SD_STEP_QUESTION && step->kind != SD_STEP_RING_CHECK) ||
      choice >= step->choices->len || !self->acknowledged)
    return FALSE;

  chosen = g_ptr_array_index (step->choices, choice);
  /* A ring check keeps its light checks as its answer (sd-run-ring.c). */
  if (step->kind == SD_STEP_QUESTION)
    _sd_run_remember (self, step->id, g_strdup_printf ("%u", choice));

  if (chosen->outcome != SD_OUTCOME_NONE)
    {
      self->outcome = chosen->outcome;
      _sd_run_changed (self);
      return TRUE;
    }

  advance_to (self, chosen->target);

  return TRUE;
}

gboolean
sd_run_is_finished (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), FALSE);

  return self->outcome != SD_OUTCOME_NONE;
}

/**
 * sd_run_get_outcome:
 *
 * Returns: how the run ended, or %SD_OUTCOME_NONE while it goes on
 */
SdOutcome
sd_run_get_outcome (SdRun *self)
{
  g_return_val_if_fail (SD_IS_RUN (self), SD_OUTCOME_NONE);

  return self->outcome;
}
