/* sd-report-command.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

int sd_report_command_run (const char * const *data_dirs,
                           const char         *state_dir,
                           const char         *case_id,
                           const char         *output,
                           GString            *err);

G_END_DECLS
