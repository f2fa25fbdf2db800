/* sd-diagram-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The car seen from above (ui/sd-car.svg) with one real button per component of
 * the knowledge base at its hotspot, numbered, named for screen readers, and
 * shaded by how suspect the component is in the current case (the shading
 * changes in place as the case does), with its short name beside it where
 * there is room; the MOST fibre-optic ring is drawn as a loop through its
 * members in light-flow order, arrows showing the way the light goes, and the
 * ring's own marker sits on it. Buttons are child widgets, not drawings, so
 * they take keyboard focus and accessible names (GTK 4.8 has no API for custom
 * accessible objects). The drawing is one stop for Tab; the arrow keys go from
 * marker to marker (the ring in light order, then front to back). Its colours
 * follow the style: the car is drawn lighter in dark styles, stronger in high
 * contrast, and the ring takes the accent colour.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <adwaita.h>
#include <glib/gi18n-lib.h>

#include "sd-diagram-ring.h"
#include "sd-diagram-view.h"

/* The drawing's own proportions: 400 × 880. */
#define ASPECT (880.0 / 400.0)
/* The component that is the ring itself: its marker goes onto the loop. */
#define RING_COMPONENT "fibre-ring"
/* Between a marker and its name. */
#define LABEL_GAP 4

struct _SdDiagramView
{
  GtkWidget    parent_instance;

  SdSession   *session;
  GdkTexture  *car;
  GPtrArray   *buttons;      /* one per component, in knowledge-base order */
  GPtrArray   *labels;       /* their short names, in the same order */
  GArray      *order;        /* the arrow keys' order, as component indices */
  SdDiagramRing *ring;       /* the case's car's ring, in widths of the drawing */
  GtkWidget   *ring_note;    /* what is not known of the ring, or that there is none */
  char        *highlight;
  /* The ring stretch marked (the ring finder's), as members' component ids. */
  gboolean     interactive;
  /* Set from a marker's keyboard activation until its "clicked". */
  gboolean     by_keyboard;
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
                   sd_knowledge_get_component (knowledge_of (self), index)->id,
                   self->by_keyboard);
  self->by_keyboard = FALSE;
}

/* Enter or Space: "clicked" follows, after the button's press shows. */
static void
on_button_activate_cb (GtkButton     *button,
                       SdDiagramView *self)
{
  self->by_keyboard = TRUE;
}

/* A component's name, short enough to stand beside its marker: without what
 * follows in brackets. */
static char *
short_name (const SdComponent *component)
{
  const char *name = sd_text_get (&component->name);
  const char *bracket = strstr (name, " (");

  return bracket != NULL ? g_strndup (name, bracket - name) : g_strdup (name);
}

/* The ring follows the car of the case; its note says what is not known. */
static void
update_ring (SdDiagramView *self)
{
  const char *note;

  if (!sd_diagram_ring_update (self->ring, self->session, ASPECT))
    return;

  note = sd_diagram_ring_get_note (self->ring);
  gtk_label_set_label (GTK_LABEL (self->ring_note), note != NULL ? note : "");
  /* A step's small map has no room for it. */
  gtk_widget_set_visible (self->ring_note, note != NULL && self->interactive);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_session_changed_cb (SdDiagramView *self)
{
  update_ring (self);
  shade (self);
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
        {
          g_autofree char *name = short_name (component);
          GtkWidget *label = gtk_label_new (name);

          g_signal_connect (button, "clicked", G_CALLBACK (on_button_clicked_cb), self);
          g_signal_connect (button, "activate", G_CALLBACK (on_button_activate_cb), self);
          /* The button says the name to a screen reader already. */
          gtk_widget_add_css_class (label, "caption");
          gtk_widget_add_css_class (label, "sd-component-name");
          gtk_widget_set_can_target (label, FALSE);
          gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
          gtk_widget_set_parent (label, GTK_WIDGET (self));
          g_ptr_array_add (self->labels, label);
        }
      else
        {
          /* On a wizard step's map the markers only show where things are. */
          gtk_widget_set_can_target (button, FALSE);
          gtk_widget_set_focusable (button, FALSE);
        }
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      g_ptr_array_add (self->buttons, button);
    }

  self->order = sd_knowledge_dup_marker_order (knowledge);
  update_ring (self);
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

static gboolean
overlaps (const GdkRectangle *rect,
          GArray             *taken)
{
  for (guint i = 0; i < taken->len; i++)
    if (gdk_rectangle_intersect (rect, &g_array_index (taken, GdkRectangle, i), NULL))
      return TRUE;

  return FALSE;
}

/* Each name beside its marker, on the side with room, or not at all. */
static void
allocate_labels (SdDiagramView *self,
                 int            width,
                 int            height,
                 GArray        *taken)
{
  for (guint i = 0; i < self->labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (self->labels, i);
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      graphene_rect_t marker;
      GtkRequisition size;
      GdkRectangle sides[2];
      gboolean placed = FALSE;

      if (!gtk_widget_compute_bounds (button, GTK_WIDGET (self), &marker))
        continue;
      gtk_widget_get_preferred_size (label, NULL, &size);
      for (guint side = 0; side < G_N_ELEMENTS (sides); side++)
        {
          int x = side == 0 ? (int) (marker.origin.x + marker.size.width) + LABEL_GAP
                            : (int) marker.origin.x - LABEL_GAP - size.width;

          sides[side] = (GdkRectangle) { x, (int) (marker.origin.y + (marker.size.height - size.height) / 2),
                                         size.width, size.height };
        }
      /* Towards the middle of the car first. */
      if (marker.origin.x + marker.size.width / 2 > width / 2.0)
        {
          GdkRectangle first = sides[0];

          sides[0] = sides[1];
          sides[1] = first;
        }

      for (guint side = 0; side < G_N_ELEMENTS (sides) && !placed; side++)
        {
          GdkRectangle *rect = &sides[side];

          if (rect->x < 0 || rect->y < 0 || rect->x + rect->width > width ||
              rect->y + rect->height > height || overlaps (rect, taken))
            continue;
          gtk_widget_size_allocate (label, rect, -1);
          g_array_append_val (taken, *rect);
          placed = TRUE;
        }
      gtk_widget_set_child_visible (label, placed);
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
  g_autoptr(GArray) taken = g_array_new (FALSE, FALSE, sizeof (GdkRectangle));

  for (guint i = 0; i < self->buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (self->buttons, i);
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      SdPoint at = { component->x, component->y * ASPECT };
      GtkRequisition size;
      GdkRectangle box;

      if (!gtk_widget_get_visible (button))
        continue;
      /* The ring's marker on the ring. */
      if (g_strcmp0 (component->id, RING_COMPONENT) == 0)
        at = sd_ring_path_nearest (sd_diagram_ring_get_path (self->ring), at);
      gtk_widget_get_preferred_size (button, NULL, &size);
      box.x = (int) (rect.origin.x + at.x * rect.size.width - size.width / 2.0);
      box.y = (int) (rect.origin.y + at.y * rect.size.width - size.height / 2.0);
      box.x = CLAMP (box.x, 0, MAX (width - size.width, 0));
      box.y = CLAMP (box.y, 0, MAX (height - size.height, 0));
      box.width = size.width;
      box.height = size.height;
      gtk_widget_size_allocate (button, &box, -1);
      g_array_append_val (taken, box);
    }

  /* The ring's note across the top, where the car's nose leaves room. */
  if (gtk_widget_get_visible (self->ring_note))
    {
      GdkRectangle box = { 0, 0, width, 0 };
      int minimum;

      gtk_widget_measure (self->ring_note, GTK_ORIENTATION_VERTICAL, width, &minimum, NULL, NULL, NULL);
      box.height = minimum;
      gtk_widget_size_allocate (self->ring_note, &box, -1);
      g_array_append_val (taken, box);
    }

  allocate_labels (self, width, height, taken);
}

/* The drawing's greys, turned over in dark styles (so that the seats and the
 * body stay lighter than what is around them) and stronger in high contrast. */
static void
draw_car (SdDiagramView   *self,
          GtkSnapshot     *snapshot,
          graphene_rect_t *rect)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (style);
  gboolean high_contrast = adw_style_manager_get_high_contrast (style);
  float sign = dark ? -1.0f : 1.0f;
  float alpha = high_contrast ? 1.8f : 1.0f;
  graphene_matrix_t matrix;
  graphene_vec4_t offset;

  if (self->car == NULL)
    return;

  graphene_matrix_init_from_float (&matrix, (float[16]) { sign, 0, 0, 0,
                                                          0, sign, 0, 0,
                                                          0, 0, sign, 0,
                                                          0, 0, 0, alpha });
  graphene_vec4_init (&offset, dark ? 1.0f : 0.0f, dark ? 1.0f : 0.0f, dark ? 1.0f : 0.0f, 0.0f);
  gtk_snapshot_push_color_matrix (snapshot, &matrix, &offset);
  gtk_snapshot_append_texture (snapshot, self->car, rect);
  gtk_snapshot_pop (snapshot);
}

static void
sd_diagram_view_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (widget);
  graphene_rect_t rect = drawing_rect (self);

  draw_car (self, snapshot, &rect);
  sd_diagram_ring_draw (self->ring, widget, knowledge_of (self), snapshot, &rect, self->interactive);
  if (gtk_widget_get_visible (self->ring_note))
    gtk_widget_snapshot_child (widget, self->ring_note, snapshot);

  for (guint i = 0; i < self->buttons->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->buttons, i), snapshot);
  for (guint i = 0; i < self->labels->len; i++)
    gtk_widget_snapshot_child (widget, g_ptr_array_index (self->labels, i), snapshot);
}

/* One stop for Tab, which leaves the drawing (to the chosen component's marker
 * when it comes in); the arrow keys go round the markers in their order. */
static gboolean
sd_diagram_view_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  SdDiagramView *self = SD_DIAGRAM_VIEW (widget);
  GtkWidget *focus = gtk_widget_get_focus_child (widget);
  guint n = self->order->len;
  guint position = 0;
  int step;

  if (!self->interactive || n == 0)
    return FALSE;

  if (focus == NULL)
    {
      GtkWidget *target = self->highlight != NULL ? sd_diagram_view_get_marker (self, self->highlight)
                                                  : NULL;

      if (target == NULL)
        target = g_ptr_array_index (self->buttons, g_array_index (self->order, guint, 0));

      return gtk_widget_grab_focus (target);
    }

  if (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD)
    return FALSE;

  step = direction == GTK_DIR_RIGHT || direction == GTK_DIR_DOWN ? 1 : -1;
  for (guint p = 0; p < n; p++)
    if (g_ptr_array_index (self->buttons, g_array_index (self->order, guint, p)) == focus)
      position = p;

  return gtk_widget_grab_focus (g_ptr_array_index (self->buttons,
                                                   g_array_index (self->order, guint,
                                                                  (position + n + step) % n)));
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
  if (self->labels != NULL)
    for (guint i = 0; i < self->labels->len; i++)
      gtk_widget_unparent (g_ptr_array_index (self->labels, i));
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->order, g_array_unref);
  g_clear_pointer (&self->ring, sd_diagram_ring_free);
  g_clear_pointer (&self->ring_note, gtk_widget_unparent);
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
  widget_class->focus = sd_diagram_view_focus;

  /**
   * SdDiagramView::component-activated:
   * @component: the id of the component clicked
   * @by_keyboard: whether with the keyboard (Enter or Space on its marker)
   */
  signals[COMPONENT_ACTIVATED] = g_signal_new ("component-activated", G_TYPE_FROM_CLASS (klass),
                                               G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                               G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

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
  self->labels = g_ptr_array_new ();
  self->car = gdk_texture_new_from_resource (RESOURCE_BASE "/ui/sd-car.svg");
  self->ring = sd_diagram_ring_new ();
  self->ring_note = gtk_label_new (NULL);
  gtk_widget_set_name (self->ring_note, "ring-note");
  gtk_label_set_wrap (GTK_LABEL (self->ring_note), TRUE);
  gtk_label_set_justify (GTK_LABEL (self->ring_note), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (self->ring_note, "caption");
  gtk_widget_set_can_target (self->ring_note, FALSE);
  gtk_widget_set_visible (self->ring_note, FALSE);
  gtk_widget_set_parent (self->ring_note, GTK_WIDGET (self));
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
  g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);

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

/**
 * sd_diagram_view_set_highlight_stretch:
 * @from_member: (nullable): a ring member's component id
 * @to_member: (nullable): another, further on the way the light goes
 *
 * Draws the ring from @from_member to @to_member stronger, such as the
 * stretch where a break is; %NULL, %NULL (or members the car's ring does not
 * have) draws none.
 */
void
sd_diagram_view_set_highlight_stretch (SdDiagramView *self,
                                       const char    *from_member,
                                       const char    *to_member)
{
  g_return_if_fail (SD_IS_DIAGRAM_VIEW (self));

  if (sd_diagram_ring_set_stretch (self->ring, from_member, to_member))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * sd_diagram_view_get_ring:
 *
 * Returns: (transfer none) (element-type utf8): the components the ring is
 *   drawn through, in the order the light goes; empty when none is drawn
 */
GPtrArray *
sd_diagram_view_get_ring (SdDiagramView *self)
{
  g_return_val_if_fail (SD_IS_DIAGRAM_VIEW (self), NULL);

  return sd_diagram_ring_get_members (self->ring);
}
