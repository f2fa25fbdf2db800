/* sd-applies-reader.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-applies.h"

G_BEGIN_DECLS

SdApplies *sd_applies_read  (xmlNode         *node);
gboolean   sd_applies_check (const SdApplies *applies,
                             SdVehicles      *vehicles,
                             const char      *what,
                             const char      *source,
                             guint            line,
                             GPtrArray       *problems);

G_END_DECLS
