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

G_END_DECLS
