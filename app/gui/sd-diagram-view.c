/* sd-diagram-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The car seen from above (ui/sd-car.svg) with one real button per component of
 * the knowledge base at its hotspot, numbered, named for screen readers, and
 * shaded by how suspect the component is in the current case (the shading
 * changes in place as the case does); the MOST
 * fibre-optic ring is drawn through its members in light-flow order. Buttons are
 * child widgets, not drawings, so they take keyboard focus and accessible names
 * (GTK 4.8 has no API for custom accessible objects).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-diagram-view.h"

/* The drawing's own proportions: 400 × 880. */
#define ASPECT (880.0 / 400.0)

struct _SdDiagramView
{
  GtkWidget    parent_instance;

  SdSession   *session;
  GdkTexture  *car;
  GPtrArray   *buttons;      /* one per component, in knowledge-base order */
  char        *highlight;
  gboolean     interactive;
};

enum {
  PROP_0,
  PROP_HIGHLIGHT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  COMPONENT_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SdDiagramView, sd_diagram_view, GTK_TYPE_WIDGET)

static const char * const suspicion_classes[] = {
  [SD_SUSPICION_LOW] = "suspect-low",
  [SD_SUSPICION_MEDIUM] = "suspect-medium",
  [SD_SUSPICION_HIGH] = "suspect-high",
};

/**
 * sd_diagram_view_shade_widget:
 * @widget: a marker, or a component's badge in a list
 *
 * Gives @widget the CSS class of @level, and takes away the others'; a widget
 * already so shaded is left alone.
 */
void
sd_diagram_view_shade_widget (GtkWidget        *widget,
                              SdSuspicionLevel  level)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (level < G_N_ELEMENTS (suspicion_classes));

  for (guint i = 0; i < G_N_ELEMENTS (suspicion_classes); i++)
    if (i != level)
      gtk_widget_remove_css_class (widget, suspicion_classes[i]);
  if (!gtk_widget_has_css_class (widget, suspicion_classes[level]))
    gtk_widget_add_css_class (widget, suspicion_classes[level]);
}

static SdKnowledge *
knowledge_of (SdDiagramView *self)
{
  return sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
}

/* Where the drawing goes in the widget: as large as fits, centred. */
static graphene_rect_t
drawing_rect (SdDiagramView *self)
{
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double height = gtk_widget_get_height (GTK_WIDGET (self));
  double w = MIN (width, height / ASPECT);
  double h = w * ASPECT;

  return GRAPHENE_RECT_INIT ((width - w) / 2, (height - h) / 2, w, h);
}

/* The shading follows the case: each marker's classes change in place. */
static void
shade (SdDiagramView *self)
{
  SdKnowledge *knowledge = knowledge_of (self);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      SdSuspicion suspicion = sd_component_get_suspicion (knowledge, diagnosis, component->id);

      sd_diagram_view_shade_widget (g_ptr_array_index (self->buttons, i), suspicion.level);
    }
}

static void
outline (SdDiagramView *self)
{
  SdKnowledge *knowledge;

  /* Not built yet: the buttons are outlined when they are. */
  if (self->buttons->len == 0)
    return;

  knowledge = knowledge_of (self);
  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      gboolean highlighted = g_strcmp0 (component->id, self->highlight) == 0;

      if (highlighted)
        gtk_widget_add_css_class (button, "highlight");
      else
        gtk_widget_remove_css_class (button, "highlight");

      /* A step's small map shows only where its component is. */
      if (!self->interactive)
        gtk_widget_set_visible (button, highlighted);
    }
}

static void
on_button_clicked_cb (GtkButton     *button,
                      SdDiagramView *self)
{
  guint index;

  /* The markers are in the knowledge base's order. */
  if (g_ptr_array_find (self->buttons, button, &index))
    g_signal_emit (self, signals[COMPONENT_ACTIVATED], 0,
                   sd_knowledge_get_component (knowledge_of (self), index)->id);
}

static void
build_buttons (SdDiagramView *self)
{
  SdKnowledge *knowledge = knowledge_of (self);

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      GtkWidget *button = gtk_button_new_with_label (number);

      gtk_widget_add_css_class (button, "circular");
      gtk_widget_add_css_class (button, "sd-component");
      gtk_widget_set_tooltip_text (button, sd_text_get (&component->name));
      gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, sd_text_get (&component->name),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sd_text_get (&component->role),
                                      -1);
      if (self->interactive)
        g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked_cb), self);
      else
        {
          /* On a wizard step's map the markers only show where things are. */
          gtk_widget_set_can_target (button, FALSE);
          gtk_widget_set_focusable (button, FALSE);
        }
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      g_ptr_array_add (self->buttons, button);
    }

  shade (self);
  outline (self);
}

static GtkSizeRequestMode
sd_diagram_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sd_diagram_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (widget);
  int base = self->interactive ? 300 : 120;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = base * 2 / 3;
      *natural = base;
    }
  else
    {
      int width = for_size > 0 ? MIN (for_size, base) : base;

      *minimum = *natural = (int) (width * ASPECT);
    }
}

static void
sd_diagram_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (widget);
  SdKnowledge *knowledge = knowledge_of (self);
  graphene_rect_t rect = drawing_rect (self);

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      GtkRequisition size;
      int x, y;

      if (!gtk_widget_get_visible (button))
        continue;
      gtk_widget_get_preferred_size (button, NULL, &size);
      x = (int) (rect.origin.x + component->x * rect.size.width - size.width / 2.0);
      y = (int) (rect.origin.y + component->y * rect.size.height - size.height / 2.0);
      x = CLAMP (x, 0, MAX (width - size.width, 0));
      y = CLAMP (y, 0, MAX (height - size.height, 0));
      gtk_widget_size_allocate (button, &(GtkAllocation) { x, y, size.width, size.height }, -1);
    }
}

static void
draw_ring (SdDiagramView   *self,
           GtkSnapshot     *snapshot,
           graphene_rect_t *rect)
{
  SdKnowledge *knowledge = knowledge_of (self);
  guint n = sd_knowledge_get_n_ring_members (knowledge);
  GdkRGBA accent = { 0.21, 0.52, 0.89, 0.85 };
  cairo_t *cr;

  if (n < 2)
    return;

  cr = gtk_snapshot_append_cairo (snapshot, rect);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, self->interactive ? 4.0 : 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, (double[]) { 10.0, 6.0 }, self->interactive ? 2 : 0, 0.0);

  /* The ring, closed: the light comes back to the head unit. */
  for (guint i = 0; i <= n; i++)
    {
      const SdRingMember *member = sd_knowledge_get_ring_member (knowledge, i % n);
      const SdComponent *component = sd_knowledge_lookup_component (knowledge, member->component);
      double x = rect->origin.x + component->x * rect->size.width;
      double y = rect->origin.y + component->y * rect->size.height;

      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_stroke (cr);
  cairo_destroy (cr);
}

static void
sd_diagram_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (widget);
  graphene_rect_t rect = drawing_rect (self);

  if (self->car != NULL)
    gtk_snapshot_append_texture (snapshot, self->car, &rect);
  draw_ring (self, snapshot, &rect);

  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->buttons, i), snapshot);
}

static void
sd_diagram_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHT:
      g_value_set_string (value, self->highlight);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_diagram_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (object);

  switch (prop_id)
    {
    case PROP_HIGHLIGHT:
      sd_diagram_view_set_highlight (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_diagram_view_dispose (GObject *object)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (object);

  if (self->buttons != NULL)
    for (guint i = 0; i < self->buttons->len; i++)
      gtk_widget_unparent (g_ptr_array_index (self->buttons, i));
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_object (&self->car);
  g_clear_object (&self->session);
  g_clear_pointer (&self->highlight, g_free);

  G_OBJECT_CLASS (sd_diagram_view_parent_class)->dispose (object);
}

static void
sd_diagram_view_class_init (SdDiagramViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_diagram_view_get_property;
  object_class->set_property = sd_diagram_view_set_property;
  object_class->dispose = sd_diagram_view_dispose;
  widget_class->get_request_mode = sd_diagram_view_get_request_mode;
  widget_class->measure = sd_diagram_view_measure;
  widget_class->size_allocate = sd_diagram_view_size_allocate;
  widget_class->snapshot = sd_diagram_view_snapshot;

  /**
   * SdDiagramView::component-activated:
   * @component: the id of the component clicked
   */
  signals[COMPONENT_ACTIVATED] = g_signal_new ("component-activated", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * SdDiagramView:highlight:
   *
   * The id of the component outlined, or %NULL.
   */
  properties[PROP_HIGHLIGHT] =
    g_param_spec_string ("highlight", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "sd-diagram");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sd_diagram_view_init (SdDiagramView *self)
{
  self->buttons = g_ptr_array_new ();
  self->car = gdk_texture_new_from_resource (RESOURCE_BASE "/ui/sd-car.svg");
}

/**
 * sd_diagram_view_new:
 * @interactive: whether the components are buttons to click (the Car page), or
 *   only markers (a wizard step's small map)
 */
GtkWidget *
sd_diagram_view_new (SdSession *session,
                     gboolean   interactive)
{
  SdDiagramView *self;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_DIAGRAM_VIEW, NULL);
  self->session = g_object_ref (session);
  self->interactive = interactive;
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The car seen from above, with its components"), -1);
  build_buttons (self);
  g_signal_connect_object (session, "changed", G_CALLBACK (shade), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * sd_diagram_view_set_highlight:
 * @component: (nullable): the component to outline, or %NULL
 */
void
sd_diagram_view_set_highlight (SdDiagramView *self,
                               const char    *component)
{
  g_return_if_fail (SD_IS_DIAGRAM_VIEW (self));

  if (g_strcmp0 (self->highlight, component) == 0)
    return;

  g_free (self->highlight);
  self->highlight = g_strdup (component);
  outline (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHT]);
}

/**
 * sd_diagram_view_get_marker:
 * @component: a component's id
 *
 * Returns: (transfer none) (nullable): the button that marks @component
 */
GtkWidget *
sd_diagram_view_get_marker (SdDiagramView *self,
                            const char    *component)
{
  SdKnowledge *knowledge;

  g_return_val_if_fail (SD_IS_DIAGRAM_VIEW (self), NULL);

  knowledge = knowledge_of (self);
  for (guint i = 0; i < self->buttons->len; i++)
    if (g_strcmp0 (sd_knowledge_get_component (knowledge, i)->id, component) == 0)
      return g_ptr_array_index (self->buttons, i);

  return NULL;
}
