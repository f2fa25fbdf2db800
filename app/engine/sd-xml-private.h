/* sd-xml-private.h: shared by the sd-xml*.c files only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <libxml/relaxng.h>

#include "sd-xml.h"

G_BEGIN_DECLS

guint     sd_xml_line_of_offset        (const char *data,
                                        gsize       offset);
guint     sd_xml_find_crowded_element  (const char *data,
                                        gsize       size);
guint     sd_xml_find_nul              (const char *data,
                                        gsize       size);
gboolean  sd_xml_check_size            (gsize       size,
                                        const char *display_name,
                                        GPtrArray  *problems);

xmlRelaxNGPtr sd_xml_schema_get            (SdXmlKind   kind);
gboolean      sd_xml_schema_quick_validate (SdXmlKind   kind,
                                            xmlDoc     *doc);

G_END_DECLS
