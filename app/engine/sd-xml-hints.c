/* sd-xml-hints.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2's RELAX NG validator says "Element procedure failed to validate
 * attributes" without saying which attribute or why. The schemas are ours, so
 * this module knows what each attribute may hold and turns such messages into one
 * that names the attribute, its value and what is expected. It only explains:
 * the schema stays the contract, and a file it rejects stays rejected.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-xml.h"
#include "sd-xml-hints.h"

/* The largest whole number any attribute holds: a week of minutes is a lot, a
 * million of anything is a typo. */
#define MAX_WHOLE_NUMBER 1000000
/* The most a part may cost, in euros. */
#define MAX_COST 1000000.0

typedef enum
{
  VALUE_IDENTIFIER,
  VALUE_POSITIVE_INTEGER,
  VALUE_FRACTION,
  VALUE_DECIMAL,
  VALUE_CHOICE,
} ValueKind;

typedef struct
{
  const char *name;
  ValueKind   kind;
  const char *choices;   /* space-separated, for VALUE_CHOICE */
  /* For whole numbers: TRUE when the loader only checks the syntax, because
   * the procedure's own checks say what range the value must be in. */
  gboolean    range_checked_later;
} AttributeRule;

static const AttributeRule attribute_rules[] = {
  { "id", VALUE_IDENTIFIER, NULL },
  { "component", VALUE_IDENTIFIER, NULL },
  { "fault", VALUE_IDENTIFIER, NULL },
  { "goto", VALUE_IDENTIFIER, NULL },
  { "next", VALUE_IDENTIFIER, NULL },
  { "found", VALUE_IDENTIFIER, NULL },
  { "none", VALUE_IDENTIFIER, NULL },
  { "version", VALUE_POSITIVE_INTEGER, NULL },
  { "minutes", VALUE_POSITIVE_INTEGER, NULL },
  { "seconds", VALUE_POSITIVE_INTEGER, NULL, TRUE },
  { "min-seconds", VALUE_POSITIVE_INTEGER, NULL, TRUE },
  { "max-seconds", VALUE_POSITIVE_INTEGER, NULL, TRUE },
  { "reach-minutes", VALUE_POSITIVE_INTEGER, NULL },
  { "chance", VALUE_FRACTION, NULL },
  { "prior", VALUE_FRACTION, NULL },
  { "leak", VALUE_FRACTION, NULL },
  { "likelihood", VALUE_FRACTION, NULL },
  { "x", VALUE_FRACTION, NULL },
  { "y", VALUE_FRACTION, NULL },
  { "cost", VALUE_DECIMAL, NULL },
  { "difficulty", VALUE_CHOICE, "easy moderate hard workshop" },
  { "severity", VALUE_CHOICE, "info warning danger" },
  { "result", VALUE_CHOICE, "fixed found not-found workshop resolved unresolved" },
  { "outcome", VALUE_CHOICE, "fixed found not-found workshop resolved unresolved" },
  { "kind", VALUE_CHOICE, "symptom-present symptom-absent code-read fault-found "
                          "fault-ruled-out component-ok" },
};

typedef struct
{
  const char *element;
  const char *required;  /* space-separated */
  const char *optional;  /* space-separated */
} ElementRule;

#define STEP_OPTIONAL "component next"

static const ElementRule element_rules[] = {
  { "procedure", "id version minutes difficulty", "" },
  { "knowledge", "id version", "" },
  { "caution", "id severity", "" },
  { "concerns", "component", "" },
  { "fixes", "fault chance", "" },
  { "tests", "fault chance", "" },
  { "part", "", "cost" },
  { "instruction", "id", STEP_OPTIONAL },
  { "hold", "id seconds", STEP_OPTIONAL },
  { "wait", "id seconds", STEP_OPTIONAL " min-seconds max-seconds" },
  { "question", "id", "component" },
  { "checklist", "id", STEP_OPTIONAL },
  { "outcome", "id result", "component next" },
  { "ring-check", "id found none", "component" },
  { "choice", "", "goto outcome" },
  { "item", "", "where" },
  { "not-ok", "", "goto" },
  { "observe", "kind ref", "" },
  { "component", "id", "" },
  { "hotspot", "x y", "" },
  { "fault", "id component prior", "" },
  { "symptom", "id", "component leak" },
  { "indicates", "fault likelihood", "" },
  { "member", "component", "reach-minutes" },
};

static gboolean
word_in_list (const char *list,
              const char *word)
{
  g_auto(GStrv) words = g_strsplit (list, " ", -1);

  return g_strv_contains ((const char * const *) words, word);
}

static gboolean
is_identifier (const char *value)
{
  gboolean previous_hyphen = TRUE;
  gsize len = strlen (value);

  if (len == 0 || len > 64 || value[len - 1] == '-')
    return FALSE;

  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '-')
        {
          if (previous_hyphen)
            return FALSE;
          previous_hyphen = TRUE;
        }
      else if (g_ascii_islower (*p) || g_ascii_isdigit (*p))
        {
          previous_hyphen = FALSE;
        }
      else
        {
          return FALSE;
        }
    }

  return TRUE;
}

static const AttributeRule *find_attribute_rule (const char *name);

/* Numbers are read by sd_xml_parse_uint() and sd_xml_parse_double(), here and
 * wherever a value is used: what the schema lets through ("+5", "1e3", " 7")
 * but those refuse is reported here too. */
static char *
check_value (const AttributeRule *rule,
             const char          *value)
{
  double number = 0.0;
  guint integer = 0;

  switch (rule->kind)
    {
    case VALUE_IDENTIFIER:
      if (is_identifier (value))
        return NULL;
      return g_strdup_printf (_("attribute “%s” has the value “%s”, which is not a valid id "
                                "(lower-case letters and digits, joined by single hyphens)"),
                              rule->name, value);

    case VALUE_POSITIVE_INTEGER:
      if (sd_xml_parse_uint (value, 1, MAX_WHOLE_NUMBER, &integer))
        return NULL;
      /* Digits only, with a value too large for a guint, which the range check
       * of a duration says more clearly. */
      if (rule->range_checked_later && value[strspn (value, "0123456789")] == '\0' &&
          value[strspn (value, "0")] != '\0')
        return NULL;
      if (value[strspn (value, "0123456789")] == '\0' && value[strspn (value, "0")] != '\0')
        /* Translators: the value of a data file's attribute is a number too large. */
        return g_strdup_printf (_("attribute “%s” has the value “%s”, which is too large "
                                  "(at most %u)"), rule->name, value, MAX_WHOLE_NUMBER);
      return g_strdup_printf (_("attribute “%s” has the value “%s”; it must be a whole number "
                                "above 0"), rule->name, value);

    case VALUE_FRACTION:
      if (sd_xml_parse_double (value, 0.0, 1.0, &number))
        return NULL;
      return g_strdup_printf (_("attribute “%s” has the value “%s”; it must be a number from "
                                "0 to 1"), rule->name, value);

    case VALUE_DECIMAL:
      if (sd_xml_parse_double (value, 0.0, MAX_COST, &number))
        return NULL;
      if (sd_xml_parse_double (value, 0.0, G_MAXDOUBLE, &number))
        return g_strdup_printf (_("attribute “%s” has the value “%s”, which is too large "
                                  "(at most %u)"), rule->name, value, (guint) MAX_COST);
      return g_strdup_printf (_("attribute “%s” has the value “%s”; it must be a number"),
                              rule->name, value);

    case VALUE_CHOICE:
      if (word_in_list (rule->choices, value))
        return NULL;
      {
        g_auto(GStrv) words = g_strsplit (rule->choices, " ", -1);
        g_autofree char *list = g_strjoinv (", ", words);

        return g_strdup_printf (_("attribute “%s” has the value “%s”; it must be one of: %s"),
                                rule->name, value, list);
      }

    default:
      g_return_val_if_reached (NULL);
    }
}

static const ElementRule *
find_element_rule (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (element_rules); i++)
    if (g_strcmp0 (element_rules[i].element, name) == 0)
      return &element_rules[i];

  return NULL;
}

static const AttributeRule *
find_attribute_rule (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (attribute_rules); i++)
    if (g_strcmp0 (attribute_rules[i].name, name) == 0)
      return &attribute_rules[i];

  return NULL;
}

/**
 * sd_xml_hints_check_number:
 * @name: an attribute's name
 * @value: its value
 *
 * Returns: (transfer full) (nullable): what is wrong with @value if @name is a
 *   numeric attribute of the formats and @value is not a number it may hold
 */
char *
sd_xml_hints_check_number (const char *name,
                           const char *value)
{
  const AttributeRule *rule = find_attribute_rule (name);

  if (rule == NULL || value == NULL ||
      (rule->kind != VALUE_POSITIVE_INTEGER && rule->kind != VALUE_FRACTION &&
       rule->kind != VALUE_DECIMAL))
    return NULL;

  return check_value (rule, value);
}

/**
 * sd_xml_hints_explain_attributes:
 * @node: an element the validator rejected
 *
 * Returns: (transfer full) (nullable): what is wrong with the element's
 *   attributes, one problem per line, or %NULL if nothing is found
 */
char *
sd_xml_hints_explain_attributes (xmlNode *node)
{
  const ElementRule *element;
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) required = NULL;
  const char *name;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return NULL;

  name = (const char *) node->name;
  element = find_element_rule (name);
  if (element == NULL)
    return NULL;

  required = g_strsplit (element->required, " ", -1);
  for (guint i = 0; required[i] != NULL; i++)
    if (required[i][0] != '\0' && xmlHasProp (node, (const xmlChar *) required[i]) == NULL)
      g_ptr_array_add (found, g_strdup_printf (_("<%s> needs the attribute “%s”"),
                                               name, required[i]));

  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      const char *attr_name = (const char *) attr->name;
      const AttributeRule *rule = find_attribute_rule (attr_name);
      xmlChar *value;
      char *problem;

      if (attr->ns != NULL || rule == NULL ||
          (!word_in_list (element->required, attr_name) &&
           !word_in_list (element->optional, attr_name)))
        {
          g_ptr_array_add (found, g_strdup_printf (_("<%s> may not have the attribute “%s”"),
                                                   name, attr_name));
          continue;
        }

      value = xmlNodeGetContent ((xmlNode *) attr);
      problem = check_value (rule, (const char *) value);
      xmlFree (value);
      if (problem != NULL)
        g_ptr_array_add (found, problem);
    }

  if (g_strcmp0 (name, "choice") == 0 &&
      (xmlHasProp (node, (const xmlChar *) "goto") == NULL) ==
      (xmlHasProp (node, (const xmlChar *) "outcome") == NULL))
    g_ptr_array_add (found, g_strdup (_("a <choice> needs either “goto” (the step it leads to) "
                                        "or “outcome” (how the procedure ends), not both")));

  if (found->len == 0)
    return NULL;

  g_ptr_array_add (found, NULL);

  return g_strjoinv ("\n", (GStrv) found->pdata);
}

/**
 * sd_xml_hints_find_element:
 * @node: (nullable): the node libxml2 gave with a message
 * @name: the element the message names
 *
 * Returns: (nullable): @node or its nearest ancestor named @name, or @node
 *   when none is: the element to blame, and whose line to give
 */
xmlNode *
sd_xml_hints_find_element (xmlNode    *node,
                           const char *name)
{
  for (xmlNode *n = node; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (g_strcmp0 ((const char *) n->name, name) == 0)
      return n;

  return node;
}

static gboolean
scan_two (const char *message,
          const char *prefix,
          const char *middle,
          char      **first,
          char      **second)
{
  const char *start;
  const char *mid;

  if (!g_str_has_prefix (message, prefix))
    return FALSE;

  start = message + strlen (prefix);
  mid = strstr (start, middle);
  if (mid == NULL)
    return FALSE;

  *first = g_strndup (start, mid - start);
  *second = g_strdup (mid + strlen (middle));

  return TRUE;
}

/**
 * sd_xml_hints_rewrite_message:
 * @message: the first line of a libxml2 RELAX NG message
 * @node: (nullable): the element it is about
 *
 * Returns: (transfer full): the message in plain words, one problem per line
 */
char *
sd_xml_hints_rewrite_message (const char *message,
                              xmlNode    *node)
{
  const char *name = node != NULL ? (const char *) node->name : "";
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  char *attributes;

  if (scan_two (message, "Element ", " failed to validate attributes", &first, &second))
    {
      /* libxml2 can pass a child of the element the message is about. */
      node = sd_xml_hints_find_element (node, first);
      attributes = sd_xml_hints_explain_attributes (node);
      if (attributes != NULL)
        return attributes;
      return g_strdup_printf (_("the attributes of <%s> do not match the schema"), first);
    }

  /* The node given with this one can be a child; the message names the element. */
  if (scan_two (message, "Element ", " failed to validate content", &first, &second))
    {
      if (node != NULL && g_strcmp0 (first, name) == 0)
        {
          attributes = sd_xml_hints_explain_attributes (node);
          if (attributes != NULL)
            return attributes;
        }
      return g_strdup_printf (_("the content of <%s> does not match the schema"), first);
    }

  if (scan_two (message, "Did not expect element ", " there", &first, &second))
    return g_strdup_printf (_("element <%s> is not allowed here"), first);

  if (scan_two (message, "Expecting an element ", ", got nothing", &first, &second))
    {
      if (first[0] == '\0')
        return g_strdup_printf (_("<%s> is empty, but needs at least one element inside it"),
                                name);
      return g_strdup_printf (_("<%s> is missing the element <%s>"), name, first);
    }

  if (scan_two (message, "Expecting element ", ", got ", &first, &second))
    return g_strdup_printf (_("element <%s> is not allowed here (expected <%s>)"), second, first);

  if (g_str_has_prefix (message, "Datatype element ") &&
      g_str_has_suffix (message, " has child elements"))
    return g_strdup_printf (_("<%s> may hold only plain text, without markup"), name);

  /* A value the schema's datatype refuses: the message about the element that
   * follows names the attribute, so this one adds nothing. */
  if (g_str_has_prefix (message, "Type ") && strstr (message, "doesn't allow value") != NULL)
    {
      attributes = sd_xml_hints_explain_attributes (node);
      if (attributes != NULL)
        {
          g_free (attributes);
          return g_strdup ("");
        }
      return g_strdup (message);
    }

  if (g_strcmp0 (message, "Error validating datatype string") == 0)
    return g_strdup_printf (_("<%s> must not be empty"), name);

  return g_strdup (message);
}
