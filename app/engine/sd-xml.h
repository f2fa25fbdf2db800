/* sd-xml.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

/* The loader's side of the models: what builds them from a parsed document. */
#include "sd-knowledge-reader.h"
#include "sd-procedure-reader.h"
#include "sd-text-reader.h"

G_BEGIN_DECLS

/* The largest data file that is read at all. The longest shipped procedure is a
 * few kilobytes; a file this size is either a mistake or an attack. */
#define SD_XML_MAX_FILE_SIZE (2 * 1024 * 1024)

/* No element of the formats has more than a handful of attributes; libxml2
 * compares each attribute of an element with every other one, so a file with
 * more is refused before it is parsed. */
#define SD_XML_MAX_ATTRIBUTES 64

/* libxml2's RELAX NG validator takes time in the square of the number of
 * sibling elements with text content (100,000 checklist items took 8 s), so no
 * element but the list of steps, the knowledge base and the ring may hold more
 * elements than this; a real checklist or question holds a handful. */
#define SD_XML_MAX_CHILDREN 1000

typedef enum
{
  SD_XML_KIND_UNKNOWN,
  SD_XML_KIND_KNOWLEDGE,
  SD_XML_KIND_PROCEDURE,
  SD_XML_KIND_VEHICLES,
  SD_XML_KIND_CODES,
} SdXmlKind;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (xmlDoc, xmlFreeDoc)

void       sd_xml_init             (void);
void       sd_xml_prepare_schemas  (void);
GBytes    *sd_xml_read_file        (GFile      *file,
                                    const char *display_name,
                                    GPtrArray  *problems);
xmlDoc    *sd_xml_parse            (GBytes     *bytes,
                                    const char *display_name,
                                    GPtrArray  *problems);
SdXmlKind  sd_xml_get_kind         (xmlDoc     *doc);
gboolean   sd_xml_validate         (xmlDoc     *doc,
                                    SdXmlKind   kind,
                                    const char *display_name,
                                    GPtrArray  *problems);
xmlDoc    *sd_xml_load             (GFile      *file,
                                    const char *display_name,
                                    SdXmlKind  *kind,
                                    GPtrArray  *problems);
xmlDoc    *sd_xml_load_builtin     (GFile      *file,
                                    const char *display_name,
                                    SdXmlKind  *kind,
                                    GPtrArray  *problems);
xmlDoc    *sd_xml_load_bytes       (GBytes     *bytes,
                                    const char *display_name,
                                    SdXmlKind  *kind,
                                    GPtrArray  *problems);

gboolean   sd_xml_check_unique_ids (xmlNode    *root,
                                    const char *display_name,
                                    GPtrArray  *problems);

/* The one parser for every numeric attribute. */
gboolean   sd_xml_parse_uint       (const char *text,
                                    guint       min,
                                    guint       max,
                                    guint      *out);
gboolean   sd_xml_parse_double     (const char *text,
                                    double      min,
                                    double      max,
                                    double     *out);
gboolean   sd_xml_get_uint         (xmlNode    *node,
                                    const char *name,
                                    guint       min,
                                    guint       max,
                                    guint      *out,
                                    const char *display_name,
                                    GPtrArray  *problems);
gboolean   sd_xml_get_double       (xmlNode    *node,
                                    const char *name,
                                    double      min,
                                    double      max,
                                    double     *out,
                                    const char *display_name,
                                    GPtrArray  *problems);
gboolean   sd_xml_check_numbers    (xmlNode    *root,
                                    const char *display_name,
                                    GPtrArray  *problems);

/* Small helpers for walking a validated document. */
guint      sd_xml_line             (xmlNode    *node);
char      *sd_xml_get_attr         (xmlNode    *node,
                                    const char *name);
gboolean   sd_xml_is               (xmlNode    *node,
                                    const char *name);
xmlNode   *sd_xml_first_child      (xmlNode    *node);
xmlNode   *sd_xml_next             (xmlNode    *node);

G_END_DECLS
