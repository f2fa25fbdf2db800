/* sd-applies-why.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-applies.h"

G_BEGIN_DECLS

char *sd_applies_dup_why_not (const SdApplies  *applies,
                              SdVehicleProfile *profile);

G_END_DECLS
