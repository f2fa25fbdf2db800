/* sd-first-frame.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sd_first_frame_quit_after (GApplication *application,
                                GtkWindow    *window);

G_END_DECLS
