/* sd-report-diagram.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report's diagram: a simple car seen from above, front at the top, in the
 * proportions of ui/sd-car.svg, with each component of the knowledge base as a
 * numbered circle at its hotspot, shaded by how suspect it is (the same three
 * levels the app's diagram shows). The numbers are explained in the rows that
 * follow it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-component-info.h"
#include "sd-report-private.h"

/* The drawing of the car is 400 × 880 units, as the app's. */
#define CAR_WIDTH  400.0
#define CAR_HEIGHT 880.0
#define DIAGRAM_HEIGHT 300.0
#define MARK_RADIUS 8.0

double
_sd_report_diagram_height (double width)
{
  return DIAGRAM_HEIGHT;
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   width,
              double   height,
              double   radius)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + width - radius, y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, x + width - radius, y + height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, x + radius, y + height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, x + radius, y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_car (cairo_t *cr)
{
  const double wheels[][2] = { { 14, 150 }, { 350, 150 }, { 14, 640 }, { 350, 640 } };

  cairo_set_source_rgb (cr, 0.37, 0.36, 0.39);
  for (guint i = 0; i < G_N_ELEMENTS (wheels); i++)
    rounded_rect (cr, wheels[i][0], wheels[i][1], 36, 110, 12);
  cairo_fill (cr);

  rounded_rect (cr, 40, 30, 320, 820, 110);
  cairo_set_source_rgb (cr, 0.93, 0.93, 0.93);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  cairo_set_line_width (cr, 5);
  cairo_stroke (cr);

  /* The windscreen and the rear window. */
  cairo_set_source_rgb (cr, 0.78, 0.82, 0.86);
  cairo_move_to (cr, 80, 300);
  cairo_line_to (cr, 320, 300);
  cairo_line_to (cr, 290, 390);
  cairo_line_to (cr, 110, 390);
  cairo_close_path (cr);
  cairo_move_to (cr, 110, 660);
  cairo_line_to (cr, 290, 660);
  cairo_line_to (cr, 315, 730);
  cairo_line_to (cr, 85, 730);
  cairo_close_path (cr);
  cairo_fill (cr);
}

static void
shade (cairo_t          *cr,
       SdSuspicionLevel  level)
{
  switch (level)
    {
    case SD_SUSPICION_HIGH:
      cairo_set_source_rgb (cr, 0.80, 0.11, 0.14);
      break;
    case SD_SUSPICION_MEDIUM:
      cairo_set_source_rgb (cr, 0.96, 0.62, 0.10);
      break;
    case SD_SUSPICION_LOW:
    default:
      cairo_set_source_rgb (cr, 1, 1, 1);
      break;
    }
}

void
_sd_report_draw_diagram (SdReport *self,
                         cairo_t  *cr,
                         double    x,
                         double    y,
                         double    width)
{
  double scale = DIAGRAM_HEIGHT / CAR_HEIGHT;
  double car_x = x + (width - CAR_WIDTH * scale) / 2;
  g_autoptr(PangoContext) context = pango_cairo_create_context (cr);
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string ("Sans Bold 7");

  pango_cairo_context_set_resolution (context, 72.0);
  pango_layout_set_font_description (layout, font);

  cairo_save (cr);
  cairo_translate (cr, car_x, y);
  cairo_scale (cr, scale, scale);
  draw_car (cr);
  cairo_restore (cr);

  for (guint i = 0; i < sd_knowledge_get_n_components (self->knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (self->knowledge, i);
      SdSuspicion suspicion = sd_component_get_suspicion (self->knowledge, self->diagnosis,
                                                          component->id);
      double cx = car_x + CLAMP (component->x, 0, 1) * CAR_WIDTH * scale;
      double cy = y + CLAMP (component->y, 0, 1) * DIAGRAM_HEIGHT;
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      int text_width, text_height;

      cairo_new_path (cr);
      cairo_arc (cr, cx, cy, MARK_RADIUS, 0, 2 * G_PI);
      shade (cr, suspicion.level);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_set_line_width (cr, 0.8);
      cairo_stroke (cr);

      pango_layout_set_text (layout, number, -1);
      pango_layout_get_size (layout, &text_width, &text_height);
      cairo_set_source_rgb (cr, suspicion.level == SD_SUSPICION_HIGH ? 1 : 0,
                            suspicion.level == SD_SUSPICION_HIGH ? 1 : 0,
                            suspicion.level == SD_SUSPICION_HIGH ? 1 : 0);
      cairo_move_to (cr, cx - pango_units_to_double (text_width) / 2,
                     cy - pango_units_to_double (text_height) / 2);
      pango_cairo_update_layout (cr, layout);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
}
