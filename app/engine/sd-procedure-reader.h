/* sd-procedure-reader.h: a procedure from a parsed document; for the loader only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-procedure.h"

G_BEGIN_DECLS

SdProcedure *sd_procedure_new_from_document (xmlDoc     *doc,
                                             const char *source,
                                             GPtrArray  *problems);

G_END_DECLS
