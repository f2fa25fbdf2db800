/* sd-procedure-reader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a procedure from a document valid against procedure.rng, then has it
 * checked for what the schema cannot say.
 */
#include "config.h"

#include <string.h>

#include "sd-applies-reader.h"
#include "sd-enum-utils.h"
#include "sd-procedure-check.h"
#include "sd-procedure-private.h"
#include "sd-procedure-reader.h"
#include "sd-xml.h"

static guint
parse_uint (xmlNode    *node,
            const char *name)
{
  g_autofree char *value = sd_xml_get_attr (node, name);
  guint number = 0;

  /* The loader has read every number strictly already (sd_xml_check_numbers);
   * a value it let through that is too large for a guint is clamped, and the
   * range checks then reject it. */
  if (value != NULL && !sd_xml_parse_uint (value, 0, G_MAXUINT, &number))
    number = G_MAXUINT;

  return number;
}

static SdOutcome
parse_outcome (const char *value)
{
  SdOutcome outcome = SD_OUTCOME_NONE;

  sd_outcome_from_string (value, &outcome);

  return outcome;
}

static SdObservation *
read_observation (xmlNode    *node,
                  const char *root_id)
{
  SdObservation *observation = g_new0 (SdObservation, 1);
  g_autofree char *kind = sd_xml_get_attr (node, "kind");
  int value = SD_OBSERVE_SYMPTOM_PRESENT;

  sd_enum_from_nick (SD_TYPE_OBSERVE_KIND, kind, &value);
  observation->kind = value;
  observation->ref = sd_xml_get_attr (node, "ref");
  observation->line = sd_xml_line (node);
  if (node->children != NULL)
    sd_text_init_from_node (&observation->text, node, root_id);

  return observation;
}

/* The <observe> children of @node, into @observations. */
static void
read_observations (xmlNode    *node,
                   const char *root_id,
                   GPtrArray **observations)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, "observe"))
      sd_procedure_array_add (observations, read_observation (child, root_id),
                              (GDestroyNotify) sd_observation_free);
}

/* A choice's or an item's label: its text, or its <label> child when it also
 * says what was found. The msgctxt stays the element's own ("…:choice"), as
 * data/its/sos-doctor.its builds it, so that translations carry over. */
static void
read_label (SdText     *label,
            xmlNode    *node,
            const char *root_id)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, "label"))
      {
        sd_text_init_from_node_as (label, child, root_id, (const char *) node->name);
        return;
      }

  sd_text_init_from_node (label, node, root_id);
}

static SdItem *
read_item (xmlNode    *node,
           const char *root_id)
{
  SdItem *item = g_new0 (SdItem, 1);
  g_autofree char *where = sd_xml_get_attr (node, "where");

  item->line = sd_xml_line (node);
  item->workshop = g_strcmp0 (where, "workshop") == 0;
  item->not_ok = -1;
  item->observations = sd_procedure_empty_array ();
  read_label (&item->label, node, root_id);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, "not-ok"))
      {
        item->not_ok_id = sd_xml_get_attr (child, "goto");
        read_observations (child, root_id, &item->observations);
      }

  return item;
}

static SdDifficulty
parse_difficulty (const char *value)
{
  int difficulty = SD_DIFFICULTY_EASY;

  sd_enum_from_nick (SD_TYPE_DIFFICULTY, value, &difficulty);

  return difficulty;
}

static SdCaution *
read_caution (xmlNode    *node,
              const char *root_id)
{
  SdCaution *caution = g_new0 (SdCaution, 1);
  g_autofree char *severity = sd_xml_get_attr (node, "severity");
  int value = SD_SEVERITY_INFO;

  caution->id = sd_xml_get_attr (node, "id");
  caution->line = sd_xml_line (node);
  sd_enum_from_nick (SD_TYPE_SEVERITY, severity, &value);
  caution->severity = value;
  sd_text_init_from_node (&caution->text, node, root_id);

  return caution;
}

static SdStepKind
step_kind_for (xmlNode *node)
{
  int kind = SD_STEP_INSTRUCTION;

  /* The schema allows no other element in <steps>. */
  if (!sd_enum_from_nick (SD_TYPE_STEP_KIND, (const char *) node->name, &kind))
    g_assert_not_reached ();

  return kind;
}

/* A ring check goes on by choice 0 ("found") or 1 ("none"), without labels. */
static void
add_ring_way (SdStep     *step,
              xmlNode    *node,
              const char *attribute)
{
  SdChoice *choice = g_new0 (SdChoice, 1);

  choice->line = sd_xml_line (node);
  choice->goto_id = sd_xml_get_attr (node, attribute);
  choice->target = -1;
  choice->observations = sd_procedure_empty_array ();
  sd_procedure_array_add (&step->choices, choice, (GDestroyNotify) sd_choice_free);
}

static SdStep *
read_step (xmlNode    *node,
           const char *root_id)
{
  SdStep *step = sd_step_new ();
  g_autofree char *result = sd_xml_get_attr (node, "result");

  step->id = sd_xml_get_attr (node, "id");
  step->line = sd_xml_line (node);
  step->kind = step_kind_for (node);
  step->component = sd_xml_get_attr (node, "component");
  step->next_id = sd_xml_get_attr (node, "next");
  step->seconds = parse_uint (node, "seconds");
  step->min_seconds = parse_uint (node, "min-seconds");
  step->max_seconds = parse_uint (node, "max-seconds");
  step->result = parse_outcome (result);
  if (step->kind == SD_STEP_OUTCOME)
    {
      g_autofree char *tried = sd_xml_get_attr (node, "tried");

      /* On an outcome, next= names the guide that follows, not a step. */
      step->next_guide = g_steal_pointer (&step->next_id);
      step->not_tried = g_strcmp0 (tried, "no") == 0;
      read_observations (node, root_id, &step->observations);
    }

  if (step->kind == SD_STEP_RING_CHECK)
    {
      add_ring_way (step, node, "found");
      add_ring_way (step, node, "none");
    }

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
          sd_procedure_array_add (&step->texts, sd_text_new_from_node (child, root_id),
                                  (GDestroyNotify) sd_text_free);
        }
      else if (sd_xml_is (child, "caution"))
        {
          sd_procedure_array_add (&step->cautions, read_caution (child, root_id),
                                  (GDestroyNotify) sd_caution_free);
        }
      else if (sd_xml_is (child, "item"))
        {
          sd_procedure_array_add (&step->items, read_item (child, root_id),
                                  (GDestroyNotify) sd_item_free);
        }
      else if (sd_xml_is (child, "because"))
        {
          sd_text_init_from_node (&step->because, child, root_id);
        }
      else if (sd_xml_is (child, "choice"))
        {
          SdChoice *choice = g_new0 (SdChoice, 1);
          g_autofree char *outcome = sd_xml_get_attr (child, "outcome");

          choice->line = sd_xml_line (child);
          choice->goto_id = sd_xml_get_attr (child, "goto");
          choice->target = -1;
          choice->outcome = parse_outcome (outcome);
          choice->observations = sd_procedure_empty_array ();
          read_label (&choice->label, child, root_id);
          read_observations (child, root_id, &choice->observations);
          sd_procedure_array_add (&step->choices, choice, (GDestroyNotify) sd_choice_free);
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
            sd_procedure_array_add (&self->tools, sd_text_new_from_node (tool, self->id),
                                    (GDestroyNotify) sd_text_free);
        }
      else if (sd_xml_is (child, "parts"))
        {
          for (xmlNode *node = sd_xml_first_child (child); node != NULL; node = sd_xml_next (node))
            {
              SdPart *part = g_new0 (SdPart, 1);
              g_autofree char *cost = sd_xml_get_attr (node, "cost");

              sd_text_init_from_node (&part->name, node, self->id);
              if (cost != NULL)
                sd_xml_parse_double (cost, 0.0, 1000000.0, &part->cost);
              sd_procedure_array_add (&self->parts, part, (GDestroyNotify) sd_part_free);
            }
        }
      else if (sd_xml_is (child, "caution"))
        {
          sd_procedure_array_add (&self->cautions, read_caution (child, self->id),
                                  (GDestroyNotify) sd_caution_free);
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
          if (chance != NULL)
            sd_xml_parse_double (chance, 0.0, 1.0, &effect->chance);
          effect->fixes = sd_xml_is (child, "fixes");
          effect->line = sd_xml_line (child);
          sd_procedure_array_add (&self->effects, effect, (GDestroyNotify) sd_effect_free);
        }
      else if (sd_xml_is (child, "steps"))
        {
          for (xmlNode *node = sd_xml_first_child (child); node != NULL; node = sd_xml_next (node))
            sd_procedure_array_add (&self->steps, read_step (node, self->id),
                                    (GDestroyNotify) sd_step_free);
        }
    }

  g_ptr_array_add (components, NULL);
  self->components = (GStrv) g_ptr_array_free (g_steal_pointer (&components), FALSE);
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
  self->applies = sd_applies_read (root);

  if (!sd_xml_check_unique_ids (root, source, problems))
    ok = FALSE;

  if (!sd_procedure_check_graph (self, problems))
    ok = FALSE;

  if (!sd_procedure_check_durations (self, problems))
    ok = FALSE;

  return ok ? g_steal_pointer (&self) : NULL;
}
