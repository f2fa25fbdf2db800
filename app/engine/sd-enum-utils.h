/* sd-enum-utils.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-enums.h"

G_BEGIN_DECLS

const char *sd_enum_to_nick   (GType       type,
                               int         value);
gboolean    sd_enum_from_nick (GType       type,
                               const char *nick,
                               int        *value);

G_END_DECLS
