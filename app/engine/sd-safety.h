/* sd-safety.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sd-procedure.h"

G_BEGIN_DECLS

typedef gboolean (*SdStepPredicate) (const SdStep *step);

gboolean  sd_safety_matches                 (const char    *text,
                                             const char    *pattern);
char     *sd_safety_dup_step_text           (const SdStep  *step);
gboolean  sd_safety_has_caution             (GPtrArray     *cautions,
                                             SdSeverity     severity,
                                             const char    *pattern_a,
                                             const char    *pattern_b);
gboolean *sd_safety_guarded_steps           (SdProcedure   *procedure,
                                             SdStepPredicate guard);
gboolean  sd_safety_warns_of_live_call      (const SdStep  *step);
gboolean  sd_safety_acknowledges_live_call  (const SdStep  *step);
gboolean  sd_safety_presses_sos             (const SdStep  *step);
gboolean  sd_safety_has_danger_caution      (SdProcedure   *procedure);
gboolean  sd_safety_check_live_call         (SdProcedure   *procedure,
                                             GPtrArray     *problems);
gboolean  sd_safety_check_replacement       (SdProcedure   *replacement,
                                             SdProcedure   *replaced,
                                             GPtrArray     *problems);

G_END_DECLS
