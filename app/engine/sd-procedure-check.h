/* sd-procedure-check.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-knowledge.h"
#include "sd-procedure.h"

G_BEGIN_DECLS

gboolean sd_procedure_check_graph     (SdProcedure *self,
                                       GPtrArray   *problems);
gboolean sd_procedure_check_durations (SdProcedure *self,
                                       GPtrArray   *problems);

gboolean sd_observation_ref_is_known  (SdKnowledge   *knowledge,
                                       SdObserveKind  kind,
                                       const char    *ref);

G_END_DECLS
