/* sd-component-info.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the app says about one component of the car: how suspect it is in the
 * current case (the diagram's shading), and the faults, questions and guides
 * that concern it (the Car page's details).
 */
#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "sd-component-info.h"

/**
 * sd_suspicion_level_for:
 * @probability: the probability that the cause is one of a component's faults
 *
 * Returns: the shade of a component this suspect; the legend names the same
 *   three levels
 */
SdSuspicionLevel
sd_suspicion_level_for (double probability)
{
  if (probability >= SD_SUSPICION_HIGH_THRESHOLD)
    return SD_SUSPICION_HIGH;
  if (probability >= SD_SUSPICION_MEDIUM_THRESHOLD)
    return SD_SUSPICION_MEDIUM;

  return SD_SUSPICION_LOW;
}

/**
 * sd_component_get_suspicion:
 * @component_id: a component of @knowledge
 *
 * Returns: the probability, given everything observed in @diagnosis, that the
 *   cause is one of @component_id's faults, and its level
 */
SdSuspicion
sd_component_get_suspicion (SdKnowledge *knowledge,
                            SdDiagnosis *diagnosis,
                            const char  *component_id)
{
  SdSuspicion suspicion = { SD_SUSPICION_LOW, 0.0 };

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), suspicion);
  g_return_val_if_fail (SD_IS_DIAGNOSIS (diagnosis), suspicion);
  g_return_val_if_fail (component_id != NULL, suspicion);

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

      if (g_strcmp0 (fault->component, component_id) == 0)
        suspicion.probability += sd_diagnosis_get_probability (diagnosis, fault->id);
    }
  suspicion.level = sd_suspicion_level_for (suspicion.probability);

  return suspicion;
}

/**
 * sd_component_find_most_suspect:
 *
 * Returns: (nullable): the id of the component most suspect in @diagnosis, the
 *   first in the knowledge base's order on a tie; %NULL if there is none
 */
const char *
sd_component_find_most_suspect (SdKnowledge *knowledge,
                                SdDiagnosis *diagnosis)
{
  const char *most_suspect = NULL;
  double highest = -1.0;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), NULL);
  g_return_val_if_fail (SD_IS_DIAGNOSIS (diagnosis), NULL);

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      SdSuspicion suspicion = sd_component_get_suspicion (knowledge, diagnosis, component->id);

      if (suspicion.probability > highest)
        {
          highest = suspicion.probability;
          most_suspect = component->id;
        }
    }

  return most_suspect;
}

/**
 * sd_probability_format:
 *
 * Returns: (transfer full): @probability in per cent, for a person
 */
char *
sd_probability_format (double probability)
{
  /* Translators: a probability in per cent, e.g. "42 %"; use your usual spacing. */
  return g_strdup_printf (_("%.0f %%"), probability * 100);
}

/**
 * sd_knowledge_dup_component_faults:
 *
 * Returns: (transfer container) (element-type SdFault): the faults of
 *   @component_id, in the knowledge base's order
 */
GPtrArray *
sd_knowledge_dup_component_faults (SdKnowledge *knowledge,
                                   const char  *component_id)
{
  GPtrArray *faults = g_ptr_array_new ();

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), faults);

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

      if (component_id != NULL && g_strcmp0 (fault->component, component_id) == 0)
        g_ptr_array_add (faults, (gpointer) fault);
    }

  return faults;
}

/**
 * sd_knowledge_dup_component_symptoms:
 *
 * Returns: (transfer container) (element-type SdSymptom): the symptoms grouped
 *   under @component_id, in the knowledge base's order
 */
GPtrArray *
sd_knowledge_dup_component_symptoms (SdKnowledge *knowledge,
                                     const char  *component_id)
{
  GPtrArray *symptoms = g_ptr_array_new ();

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), symptoms);

  for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, i);

      if (component_id != NULL && g_strcmp0 (symptom->component, component_id) == 0)
        g_ptr_array_add (symptoms, (gpointer) symptom);
    }

  return symptoms;
}

/**
 * sd_catalog_dup_component_procedures:
 *
 * Returns: (transfer container) (element-type SdProcedure): the procedures
 *   whose components include @component_id, in load order
 */
GPtrArray *
sd_catalog_dup_component_procedures (SdCatalog  *catalog,
                                     const char *component_id)
{
  GPtrArray *procedures = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *all;

  g_return_val_if_fail (SD_IS_CATALOG (catalog), procedures);

  all = sd_catalog_get_procedures (catalog);
  for (guint i = 0; component_id != NULL && i < g_list_model_get_n_items (all); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (all, i);
      const char * const *components = sd_procedure_get_components (procedure);

      if (components != NULL && g_strv_contains (components, component_id))
        g_ptr_array_add (procedures, g_steal_pointer (&procedure));
    }

  return procedures;
}

static gint
compare_by_position (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  SdKnowledge *knowledge = user_data;
  const SdComponent *ca = sd_knowledge_get_component (knowledge, *(const guint *) a);
  const SdComponent *cb = sd_knowledge_get_component (knowledge, *(const guint *) b);

  if (ca->y != cb->y)
    return ca->y < cb->y ? -1 : 1;
  if (ca->x != cb->x)
    return ca->x < cb->x ? -1 : 1;

  return 0;
}

/**
 * sd_knowledge_dup_marker_order:
 *
 * The order in which the arrow keys go through the car diagram's markers: the
 * members of the fibre-optic ring in the order the light flows, then the other
 * components from the front of the car to the back, left to right.
 *
 * Returns: (transfer full) (element-type guint): component indices
 */
GArray *
sd_knowledge_dup_marker_order (SdKnowledge *knowledge)
{
  guint n = sd_knowledge_get_n_components (knowledge);
  g_autoptr(GArray) order = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);
  g_autoptr(GArray) others = g_array_sized_new (FALSE, FALSE, sizeof (guint), n);

  for (guint r = 0; r < sd_knowledge_get_n_ring_members (knowledge); r++)
    {
      const SdRingMember *member = sd_knowledge_get_ring_member (knowledge, r);

      for (guint i = 0; i < n; i++)
        if (g_strcmp0 (sd_knowledge_get_component (knowledge, i)->id, member->component) == 0)
          g_array_append_val (order, i);
    }

  for (guint i = 0; i < n; i++)
    if (sd_knowledge_get_component (knowledge, i)->ring_index < 0)
      g_array_append_val (others, i);
  g_array_sort_with_data (others, compare_by_position, knowledge);
  g_array_append_vals (order, others->data, others->len);

  return g_steal_pointer (&order);
}

/* How finely a curve of the ring is checked for crossings. */
#define RING_PIECES 16
/* How close, in widths of the drawing, the ring may pass a marker it does not
 * join. */
#define RING_CLEARANCE 0.07

static SdPoint
segment_at (const SdRingSegment *segment,
            double               t)
{
  double u = 1.0 - t;

  return (SdPoint) {
    u * u * segment->from.x + 2 * u * t * segment->control.x + t * t * segment->to.x,
    u * u * segment->from.y + 2 * u * t * segment->control.y + t * t * segment->to.y,
  };
}

static double
cross (SdPoint o,
       SdPoint a,
       SdPoint b)
{
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

static gboolean
pieces_cross (SdPoint a,
              SdPoint b,
              SdPoint c,
              SdPoint d)
{
  double d1 = cross (c, d, a), d2 = cross (c, d, b);
  double d3 = cross (a, b, c), d4 = cross (a, b, d);

  return ((d1 > 0) != (d2 > 0)) && ((d3 > 0) != (d4 > 0)) &&
         d1 != 0 && d2 != 0 && d3 != 0 && d4 != 0;
}

/* The path's points, RING_PIECES + 1 per curve. */
static GArray *
sample_path (GArray *path)
{
  GArray *points = g_array_new (FALSE, FALSE, sizeof (SdPoint));

  for (guint s = 0; s < path->len; s++)
    for (guint k = 0; k <= RING_PIECES; k++)
      {
        SdPoint p = segment_at (&g_array_index (path, SdRingSegment, s), (double) k / RING_PIECES);

        g_array_append_val (points, p);
      }

  return points;
}

/**
 * sd_ring_path_crosses_itself:
 * @path: (element-type SdRingSegment): from sd_knowledge_dup_ring_path()
 *
 * Returns: whether two curves of @path cross, other than where they join
 */
gboolean
sd_ring_path_crosses_itself (GArray *path)
{
  g_autoptr(GArray) points = sample_path (path);
  guint n = points->len;

  for (guint i = 0; i + 1 < n; i++)
    for (guint j = i + 2; j + 1 < n; j++)
      {
        /* The pieces that join at a member, and the first and last. */
        if ((i + 1) % (RING_PIECES + 1) == 0 || (j + 1) % (RING_PIECES + 1) == 0)
          continue;
        if (pieces_cross (g_array_index (points, SdPoint, i), g_array_index (points, SdPoint, i + 1),
                          g_array_index (points, SdPoint, j), g_array_index (points, SdPoint, j + 1)))
          return TRUE;
      }

  return FALSE;
}

/* How far @path comes to the markers of @knowledge it does not join, as a
 * count of those it passes too close, and whether it stays on the drawing. */
static guint
count_near_misses (GArray      *path,
                   SdKnowledge *knowledge,
                   double       aspect,
                   gboolean    *inside)
{
  g_autoptr(GArray) points = sample_path (path);
  guint misses = 0;

  *inside = TRUE;
  for (guint p = 0; p < points->len; p++)
    {
      SdPoint point = g_array_index (points, SdPoint, p);

      if (point.x < 0.02 || point.x > 0.98 || point.y < 0.02 || point.y > aspect - 0.02)
        *inside = FALSE;
    }

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      SdPoint marker = { component->x, component->y * aspect };

      for (guint p = 0; p < points->len; p++)
        {
          SdPoint point = g_array_index (points, SdPoint, p);
          guint s = p / (RING_PIECES + 1);
          const SdRingSegment *segment = &g_array_index (path, SdRingSegment, s);
          gboolean joins = (segment->from.x == marker.x && segment->from.y == marker.y) ||
                           (segment->to.x == marker.x && segment->to.y == marker.y);

          if (!joins && hypot (point.x - marker.x, point.y - marker.y) < RING_CLEARANCE)
            {
              misses++;
              break;
            }
        }
    }

  return misses;
}

/**
 * sd_knowledge_dup_ring_path:
 * @aspect: the drawing's height over its width
 *
 * The fibre-optic ring as the car diagram draws it: a closed loop through its
 * members in the order the light flows, one curve (a quadratic Bézier) from
 * each member to the next, in widths of the drawing (y runs to @aspect). Each
 * curve bends out from the straight line as much as it must, and no more, so
 * that the loop never crosses itself, stays on the drawing and keeps clear of
 * the other markers where it can.
 *
 * Returns: (transfer full) (element-type SdRingSegment): the curves, empty
 *   with fewer than two members
 */
GArray *
sd_knowledge_dup_ring_path (SdKnowledge *knowledge,
                            double       aspect)
{
  g_autoptr(GPtrArray) members = g_ptr_array_new ();

  for (guint r = 0; r < sd_knowledge_get_n_ring_members (knowledge); r++)
    g_ptr_array_add (members, sd_knowledge_get_ring_member (knowledge, r)->component);

  return sd_knowledge_dup_ring_path_for (knowledge, members, aspect);
}

/**
 * sd_knowledge_dup_ring_path_for:
 * @members: (element-type utf8): the ring's members in the order the light
 *   flows, as component ids; those that are not components of @knowledge
 *   (units by their BMW abbreviation) are not drawn
 * @aspect: the drawing's height over its width
 *
 * The ring of one car (sd_vehicle_profile_list_ring()), drawn as
 * sd_knowledge_dup_ring_path() draws the knowledge base's.
 *
 * Returns: (transfer full) (element-type SdRingSegment): the curves, the
 *   first from the first member drawn; empty with fewer than two
 */
GArray *
sd_knowledge_dup_ring_path_for (SdKnowledge *knowledge,
                                GPtrArray   *members,
                                double       aspect)
{
  static const double bends[] = { 0.0, 0.25, -0.25, 0.5, -0.5, 0.75, -0.75 };
  g_autoptr(GPtrArray) drawn = g_ptr_array_new ();
  guint n;
  guint n_bends;
  g_autoptr(GArray) path = g_array_new (FALSE, FALSE, sizeof (SdRingSegment));
  g_autoptr(GArray) best = NULL;
  g_autofree guint *choice = NULL;
  SdPoint centre = { 0, 0 };
  double best_score = G_MAXDOUBLE;
  guint combinations = 1;

  for (guint i = 0; i < members->len; i++)
    {
      const SdComponent *component = sd_knowledge_lookup_component (knowledge,
                                                                    g_ptr_array_index (members, i));

      if (component != NULL)
        g_ptr_array_add (drawn, (gpointer) component);
    }
  n = drawn->len;
  n_bends = n <= 5 ? G_N_ELEMENTS (bends) : 3;
  if (n < 2)
    return g_steal_pointer (&path);

  g_array_set_size (path, n);
  for (guint r = 0; r < n; r++)
    {
      const SdComponent *from = g_ptr_array_index (drawn, r);
      const SdComponent *to = g_ptr_array_index (drawn, (r + 1) % n);
      SdRingSegment *segment = &g_array_index (path, SdRingSegment, r);

      segment->from = (SdPoint) { from->x, from->y * aspect };
      segment->to = (SdPoint) { to->x, to->y * aspect };
      centre.x += segment->from.x / n;
      centre.y += segment->from.y / n;
      combinations *= n_bends;
    }

  choice = g_new0 (guint, n);
  for (guint c = 0; c < combinations; c++)
    {
      double score = 0.0;
      gboolean inside;
      guint rest = c;

      for (guint r = 0; r < n; r++)
        {
          SdRingSegment *segment = &g_array_index (path, SdRingSegment, r);
          SdPoint mid = { (segment->from.x + segment->to.x) / 2, (segment->from.y + segment->to.y) / 2 };
          double dx = segment->to.x - segment->from.x, dy = segment->to.y - segment->from.y;
          double length = hypot (dx, dy);
          SdPoint normal = { length > 0 ? -dy / length : 0, length > 0 ? dx / length : 0 };
          double bend = bends[rest % n_bends];

          rest /= n_bends;
          /* Outwards: away from the middle of the ring. */
          if (normal.x * (mid.x - centre.x) + normal.y * (mid.y - centre.y) < 0)
            normal = (SdPoint) { -normal.x, -normal.y };
          segment->control = (SdPoint) { mid.x + normal.x * bend * length,
                                         mid.y + normal.y * bend * length };
          score += fabs (bend);
        }

      /* Two members: one curve out and one back, not the same line twice. */
      if (n == 2 && g_array_index (path, SdRingSegment, 0).control.x ==
                    g_array_index (path, SdRingSegment, 1).control.x &&
                    g_array_index (path, SdRingSegment, 0).control.y ==
                    g_array_index (path, SdRingSegment, 1).control.y)
        continue;
      if (score >= best_score || sd_ring_path_crosses_itself (path))
        continue;
      score += 2.0 * count_near_misses (path, knowledge, aspect, &inside);
      if (!inside)
        score += 10.0;
      if (score < best_score)
        {
          best_score = score;
          g_clear_pointer (&best, g_array_unref);
          best = g_array_copy (path);
        }
    }

  /* Nothing that does not cross: the straight lines. */
  if (best == NULL)
    {
      for (guint r = 0; r < n; r++)
        {
          SdRingSegment *segment = &g_array_index (path, SdRingSegment, r);

          segment->control = (SdPoint) { (segment->from.x + segment->to.x) / 2,
                                         (segment->from.y + segment->to.y) / 2 };
        }
      return g_steal_pointer (&path);
    }

  return g_steal_pointer (&best);
}

/**
 * sd_ring_path_nearest:
 * @path: (element-type SdRingSegment): from sd_knowledge_dup_ring_path()
 *
 * Returns: the point of @path nearest to @point (@point itself when @path is
 *   empty)
 */
SdPoint
sd_ring_path_nearest (GArray  *path,
                      SdPoint  point)
{
  SdPoint nearest = point;
  double distance = G_MAXDOUBLE;

  for (guint s = 0; s < path->len; s++)
    for (guint k = 0; k <= 4 * RING_PIECES; k++)
      {
        SdPoint p = segment_at (&g_array_index (path, SdRingSegment, s), k / (4.0 * RING_PIECES));
        double d = hypot (p.x - point.x, p.y - point.y);

        if (d < distance)
          {
            distance = d;
            nearest = p;
          }
      }

  return nearest;
}

/**
 * sd_ring_segment_at:
 * @t: from 0 (the segment's first member) to 1 (the next)
 * @tangent: (out) (optional): the direction the light goes there, not normalised
 *
 * Returns: the point of @segment at @t
 */
SdPoint
sd_ring_segment_at (const SdRingSegment *segment,
                    double               t,
                    SdPoint             *tangent)
{
  if (tangent != NULL)
    *tangent = (SdPoint) {
      2 * (1 - t) * (segment->control.x - segment->from.x) + 2 * t * (segment->to.x - segment->control.x),
      2 * (1 - t) * (segment->control.y - segment->from.y) + 2 * t * (segment->to.y - segment->control.y),
    };

  return segment_at (segment, t);
}
