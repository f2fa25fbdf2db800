/* sd-first-frame.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first frame, as tests/bench/bench-startup.c counts it: the first that
 * rendered the window's content. The app's hook (sd-application-bench.c) and
 * the bare window it is compared with (tests/bench/bare-window.c) both build
 * this file, so that both are timed by the same rule. It needs GTK only.
 */
#include "config.h"

#include "sd-first-frame.h"

/* Whether the window's surface has rendered: a frame clock may finish a frame
 * before the X server has mapped the window, and such a frame draws nothing. */
static gboolean rendered;

static gboolean
on_render_cb (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               user_data)
{
  rendered = TRUE;

  return FALSE;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GApplication  *application)
{
  if (!rendered)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, application);
  g_print ("first-frame\n");
  g_application_quit (application);
}

static void
on_window_realized_cb (GtkWidget    *window,
                       GApplication *application)
{
  /* GTK's own handler of "render" stops the emission: a hook sees it first. */
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              on_render_cb, NULL, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), application);
}

/**
 * sd_first_frame_quit_after:
 *
 * Prints "first-frame" and quits @application once @window (not yet
 * realized) has painted its first frame that rendered its content.
 */
void
sd_first_frame_quit_after (GApplication *application,
                           GtkWindow    *window)
{
  g_signal_connect (window, "realize", G_CALLBACK (on_window_realized_cb), application);
}
