/* sd-commands-ring.h: --ring-plan, the ring-break finder on the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-commands.h"

G_BEGIN_DECLS

int sd_commands_ring_plan (SdCatalog              *catalog,
                           const SdCommandOptions *options,
                           GString                *out,
                           GString                *err);

G_END_DECLS
