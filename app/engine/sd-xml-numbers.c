/* sd-xml-numbers.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one parser for every numeric attribute of the data files. The schemas'
 * number types accept "+5", " 7" or values too large for a guint; this parser
 * accepts digits (and one point) only, in a range, so that no such value is
 * misread as 4294967295 or cast from an out-of-range double.
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sd-problem.h"
#include "sd-xml.h"
#include "sd-xml-hints.h"

/**
 * sd_xml_parse_uint:
 * @text: (nullable): an attribute's value
 * @min: the smallest value accepted
 * @max: the largest value accepted
 * @out: (out) (optional): the number
 *
 * The one reader of whole numbers in data files: ASCII digits only, without a
 * sign, spaces or an exponent, and from @min to @max.
 *
 * Returns: %TRUE if @text is such a number
 */
gboolean
sd_xml_parse_uint (const char *text,
                   guint       min,
                   guint       max,
                   guint      *out)
{
  guint64 value = 0;

  if (text == NULL || text[0] == '\0')
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      value = value * 10 + (guint64) (*p - '0');
      if (value > max)
        return FALSE;
    }

  if (value < min)
    return FALSE;

  if (out != NULL)
    *out = (guint) value;

  return TRUE;
}

/**
 * sd_xml_parse_double:
 * @text: (nullable): an attribute's value
 * @min: the smallest value accepted
 * @max: the largest value accepted
 * @out: (out) (optional): the number
 *
 * The one reader of decimal numbers in data files: digits with at most one
 * point, as "0.25", ".5" or "3"; no sign, spaces, exponent, NaN or infinity;
 * and from @min to @max.
 *
 * Returns: %TRUE if @text is such a number
 */
gboolean
sd_xml_parse_double (const char *text,
                     double      min,
                     double      max,
                     double     *out)
{
  gboolean point = FALSE;
  gboolean digit = FALSE;
  char *end = NULL;
  double value;

  if (text == NULL)
    return FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        digit = TRUE;
      else if (*p == '.' && !point)
        point = TRUE;
      else
        return FALSE;
    }

  if (!digit)
    return FALSE;

  value = g_ascii_strtod (text, &end);
  if (end == NULL || *end != '\0' || !isfinite (value) || value < min || value > max)
    return FALSE;

  if (out != NULL)
    *out = value;

  return TRUE;
}

/* Says what is wrong with a number on the line of the element that carries it:
 * the loader's own message when it has one, else the range of this use. */
static void
add_number_problem (xmlNode    *node,
                    const char *name,
                    const char *value,
                    const char *range,
                    const char *display_name,
                    GPtrArray  *problems)
{
  g_autofree char *message = sd_xml_hints_check_number (name, value);

  if (message == NULL)
    /* Translators: the last %s is a range, such as "1–1440". */
    message = g_strdup_printf (_("attribute “%s” has the value “%s”; it must be a number in the range %s"),
                               name, value, range);

  sd_problems_add (problems, display_name, sd_xml_line (node), "%s", message);
}

/**
 * sd_xml_get_uint:
 * @node: an element
 * @name: the attribute
 * @min: the smallest value accepted
 * @max: the largest value accepted
 * @out: (inout): the number; left as it is when the attribute is absent
 * @display_name: the file name to use in messages
 * @problems: (nullable): where to add what is wrong
 *
 * Reads a whole-number attribute with sd_xml_parse_uint(), saying on the
 * element's line what is wrong with it.
 *
 * Returns: %FALSE if the attribute is there but not a number from @min to @max
 */
gboolean
sd_xml_get_uint (xmlNode    *node,
                 const char *name,
                 guint       min,
                 guint       max,
                 guint      *out,
                 const char *display_name,
                 GPtrArray  *problems)
{
  g_autofree char *value = sd_xml_get_attr (node, name);
  g_autofree char *range = NULL;

  if (value == NULL)
    return TRUE;

  if (sd_xml_parse_uint (value, min, max, out))
    return TRUE;

  range = g_strdup_printf ("%u–%u", min, max);
  add_number_problem (node, name, value, range, display_name, problems);

  return FALSE;
}

/**
 * sd_xml_get_double:
 *
 * As sd_xml_get_uint(), for a decimal number read with sd_xml_parse_double().
 *
 * Returns: %FALSE if the attribute is there but not a number from @min to @max
 */
gboolean
sd_xml_get_double (xmlNode    *node,
                   const char *name,
                   double      min,
                   double      max,
                   double     *out,
                   const char *display_name,
                   GPtrArray  *problems)
{
  g_autofree char *value = sd_xml_get_attr (node, name);
  g_autofree char *range = NULL;

  if (value == NULL)
    return TRUE;

  if (sd_xml_parse_double (value, min, max, out))
    return TRUE;

  range = g_strdup_printf ("%g–%g", min, max);
  add_number_problem (node, name, value, range, display_name, problems);

  return FALSE;
}

static void
check_numbers_below (xmlNode    *node,
                     const char *display_name,
                     guint      *n_problems,
                     GPtrArray  *problems)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      g_autofree char *message = NULL;
      xmlNode *text = attr->children;

      if (attr->ns != NULL)
        continue;

      /* A value is one text node but where it holds a character reference:
       * read in place, without a copy of every attribute of every file. */
      if (text != NULL && text->next == NULL && text->type == XML_TEXT_NODE)
        {
          message = sd_xml_hints_check_number ((const char *) attr->name,
                                               (const char *) text->content);
        }
      else
        {
          xmlChar *value = xmlNodeGetContent ((xmlNode *) attr);

          message = sd_xml_hints_check_number ((const char *) attr->name, (const char *) value);
          xmlFree (value);
        }

      if (message != NULL && (*n_problems)++ < SD_PROBLEMS_MAX_PER_FILE)
        sd_problems_add (problems, display_name, sd_xml_line (node), "%s", message);
    }

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    check_numbers_below (child, display_name, n_problems, problems);
}

/**
 * sd_xml_check_numbers:
 * @root: the root element of a data file
 * @display_name: the name to use in messages
 * @problems: (nullable): where to add what is wrong
 *
 * Reads every numeric attribute of the formats with the parser that reads it
 * for use: the schema's number types let through what that parser refuses,
 * such as "+5" or " 7", and no such value may reach the rest of the app.
 *
 * Returns: %TRUE if every number is one its attribute may hold
 */
gboolean
sd_xml_check_numbers (xmlNode    *root,
                      const char *display_name,
                      GPtrArray  *problems)
{
  guint n_problems = 0;

  g_return_val_if_fail (root != NULL, FALSE);

  check_numbers_below (root, display_name, &n_problems, problems);
  if (n_problems > SD_PROBLEMS_MAX_PER_FILE)
    sd_problems_add_more (problems, display_name, sd_xml_line (root),
                          n_problems - SD_PROBLEMS_MAX_PER_FILE);

  return n_problems == 0;
}
