/* sd-xml-hints.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

char      *sd_xml_hints_explain_attributes (xmlNode    *node);
char      *sd_xml_hints_rewrite_message    (const char *message,
                                            xmlNode    *node);
char      *sd_xml_hints_check_number       (const char *name,
                                            const char *value);
xmlNode   *sd_xml_hints_find_element       (xmlNode    *node,
                                            const char *name);

G_END_DECLS
