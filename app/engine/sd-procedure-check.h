/* sd-procedure-check.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-procedure.h"

G_BEGIN_DECLS

gboolean sd_procedure_check_graph     (SdProcedure *self,
                                       GPtrArray   *problems);
gboolean sd_procedure_check_durations (SdProcedure *self,
                                       GPtrArray   *problems);

G_END_DECLS
