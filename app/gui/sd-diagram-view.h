/* sd-diagram-view.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sd-component-info.h"
#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_DIAGRAM_VIEW (sd_diagram_view_get_type ())

G_DECLARE_FINAL_TYPE (SdDiagramView, sd_diagram_view, SD, DIAGRAM_VIEW, GtkWidget)

GtkWidget *sd_diagram_view_new          (SdSession        *session,
                                         gboolean          interactive);
void       sd_diagram_view_set_highlight (SdDiagramView    *self,
                                         const char       *component);
void       sd_diagram_view_set_highlight_stretch (SdDiagramView *self,
                                                  const char    *from,
                                                  const char    *to);
GtkWidget *sd_diagram_view_get_marker    (SdDiagramView    *self,
                                         const char       *component);
void       sd_diagram_view_shade_widget  (GtkWidget        *widget,
                                         SdSuspicionLevel  level);
void       sd_diagram_view_set_highlight_stretch (SdDiagramView *self,
                                                  const char    *from_member,
                                                  const char    *to_member);
GPtrArray *sd_diagram_view_get_ring      (SdDiagramView    *self);

G_END_DECLS
