/* sd-commands-findings.h: --finding, what a guide found, on the command line
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-catalog.h"
#include "sd-diagnosis.h"

G_BEGIN_DECLS

gboolean sd_commands_apply_findings (SdCatalog          *catalog,
                                     SdDiagnosis        *diagnosis,
                                     const char * const *findings,
                                     GString            *err);

G_END_DECLS
