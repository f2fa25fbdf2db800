/* sd-repair-log.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"

G_BEGIN_DECLS

char *sd_case_to_text (SdCase      *self,
                       SdDiagnosis *diagnosis,
                       SdKnowledge *knowledge,
                       GListModel  *procedures);

const char  *sd_outcome_get_log_label (SdOutcome    outcome);
SdProcedure *sd_procedures_lookup     (GListModel  *procedures,
                                       const char  *id);

G_END_DECLS
