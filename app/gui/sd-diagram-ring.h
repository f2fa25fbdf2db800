/* sd-diagram-ring.h: the fibre-optic ring of the car diagram (sd-diagram-view.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sd-component-info.h"
#include "sd-session.h"

G_BEGIN_DECLS

typedef struct _SdDiagramRing SdDiagramRing;

SdDiagramRing *sd_diagram_ring_new         (void);
void           sd_diagram_ring_free        (SdDiagramRing   *ring);
gboolean       sd_diagram_ring_update      (SdDiagramRing   *ring,
                                            SdSession       *session,
                                            double           aspect);
GArray        *sd_diagram_ring_get_path    (SdDiagramRing   *ring);
GPtrArray     *sd_diagram_ring_get_members (SdDiagramRing   *ring);
const char    *sd_diagram_ring_get_note    (SdDiagramRing   *ring);
gboolean       sd_diagram_ring_set_stretch (SdDiagramRing   *ring,
                                            const char      *from_member,
                                            const char      *to_member);
void           sd_diagram_ring_draw        (SdDiagramRing   *ring,
                                            GtkWidget       *widget,
                                            SdKnowledge     *knowledge,
                                            GtkSnapshot     *snapshot,
                                            graphene_rect_t *rect,
                                            gboolean         interactive);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdDiagramRing, sd_diagram_ring_free)

G_END_DECLS
