/* sd-xml-schema.c: the compiled schemas, shared by every thread
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 2.9 checks an XML Schema pattern facet by compiling its regular
 * expression anew for every value it checks: the identifiers' pattern was a
 * fifth of the work of validating a guide, and looks the type up for each
 * value too. So each schema is compiled twice: as it is, and with any token
 * of RELAX NG's own library for an identifier, which only lets more through.
 * A document valid against the second whose every identifier matches the
 * pattern and the length (checked here, by hand, and more strictly than
 * needed) is valid against the first; any other is validated against the first, which says
 * what is wrong in libxml2's words as before. The quick way is taken only
 * when the schema's identifiers are where this file expects them: in
 * attributes, alone or in a list, with the pattern and length below.
 */
#include "config.h"

#include <libxml/parser.h>

#include "sd-xml-private.h"

#define RNG_NS "http://relaxng.org/ns/structure/1.0"
#define IDENTIFIER_PATTERN "[a-z0-9]+(-[a-z0-9]+)*"
#define IDENTIFIER_MAX_LENGTH 64

enum { ID_ONE = 1, ID_LIST = 2 };

typedef struct
{
  xmlRelaxNGPtr  full;
  /* With any token for an identifier, or NULL where the quick way is not
   * known to give the same answer. */
  xmlRelaxNGPtr  quick;
  /* Attribute name to ID_ONE or ID_LIST. */
  GHashTable    *identifiers;
} Schema;

static gboolean
is_rng (xmlNode    *node,
        const char *name)
{
  return node->type == XML_ELEMENT_NODE && node->ns != NULL &&
         g_strcmp0 ((const char *) node->ns->href, RNG_NS) == 0 &&
         g_strcmp0 ((const char *) node->name, name) == 0;
}

static char *
get_name (xmlNode *node)
{
  return sd_xml_get_attr (node, "name");
}

/* Makes the identifier's definition any token of RELAX NG's own library, if
 * it is the token of XML Schema with the pattern and the length that
 * identifier_matches() checks: libxml2 then neither looks the type up nor
 * compiles the pattern for each identifier. FALSE if it is something else. */
static gboolean
loosen_identifier (xmlNode *define)
{
  xmlNode *data = NULL;
  xmlNode *token;
  gboolean has_pattern = FALSE;
  gboolean has_length = FALSE;

  for (xmlNode *child = define->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (!is_rng (child, "data") || data != NULL)
        return FALSE;
      data = child;
    }
  if (data == NULL)
    return FALSE;

  {
    g_autofree char *type = sd_xml_get_attr (data, "type");

    if (g_strcmp0 (type, "token") != 0 || xmlHasProp (data, (const xmlChar *) "datatypeLibrary"))
      return FALSE;
  }

  for (xmlNode *param = data->children; param != NULL; param = param->next)
    {
      g_autofree char *name = NULL;
      g_autofree char *text = NULL;

      if (param->type != XML_ELEMENT_NODE)
        continue;
      if (!is_rng (param, "param"))
        return FALSE;
      name = get_name (param);
      text = (char *) xmlNodeGetContent (param);
      if (g_strcmp0 (name, "pattern") == 0 && !has_pattern &&
          g_strcmp0 (text, IDENTIFIER_PATTERN) == 0)
        has_pattern = TRUE;
      else if (g_strcmp0 (name, "maxLength") == 0 && !has_length &&
               g_strcmp0 (text, G_STRINGIFY (IDENTIFIER_MAX_LENGTH)) == 0)
        has_length = TRUE;
      else
        return FALSE;
    }
  if (!has_pattern || !has_length)
    return FALSE;

  token = xmlNewDocNode (define->doc, data->ns, (const xmlChar *) "data", NULL);
  xmlSetProp (token, (const xmlChar *) "type", (const xmlChar *) "token");
  xmlSetProp (token, (const xmlChar *) "datatypeLibrary", (const xmlChar *) "");
  xmlReplaceNode (data, token);
  xmlFreeNode (data);

  return TRUE;
}

/* Notes which attributes hold identifiers; FALSE if an identifier is used
 * anywhere else, or the grammar is not all in this document. */
static gboolean
find_identifiers (xmlNode    *node,
                  const char *attribute,
                  gboolean    in_list,
                  const char *define,
                  GHashTable *identifiers,
                  int        *n_identifier_defines)
{
  g_autofree char *name = NULL;

  if (node->type != XML_ELEMENT_NODE)
    return TRUE;
  if (is_rng (node, "include") || is_rng (node, "externalRef") || is_rng (node, "parentRef"))
    return FALSE;

  name = get_name (node);
  if (is_rng (node, "define"))
    {
      if (g_strcmp0 (name, "identifier") == 0 || g_strcmp0 (name, "identifier-list") == 0)
        {
          if (xmlHasProp (node, (const xmlChar *) "combine") != NULL)
            return FALSE;
          if (g_strcmp0 (name, "identifier") == 0 && (++*n_identifier_defines > 1 ||
                                                     !loosen_identifier (node)))
            return FALSE;
        }
      define = name;
    }
  else if (is_rng (node, "attribute"))
    {
      /* An attribute named by <name> or <anyName> is never taken for one. */
      attribute = name != NULL ? name : "";
    }
  else if (is_rng (node, "list"))
    {
      in_list = TRUE;
    }
  else if (is_rng (node, "ref"))
    {
      gboolean one = g_strcmp0 (name, "identifier") == 0;

      if (one || g_strcmp0 (name, "identifier-list") == 0)
        {
          gpointer old;

          if (attribute == NULL)
            return one && g_strcmp0 (define, "identifier-list") == 0;
          if (attribute[0] == '\0')
            return FALSE;
          /* One identifier is the stricter check of the two. */
          old = g_hash_table_lookup (identifiers, attribute);
          if (old != GINT_TO_POINTER (ID_ONE))
            g_hash_table_replace (identifiers, g_strdup (attribute),
                                  GINT_TO_POINTER (one && !in_list ? ID_ONE : ID_LIST));
        }
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (!find_identifiers (child, attribute, in_list, define, identifiers, n_identifier_defines))
      return FALSE;

  return TRUE;
}

static Schema *
compile_schema (const char *name)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/schema/%s", name);
  g_autoptr(GBytes) bytes = NULL;
  xmlRelaxNGParserCtxtPtr ctxt;
  Schema *schema = g_new0 (Schema, 1);
  int n_identifier_defines = 0;
  const char *data;
  xmlDoc *doc;
  gsize size;

  /* The schemas are ours and compiled into the binary; failing to load one is a
   * build defect, not a user error. */
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  g_assert (bytes != NULL);
  data = g_bytes_get_data (bytes, &size);

  ctxt = xmlRelaxNGNewMemParserCtxt (data, (int) size);
  schema->full = xmlRelaxNGParse (ctxt);
  xmlRelaxNGFreeParserCtxt (ctxt);
  g_assert (schema->full != NULL);

  schema->identifiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc = xmlReadMemory (data, (int) size, name, NULL, XML_PARSE_NONET);
  g_assert (doc != NULL);
  if (find_identifiers (xmlDocGetRootElement (doc), NULL, FALSE, NULL, schema->identifiers,
                        &n_identifier_defines) &&
      n_identifier_defines == 1)
    {
      /* The parser works on its own copy of the document. */
      ctxt = xmlRelaxNGNewDocParserCtxt (doc);
      schema->quick = xmlRelaxNGParse (ctxt);
      xmlRelaxNGFreeParserCtxt (ctxt);
    }
  xmlFreeDoc (doc);

  return schema;
}

static Schema *
get_schema (SdXmlKind kind)
{
  static const char * const names[] = {
    [SD_XML_KIND_PROCEDURE] = "procedure.rng",
    [SD_XML_KIND_KNOWLEDGE] = "knowledge.rng",
    [SD_XML_KIND_VEHICLES] = "vehicles.rng",
    [SD_XML_KIND_CODES] = "codes.rng",
  };
  static gsize schemas[G_N_ELEMENTS (names)];

  if ((guint) kind >= G_N_ELEMENTS (names) || names[kind] == NULL)
    return NULL;

  /* Compiled once, by whichever thread needs it first, one schema at a time
   * (libxml2 sets its type library up on first use without a lock); then
   * only read, by any number of threads at once, each with its own
   * validation context. */
  if (g_once_init_enter (&schemas[kind]))
    {
      static GMutex compiling;
      Schema *schema;

      g_mutex_lock (&compiling);
      schema = compile_schema (names[kind]);
      g_mutex_unlock (&compiling);
      g_once_init_leave (&schemas[kind], (gsize) schema);
    }

  return (Schema *) schemas[kind];
}

/* Returns: (nullable): the schema for @kind, as written */
xmlRelaxNGPtr
sd_xml_schema_get (SdXmlKind kind)
{
  Schema *schema = get_schema (kind);

  return schema != NULL ? schema->full : NULL;
}

/**
 * sd_xml_prepare_schemas:
 *
 * Compiles the procedure schema before files are validated in several
 * threads, so that they do not wait for it one after the other; a schema
 * needed only later is compiled by the first thread that needs it.
 */
void
sd_xml_prepare_schemas (void)
{
  sd_xml_init ();
  get_schema (SD_XML_KIND_PROCEDURE);
}

/* [a-z0-9]+(-[a-z0-9]+)*, at most 64 characters */
static gboolean
identifier_matches (const char *text,
                    gsize       length)
{
  gboolean after_hyphen = TRUE;

  if (length > IDENTIFIER_MAX_LENGTH)
    return FALSE;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
        after_hyphen = FALSE;
      else if (c == '-' && !after_hyphen)
        after_hyphen = TRUE;
      else
        return FALSE;
    }

  return length > 0 && !after_hyphen;
}

/* Stricter than the schema: no space around an identifier, one between
 * those of a list. */
static gboolean
identifiers_match (const char *value,
                   int         kind)
{
  const char *start = value;

  if (kind == ID_ONE)
    return identifier_matches (value, strlen (value));

  for (const char *p = value; ; p++)
    {
      if (*p != ' ' && *p != '\0')
        continue;
      if (!identifier_matches (start, (gsize) (p - start)))
        return FALSE;
      if (*p == '\0')
        return TRUE;
      start = p + 1;
    }
}

static gboolean
check_identifiers (xmlNode    *node,
                   GHashTable *identifiers)
{
  for (xmlAttr *attr = node->properties; attr != NULL; attr = attr->next)
    {
      int kind;

      if (attr->ns != NULL)
        continue;
      kind = GPOINTER_TO_INT (g_hash_table_lookup (identifiers, attr->name));
      if (kind == 0)
        continue;
      /* A value with a character reference is left to libxml2. */
      if (attr->children == NULL || attr->children->next != NULL ||
          attr->children->type != XML_TEXT_NODE ||
          !identifiers_match ((const char *) attr->children->content, kind))
        return FALSE;
    }

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (!check_identifiers (child, identifiers))
      return FALSE;

  return TRUE;
}

static void
discard_error (void     *user_data,
               xmlError *error)
{
}

/**
 * sd_xml_schema_quick_validate:
 *
 * Returns: %TRUE if @doc is valid against the schema for @kind; %FALSE if it
 *   is not, or it is not known here, and sd_xml_schema_get()'s schema is to
 *   say so
 */
gboolean
sd_xml_schema_quick_validate (SdXmlKind  kind,
                              xmlDoc    *doc)
{
  Schema *schema = get_schema (kind);
  xmlRelaxNGValidCtxtPtr ctxt;
  int result;

  if (schema == NULL || schema->quick == NULL)
    return FALSE;

  ctxt = xmlRelaxNGNewValidCtxt (schema->quick);
  xmlRelaxNGSetValidStructuredErrors (ctxt, discard_error, NULL);
  result = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);

  return result == 0 && check_identifiers (xmlDocGetRootElement (doc), schema->identifiers);
}
