/* sd-procedure.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A procedure: a guided repair read from a file valid against procedure.rng,
 * checked for what the schema cannot say, and resolved into step indices so that
 * a run never has to look a step up by name.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-problem.h"
#include "sd-procedure.h"
#include "sd-xml.h"

struct _SdProcedure
{
  GObject       parent_instance;

  char         *id;
  char         *source;
  guint         version;
  guint         minutes;
  SdDifficulty  difficulty;
  SdText        title;
  SdText        summary;
  GPtrArray    *tools;
  GPtrArray    *parts;
  GPtrArray    *cautions;
  GStrv         components;
  GArray       *component_lines;
  GPtrArray    *effects;
  GPtrArray    *steps;
};

G_DEFINE_FINAL_TYPE (SdProcedure, sd_procedure, G_TYPE_OBJECT)

static void
caution_free (SdCaution *caution)
{
  g_free (caution->id);
  sd_text_clear (&caution->text);
  g_free (caution);
}

static void
choice_free (SdChoice *choice)
{
  sd_text_clear (&choice->label);
  g_free (choice->goto_id);
  g_free (choice);
}

static void
part_free (SdPart *part)
{
  sd_text_clear (&part->name);
  g_free (part);
}

static void
effect_free (SdEffect *effect)
{
  g_free (effect->fault);
  g_free (effect);
}

static void
step_free (SdStep *step)
{
  g_free (step->id);
  g_free (step->component);
  g_free (step->next_id);
  sd_text_clear (&step->title);
  g_clear_pointer (&step->texts, g_ptr_array_unref);
  g_clear_pointer (&step->cautions, g_ptr_array_unref);
  g_clear_pointer (&step->choices, g_ptr_array_unref);
  g_clear_pointer (&step->items, g_ptr_array_unref);
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
  self->tools = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_text_free);
  self->parts = g_ptr_array_new_with_free_func ((GDestroyNotify) part_free);
  self->cautions = g_ptr_array_new_with_free_func ((GDestroyNotify) caution_free);
  self->component_lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->effects = g_ptr_array_new_with_free_func ((GDestroyNotify) effect_free);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) step_free);
}

static guint
parse_uint (xmlNode    *node,
            const char *name)
{
  g_autofree char *value = sd_xml_get_attr (node, name);
  guint64 number = 0;

  /* The schema has checked the syntax; a value too large for a guint is
   * clamped, and the range checks below then reject it. */
  if (value != NULL && !g_ascii_string_to_unsigned (value, 10, 0, G_MAXUINT, &number, NULL))
    number = G_MAXUINT;

  return (guint) number;
}

static SdOutcome
parse_outcome (const char *value)
{
  SdOutcome outcome = SD_OUTCOME_NONE;

  sd_outcome_from_string (value, &outcome);

  return outcome;
}

static SdDifficulty
parse_difficulty (const char *value)
{
  if (g_strcmp0 (value, "moderate") == 0)
    return SD_DIFFICULTY_MODERATE;
  if (g_strcmp0 (value, "hard") == 0)
    return SD_DIFFICULTY_HARD;
  if (g_strcmp0 (value, "workshop") == 0)
    return SD_DIFFICULTY_WORKSHOP;

  return SD_DIFFICULTY_EASY;
}

static SdCaution *
read_caution (xmlNode    *node,
              const char *root_id)
{
  SdCaution *caution = g_new0 (SdCaution, 1);
  g_autofree char *severity = sd_xml_get_attr (node, "severity");

  caution->id = sd_xml_get_attr (node, "id");
  caution->line = sd_xml_line (node);
  if (g_strcmp0 (severity, "danger") == 0)
    caution->severity = SD_SEVERITY_DANGER;
  else if (g_strcmp0 (severity, "warning") == 0)
    caution->severity = SD_SEVERITY_WARNING;
  else
    caution->severity = SD_SEVERITY_INFO;
  sd_text_init_from_node (&caution->text, node, root_id);

  return caution;
}

static SdStepKind
step_kind_for (xmlNode *node)
{
  static const struct { const char *name; SdStepKind kind; } kinds[] = {
    { "instruction", SD_STEP_INSTRUCTION },
    { "hold", SD_STEP_HOLD },
    { "wait", SD_STEP_WAIT },
    { "question", SD_STEP_QUESTION },
    { "checklist", SD_STEP_CHECKLIST },
    { "outcome", SD_STEP_OUTCOME },
  };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (sd_xml_is (node, kinds[i].name))
      return kinds[i].kind;

  g_assert_not_reached ();
}

static SdStep *
read_step (xmlNode    *node,
           const char *root_id)
{
  SdStep *step = g_new0 (SdStep, 1);
  g_autofree char *result = sd_xml_get_attr (node, "result");

  step->id = sd_xml_get_attr (node, "id");
  step->line = sd_xml_line (node);
  step->kind = step_kind_for (node);
  step->component = sd_xml_get_attr (node, "component");
  step->next_id = sd_xml_get_attr (node, "next");
  step->next = -1;
  step->seconds = parse_uint (node, "seconds");
  step->min_seconds = parse_uint (node, "min-seconds");
  step->max_seconds = parse_uint (node, "max-seconds");
  step->result = parse_outcome (result);
  step->texts = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_text_free);
  step->cautions = g_ptr_array_new_with_free_func ((GDestroyNotify) caution_free);
  step->choices = g_ptr_array_new_with_free_func ((GDestroyNotify) choice_free);
  step->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_text_free);

  /* A wait without bounds can be neither shortened nor lengthened. */
  if (step->kind == SD_STEP_WAIT)
    {
      if (step->min_seconds == 0)
        step->min_seconds = step->seconds;
      if (step->max_seconds == 0)
        step->max_seconds = step->seconds;
    }

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      if (sd_xml_is (child, "title"))
        {
          sd_text_init_from_node (&step->title, child, root_id);
        }
      else if (sd_xml_is (child, "text"))
        {
          g_ptr_array_add (step->texts, sd_text_new_from_node (child, root_id));
        }
      else if (sd_xml_is (child, "caution"))
        {
          g_ptr_array_add (step->cautions, read_caution (child, root_id));
        }
      else if (sd_xml_is (child, "item"))
        {
          g_ptr_array_add (step->items, sd_text_new_from_node (child, root_id));
        }
      else if (sd_xml_is (child, "choice"))
        {
          SdChoice *choice = g_new0 (SdChoice, 1);
          g_autofree char *outcome = sd_xml_get_attr (child, "outcome");

          choice->line = sd_xml_line (child);
          choice->goto_id = sd_xml_get_attr (child, "goto");
          choice->target = -1;
          choice->outcome = parse_outcome (outcome);
          sd_text_init_from_node (&choice->label, child, root_id);
          g_ptr_array_add (step->choices, choice);
        }
    }

  return step;
}

static void
read_header (SdProcedure *self,
             xmlNode     *root)
{
  g_autofree char *difficulty = sd_xml_get_attr (root, "difficulty");
  g_autoptr(GPtrArray) components = g_ptr_array_new ();

  self->id = sd_xml_get_attr (root, "id");
  self->version = parse_uint (root, "version");
  self->minutes = parse_uint (root, "minutes");
  self->difficulty = parse_difficulty (difficulty);

  for (xmlNode *child = sd_xml_first_child (root); child != NULL; child = sd_xml_next (child))
    {
      if (sd_xml_is (child, "title"))
        {
          sd_text_init_from_node (&self->title, child, self->id);
        }
      else if (sd_xml_is (child, "summary"))
        {
          sd_text_init_from_node (&self->summary, child, self->id);
        }
      else if (sd_xml_is (child, "tools"))
        {
          for (xmlNode *tool = sd_xml_first_child (child); tool != NULL; tool = sd_xml_next (tool))
            g_ptr_array_add (self->tools, sd_text_new_from_node (tool, self->id));
        }
      else if (sd_xml_is (child, "parts"))
        {
          for (xmlNode *node = sd_xml_first_child (child); node != NULL; node = sd_xml_next (node))
            {
              SdPart *part = g_new0 (SdPart, 1);
              g_autofree char *cost = sd_xml_get_attr (node, "cost");

              sd_text_init_from_node (&part->name, node, self->id);
              part->cost = cost != NULL ? g_ascii_strtod (cost, NULL) : 0.0;
              g_ptr_array_add (self->parts, part);
            }
        }
      else if (sd_xml_is (child, "caution"))
        {
          g_ptr_array_add (self->cautions, read_caution (child, self->id));
        }
      else if (sd_xml_is (child, "concerns"))
        {
          guint line = sd_xml_line (child);

          g_ptr_array_add (components, sd_xml_get_attr (child, "component"));
          g_array_append_val (self->component_lines, line);
        }
      else if (sd_xml_is (child, "fixes") || sd_xml_is (child, "tests"))
        {
          SdEffect *effect = g_new0 (SdEffect, 1);
          g_autofree char *chance = sd_xml_get_attr (child, "chance");

          effect->fault = sd_xml_get_attr (child, "fault");
          effect->chance = chance != NULL ? g_ascii_strtod (chance, NULL) : 0.0;
          effect->fixes = sd_xml_is (child, "fixes");
          effect->line = sd_xml_line (child);
          g_ptr_array_add (self->effects, effect);
        }
      else if (sd_xml_is (child, "steps"))
        {
          for (xmlNode *node = sd_xml_first_child (child); node != NULL; node = sd_xml_next (node))
            g_ptr_array_add (self->steps, read_step (node, self->id));
        }
    }

  g_ptr_array_add (components, NULL);
  self->components = (GStrv) g_ptr_array_free (g_steal_pointer (&components), FALSE);
}

static gboolean
resolve_target (SdProcedure *self,
                const char  *target_id,
                int         *target,
                const SdStep *from,
                guint        line,
                GPtrArray   *problems)
{
  *target = sd_procedure_find_step (self, target_id);
  if (*target >= 0)
    return TRUE;

  sd_problems_add (problems, self->source, line,
                   _("step “%s” goes to “%s”, which is not a step of this procedure"),
                   from->id, target_id);
  return FALSE;
}

static gboolean
resolve_steps (SdProcedure *self,
               GPtrArray   *problems)
{
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
          for (guint j = 0; j < step->choices->len; j++)
            {
              SdChoice *choice = g_ptr_array_index (step->choices, j);

              if (choice->goto_id != NULL &&
                  !resolve_target (self, choice->goto_id, &choice->target, step,
                                   choice->line, problems))
                ok = FALSE;
            }
          break;

        case SD_STEP_INSTRUCTION:
        case SD_STEP_HOLD:
        case SD_STEP_WAIT:
        case SD_STEP_CHECKLIST:
        default:
          if (step->next_id != NULL)
            {
              if (!resolve_target (self, step->next_id, &step->next, step, step->line, problems))
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

      if (step->kind == SD_STEP_QUESTION)
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
  g_autoptr(GArray) queue = g_array_new (FALSE, FALSE, sizeof (int));
  gboolean changed = TRUE;
  gboolean ok = TRUE;
  int first = 0;

  if (self->steps->len == 0)
    return TRUE;

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
   * (a "try again" choice) as long as there is a way out of it. */
  for (guint i = 0; i < self->steps->len; i++)
    finishes[i] = ends_here (g_ptr_array_index (self->steps, i));

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < self->steps->len; i++)
        {
          GArray *next = g_ptr_array_index (successors, i);

          for (guint j = 0; !finishes[i] && j < next->len; j++)
            if (finishes[g_array_index (next, int, j)])
              finishes[i] = changed = TRUE;
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

static gboolean
check_durations (SdProcedure *self,
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

/**
 * sd_procedure_new_from_document:
 * @doc: a document valid against procedure.rng
 * @source: the file name to use in messages
 * @problems: (nullable): where to add what is wrong
 *
 * Reads a procedure and checks what the schema cannot: ids are unique, every
 * goto and next names a step, every step can be reached, every path can end in an
 * outcome, and durations are in range.
 *
 * Returns: (transfer full) (nullable): the procedure, or %NULL if it has problems
 */
SdProcedure *
sd_procedure_new_from_document (xmlDoc     *doc,
                                const char *source,
                                GPtrArray  *problems)
{
  g_autoptr(SdProcedure) self = NULL;
  xmlNode *root;
  gboolean ok = TRUE;

  g_return_val_if_fail (doc != NULL, NULL);

  root = xmlDocGetRootElement (doc);
  self = g_object_new (SD_TYPE_PROCEDURE, NULL);
  self->source = g_strdup (source);
  read_header (self, root);

  if (!sd_xml_check_unique_ids (root, source, problems))
    ok = FALSE;

  /* Paths are only meaningful once every target resolves. */
  if (!resolve_steps (self, problems))
    ok = FALSE;
  else if (!check_paths (self, problems))
    ok = FALSE;

  if (!check_durations (self, problems))
    ok = FALSE;

  return ok ? g_steal_pointer (&self) : NULL;
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
        func (&((SdChoice *) g_ptr_array_index (step->choices, j))->label, user_data);
      for (guint j = 0; j < step->items->len; j++)
        func (g_ptr_array_index (step->items, j), user_data);
    }
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

const char *
sd_difficulty_to_string (SdDifficulty difficulty)
{
  switch (difficulty)
    {
    case SD_DIFFICULTY_EASY:
      return "easy";
    case SD_DIFFICULTY_MODERATE:
      return "moderate";
    case SD_DIFFICULTY_HARD:
      return "hard";
    case SD_DIFFICULTY_WORKSHOP:
      return "workshop";
    default:
      g_return_val_if_reached ("easy");
    }
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

const char *
sd_outcome_to_string (SdOutcome outcome)
{
  switch (outcome)
    {
    case SD_OUTCOME_RESOLVED:
      return "resolved";
    case SD_OUTCOME_UNRESOLVED:
      return "unresolved";
    case SD_OUTCOME_WORKSHOP:
      return "workshop";
    case SD_OUTCOME_NONE:
    default:
      return "none";
    }
}

/**
 * sd_outcome_from_string:
 * @text: "resolved", "unresolved" or "workshop", as in the data files
 * @outcome: (out): the outcome
 *
 * Returns: %FALSE if @text names no outcome (then @outcome is not changed)
 */
gboolean
sd_outcome_from_string (const char *text,
                        SdOutcome  *outcome)
{
  static const SdOutcome outcomes[] = {
    SD_OUTCOME_RESOLVED, SD_OUTCOME_UNRESOLVED, SD_OUTCOME_WORKSHOP,
  };

  g_return_val_if_fail (outcome != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_strcmp0 (text, sd_outcome_to_string (outcomes[i])) == 0)
      {
        *outcome = outcomes[i];
        return TRUE;
      }

  return FALSE;
}
