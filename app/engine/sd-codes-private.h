/* sd-codes-private.h: shared by the code table and its reader
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-codes.h"

G_BEGIN_DECLS

void        _sd_code_free         (SdCode       *code);
void        _sd_code_indication_clear (SdCodeIndication *indication);
void        _sd_code_module_free  (SdCodeModule *module);
/* Each takes @entry, or frees it and returns FALSE when its id is taken. */
gboolean    _sd_codes_take_code   (SdCodes      *self,
                                   SdCode       *code);
gboolean    _sd_codes_take_module (SdCodes      *self,
                                   SdCodeModule *module);
GHashTable *_sd_codes_get_texts   (SdCodes      *self);

G_END_DECLS
