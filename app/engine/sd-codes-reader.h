/* sd-codes-reader.h: reading data/knowledge/codes.xml
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-codes.h"
#include "sd-knowledge.h"

G_BEGIN_DECLS

gboolean sd_codes_add_document    (SdCodes     *self,
                                   xmlDoc      *doc,
                                   const char  *source,
                                   GPtrArray   *problems);
gboolean sd_codes_check_knowledge (SdCodes     *self,
                                   SdKnowledge *knowledge,
                                   GPtrArray   *problems);

G_END_DECLS
