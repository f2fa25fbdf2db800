/* screenshots.c: the README's screenshots, taken from the real app
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs SOS Doctor in this process under a display (Xvfb), brings it to each
 * state shown in the README through its own actions and widgets, and renders
 * the window to a PNG: build-aux/sos-doctor-screenshots runs it.
 *
 *   sd-screenshots OUTPUT-DIR
 *
 * With SOS_DOCTOR_SCREENSHOTS_LANGUAGES set, it takes one wizard step in every
 * language instead (language-LL.png).
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "sd-application.h"
#include "sd-cause-row.h"
#include "sd-guide-row.h"
#include "sd-diagram-view.h"
#include "sd-profile-page.h"
#include "sd-run.h"
#include "sd-test-gtk-utils.h"
#include "sd-window.h"
#include "sd-wizard-view.h"

static const char *output_dir;

static void
wait_for_draw (GtkWidget *widget)
{
  for (int i = 0; i < 3; i++)
    {
      gtk_test_widget_wait_for_draw (widget);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static void
save (GtkWindow  *window,
      const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (output_dir, name, NULL);
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  wait_for_draw (GTK_WIDGET (window));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  if (!gdk_texture_save_to_png (texture, path))
    g_error ("cannot write %s", path);
  g_print ("%s (%d × %d)\n", path, width, height);
}

static void
show_page (GtkWindow  *window,
           const char *name)
{
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window),
                                                               ADW_TYPE_VIEW_STACK, NULL)), name);
  wait_for_draw (GTK_WIDGET (window));
}

/* The ring-break finder's step of its own guide, on the generic ring. */
static void
start_ring_finder (SdSession *session,
                   GtkWindow *window)
{
  SdRun *run;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", "ring-break-finder");
  run = sd_session_get_run (session);
  sd_run_go_next (run);
  sd_run_choose (run, 0);
  wait_for_draw (GTK_WIDGET (window));
}

static void
answer_ring (GtkWindow  *window,
             const char *button)
{
  /* "clicked" itself: activating a button presses it for a moment first. */
  g_signal_emit_by_name (sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, button), "clicked");
  wait_for_draw (GTK_WIDGET (window));
}

/* "Your car" with a US E92 chosen, saved as NAME.png; then "I don't know my
 * car", so that the other pictures show every question. */
static void
take_your_car (GtkWindow  *window,
               const char *name)
{
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL);
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_PROFILE_PAGE, NULL);
  sd_profile_page_select_model (SD_PROFILE_PAGE (page), "e92");
  sd_profile_page_select (SD_PROFILE_PAGE (page), SD_VEHICLE_MARKET, "na");
  wait_for_draw (GTK_WIDGET (window));
  save (window, file);
  g_signal_emit_by_name (sd_test_find_widget (page, GTK_TYPE_BUTTON, "unknown-button"), "clicked");
  wait_for_draw (GTK_WIDGET (window));
}

static void
take_all (SdApplication *app,
          GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GtkWindow *narrow;
  GtkWidget *diagram;
  GtkWidget *page;
  GtkWidget *row;
  SdRun *run;

  gtk_window_set_default_size (window, 900, 720);
  wait_for_draw (GTK_WIDGET (window));

  /* "Your car", as a new case asks it, with a US E92 chosen; light and dark. */
  take_your_car (window, "your-car");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  take_your_car (window, "your-car-dark");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  /* An owner who hears crackling and lost the radio's sound. */
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  sd_session_set_answer (session, "radio-no-sound", SD_ANSWER_YES);
  sd_session_set_answer (session, "recent-boot-work", SD_ANSWER_NO);
  show_page (window, "diagnose");
  row = sd_test_find_cause_row (GTK_WIDGET (window), "sdars-faulty");
  gtk_widget_activate (row);
  save (window, "diagnose.png");

  /* The Car page opens on the most suspect component, its details beside the
   * drawing; the same in the dark style. */
  show_page (window, "car");
  save (window, "car.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save (window, "car-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);

  show_page (window, "guides");
  row = sd_test_find_guide_row (GTK_WIDGET (window), "sos-button-reset");
  sd_guide_row_set_expanded (SD_GUIDE_ROW (row), TRUE);
  save (window, "guides.png");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", "idrive-reboot");
  run = sd_session_get_run (session);
  sd_run_go_next (run);
  save (window, "wizard-hold.png");
  sd_session_abandon_run (session);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", "sos-button-reset");
  sd_run_go_next (sd_session_get_run (session));
  save (window, "wizard-sos-interlock.png");
  sd_session_abandon_run (session);

  /* The finder after one check, light and dark; then the break it found. */
  start_ring_finder (session, window);
  answer_ring (window, "ring-light");
  save (window, "wizard-ring.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_FORCE_DARK);
  save (window, "wizard-ring-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  answer_ring (window, "ring-dark");
  save (window, "wizard-ring-found.png");
  {
    /* Scrolled down to the map, where the stretch found is marked too. */
    GtkWidget *wizard = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_WIZARD_VIEW, NULL);
    GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (sd_test_find_widget (wizard,
                                                                            GTK_TYPE_SCROLLED_WINDOW,
                                                                            NULL));
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
    wait_for_draw (GTK_WIDGET (window));
    save (window, "wizard-ring-map.png");
  }
  sd_session_abandon_run (session);

  sd_session_set_answer (session, "tcu-functions-fail", SD_ANSWER_NO);
  show_page (window, "log");
  save (window, "repair-log.png");

  /* The narrowest supported width, in a window opened at that size: the page
   * switcher moves to the bottom. */
  narrow = GTK_WINDOW (sd_window_new (app));
  gtk_window_set_default_size (narrow, 360, 720);
  gtk_window_present (narrow);
  take_your_car (narrow, "your-car-narrow");
  show_page (narrow, "diagnose");
  save (narrow, "narrow.png");
  /* There the details of a component chosen come over the drawing. */
  show_page (narrow, "car");
  diagram = sd_test_find_widget (GTK_WIDGET (narrow), SD_TYPE_DIAGRAM_VIEW, NULL);
  gtk_widget_activate (sd_diagram_view_get_marker (SD_DIAGRAM_VIEW (diagram), "amplifier"));
  g_usleep (G_USEC_PER_SEC / 2);
  wait_for_draw (GTK_WIDGET (narrow));
  save (narrow, "car-narrow.png");
  start_ring_finder (session, narrow);
  answer_ring (narrow, "ring-light");
  save (narrow, "wizard-ring-narrow.png");
  sd_session_abandon_run (session);
  gtk_window_destroy (narrow);

  /* A G-series car: no fibre-optic ring, and the drawing says so. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL);
  page = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_PROFILE_PAGE, NULL);
  sd_profile_page_select_model (SD_PROFILE_PAGE (page), "g01");
  /* The buttons are below the fold, built once the page has been drawn. */
  wait_for_draw (GTK_WIDGET (window));
  g_signal_emit_by_name (sd_test_find_widget (page, GTK_TYPE_BUTTON, "use-button"), "clicked");
  show_page (window, "car");
  save (window, "car-no-ring.png");
}

/* Switches as the language menu does, and waits for the window built in it. */
static GtkWindow *
switch_language (SdApplication *app,
                 GtkWindow     *window,
                 const char    *language)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "language",
                                  g_variant_new_string (language));
  while (gtk_application_get_active_window (GTK_APPLICATION (app)) == window)
    g_main_context_iteration (NULL, TRUE);
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  wait_for_draw (GTK_WIDGET (window));

  return window;
}

/* The same wizard step in every language, switched while the guide is open: the
 * wait of the battery disconnect, with its deadline and the time left. */
static GtkWindow *
take_languages (SdApplication *app,
                GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  g_auto(GStrv) linguas = g_strsplit ("en " SD_LINGUAS, " ", -1);
  SdRun *run;

  gtk_window_set_default_size (window, 480, 760);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", "battery-disconnect");
  run = sd_session_get_run (session);
  while (sd_run_get_step (run)->kind != SD_STEP_WAIT)
    {
      const SdStep *step = sd_run_get_step (run);

      for (guint i = 0; step->items != NULL && i < step->items->len; i++)
        sd_run_set_item (run, i, TRUE);
      sd_run_go_next (run);
    }
  sd_run_start_wait (run, sd_run_get_step (run)->seconds);

  for (guint i = 0; linguas[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("language-%s.png", linguas[i]);

      window = switch_language (app, window, linguas[i]);
      save (window, name);
    }

  sd_session_abandon_run (session);
  return switch_language (app, window, "");
}

static void
on_activate_cb (GApplication *application,
                gpointer      user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (g_getenv ("SOS_DOCTOR_SCREENSHOTS_LANGUAGES") != NULL)
    window = take_languages (SD_APPLICATION (application), window);
  else
    take_all (SD_APPLICATION (application), window);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SdApplication) app = NULL;
  g_autofree char *state = NULL;
  const char *app_argv[] = { "sos-doctor", NULL };

  if (argc != 2)
    {
      g_printerr ("Usage: %s OUTPUT-DIR\n", argv[0]);
      return 2;
    }
  output_dir = argv[1];
  g_mkdir_with_parents (output_dir, 0755);

  /* A case of its own, not the user's. */
  state = g_dir_make_tmp ("sos-doctor-screenshots-XXXXXX", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOS_DOCTOR_LOCALEDIR") != NULL
                                     ? g_getenv ("SOS_DOCTOR_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  gtk_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = sd_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, (char **) app_argv);
}
