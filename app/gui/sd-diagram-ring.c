/* sd-diagram-ring.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fibre-optic (MOST) ring on the car diagram: a loop through the members
 * the case's car has, in the order known for it (sd_vehicle_profile_list_ring()),
 * with a note where that order is not known, and no loop at all, with a note
 * saying so, on a car without a ring. A car nothing is known of gets the
 * knowledge base's ring, as before. One stretch of it, from a member to the
 * next ones the light reaches, can be drawn stronger (the ring-break finder).
 */
#include "config.h"

#include <math.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "sd-diagram-ring.h"

struct _SdDiagramRing
{
  GArray     *path;     /* SdRingSegment, from each member to the next */
  GPtrArray  *members;  /* the component ids drawn, in light order */
  const char *note;     /* (nullable): what to say of the ring */
  char       *stretch_from;
  char       *stretch_to;
  gboolean    built;
};

SdDiagramRing *
sd_diagram_ring_new (void)
{
  SdDiagramRing *ring = g_new0 (SdDiagramRing, 1);

  ring->path = g_array_new (FALSE, FALSE, sizeof (SdRingSegment));
  ring->members = g_ptr_array_new_with_free_func (g_free);

  return ring;
}

void
sd_diagram_ring_free (SdDiagramRing *ring)
{
  if (ring == NULL)
    return;

  g_clear_pointer (&ring->path, g_array_unref);
  g_clear_pointer (&ring->members, g_ptr_array_unref);
  g_free (ring->stretch_from);
  g_free (ring->stretch_to);
  g_free (ring);
}

static gboolean
same_members (GPtrArray *a,
              GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;

  return TRUE;
}

/**
 * sd_diagram_ring_update:
 *
 * Follows the car of the session's case.
 *
 * Returns: whether the ring or its note changed
 */
gboolean
sd_diagram_ring_update (SdDiagramRing *ring,
                        SdSession     *session,
                        double         aspect)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (session));
  SdVehicleProfile *profile = sd_case_get_profile (sd_session_get_case (session));
  g_autoptr(GPtrArray) listed = NULL;
  g_autoptr(GPtrArray) members = g_ptr_array_new_with_free_func (g_free);
  SdRingOrder order = SD_RING_ORDER_NONE;
  const char *note = NULL;

  if (sd_vehicle_profile_get_model (profile) != NULL &&
      sd_vehicle_profile_has_most_ring (profile) == SD_FACT_NO)
    {
      listed = g_ptr_array_new ();
      note = _("This car has no fibre-optic ring.");
    }
  else
    {
      listed = sd_vehicle_profile_list_ring (profile, &order);
      if (listed->len == 0)
        {
          /* The knowledge base's ring: its order is one car's. */
          g_clear_pointer (&listed, g_ptr_array_unref);
          listed = g_ptr_array_new_with_free_func (g_free);
          for (guint r = 0; r < sd_knowledge_get_n_ring_members (knowledge); r++)
            g_ptr_array_add (listed, g_strdup (sd_knowledge_get_ring_member (knowledge, r)->component));
          if (!sd_vehicle_profile_is_unknown (profile))
            order = SD_RING_ORDER_UNKNOWN;
        }
      if (order == SD_RING_ORDER_UNKNOWN)
        note = _("The order of the units on this car’s ring is not known.");
      else if (order == SD_RING_ORDER_EXAMPLE)
        note = _("The ring in the order found on one such car; yours may differ.");
    }

  for (guint i = 0; i < listed->len; i++)
    if (sd_knowledge_lookup_component (knowledge, g_ptr_array_index (listed, i)) != NULL)
      g_ptr_array_add (members, g_strdup (g_ptr_array_index (listed, i)));

  if (ring->built && same_members (members, ring->members) && note == ring->note)
    return FALSE;
  ring->built = TRUE;

  g_clear_pointer (&ring->path, g_array_unref);
  ring->path = sd_knowledge_dup_ring_path_for (knowledge, members, aspect);
  /* Fewer than two: no loop is drawn, and the ring has none. */
  if (ring->path->len == 0)
    g_ptr_array_set_size (members, 0);
  g_ptr_array_unref (ring->members);
  ring->members = g_steal_pointer (&members);
  ring->note = note;

  return TRUE;
}

/* Returns: (element-type SdRingSegment): the curves drawn */
GArray *
sd_diagram_ring_get_path (SdDiagramRing *ring)
{
  return ring->path;
}

/* Returns: (element-type utf8): the members drawn, in light order */
GPtrArray *
sd_diagram_ring_get_members (SdDiagramRing *ring)
{
  return ring->members;
}

/* Returns: (nullable): "no ring in this car", "order not known" and so on */
const char *
sd_diagram_ring_get_note (SdDiagramRing *ring)
{
  return ring->note;
}

/* Returns: whether it changed */
gboolean
sd_diagram_ring_set_stretch (SdDiagramRing *ring,
                             const char    *from_member,
                             const char    *to_member)
{
  if (g_strcmp0 (ring->stretch_from, from_member) == 0 &&
      g_strcmp0 (ring->stretch_to, to_member) == 0)
    return FALSE;

  g_free (ring->stretch_from);
  g_free (ring->stretch_to);
  ring->stretch_from = g_strdup (from_member);
  ring->stretch_to = g_strdup (to_member);

  return TRUE;
}

/* Where on @segment its arrow goes: near the middle, where no marker hides it. */
static SdPoint
arrow_point (SdKnowledge         *knowledge,
             const SdRingSegment *segment,
             double               aspect,
             SdPoint             *tangent)
{
  static const double places[] = { 0.5, 0.4, 0.6, 0.3, 0.7 };
  double best_clearance = -1.0;
  double best = 0.5;

  for (guint p = 0; p < G_N_ELEMENTS (places); p++)
    {
      SdPoint at = sd_ring_segment_at (segment, places[p], NULL);
      double clearance = G_MAXDOUBLE;

      for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
        {
          const SdComponent *component = sd_knowledge_get_component (knowledge, i);

          clearance = MIN (clearance, hypot (at.x - component->x, at.y - component->y * aspect));
        }
      /* The middle, unless a marker is in the way. */
      if (clearance > best_clearance + 0.02)
        {
          best_clearance = clearance;
          best = places[p];
        }
    }

  return sd_ring_segment_at (segment, best, tangent);
}

/* The quadratic curve of @segment as a cubic one, from the current point. */
static void
curve (cairo_t             *cr,
       const SdRingSegment *segment,
       double               scale)
{
  double x0, y0;

  cairo_get_current_point (cr, &x0, &y0);
  cairo_curve_to (cr,
                  x0 + 2.0 / 3.0 * (segment->control.x * scale - x0),
                  y0 + 2.0 / 3.0 * (segment->control.y * scale - y0),
                  segment->to.x * scale + 2.0 / 3.0 * (segment->control.x - segment->to.x) * scale,
                  segment->to.y * scale + 2.0 / 3.0 * (segment->control.y - segment->to.y) * scale,
                  segment->to.x * scale, segment->to.y * scale);
}

/* The stretch from one member to another, the way the light goes, solid and wide. */
static void
draw_stretch (SdDiagramRing *ring,
              cairo_t       *cr,
              double         scale)
{
  guint n = ring->members->len;
  guint from, to;

  if (ring->path->len != n || n < 2 || ring->stretch_from == NULL || ring->stretch_to == NULL ||
      !g_ptr_array_find_with_equal_func (ring->members, ring->stretch_from, g_str_equal, &from) ||
      !g_ptr_array_find_with_equal_func (ring->members, ring->stretch_to, g_str_equal, &to) ||
      from == to)
    return;

  cairo_save (cr);
  cairo_set_dash (cr, NULL, 0, 0.0);
  cairo_set_line_width (cr, 7.0);
  cairo_move_to (cr, g_array_index (ring->path, SdRingSegment, from).from.x * scale,
                 g_array_index (ring->path, SdRingSegment, from).from.y * scale);
  for (guint s = from; s != to; s = (s + 1) % n)
    curve (cr, &g_array_index (ring->path, SdRingSegment, s), scale);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/**
 * sd_diagram_ring_draw:
 *
 * The ring in the accent colour, dashed on the Car page, with an arrow on each
 * curve the way the light goes, and the stretch asked for stronger.
 */
void
sd_diagram_ring_draw (SdDiagramRing   *ring,
                      GtkWidget       *widget,
                      SdKnowledge     *knowledge,
                      GtkSnapshot     *snapshot,
                      graphene_rect_t *rect,
                      gboolean         interactive)
{
  GdkRGBA accent = { 0.21, 0.52, 0.89, 1.0 };
  double scale = rect->size.width;
  double aspect = rect->size.height / rect->size.width;
  cairo_t *cr;

  if (ring->path->len < 2)
    return;

  gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", &accent);
  cr = gtk_snapshot_append_cairo (snapshot, rect);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, interactive ? 3.0 : 2.0);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (interactive)
    cairo_set_dash (cr, (double[]) { 10.0, 6.0 }, 2, 0.0);
  cairo_translate (cr, rect->origin.x, rect->origin.y);

  /* Closed: the light comes back to the first member. */
  cairo_move_to (cr, g_array_index (ring->path, SdRingSegment, 0).from.x * scale,
                 g_array_index (ring->path, SdRingSegment, 0).from.y * scale);
  for (guint s = 0; s < ring->path->len; s++)
    curve (cr, &g_array_index (ring->path, SdRingSegment, s), scale);
  cairo_close_path (cr);
  cairo_stroke (cr);

  draw_stretch (ring, cr, scale);

  cairo_set_dash (cr, NULL, 0, 0.0);
  for (guint s = 0; s < ring->path->len; s++)
    {
      SdPoint tangent;
      SdPoint at = arrow_point (knowledge, &g_array_index (ring->path, SdRingSegment, s), aspect,
                                &tangent);
      double length = hypot (tangent.x, tangent.y);
      double size = interactive ? 7.0 : 4.0;
      double dx, dy;

      if (length == 0.0)
        continue;
      dx = tangent.x / length;
      dy = tangent.y / length;
      cairo_move_to (cr, at.x * scale + dx * size, at.y * scale + dy * size);
      cairo_line_to (cr, at.x * scale - dx * size - dy * size * 0.8, at.y * scale - dy * size + dx * size * 0.8);
      cairo_line_to (cr, at.x * scale - dx * size + dy * size * 0.8, at.y * scale - dy * size - dx * size * 0.8);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  cairo_destroy (cr);
}
