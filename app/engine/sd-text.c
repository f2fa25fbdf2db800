/* sd-text.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sd-text-reader.h"

/* Collapses @raw's white space into @out, which has room for it; returns
 * the end of what it wrote (not terminated). */
static char *
normalize_into (char       *out,
                const char *raw)
{
  gboolean pending_space = FALSE;
  char *end = out;

  for (const char *p = raw; p != NULL && *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
        {
          pending_space = end > out;
          continue;
        }

      if (pending_space)
        *end++ = ' ';
      pending_space = FALSE;
      *end++ = *p;
    }

  return end;
}

/**
 * sd_text_normalize:
 * @raw: text content of an element
 *
 * Collapses every run of XML white space into one space and trims both ends,
 * which is what xgettext's ITS extraction does to the msgid, so the two match.
 *
 * Returns: (transfer full): the normalized text
 */
char *
sd_text_normalize (const char *raw)
{
  char *out = g_malloc ((raw != NULL ? strlen (raw) : 0) + 1);

  /* Every file's every text passes here once: one buffer, no appends. */
  *normalize_into (out, raw) = '\0';

  return out;
}

static const char *
nearest_id (xmlNode *node)
{
  for (xmlNode *n = node; n != NULL && n->type == XML_ELEMENT_NODE; n = n->parent)
    {
      xmlAttr *attr = xmlHasProp (n, (const xmlChar *) "id");

      if (attr != NULL && attr->children != NULL && attr->children->content != NULL)
        return (const char *) attr->children->content;
    }

  return "";
}

/**
 * sd_text_init_from_node_as:
 * @element: (nullable): the element name to put in the context instead of
 *   @node's, or %NULL for @node's own
 *
 * Reads @node's text and its context, root-id:nearest-id:element, into one
 * block: the context first, the msgid after it, so that a thousand guides'
 * texts cost one allocation each (sd_text_clear() frees the block).
 */
void
sd_text_init_from_node_as (SdText     *text,
                           xmlNode    *node,
                           const char *root_id,
                           const char *element)
{
  xmlChar *content;
  const char *id;
  gsize root_len, id_len, element_len, content_len;
  char *block, *p;

  g_return_if_fail (text != NULL);
  g_return_if_fail (node != NULL);

  content = xmlNodeGetContent (node);
  root_id = root_id != NULL ? root_id : "";
  id = nearest_id (node);
  element = element != NULL ? element : (const char *) node->name;
  root_len = strlen (root_id);
  id_len = strlen (id);
  element_len = strlen (element);
  content_len = content != NULL ? strlen ((const char *) content) : 0;

  /* The msgid is at most as long as the content: the block is cut to size. */
  block = g_malloc (root_len + id_len + element_len + 3 + content_len + 1);
  p = block;
  memcpy (p, root_id, root_len);
  p += root_len;
  *p++ = ':';
  memcpy (p, id, id_len);
  p += id_len;
  *p++ = ':';
  memcpy (p, element, element_len);
  p += element_len;
  *p++ = '\0';
  *normalize_into (p, (const char *) content) = '\0';
  text->context = g_realloc (block, (gsize) (p - block) + strlen (p) + 1);
  text->msgid = text->context + (p - block);
  text->domain = sd_text_get_domain (node->doc);
  xmlFree (content);
}

void
sd_text_init_from_node (SdText     *text,
                        xmlNode    *node,
                        const char *root_id)
{
  sd_text_init_from_node_as (text, node, root_id, NULL);
}

/**
 * sd_text_get_domain:
 *
 * Returns: (transfer none): the gettext domain of the texts of @doc: its root's
 *   translation-domain, for a workshop that translates its own files, or the
 *   app's own; an interned string
 */
const char *
sd_text_get_domain (xmlDoc *doc)
{
  static const char *app_domain;
  xmlNode *root = doc != NULL ? xmlDocGetRootElement (doc) : NULL;
  xmlAttr *attr = root != NULL ? xmlHasProp (root, (const xmlChar *) "translation-domain") : NULL;
  xmlChar *domain;
  const char *interned;

  /* Asked for every text of every file, from several threads: the app's own
   * domain without a lock, a file's own without a copy where it can. */
  if (g_once_init_enter (&app_domain))
    g_once_init_leave (&app_domain, g_intern_static_string (GETTEXT_PACKAGE));

  if (attr == NULL)
    return app_domain;
  if (attr->children != NULL && attr->children->next == NULL &&
      attr->children->type == XML_TEXT_NODE && attr->children->content != NULL)
    return attr->children->content[0] != '\0' ?
           g_intern_string ((const char *) attr->children->content) : app_domain;

  domain = xmlGetProp (root, (const xmlChar *) "translation-domain");
  if (domain == NULL || domain[0] == '\0')
    {
      xmlFree (domain);
      return app_domain;
    }

  interned = g_intern_string ((const char *) domain);
  xmlFree (domain);

  return interned;
}

SdText *
sd_text_new_from_node (xmlNode    *node,
                       const char *root_id)
{
  SdText *text = g_new0 (SdText, 1);

  sd_text_init_from_node (text, node, root_id);

  return text;
}

/**
 * sd_text_get:
 * @text: a #SdText
 *
 * Returns: (transfer none): the text in the current language, or in English when
 *   the catalog has no translation for it (for example in a workshop's own file)
 */
const char *
sd_text_get (const SdText *text)
{
  g_return_val_if_fail (text != NULL, "");

  if (text->msgid == NULL || text->msgid[0] == '\0')
    return "";

  return g_dpgettext2 (text->domain != NULL ? text->domain : GETTEXT_PACKAGE,
                       text->context, text->msgid);
}

/**
 * sd_text_is_translated:
 *
 * Whether the catalog of the current language has a translation of @text. A
 * translation may read the same as the English (a name such as "iDrive"); only
 * a missing one falls back to the English.
 *
 * Returns: %TRUE if @text is translated, or is empty
 */
gboolean
sd_text_is_translated (const SdText *text)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (text->msgid == NULL || text->msgid[0] == '\0')
    return TRUE;

  /* g_dpgettext2() hands back its own msgid argument when nothing is found. */
  return sd_text_get (text) != text->msgid;
}

void
sd_text_clear (SdText *text)
{
  if (text == NULL)
    return;

  /* The msgid lives in the context's block (sd_text_init_from_node_as()). */
  if (text->context == NULL)
    g_free (text->msgid);
  text->msgid = NULL;
  g_clear_pointer (&text->context, g_free);
}

void
sd_text_free (SdText *text)
{
  sd_text_clear (text);
  g_free (text);
}

/* GNU gettext caches translations by locale name, which LANGUAGE does not change;
 * this counter is how gettext's own documentation says to drop that cache. */
extern int _nl_msg_cat_cntr;

/**
 * sd_text_set_language:
 * @language: (nullable): a LANGUAGE value such as "de" or "fr:de", or %NULL
 *   for the language of the user's locale
 *
 * Switches the language of every text, interface and data alike, from the next
 * lookup on. Texts are looked up when shown, so nothing needs to be reloaded.
 */
void
sd_text_set_language (const char *language)
{
  if (language != NULL && language[0] != '\0')
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");

  setlocale (LC_MESSAGES, "");
  ++_nl_msg_cat_cntr;
}
