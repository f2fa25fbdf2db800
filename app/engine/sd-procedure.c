/* sd-procedure.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A procedure: a guided repair, resolved into step indices so that a run never
 * has to look a step up by name. It is read from a file by sd-procedure-reader.c
 * and checked by sd-procedure-check.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-enum-utils.h"
#include "sd-procedure-private.h"

G_DEFINE_FINAL_TYPE (SdProcedure, sd_procedure, G_TYPE_OBJECT)

/* Most steps have no cautions, choices, items or observations, and most
 * guides no tools or parts: those lists are all one shared empty array,
 * read-only, until sd_procedure_array_add() gives a list its first entry. A
 * thousand guides of the user's own otherwise hold some 50,000 empty arrays. */
static GPtrArray *
shared_empty (void)
{
  static GPtrArray *empty;

  if (g_once_init_enter (&empty))
    g_once_init_leave (&empty, g_ptr_array_new ());

  return empty;
}

/* Returns: (transfer full): a new reference to the shared empty array */
GPtrArray *
sd_procedure_empty_array (void)
{
  return g_ptr_array_ref (shared_empty ());
}

/* Adds @item to *@array, made for it (with @free_func) if it is the shared
 * empty one. */
void
sd_procedure_array_add (GPtrArray      **array,
                        gpointer         item,
                        GDestroyNotify   free_func)
{
  if (*array == shared_empty ())
    {
      g_ptr_array_unref (*array);
      *array = g_ptr_array_new_full (1, free_func);
    }
  g_ptr_array_add (*array, item);
}

void
sd_caution_free (SdCaution *caution)
{
  g_free (caution->id);
  sd_text_clear (&caution->text);
  g_free (caution);
}

void
sd_choice_free (SdChoice *choice)
{
  sd_text_clear (&choice->label);
  g_free (choice->goto_id);
  g_clear_pointer (&choice->observations, g_ptr_array_unref);
  g_free (choice);
}

void
sd_observation_free (SdObservation *observation)
{
  g_free (observation->ref);
  sd_text_clear (&observation->text);
  g_free (observation);
}

void
sd_item_free (SdItem *item)
{
  sd_text_clear (&item->label);
  g_free (item->not_ok_id);
  g_clear_pointer (&item->observations, g_ptr_array_unref);
  g_free (item);
}

void
sd_part_free (SdPart *part)
{
  sd_text_clear (&part->name);
  g_free (part);
}

void
sd_effect_free (SdEffect *effect)
{
  g_free (effect->fault);
  g_free (effect);
}

SdStep *
sd_step_new (void)
{
  SdStep *step = g_new0 (SdStep, 1);

  step->next = -1;
  step->texts = sd_procedure_empty_array ();
  step->cautions = sd_procedure_empty_array ();
  step->choices = sd_procedure_empty_array ();
  step->items = sd_procedure_empty_array ();
  step->observations = sd_procedure_empty_array ();

  return step;
}

void
sd_step_free (SdStep *step)
{
  g_free (step->id);
  g_free (step->component);
  g_free (step->next_id);
  sd_text_clear (&step->title);
  g_clear_pointer (&step->texts, g_ptr_array_unref);
  g_clear_pointer (&step->cautions, g_ptr_array_unref);
  g_clear_pointer (&step->choices, g_ptr_array_unref);
  g_clear_pointer (&step->items, g_ptr_array_unref);
  g_clear_pointer (&step->observations, g_ptr_array_unref);
  g_free (step->next_guide);
  sd_text_clear (&step->because);
  g_free (step);
}

static void
sd_procedure_finalize (GObject *object)
{
  SdProcedure *self = (SdProcedure *) object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->source, g_free);
  sd_text_clear (&self->title);
  sd_text_clear (&self->summary);
  g_clear_pointer (&self->tools, g_ptr_array_unref);
  g_clear_pointer (&self->parts, g_ptr_array_unref);
  g_clear_pointer (&self->cautions, g_ptr_array_unref);
  g_clear_pointer (&self->components, g_strfreev);
  g_clear_pointer (&self->component_lines, g_array_unref);
  g_clear_pointer (&self->effects, g_ptr_array_unref);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->applies, sd_applies_free);

  G_OBJECT_CLASS (sd_procedure_parent_class)->finalize (object);
}

static void
sd_procedure_class_init (SdProcedureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_procedure_finalize;
}

static void
sd_procedure_init (SdProcedure *self)
{
  self->tools = sd_procedure_empty_array ();
  self->parts = sd_procedure_empty_array ();
  self->cautions = sd_procedure_empty_array ();
  self->component_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->effects = sd_procedure_empty_array ();
  self->steps = sd_procedure_empty_array ();
}

const char *
sd_procedure_get_id (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->id;
}

const char *
sd_procedure_get_source (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->source;
}

guint
sd_procedure_get_version (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);

  return self->version;
}

const char *
sd_procedure_get_title (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return sd_text_get (&self->title);
}

const char *
sd_procedure_get_summary (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return sd_text_get (&self->summary);
}

guint
sd_procedure_get_minutes (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);

  return self->minutes;
}

SdDifficulty
sd_procedure_get_difficulty (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), SD_DIFFICULTY_EASY);

  return self->difficulty;
}

/**
 * sd_procedure_get_parts_cost:
 *
 * Returns: the estimated price of the parts, in euros
 */
double
sd_procedure_get_parts_cost (SdProcedure *self)
{
  double cost = 0.0;

  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0.0);

  for (guint i = 0; i < self->parts->len; i++)
    cost += ((SdPart *) g_ptr_array_index (self->parts, i))->cost;

  return cost;
}

/**
 * sd_procedure_get_tools:
 *
 * Returns: (transfer none) (element-type SdText): the tools needed
 */
GPtrArray *
sd_procedure_get_tools (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->tools;
}

/**
 * sd_procedure_get_parts:
 *
 * Returns: (transfer none) (element-type SdPart): the parts needed
 */
GPtrArray *
sd_procedure_get_parts (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->parts;
}

/**
 * sd_procedure_get_cautions:
 *
 * Returns: (transfer none) (element-type SdCaution): the cautions for the whole procedure
 */
GPtrArray *
sd_procedure_get_cautions (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->cautions;
}

const char * const *
sd_procedure_get_components (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return (const char * const *) self->components;
}

/**
 * sd_procedure_get_effects:
 *
 * Returns: (transfer none) (element-type SdEffect): the faults it fixes or tests
 */
GPtrArray *
sd_procedure_get_effects (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->effects;
}

guint
sd_procedure_get_n_steps (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), 0);

  return self->steps->len;
}

const SdStep *
sd_procedure_get_step (SdProcedure *self,
                       guint        index)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return g_ptr_array_index (self->steps, index);
}

static void
foreach_observation (GPtrArray  *observations,
                     SdTextFunc  func,
                     gpointer    user_data)
{
  for (guint i = 0; i < observations->len; i++)
    {
      const SdObservation *observation = g_ptr_array_index (observations, i);

      if (observation->text.msgid != NULL)
        func (&observation->text, user_data);
    }
}

static void
foreach_caution (GPtrArray  *cautions,
                 SdTextFunc  func,
                 gpointer    user_data)
{
  for (guint i = 0; i < cautions->len; i++)
    func (&((SdCaution *) g_ptr_array_index (cautions, i))->text, user_data);
}

/**
 * sd_procedure_foreach_text:
 * @func: (scope call): called with each text
 *
 * Calls @func with every text of the procedure a person can see: its title,
 * summary, tools, parts and cautions, and the titles, texts, cautions, choices
 * and checklist items of its steps.
 */
void
sd_procedure_foreach_text (SdProcedure *self,
                           SdTextFunc   func,
                           gpointer     user_data)
{
  g_return_if_fail (SD_IS_PROCEDURE (self));
  g_return_if_fail (func != NULL);

  func (&self->title, user_data);
  func (&self->summary, user_data);
  for (guint i = 0; i < self->tools->len; i++)
    func (g_ptr_array_index (self->tools, i), user_data);
  for (guint i = 0; i < self->parts->len; i++)
    func (&((SdPart *) g_ptr_array_index (self->parts, i))->name, user_data);
  foreach_caution (self->cautions, func, user_data);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      func (&step->title, user_data);
      foreach_caution (step->cautions, func, user_data);
      for (guint j = 0; j < step->texts->len; j++)
        func (g_ptr_array_index (step->texts, j), user_data);
      for (guint j = 0; j < step->choices->len; j++)
        {
          const SdChoice *choice = g_ptr_array_index (step->choices, j);

          /* A ring check's two ways on have no label. */
          if (choice->label.msgid != NULL)
            func (&choice->label, user_data);
          foreach_observation (choice->observations, func, user_data);
        }
      for (guint j = 0; j < step->items->len; j++)
        {
          const SdItem *item = g_ptr_array_index (step->items, j);

          func (&item->label, user_data);
          foreach_observation (item->observations, func, user_data);
        }
      foreach_observation (step->observations, func, user_data);
      if (step->because.msgid != NULL)
        func (&step->because, user_data);
    }
}

/**
 * sd_procedure_has_observations:
 *
 * Returns: whether any choice, checklist item or outcome of the procedure says
 *   what it found
 */
gboolean
sd_procedure_has_observations (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), FALSE);

  for (guint i = 0; i < self->steps->len; i++)
    {
      const SdStep *step = g_ptr_array_index (self->steps, i);

      if (step->observations->len > 0)
        return TRUE;
      for (guint j = 0; j < step->choices->len; j++)
        if (((SdChoice *) g_ptr_array_index (step->choices, j))->observations->len > 0)
          return TRUE;
      for (guint j = 0; j < step->items->len; j++)
        if (((SdItem *) g_ptr_array_index (step->items, j))->observations->len > 0)
          return TRUE;
    }

  return FALSE;
}

/**
 * sd_observe_kind_to_string:
 *
 * Returns: the kind as the data files and the saved case spell it, such as
 *   "fault-found"
 */
const char *
sd_observe_kind_to_string (SdObserveKind kind)
{
  const char *nick = sd_enum_to_nick (SD_TYPE_OBSERVE_KIND, kind);

  return nick != NULL ? nick : "";
}

/**
 * sd_procedure_find_step:
 *
 * Returns: the index of the step with @id, or -1
 */
int
sd_procedure_find_step (SdProcedure *self,
                        const char  *id)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), -1);

  for (guint i = 0; i < self->steps->len; i++)
    if (g_strcmp0 (((SdStep *) g_ptr_array_index (self->steps, i))->id, id) == 0)
      return (int) i;

  return -1;
}

/**
 * sd_difficulty_to_string:
 *
 * Returns: the difficulty as the data files spell it ("easy", "moderate", …)
 */
const char *
sd_difficulty_to_string (SdDifficulty difficulty)
{
  const char *nick = sd_enum_to_nick (SD_TYPE_DIFFICULTY, difficulty);

  g_return_val_if_fail (nick != NULL, "easy");

  return nick;
}

/**
 * sd_difficulty_get_label:
 *
 * Returns: the difficulty as a person reads it, in the current language
 */
const char *
sd_difficulty_get_label (SdDifficulty difficulty)
{
  switch (difficulty)
    {
    case SD_DIFFICULTY_EASY:
      /* Translators: the difficulty of a repair procedure. */
      return C_("difficulty", "Easy");
    case SD_DIFFICULTY_MODERATE:
      return C_("difficulty", "Moderate");
    case SD_DIFFICULTY_HARD:
      return C_("difficulty", "Hard");
    case SD_DIFFICULTY_WORKSHOP:
      /* Translators: a difficulty meaning the job is for a professional workshop. */
      return C_("difficulty", "Workshop");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * sd_outcome_to_string:
 *
 * Returns: the outcome as the data files and the saved case spell it: "resolved",
 *   "unresolved", "workshop", or "none"
 */
const char *
sd_outcome_to_string (SdOutcome outcome)
{
  const char *nick = sd_enum_to_nick (SD_TYPE_OUTCOME, outcome);

  return nick != NULL ? nick : "none";
}

/**
 * sd_outcome_from_string:
 * @text: "fixed" (or the older "resolved"), "found", "not-found" (or the older
 *   "unresolved") or "workshop", as in the data files
 * @outcome: (out): the outcome
 *
 * Returns: %FALSE if @text names no outcome (then @outcome is not changed); "none"
 *   is not the name of an outcome
 */
gboolean
sd_outcome_from_string (const char *text,
                        SdOutcome  *outcome)
{
  int value;

  g_return_val_if_fail (outcome != NULL, FALSE);

  /* The words of issue 12 for the two oldest outcomes. */
  if (g_strcmp0 (text, "fixed") == 0)
    value = SD_OUTCOME_RESOLVED;
  else if (g_strcmp0 (text, "not-found") == 0)
    value = SD_OUTCOME_UNRESOLVED;
  else if (!sd_enum_from_nick (SD_TYPE_OUTCOME, text, &value) || value == SD_OUTCOME_NONE)
    return FALSE;

  *outcome = value;

  return TRUE;
}

/**
 * sd_procedure_get_applies:
 *
 * Returns: (transfer none) (nullable): which cars it is for; %NULL for every car
 */
const SdApplies *
sd_procedure_get_applies (SdProcedure *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (self), NULL);

  return self->applies;
}
