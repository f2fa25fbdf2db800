/* sd-application-bench.c: the hooks the start-up benchmarks time the app by
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * tests/bench/bench-startup.c runs the app with one of two variables set:
 * SOS_DOCTOR_QUIT_AFTER_FIRST_FRAME prints "first-frame" and quits once the
 * window has painted its first frame that rendered its content;
 * SOS_DOCTOR_QUIT_AFTER_LOADING prints "loaded" and quits SETTLE_MS after the user's guides are all in (after the
 * first frame when there are none to read later), so that the runs with and
 * without a library both paint what the window shows lazily after its first
 * frame before their peak RSS is compared.
 */
#include "config.h"

#include "sd-application-bench.h"
#include "sd-first-frame.h"

#define SETTLE_MS 1500

/* With SOS_DOCTOR_QUIT_AFTER_FIRST_FRAME, quits once @window has painted its
 * first frame that rendered its content (sd-first-frame.c, which the bare
 * window it is compared with uses too). */
void
_sd_application_bench_watch_window (GApplication *application,
                                    GtkWindow    *window)
{
  if (g_getenv ("SOS_DOCTOR_QUIT_AFTER_FIRST_FRAME") != NULL)
    sd_first_frame_quit_after (application, window);
}

static gboolean
quit_after_loading_cb (gpointer user_data)
{
  g_print ("loaded\n");
  g_application_quit (G_APPLICATION (user_data));

  return G_SOURCE_REMOVE;
}

static void
quit_if_loaded (SdProcedureLoader *loader,
                GParamSpec        *pspec,
                GApplication      *application)
{
  if (loader != NULL && sd_procedure_loader_get_loading (loader))
    return;

  g_timeout_add_full (G_PRIORITY_LOW, SETTLE_MS, quit_after_loading_cb,
                      g_object_ref (application), g_object_unref);
}

/* With SOS_DOCTOR_QUIT_AFTER_LOADING, quits once @loader (nullable) is done:
 * to be called after the first frame, just before the loader starts. */
void
_sd_application_bench_watch_loading (GApplication      *application,
                                     SdProcedureLoader *loader)
{
  if (g_getenv ("SOS_DOCTOR_QUIT_AFTER_LOADING") == NULL)
    return;

  if (loader != NULL)
    g_signal_connect_object (loader, "notify::loading", G_CALLBACK (quit_if_loaded),
                             application, 0);
  else
    quit_if_loaded (NULL, NULL, application);
}
