/* sd-knowledge-reader.h: knowledge from a parsed document; for the loader only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-knowledge.h"

G_BEGIN_DECLS

gboolean sd_knowledge_add_document (SdKnowledge *self,
                                    xmlDoc      *doc,
                                    const char  *source,
                                    GPtrArray   *problems,
                                    GPtrArray   *notices);
gboolean sd_knowledge_add_document_checked (SdKnowledge *self,
                                            xmlDoc      *doc,
                                            const char  *source,
                                            GPtrArray   *problems,
                                            GPtrArray   *notices);

G_END_DECLS
