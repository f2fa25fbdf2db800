/* sd-format.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *sd_format_duration (gint64     seconds);
char *sd_format_deadline (GDateTime *deadline,
                          GDateTime *now);

G_END_DECLS
