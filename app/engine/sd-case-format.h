/* sd-case-format.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"

G_BEGIN_DECLS

/* The largest case file that is read at all. A case is a few hundred bytes;
 * a file this size is damage or an attack. */
#define SD_CASE_MAX_FILE_SIZE (1024 * 1024)

SdCase  *sd_case_new_from_data    (const char   *data,
                                   gsize         length,
                                   char        **notice,
                                   GError      **error);
char    *sd_case_to_data          (SdCase       *self,
                                   gsize        *length);

G_END_DECLS
