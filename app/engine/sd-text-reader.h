/* sd-text-reader.h: texts from a parsed document; for the loader only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-text.h"

G_BEGIN_DECLS

void        sd_text_init_from_node    (SdText     *text,
                                       xmlNode    *node,
                                       const char *root_id);
void        sd_text_init_from_node_as (SdText     *text,
                                       xmlNode    *node,
                                       const char *root_id,
                                       const char *element);
SdText     *sd_text_new_from_node     (xmlNode    *node,
                                       const char *root_id);
const char *sd_text_get_domain        (xmlDoc     *doc);

G_END_DECLS
