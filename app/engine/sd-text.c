/* sd-text.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sd-text-reader.h"

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
  gboolean pending_space = FALSE;
  char *end = out;

  /* Every file's every text passes here once: one buffer, no appends. */
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
  *end = '\0';

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

void
sd_text_init_from_node (SdText     *text,
                        xmlNode    *node,
                        const char *root_id)
{
  xmlChar *content;

  g_return_if_fail (text != NULL);
  g_return_if_fail (node != NULL);

  content = xmlNodeGetContent (node);
  text->msgid = sd_text_normalize ((const char *) content);
  text->context = g_strconcat (root_id != NULL ? root_id : "", ":", nearest_id (node), ":",
                               (const char *) node->name, NULL);
  text->domain = sd_text_get_domain (node->doc);
  xmlFree (content);
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

  g_clear_pointer (&text->context, g_free);
  g_clear_pointer (&text->msgid, g_free);
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
