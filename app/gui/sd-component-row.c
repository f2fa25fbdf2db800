/* sd-component-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A component in the Car page's list, holding its component: the number it
 * has on the diagram, shaded as its marker is, its name, and how suspect it is
 * in the case. The suspicion changes in place.
 */
#include "config.h"

#include "sd-component-row.h"
#include "sd-diagram-view.h"

struct _SdComponentRow
{
  AdwActionRow       parent_instance;

  const SdComponent *component;
  guint              number;
  double             suspicion;

  GtkLabel          *badge;
  GtkLabel          *share;
};

enum {
  PROP_0,
  PROP_COMPONENT,
  PROP_NUMBER,
  PROP_SUSPICION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdComponentRow, sd_component_row, ADW_TYPE_ACTION_ROW)

static void
show_suspicion (SdComponentRow *self)
{
  g_autofree char *share = sd_probability_format (self->suspicion);

  gtk_label_set_label (self->share, share);
  sd_diagram_view_shade_widget (GTK_WIDGET (self->badge), sd_suspicion_level_for (self->suspicion));
}

static void
sd_component_row_constructed (GObject *object)
{
  SdComponentRow *self = SD_COMPONENT_ROW (object);
  g_autofree char *number = g_strdup_printf ("%u", self->number);

  G_OBJECT_CLASS (sd_component_row_parent_class)->constructed (object);

  g_assert (self->component != NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), sd_text_get (&self->component->name));
  gtk_label_set_label (self->badge, number);
  show_suspicion (self);
}

static void
sd_component_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SdComponentRow *self = SD_COMPONENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMPONENT:
      g_value_set_pointer (value, (gpointer) self->component);
      break;
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case PROP_SUSPICION:
      g_value_set_double (value, self->suspicion);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_component_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SdComponentRow *self = SD_COMPONENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMPONENT:
      self->component = g_value_get_pointer (value);
      break;
    case PROP_NUMBER:
      self->number = g_value_get_uint (value);
      break;
    case PROP_SUSPICION:
      sd_component_row_set_suspicion (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_component_row_class_init (SdComponentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_component_row_constructed;
  object_class->get_property = sd_component_row_get_property;
  object_class->set_property = sd_component_row_set_property;

  /**
   * SdComponentRow:component:
   *
   * The #SdComponent shown, owned by the knowledge base, which outlives the row.
   */
  properties[PROP_COMPONENT] =
    g_param_spec_pointer ("component", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * SdComponentRow:number:
   *
   * The component's number on the diagram.
   */
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * SdComponentRow:suspicion:
   *
   * The probability that the cause is one of the component's faults.
   */
  properties[PROP_SUSPICION] =
    g_param_spec_double ("suspicion", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-component-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SdComponentRow, badge);
  gtk_widget_class_bind_template_child (widget_class, SdComponentRow, share);
}

static void
sd_component_row_init (SdComponentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sd_component_row_new:
 * @component: a component of the knowledge base, which outlives the row
 * @number: its number on the diagram
 */
GtkWidget *
sd_component_row_new (const SdComponent *component,
                      guint              number)
{
  g_return_val_if_fail (component != NULL, NULL);

  return g_object_new (SD_TYPE_COMPONENT_ROW,
                       "component", component,
                       "number", number,
                       NULL);
}

const SdComponent *
sd_component_row_get_component (SdComponentRow *self)
{
  g_return_val_if_fail (SD_IS_COMPONENT_ROW (self), NULL);

  return self->component;
}

double
sd_component_row_get_suspicion (SdComponentRow *self)
{
  g_return_val_if_fail (SD_IS_COMPONENT_ROW (self), 0.0);

  return self->suspicion;
}

/**
 * sd_component_row_set_suspicion:
 * @suspicion: the probability that the cause is one of the component's faults
 */
void
sd_component_row_set_suspicion (SdComponentRow *self,
                                double          suspicion)
{
  g_return_if_fail (SD_IS_COMPONENT_ROW (self));

  suspicion = CLAMP (suspicion, 0.0, 1.0);
  if (self->suspicion == suspicion)
    return;

  self->suspicion = suspicion;
  show_suspicion (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUSPICION]);
}
