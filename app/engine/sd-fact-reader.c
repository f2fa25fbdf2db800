/* sd-fact-reader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading the attributes every fact of the vehicle and code tables has: its
 * confidence, probabilities and build months, each checked here as well as by
 * the schema, because the built-in files are read without the schema.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-fact-reader.h"
#include "sd-problem.h"
#include "sd-text.h"
#include "sd-vehicles.h"
#include "sd-xml.h"

SdConfidence
sd_confidence_from_string (const char *value)
{
  if (g_strcmp0 (value, "H") == 0)
    return SD_CONFIDENCE_H;
  if (g_strcmp0 (value, "M") == 0)
    return SD_CONFIDENCE_M;
  if (g_strcmp0 (value, "L") == 0)
    return SD_CONFIDENCE_L;

  return SD_CONFIDENCE_NONE;
}

const char *
sd_confidence_to_string (SdConfidence confidence)
{
  switch (confidence)
    {
    case SD_CONFIDENCE_H:
      return "H";
    case SD_CONFIDENCE_M:
      return "M";
    case SD_CONFIDENCE_L:
      return "L";
    case SD_CONFIDENCE_NONE:
    default:
      return "";
    }
}

/**
 * sd_fact_read_confidence:
 *
 * Returns: the confidence of @node; when it has none or a wrong one, a problem
 *   is added and %SD_CONFIDENCE_NONE returned
 */
SdConfidence
sd_fact_read_confidence (xmlNode    *node,
                         const char *source,
                         GPtrArray  *problems)
{
  g_autofree char *value = sd_xml_get_attr (node, "confidence");
  SdConfidence confidence = sd_confidence_from_string (value);

  if (value == NULL)
    sd_problems_add (problems, source, sd_xml_line (node),
                     _("<%s> needs the attribute “%s”"), (const char *) node->name, "confidence");
  else if (confidence == SD_CONFIDENCE_NONE)
    sd_problems_add (problems, source, sd_xml_line (node),
                     _("attribute “%s” has the value “%s”; it must be one of: %s"),
                     "confidence", value, "H, M, L");

  return confidence;
}

/**
 * sd_fact_read_probability:
 *
 * Reads the attribute @name, which must be a number greater than 0 and at most 1.
 *
 * Returns: %TRUE if it is
 */
gboolean
sd_fact_read_probability (xmlNode    *node,
                          const char *name,
                          const char *source,
                          GPtrArray  *problems,
                          double     *value)
{
  g_autofree char *text = sd_xml_get_attr (node, name);
  char *end = NULL;
  double number = text != NULL ? g_ascii_strtod (text, &end) : 0;

  *value = 0;
  if (text == NULL || end == text || *end != '\0' || !(number > 0 && number <= 1))
    {
      sd_problems_add (problems, source, sd_xml_line (node),
                       /* Translators: %s is an attribute name such as likelihood. */
                       _("%s must be a probability greater than 0 and at most 1, not “%s”"),
                       name, text != NULL ? text : "");
      return FALSE;
    }

  *value = number;
  return TRUE;
}

/**
 * sd_fact_read_month:
 * @end_of_year: whether a bare year means its December (a "to") rather than its
 *   January (a "from")
 * @month: (out): the month as sd_vehicle_month() counts, or 0 when @node has no
 *   such attribute
 *
 * Returns: %FALSE if the attribute is there but is not a month
 */
gboolean
sd_fact_read_month (xmlNode    *node,
                    const char *name,
                    gboolean    end_of_year,
                    const char *source,
                    GPtrArray  *problems,
                    guint      *month)
{
  g_autofree char *text = sd_xml_get_attr (node, name);

  *month = 0;
  if (text == NULL)
    return TRUE;

  if (!sd_vehicle_month_parse (text, end_of_year, month))
    {
      sd_problems_add (problems, source, sd_xml_line (node),
                       /* Translators: %s is from or to, then the value found. */
                       _("%s must be a year between 1950 and 2100 or a month such as 2009-09, not “%s”"),
                       name, text);
      return FALSE;
    }

  return TRUE;
}

/**
 * sd_fact_read_years:
 *
 * Reads from and to, and checks that they do not run backwards.
 */
gboolean
sd_fact_read_years (xmlNode    *node,
                    const char *source,
                    GPtrArray  *problems,
                    guint      *from,
                    guint      *to)
{
  if (!sd_fact_read_month (node, "from", FALSE, source, problems, from) ||
      !sd_fact_read_month (node, "to", TRUE, source, problems, to))
    return FALSE;

  if (*from != 0 && *to != 0 && *from > *to)
    {
      sd_problems_add (problems, source, sd_xml_line (node),
                       _("the years run backwards: “from” is after “to”"));
      return FALSE;
    }

  return TRUE;
}

xmlNode *
sd_fact_child_named (xmlNode    *node,
                     const char *name)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, name))
      return child;

  return NULL;
}

static gboolean
is_text_element (xmlNode *node)
{
  return sd_xml_is (node, "name") || sd_xml_is (node, "recognise") ||
         sd_xml_is (node, "note") || sd_xml_is (node, "meaning");
}

static void
collect_below (xmlNode    *node,
               const char *root_id,
               GHashTable *texts)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      if (is_text_element (child))
        {
          SdText *text = sd_text_new_from_node (child, root_id);
          /* The context is root-id:owner-id:element; the key drops the root. */
          const char *key = strchr (text->context, ':');

          g_hash_table_insert (texts, g_strdup (key != NULL ? key + 1 : text->context), text);
          continue;
        }

      collect_below (child, root_id, texts);
    }
}

/**
 * sd_fact_collect_texts:
 * @texts: a table of `owner-id:element` to #SdText, which takes what it is given
 *
 * Finds every translatable text of a vehicle or code table, as the ITS rules of
 * data/its/sos-doctor.its name them, with the same msgctxt.
 */
void
sd_fact_collect_texts (xmlNode    *root,
                       GHashTable *texts)
{
  g_autofree char *root_id = sd_xml_get_attr (root, "id");

  collect_below (root, root_id, texts);
}

/**
 * sd_fact_move_problems:
 * @found: problems gathered while reading, emptied
 * @problems: (nullable): where the caller wants them
 *
 * Returns: %TRUE if there were none
 */
gboolean
sd_fact_move_problems (GPtrArray *found,
                       GPtrArray *problems)
{
  gboolean none = found->len == 0;

  while (found->len > 0)
    {
      gpointer problem = g_ptr_array_steal_index (found, 0);

      if (problems != NULL)
        g_ptr_array_add (problems, problem);
      else
        sd_problem_free (problem);
    }

  return none;
}

/**
 * sd_facts_find_by_id:
 * @array: entries of a vehicle or code table, each a struct that starts with
 *   its id (a `char *`)
 *
 * Returns: (transfer none) (nullable): the entry with @id
 */
gpointer
sd_facts_find_by_id (GPtrArray  *array,
                     const char *id)
{
  for (guint i = 0; id != NULL && i < array->len; i++)
    {
      const char * const *entry_id = g_ptr_array_index (array, i);

      if (g_strcmp0 (*entry_id, id) == 0)
        return g_ptr_array_index (array, i);
    }

  return NULL;
}
