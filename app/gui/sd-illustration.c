/* sd-illustration.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One of the drawings made for the guides (ui/illustrations/, drawn by
 * draw-illustrations.py), shown on the steps a person does with their hands.
 *
 * The drawings are symbolic icons, in the resources where GtkApplication has
 * the icon theme look: GTK recolours them to the foreground colour of the
 * style (light, dark, high contrast), and their parts of class "error" (the
 * red light of a fibre) to the style's error colour. An icon paintable
 * keeps its aspect within the square it is given, so a 3:2 drawing is given
 * a square as wide as itself and moved up by the difference.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-illustration.h"

typedef struct
{
  const char *name;
  const char *icon_name;
  const char *resource_path;
  const char *description;
} SdIllustrationInfo;

#define DRAWING(name) \
  name, "sd-" name "-symbolic", RESOURCE_BASE "/icons/scalable/actions/sd-" name "-symbolic.svg"

static const SdIllustrationInfo illustrations[] = {
  { DRAWING ("volume-knob"),
    /* Translators: a text for screen readers, describing a drawing. */
    N_("A finger keeps the round volume knob of the radio pressed in; a stopwatch beside it "
       "stands for the countdown.") },
  { DRAWING ("sos-button"),
    /* Translators: a text for screen readers, describing a drawing. */
    N_("The overhead console in the headliner, seen from below: its small flap is lifted to "
       "show the SOS button, with the button’s light beneath it.") },
  { DRAWING ("battery-negative-first"),
    /* Translators: a text for screen readers, describing a drawing. */
    N_("A car battery with a spanner on its negative (minus) terminal and the number 1: the "
       "negative cable comes off first.") },
  { DRAWING ("fuse-good-blown"),
    /* Translators: a text for screen readers, describing a drawing. */
    N_("A fuse box with one fuse pulled out, and two blade fuses side by side: the good one has "
       "an unbroken metal strip, the blown one a strip broken in the middle.") },
  { DRAWING ("fibre-red-light"),
    /* Translators: a text for screen readers, describing a drawing. */
    N_("An unplugged fibre-optic connector with two fibres: the end of one fibre glows red, the "
       "other stays dark.") },
  { DRAWING ("fibre-splice"),
    /* Translators: a text for screen readers, describing a drawing. */
    N_("Two fibre ends pushed into a splice from both sides until they meet in the middle. "
       "Below, a gentle curve is marked as right and a tight bend as wrong.") },
};

/* Which step shows which drawing. For now here; it belongs in the guides'
 * data, as an attribute of their steps. */
static const struct
{
  const char *procedure;
  const char *step;
  const char *illustration;
} step_illustrations[] = {
  { "idrive-reboot", "hold-volume", "volume-knob" },
  { "sos-button-reset", "press-sos", "sos-button" },
  { "battery-disconnect", "disconnect-negative", "battery-negative-first" },
  { "fuse-check", "inspect", "fuse-good-blown" },
  { "fibre-inspect", "follow-light", "fibre-red-light" },
  { "fibre-splice", "join", "fibre-splice" },
  { "fibre-splice", "route", "fibre-splice" },
};

struct _SdIllustration
{
  GtkWidget     parent_instance;

  char         *illustration;
  GdkPaintable *paintable;
  int           paintable_size;
  int           paintable_scale;
};

G_DEFINE_FINAL_TYPE (SdIllustration, sd_illustration, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ILLUSTRATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const SdIllustrationInfo *
lookup (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (illustrations); i++)
    if (strcmp (illustrations[i].name, name) == 0)
      return &illustrations[i];

  return NULL;
}

/* The drawing's width within the widget's box, keeping its 3:2 aspect. */
static int
drawn_width (SdIllustration *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  return MIN (width, height * SD_ILLUSTRATION_WIDTH / SD_ILLUSTRATION_HEIGHT);
}

/* Loads the drawing at the size it is shown, so that it stays sharp. */
static void
ensure_paintable (SdIllustration *self)
{
  const SdIllustrationInfo *info = lookup (self->illustration);
  int size = drawn_width (self);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GtkIconTheme *theme;

  if (info == NULL || size <= 0)
    {
      g_clear_object (&self->paintable);
      return;
    }
  if (self->paintable != NULL && self->paintable_size == size && self->paintable_scale == scale)
    return;

  theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (self)));
  g_clear_object (&self->paintable);
  self->paintable = GDK_PAINTABLE (gtk_icon_theme_lookup_icon (theme, info->icon_name, NULL, size,
                                                               scale,
                                                               gtk_widget_get_direction (GTK_WIDGET (self)),
                                                               0));
  self->paintable_size = size;
  self->paintable_scale = scale;
}

static void
lookup_color (GtkStyleContext *context,
              const char      *name,
              const char      *fallback,
              GdkRGBA         *color)
{
  if (!gtk_style_context_lookup_color (context, name, color))
    gdk_rgba_parse (color, fallback);
}

static void
sd_illustration_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = SD_ILLUSTRATION_WIDTH * 3 / 4;
      *natural = SD_ILLUSTRATION_WIDTH;
    }
  else
    {
      int width = for_size < 0 ? SD_ILLUSTRATION_WIDTH : MIN (for_size, SD_ILLUSTRATION_WIDTH);

      *minimum = *natural = width * SD_ILLUSTRATION_HEIGHT / SD_ILLUSTRATION_WIDTH;
    }
}

static GtkSizeRequestMode
sd_illustration_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sd_illustration_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  ensure_paintable (SD_ILLUSTRATION (widget));
}

static void
sd_illustration_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SdIllustration *self = SD_ILLUSTRATION (widget);
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA colors[4];
  int width, height;

  ensure_paintable (self);
  if (self->paintable == NULL)
    return;

  /* The order of GtkSymbolicPaintable: foreground, error, warning, success. */
  gtk_style_context_get_color (context, &colors[0]);
  lookup_color (context, "error_color", "#c01c28", &colors[1]);
  lookup_color (context, "warning_color", "#9c6e03", &colors[2]);
  lookup_color (context, "success_color", "#1b8553", &colors[3]);

  width = drawn_width (self);
  height = width * SD_ILLUSTRATION_HEIGHT / SD_ILLUSTRATION_WIDTH;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (
                            (gtk_widget_get_width (widget) - width) / 2.0,
                            (gtk_widget_get_height (widget) - height) / 2.0 - (width - height) / 2.0));
  gtk_symbolic_paintable_snapshot_symbolic (GTK_SYMBOLIC_PAINTABLE (self->paintable), snapshot,
                                            width, width, colors, G_N_ELEMENTS (colors));
  gtk_snapshot_restore (snapshot);
}

static void
sd_illustration_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sd_illustration_parent_class)->css_changed (widget, change);

  /* The colours of a dark or high-contrast style. */
  gtk_widget_queue_draw (widget);
}

static void
sd_illustration_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdIllustration *self = SD_ILLUSTRATION (object);

  switch (prop_id)
    {
    case PROP_ILLUSTRATION:
      g_value_set_string (value, self->illustration);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_illustration_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdIllustration *self = SD_ILLUSTRATION (object);

  switch (prop_id)
    {
    case PROP_ILLUSTRATION:
      sd_illustration_set_illustration (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_illustration_finalize (GObject *object)
{
  SdIllustration *self = SD_ILLUSTRATION (object);

  g_clear_pointer (&self->illustration, g_free);
  g_clear_object (&self->paintable);

  G_OBJECT_CLASS (sd_illustration_parent_class)->finalize (object);
}

static void
sd_illustration_class_init (SdIllustrationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_illustration_get_property;
  object_class->set_property = sd_illustration_set_property;
  object_class->finalize = sd_illustration_finalize;

  widget_class->measure = sd_illustration_measure;
  widget_class->get_request_mode = sd_illustration_get_request_mode;
  widget_class->size_allocate = sd_illustration_size_allocate;
  widget_class->snapshot = sd_illustration_snapshot;
  widget_class->css_changed = sd_illustration_css_changed;

  /**
   * SdIllustration:illustration:
   *
   * The name of the drawing shown (see sd_illustration_get_names()), or %NULL.
   */
  properties[PROP_ILLUSTRATION] =
    g_param_spec_string ("illustration", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "illustration");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sd_illustration_init (SdIllustration *self)
{
  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
sd_illustration_new (const char *illustration)
{
  return g_object_new (SD_TYPE_ILLUSTRATION, "illustration", illustration, NULL);
}

const char *
sd_illustration_get_illustration (SdIllustration *self)
{
  g_return_val_if_fail (SD_IS_ILLUSTRATION (self), NULL);

  return self->illustration;
}

/**
 * sd_illustration_set_illustration:
 * @illustration: (nullable): the name of a drawing
 *
 * Shows the drawing, and names it for screen readers by its description.
 */
void
sd_illustration_set_illustration (SdIllustration *self,
                                  const char     *illustration)
{
  const char *description;

  g_return_if_fail (SD_IS_ILLUSTRATION (self));
  g_return_if_fail (illustration == NULL || lookup (illustration) != NULL);

  if (g_strcmp0 (self->illustration, illustration) == 0)
    return;

  g_free (self->illustration);
  self->illustration = g_strdup (illustration);
  g_clear_object (&self->paintable);

  description = sd_illustration_get_description (illustration);
  if (description != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                    -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);

  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ILLUSTRATION]);
}

/**
 * sd_illustration_get_paintable:
 *
 * Returns: (transfer none) (nullable): the drawing at the size shown, once
 *   the widget has a size
 */
GdkPaintable *
sd_illustration_get_paintable (SdIllustration *self)
{
  g_return_val_if_fail (SD_IS_ILLUSTRATION (self), NULL);

  return self->paintable;
}

/**
 * sd_illustration_get_names:
 *
 * Returns: (transfer none): the names of every drawing, %NULL-terminated
 */
const char * const *
sd_illustration_get_names (void)
{
  static const char *names[G_N_ELEMENTS (illustrations) + 1];

  if (names[0] == NULL)
    for (guint i = 0; i < G_N_ELEMENTS (illustrations); i++)
      names[i] = illustrations[i].name;

  return names;
}

/**
 * sd_illustration_get_resource_path:
 *
 * Returns: (nullable): the GResource path of the drawing @illustration, or
 *   %NULL for an unknown name
 */
const char *
sd_illustration_get_resource_path (const char *illustration)
{
  const SdIllustrationInfo *info = lookup (illustration);

  return info != NULL ? info->resource_path : NULL;
}

/**
 * sd_illustration_get_description:
 *
 * Returns: (nullable): what the drawing @illustration shows, in a sentence
 *   for screen readers (translated), or %NULL for an unknown name
 */
const char *
sd_illustration_get_description (const char *illustration)
{
  const SdIllustrationInfo *info = lookup (illustration);

  return info != NULL ? _(info->description) : NULL;
}

/**
 * sd_illustration_name_for_step:
 *
 * Returns: (nullable): the drawing shown on the step @step_id of the guide
 *   @procedure_id, or %NULL if it has none
 */
const char *
sd_illustration_name_for_step (const char *procedure_id,
                               const char *step_id)
{
  g_return_val_if_fail (procedure_id != NULL && step_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (step_illustrations); i++)
    if (strcmp (step_illustrations[i].procedure, procedure_id) == 0 &&
        strcmp (step_illustrations[i].step, step_id) == 0)
      return step_illustrations[i].illustration;

  return NULL;
}
