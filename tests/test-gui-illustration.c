/* test-gui-illustration.c: the guides' drawings, and the steps that show them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-illustration.h"
#include "sd-step-view.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-wizard.h"
#include "sd-test-utils.h"
#include "sd-window.h"
#include "sd-wizard-view.h"

static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

/* What a drawing looks like once drawn: how much of it is ink, how light the
 * ink is, and how many of its pixels are the red of a light. */
typedef struct
{
  double ink;
  double luminance;
  guint  red;
} Rendering;

static GdkTexture *
render (GtkWidget *widget)
{
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  g_autoptr (GskRenderNode) node = NULL;
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  assert_non_null (node);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static Rendering
look_at (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture);
  int height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc (width * height * 4);
  Rendering seen = { 0 };
  guint inked = 0;

  /* GDK_MEMORY_DEFAULT: premultiplied ARGB in native-endian 32-bit words. */
  gdk_texture_download (texture, pixels, width * 4);
  for (int i = 0; i < width * height; i++)
    {
      guint32 pixel = ((guint32 *) pixels)[i];
      double a = (pixel >> 24) / 255.0;
      double r, g, b;

      if (a < 0.5)
        continue;
      r = ((pixel >> 16) & 0xff) / 255.0 / a;
      g = ((pixel >> 8) & 0xff) / 255.0 / a;
      b = (pixel & 0xff) / 255.0 / a;
      inked++;
      seen.luminance += 0.2126 * r + 0.7152 * g + 0.0722 * b;
      if (r > 0.6 && g < 0.5 && b < 0.5)
        seen.red++;
    }
  seen.ink = (double) inked / (width * height);
  seen.luminance = inked > 0 ? seen.luminance / inked : 0.0;

  return seen;
}

static void
set_dark (gboolean dark)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      dark ? ADW_COLOR_SCHEME_FORCE_DARK
                                           : ADW_COLOR_SCHEME_FORCE_LIGHT);
}

/* The sheet of every drawing at its size, on the window's background: written
 * where $SD_ILLUSTRATION_SHEET says, light above dark, for the docs. */
static GdkTexture *
render_sheet (GtkWidget *grid)
{
  g_autoptr (GdkTexture) drawings = render (grid);
  GtkStyleContext *context = gtk_widget_get_style_context (grid);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  int width = gdk_texture_get_width (drawings);
  int height = gdk_texture_get_height (drawings);
  GdkRGBA background;

  assert_true (gtk_style_context_lookup_color (context, "window_bg_color", &background));
  gtk_snapshot_append_color (snapshot, &background,
                             &GRAPHENE_RECT_INIT (0, 0, width + 48, height + 48));
  gtk_snapshot_append_texture (snapshot, drawings, &GRAPHENE_RECT_INIT (24, 24, width, height));
  width += 48;
  height += 48;
  node = gtk_snapshot_free_to_node (snapshot);

  return gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (grid)),
                                      node, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
write_sheet (GdkTexture *light,
             GdkTexture *dark,
             GtkWidget  *grid,
             const char *path)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) sheet = NULL;
  int width = gdk_texture_get_width (light);
  int height = gdk_texture_get_height (light);

  gtk_snapshot_append_texture (snapshot, light, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gtk_snapshot_append_texture (snapshot, dark, &GRAPHENE_RECT_INIT (0, height, width, height));
  node = gtk_snapshot_free_to_node (snapshot);
  sheet = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (grid)),
                                       node, &GRAPHENE_RECT_INIT (0, 0, width, 2 * height));
  assert_true (gdk_texture_save_to_png (sheet, path));
}

static void
check_drawing (SdIllustration *illustration,
               const char     *name)
{
  GtkWidget *widget = GTK_WIDGET (illustration);
  const char *path = sd_illustration_get_resource_path (name);
  const char *description = sd_illustration_get_description (name);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *expected_uri = NULL;
  GdkPaintable *paintable;
  GFile *file;
  int minimum, natural;

  /* A small drawing of its own size, found in the resources. */
  assert_non_null (path);
  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  assert_non_null (bytes);
  assert_true (g_bytes_get_size (bytes) < 8 * 1024);
  texture = gdk_texture_new_from_resource (path);
  assert_int_equal (gdk_texture_get_width (texture), SD_ILLUSTRATION_WIDTH);
  assert_int_equal (gdk_texture_get_height (texture), SD_ILLUSTRATION_HEIGHT);

  /* Shown at that size, smaller on a narrow window, and recoloured. */
  assert_string_equal (sd_illustration_get_illustration (illustration), name);
  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, &natural, NULL, NULL);
  assert_int_equal (natural, SD_ILLUSTRATION_WIDTH);
  assert_true (minimum < SD_ILLUSTRATION_WIDTH);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, natural, &minimum, &natural, NULL, NULL);
  assert_int_equal (natural, SD_ILLUSTRATION_HEIGHT);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, 180, &minimum, &natural, NULL, NULL);
  assert_int_equal (natural, 120);
  assert_int_equal (gtk_widget_get_width (widget), SD_ILLUSTRATION_WIDTH);
  assert_int_equal (gtk_widget_get_height (widget), SD_ILLUSTRATION_HEIGHT);
  paintable = sd_illustration_get_paintable (illustration);
  assert_true (GTK_IS_ICON_PAINTABLE (paintable));
  assert_true (gtk_icon_paintable_is_symbolic (GTK_ICON_PAINTABLE (paintable)));
  file = gtk_icon_paintable_get_file (GTK_ICON_PAINTABLE (paintable));
  assert_non_null (file);
  uri = g_file_get_uri (file);
  g_object_unref (file);
  expected_uri = g_strconcat ("resource://", path, NULL);
  assert_string_equal (uri, expected_uri);

  /* Read aloud: an image, and what it shows. */
  assert_non_null (description);
  assert_true (strlen (description) > 40);
  assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_IMG));
  assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL, description));
}

static void
check_drawings (SdApplication *app,
                GtkWindow     *main_window)
{
  const char * const *names = sd_illustration_get_names ();
  g_autoptr (GdkTexture) light_sheet = NULL;
  g_autoptr (GdkTexture) dark_sheet = NULL;
  GtkWindow *window;
  GtkWidget *grid;
  guint n = 0;

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_application (window, GTK_APPLICATION (app));
  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_widget_set_halign (grid, GTK_ALIGN_START);
  gtk_widget_set_valign (grid, GTK_ALIGN_START);
  for (; names[n] != NULL; n++)
    gtk_grid_attach (GTK_GRID (grid), sd_illustration_new (names[n]), n % 3, n / 3, 1, 1);
  assert_int_equal (n, 6);
  gtk_window_set_child (window, grid);
  set_dark (FALSE);
  gtk_window_present (window);
  sd_test_wait_for_draw (GTK_WIDGET (window));

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *widget = gtk_grid_get_child_at (GTK_GRID (grid), i % 3, i / 3);
      g_autoptr (GdkTexture) light = NULL;
      g_autoptr (GdkTexture) dark = NULL;
      Rendering light_seen, dark_seen;

      check_drawing (SD_ILLUSTRATION (widget), names[i]);

      /* Dark lines on a light style, light lines on a dark one; the red of a
       * light stays red. */
      set_dark (FALSE);
      sd_test_wait_for_draw (GTK_WIDGET (window));
      light = render (widget);
      set_dark (TRUE);
      sd_test_wait_for_draw (GTK_WIDGET (window));
      dark = render (widget);
      light_seen = look_at (light);
      dark_seen = look_at (dark);
      if (light_seen.ink < 0.04 || light_seen.luminance > 0.35)
        fail_msg ("%s: ink %.3f, luminance %.2f in light style", names[i], light_seen.ink,
                  light_seen.luminance);
      if (dark_seen.ink < 0.04 || dark_seen.luminance < 0.65)
        fail_msg ("%s: ink %.3f, luminance %.2f in dark style", names[i], dark_seen.ink,
                  dark_seen.luminance);
      if (g_str_equal (names[i], "fibre-red-light"))
        {
          assert_true (light_seen.red > 50);
          assert_true (dark_seen.red > 50);
        }
      else if (g_str_equal (names[i], "volume-knob"))
        {
          assert_int_equal (light_seen.red, 0);
          assert_int_equal (dark_seen.red, 0);
        }
    }

  if (g_getenv ("SD_ILLUSTRATION_SHEET") != NULL)
    {
      set_dark (FALSE);
      sd_test_wait_for_draw (GTK_WIDGET (window));
      light_sheet = render_sheet (grid);
      set_dark (TRUE);
      sd_test_wait_for_draw (GTK_WIDGET (window));
      dark_sheet = render_sheet (grid);
      write_sheet (light_sheet, dark_sheet, grid, g_getenv ("SD_ILLUSTRATION_SHEET"));
    }

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_destroy (window);

  /* No drawing for an unknown name. */
  assert_null (sd_illustration_get_resource_path ("no-such-drawing"));
  assert_null (sd_illustration_get_description ("no-such-drawing"));
}

/* A guide's steps along one path, each with the drawing it shows, if any. */
typedef struct
{
  const char *guide;
  const char *steps[12];
} Walk;

static const Walk walks[] = {
  { "idrive-reboot", { "engine-off", "hold-volume=volume-knob", "screen-dark" } },
  { "sos-button-reset", { "park", "ready", "press-sos=sos-button", "what-happened" } },
  { "battery-disconnect", { "prepare", "let-sleep", "find-battery",
                            "disconnect-negative=battery-negative-first", "disconnected" } },
  { "fuse-check", { "switch-off", "find-boxes", "identify", "inspect=fuse-good-blown",
                    "found-blown" } },
  { "fibre-inspect", { "ring-order", "open-boot", "visual", "light-check",
                       "ring-down", "follow-light=fibre-red-light", "find-break" } },
  { "fibre-splice", { "spliced-before", "count-breaks", "power-off", "free-fibre", "ends-reach",
                      "cut", "strip", "join=fibre-splice", "route=fibre-splice", "test" } },
};

static SdRun *
run_of (SdApplication *app)
{
  SdRun *run = sd_session_get_run (sd_application_get_session (app));

  assert_non_null (run);

  return run;
}

static GtkWidget *
wizard_view (GtkWindow *window)
{
  GtkWidget *view = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_WIZARD_VIEW, NULL);

  assert_non_null (view);

  return view;
}

static GtkWidget *
step_view (GtkWindow *window)
{
  GtkWidget *view = sd_test_find_widget (wizard_view (window), SD_TYPE_STEP_VIEW, NULL);

  assert_non_null (view);

  return view;
}

/* Moves on as a user would: a question by the row of the choice that leads to
 * @to, anything else by Next, once what the step asks is done. */
static void
move_on (SdApplication *app,
         GtkWindow     *window,
         const char    *to)
{
  SdRun *run = run_of (app);
  const SdStep *step = sd_run_get_step (run);
  GtkWidget *next;

  if (sd_run_needs_acknowledgement (run))
    sd_run_acknowledge (run);

  switch (step->kind)
    {
    case SD_STEP_QUESTION:
      for (guint i = 0; i < step->choices->len; i++)
        {
          const SdChoice *choice = g_ptr_array_index (step->choices, i);
          GtkWidget *list, *row;

          if (g_strcmp0 (choice->goto_id, to) != 0)
            continue;
          sd_test_wait_for_draw (GTK_WIDGET (window));
          list = sd_test_find_widget (step_view (window), GTK_TYPE_LIST_BOX, NULL);
          assert_non_null (list);
          row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) i));
          assert_true (gtk_widget_is_sensitive (row));
          g_signal_emit_by_name (list, "row-activated", row);
          sd_test_wait_for_draw (GTK_WIDGET (window));
          return;
        }
      fail_msg ("no choice of “%s” leads to “%s”", step->id, to);
      break;
    case SD_STEP_RING_CHECK:
      /* The finder's own checks are test-gui-ring's; here only where it goes. */
      for (guint i = 0; i < step->choices->len; i++)
        if (g_strcmp0 (((const SdChoice *) g_ptr_array_index (step->choices, i))->goto_id, to) == 0)
          {
            assert_true (sd_run_choose (run, i));
            sd_test_wait_for_draw (GTK_WIDGET (window));
            return;
          }
      fail_msg ("no way on from “%s” leads to “%s”", step->id, to);
      break;
    case SD_STEP_CHECKLIST:
      for (guint i = 0; i < step->items->len; i++)
        sd_run_set_item (run, i, TRUE);
      break;
    case SD_STEP_HOLD:
      assert_true (sd_run_start_hold (run));
      fake_now += (step->seconds + 1) * G_USEC_PER_SEC;
      sd_wizard_view_tick (SD_WIZARD_VIEW (wizard_view (window)));
      break;
    case SD_STEP_WAIT:
      assert_true (sd_run_start_wait (run, step->seconds));
      fake_now += (step->seconds + 1) * G_USEC_PER_SEC;
      sd_wizard_view_tick (SD_WIZARD_VIEW (wizard_view (window)));
      break;
    case SD_STEP_INSTRUCTION:
    case SD_STEP_OUTCOME:
    default:
      break;
    }

  sd_test_wait_for_draw (GTK_WIDGET (window));
  next = sd_test_find_widget (wizard_view (window), GTK_TYPE_BUTTON, "next");
  assert_non_null (next);
  assert_true (gtk_widget_get_visible (next) && gtk_widget_is_sensitive (next));
  g_signal_emit_by_name (next, "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

/* Pictures of the window on an illustrated step, light and wide, dark and
 * narrow: written into $SD_ILLUSTRATION_SHOTS, to look at. */
static void
take_shots (GtkWindow  *window,
            const char *name)
{
  const char *dir = g_getenv ("SD_ILLUSTRATION_SHOTS");
  int width, height;

  if (dir == NULL)
    return;

  gtk_window_get_default_size (window, &width, &height);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *file = g_strdup_printf ("%s-%s.png", name, i == 0 ? "light" : "dark-narrow");
      g_autofree char *path = g_build_filename (dir, file, NULL);
      g_autoptr (GdkTexture) texture = NULL;

      set_dark (i == 1);
      gtk_window_set_default_size (window, i == 0 ? width : 360, height);
      sd_test_wait_for_draw (GTK_WIDGET (window));
      sd_test_wait_for_draw (GTK_WIDGET (window));
      texture = render (GTK_WIDGET (window));
      assert_true (gdk_texture_save_to_png (texture, path));
    }
  gtk_window_set_default_size (window, width, height);
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

static void
walk (SdApplication *app,
      GtkWindow     *window,
      const Walk    *guide)
{
  SdSession *session = sd_application_get_session (app);

  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);
  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

  /* The guide opens on its overview; Start leads to the first step. */
  sd_test_start_guide (window, guide->guide);

  for (guint i = 0; i < G_N_ELEMENTS (guide->steps) && guide->steps[i] != NULL; i++)
    {
      g_auto (GStrv) parts = g_strsplit (guide->steps[i], "=", 2);
      GtkWidget *illustration;

      assert_string_equal (sd_run_get_step (run_of (app))->id, parts[0]);
      illustration = sd_test_find_widget (step_view (window), SD_TYPE_ILLUSTRATION, NULL);
      assert_non_null (illustration);
      if (parts[1] == NULL)
        {
          assert_false (gtk_widget_get_visible (illustration));
          assert_null (sd_illustration_get_illustration (SD_ILLUSTRATION (illustration)));
        }
      else
        {
          /* Above the step's texts, drawn. */
          GtkWidget *texts = gtk_widget_get_next_sibling (illustration);

          assert_true (gtk_widget_get_mapped (illustration));
          assert_string_equal (sd_illustration_get_illustration (SD_ILLUSTRATION (illustration)),
                               parts[1]);
          assert_true (gtk_widget_get_height (illustration) > 0);
          assert_non_null (sd_illustration_get_paintable (SD_ILLUSTRATION (illustration)));
          assert_true (GTK_IS_BOX (texts) && gtk_widget_get_visible (texts));
          assert_true (gtk_test_accessible_check_property (
                         GTK_ACCESSIBLE (illustration), GTK_ACCESSIBLE_PROPERTY_LABEL,
                         sd_illustration_get_description (parts[1])) == NULL);
          take_shots (window, parts[0]);
        }

      if (i + 1 < G_N_ELEMENTS (guide->steps) && guide->steps[i + 1] != NULL)
        {
          g_auto (GStrv) to = g_strsplit (guide->steps[i + 1], "=", 2);

          move_on (app, window, to[0]);
        }
    }
}

static void check_idrive (SdApplication *app, GtkWindow *window) { walk (app, window, &walks[0]); }
static void check_sos (SdApplication *app, GtkWindow *window) { walk (app, window, &walks[1]); }
static void check_battery (SdApplication *app, GtkWindow *window) { walk (app, window, &walks[2]); }
static void check_fuses (SdApplication *app, GtkWindow *window) { walk (app, window, &walks[3]); }
static void check_fibre (SdApplication *app, GtkWindow *window) { walk (app, window, &walks[4]); }
static void check_splice (SdApplication *app, GtkWindow *window) { walk (app, window, &walks[5]); }

static void test_drawings (void **state) { sd_test_run_app (check_drawings, NULL); }
static void test_idrive (void **state) { sd_test_run_app (check_idrive, NULL); }
static void test_sos (void **state) { sd_test_run_app (check_sos, NULL); }
static void test_battery (void **state) { sd_test_run_app (check_battery, NULL); }
static void test_fuses (void **state) { sd_test_run_app (check_fuses, NULL); }
static void test_fibre (void **state) { sd_test_run_app (check_fibre, NULL); }
static void test_splice (void **state) { sd_test_run_app (check_splice, NULL); }

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_drawings, sd_test_fresh_case),
    cmocka_unit_test_setup (test_idrive, sd_test_fresh_case),
    cmocka_unit_test_setup (test_sos, sd_test_fresh_case),
    cmocka_unit_test_setup (test_battery, sd_test_fresh_case),
    cmocka_unit_test_setup (test_fuses, sd_test_fresh_case),
    cmocka_unit_test_setup (test_fibre, sd_test_fresh_case),
    cmocka_unit_test_setup (test_splice, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
