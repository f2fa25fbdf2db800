/* sd-fact-reader.h: what the vehicle and code readers share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/tree.h>

#include "sd-confidence.h"

G_BEGIN_DECLS

gpointer     sd_facts_find_by_id      (GPtrArray  *array,
                                       const char *id);

SdConfidence sd_fact_read_confidence  (xmlNode    *node,
                                       const char *source,
                                       GPtrArray  *problems);
gboolean     sd_fact_read_probability (xmlNode    *node,
                                       const char *name,
                                       const char *source,
                                       GPtrArray  *problems,
                                       double     *value);
gboolean     sd_fact_read_month       (xmlNode    *node,
                                       const char *name,
                                       gboolean    end_of_year,
                                       const char *source,
                                       GPtrArray  *problems,
                                       guint      *month);
gboolean     sd_fact_read_years       (xmlNode    *node,
                                       const char *source,
                                       GPtrArray  *problems,
                                       guint      *from,
                                       guint      *to);
xmlNode     *sd_fact_child_named      (xmlNode    *node,
                                       const char *name);
gboolean     sd_fact_move_problems    (GPtrArray  *found,
                                       GPtrArray  *problems);
void         sd_fact_collect_texts    (xmlNode    *root,
                                       GHashTable *texts);

G_END_DECLS
