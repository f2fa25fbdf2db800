/* sd-vehicles-reader.h: reading data/knowledge/vehicles.xml
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-knowledge.h"
#include "sd-vehicles.h"

G_BEGIN_DECLS

gboolean sd_vehicles_add_document   (SdVehicles  *self,
                                     xmlDoc      *doc,
                                     const char  *source,
                                     GPtrArray   *problems);
gboolean sd_vehicles_check_knowledge (SdVehicles  *self,
                                      SdKnowledge *knowledge,
                                      GPtrArray   *problems);

G_END_DECLS
