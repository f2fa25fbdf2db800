/* sd-application-bench.h: the hooks the start-up benchmarks time the app by
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sd-procedure-loader.h"

G_BEGIN_DECLS

void _sd_application_bench_watch_window  (GApplication      *application,
                                          GtkWindow         *window);
void _sd_application_bench_watch_loading (GApplication      *application,
                                          SdProcedureLoader *loader);

G_END_DECLS
