/* sd-mnemonic-names.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void sd_add_name_without_mnemonic_hook (void);

G_END_DECLS
