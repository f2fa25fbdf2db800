/* sd-finding.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-codes.h"
#include "sd-knowledge.h"
#include "sd-procedure.h"

G_BEGIN_DECLS

/**
 * SdFinding:
 * @kind: what was found
 * @ref: the symptom, code (codes.xml id), fault or component
 * @procedure: the id of the guide it was found in
 * @text: what was found in a few words, as it was shown (translated then)
 *
 * An observation a guide gave, as the case keeps it and the diagnosis weighs
 * it (issue 12).
 */
typedef struct
{
  SdObserveKind  kind;
  char          *ref;
  char          *procedure;
  char          *text;
} SdFinding;

SdFinding *sd_finding_new             (SdObserveKind        kind,
                                       const char          *ref,
                                       const char          *procedure,
                                       const char          *text);
SdFinding *sd_finding_new_from_observation (const SdObservation *observation,
                                       SdProcedure         *procedure,
                                       SdKnowledge         *knowledge,
                                       SdCodes             *codes);
SdFinding *sd_finding_copy            (const SdFinding     *finding);
void       sd_finding_free            (SdFinding           *finding);
gboolean   sd_finding_equal           (const SdFinding     *a,
                                       const SdFinding     *b);
char      *sd_observation_dup_text    (const SdObservation *observation,
                                       SdKnowledge         *knowledge,
                                       SdCodes             *codes);
char      *sd_finding_dup_code        (const SdFinding     *finding,
                                       SdCodes             *codes);
char      *sd_finding_describe        (const SdFinding     *finding,
                                       SdProcedure         *procedure);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdFinding, sd_finding_free)

G_END_DECLS
