/* bare-window.c: the yardstick for bench-startup: an AdwApplicationWindow with a
 * header bar and nothing else, built in the same tree with the same flags.
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

/* Whether the window's surface has rendered: the frame clock may finish a
 * frame before the X server has mapped the window, and that frame draws
 * nothing. The app's hook (app/gui/sd-application-bench.c) waits the same way. */
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
on_first_frame_cb (GdkFrameClock *clock,
                   GApplication  *application)
{
  if (!rendered)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, application);
  g_print ("first-frame\n");
  g_application_quit (application);
}

static void
on_realize_cb (GtkWidget    *window,
               GApplication *application)
{
  /* GTK's own handler of "render" stops the emission: a hook sees it first. */
  g_signal_add_emission_hook (g_signal_lookup ("render", GDK_TYPE_SURFACE), 0,
                              on_render_cb, NULL, NULL);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_cb), application);
}

static void
on_activate_cb (GApplication *application)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (application));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 860, 720);
  g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), application);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.sosdoctor.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
