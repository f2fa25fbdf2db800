/* sd-case-store.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"
#include "sd-case-format.h"

G_BEGIN_DECLS

char    *sd_case_dup_default_path (void);
SdCase  *sd_case_load             (const char   *path,
                                   char        **notice);
gboolean sd_case_save             (SdCase       *self,
                                   const char   *path,
                                   GError      **error);

G_END_DECLS
