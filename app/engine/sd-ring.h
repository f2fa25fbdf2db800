/* sd-ring.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sd-knowledge.h"

G_BEGIN_DECLS

typedef struct _SdRingFinder SdRingFinder;

SdRingFinder *sd_ring_finder_new                (const char * const *members,
                                                 const double       *costs);
SdRingFinder *sd_ring_finder_new_for_knowledge  (SdKnowledge        *knowledge,
                                                 const char * const *fitted);
void          sd_ring_finder_free               (SdRingFinder       *self);
guint         sd_ring_finder_get_n_members      (SdRingFinder       *self);
const char   *sd_ring_finder_get_member         (SdRingFinder       *self,
                                                 guint               index);
int           sd_ring_finder_get_next_check     (SdRingFinder       *self);
gboolean      sd_ring_finder_answer             (SdRingFinder       *self,
                                                 guint               member,
                                                 gboolean            light);
guint         sd_ring_finder_get_n_checks       (SdRingFinder       *self);
double        sd_ring_finder_get_expected_cost  (SdRingFinder       *self);
gboolean      sd_ring_finder_get_break          (SdRingFinder       *self,
                                                 guint              *from,
                                                 guint              *to);
guint         sd_ring_break_from_node_position  (guint               n_members,
                                                 guint               gateway,
                                                 guint               position);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdRingFinder, sd_ring_finder_free)

G_END_DECLS
