/* sd-languages.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char      **sd_languages_dup_available (void);
const char *sd_languages_get_name      (const char *code);
char       *sd_languages_dup_current   (void);
GMenu      *sd_languages_create_menu   (void);

G_END_DECLS
