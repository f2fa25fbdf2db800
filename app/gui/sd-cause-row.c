/* sd-cause-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A likely cause on the Diagnose page: its name, component and probability,
 * and, expanded, what it is and the reasons for it, below it in the row itself.
 * The row holds its #SdCauseItem, which stays the same object whatever the
 * cause's rank, so an expanded row stays expanded when the causes re-sort.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-cause-row.h"
#include "sd-component-info.h"
#include "sd-gui-utils.h"

struct _SdCauseRow
{
  GtkListBoxRow  parent_instance;

  SdCauseItem   *cause;
  gboolean       expanded;

  AdwActionRow  *header;
  GtkLevelBar   *level_bar;
  GtkLabel      *percent_label;
  GtkImage      *arrow;
  GtkRevealer   *revealer;
  GtkListBox    *reasons_list;
};

G_DEFINE_FINAL_TYPE (SdCauseRow, sd_cause_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  PROP_0,
  PROP_CAUSE,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sync_probability (SdCauseRow *self)
{
  double probability = sd_cause_item_get_probability (self->cause);
  g_autofree char *text = sd_probability_format (probability);

  gtk_level_bar_set_value (self->level_bar, probability);
  gtk_label_set_text (self->percent_label, text);
}

static void
sync_texts (SdCauseRow *self)
{
  const char *component = sd_cause_item_get_component_name (self->cause);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->header),
                                 sd_cause_item_get_name (self->cause));
  adw_action_row_set_subtitle (self->header,
                               component != NULL ? component
                                                 : _("A cause the knowledge base does not list"));
}

static void
add_reason_row (SdCauseRow *self,
                const char *title,
                const char *text)
{
  GtkWidget *row = sd_text_row_new (title, text, NULL);

  gtk_widget_add_css_class (row, "cause-reason");
  gtk_list_box_append (self->reasons_list, row);
}

/* What it is and the reasons, built when shown: most causes are never opened. */
static void
sync_reasons (SdCauseRow *self)
{
  g_autoptr(GArray) reasons = NULL;
  const char *explanation;

  sd_list_box_remove_all (self->reasons_list);
  if (!self->expanded)
    return;

  explanation = sd_cause_item_get_explanation (self->cause);
  if (explanation != NULL)
    add_reason_row (self, _("What it is"), explanation);

  reasons = sd_cause_item_dup_reasons (self->cause);
  for (guint i = 0; i < reasons->len; i++)
    {
      const SdReason *reason = &g_array_index (reasons, SdReason, i);
      g_autofree char *text = sd_cause_item_describe_reason (self->cause, reason);

      /* Translators: the heading of a reason that makes a cause more (or less)
          likely; "it" is the cause. */
      add_reason_row (self, reason->ratio >= 1.0 ? _("Points to it") : _("Points away from it"),
                      text);
    }
  if (reasons->len == 0)
    /* Translators: the heading of why a cause is ranked where it is. */
    add_reason_row (self, _("Why"),
                    _("No answer points to it or away from it yet: "
                      "this is how often it is the cause."));
}

/* A click or Enter on the header opens or closes the reasons. */
static void
on_header_activated_cb (SdCauseRow    *self,
                        GtkListBoxRow *row)
{
  sd_cause_row_set_expanded (self, !self->expanded);
}

/* gtk_widget_activate() on the row does what activating its header does. */
static void
sd_cause_row_activate (GtkListBoxRow *row)
{
  SdCauseRow *self = SD_CAUSE_ROW (row);

  sd_cause_row_set_expanded (self, !self->expanded);
}

static void
sd_cause_row_constructed (GObject *object)
{
  SdCauseRow *self = SD_CAUSE_ROW (object);

  G_OBJECT_CLASS (sd_cause_row_parent_class)->constructed (object);

  g_assert (self->cause != NULL);
  sync_texts (self);
  sync_probability (self);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE,
                               -1);
  g_signal_connect_object (self->cause, "notify::probability", G_CALLBACK (sync_probability),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cause, "notify::name", G_CALLBACK (sync_texts), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->cause, "reasons-changed", G_CALLBACK (sync_reasons), self,
                           G_CONNECT_SWAPPED);
}

static void
sd_cause_row_dispose (GObject *object)
{
  SdCauseRow *self = SD_CAUSE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_CAUSE_ROW);
  g_clear_object (&self->cause);

  G_OBJECT_CLASS (sd_cause_row_parent_class)->dispose (object);
}

static void
sd_cause_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SdCauseRow *self = SD_CAUSE_ROW (object);

  switch (prop_id)
    {
    case PROP_CAUSE:
      g_value_set_object (value, self->cause);
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_cause_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SdCauseRow *self = SD_CAUSE_ROW (object);

  switch (prop_id)
    {
    case PROP_CAUSE:
      self->cause = g_value_dup_object (value);
      break;

    case PROP_EXPANDED:
      sd_cause_row_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_cause_row_class_init (SdCauseRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkListBoxRowClass *row_class = GTK_LIST_BOX_ROW_CLASS (klass);

  object_class->constructed = sd_cause_row_constructed;
  object_class->dispose = sd_cause_row_dispose;
  object_class->get_property = sd_cause_row_get_property;
  object_class->set_property = sd_cause_row_set_property;
  row_class->activate = sd_cause_row_activate;

  properties[PROP_CAUSE] =
    g_param_spec_object ("cause", NULL, NULL, SD_TYPE_CAUSE_ITEM,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-cause-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SdCauseRow, header);
  gtk_widget_class_bind_template_child (widget_class, SdCauseRow, level_bar);
  gtk_widget_class_bind_template_child (widget_class, SdCauseRow, percent_label);
  gtk_widget_class_bind_template_child (widget_class, SdCauseRow, arrow);
  gtk_widget_class_bind_template_child (widget_class, SdCauseRow, revealer);
  gtk_widget_class_bind_template_child (widget_class, SdCauseRow, reasons_list);
  gtk_widget_class_bind_template_callback (widget_class, on_header_activated_cb);
}

static void
sd_cause_row_init (SdCauseRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sd_cause_row_new:
 *
 * Returns: (transfer floating): a row showing @cause, closed
 */
GtkWidget *
sd_cause_row_new (SdCauseItem *cause)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (cause), NULL);

  return g_object_new (SD_TYPE_CAUSE_ROW, "cause", cause, NULL);
}

/**
 * sd_cause_row_get_cause:
 *
 * Returns: (transfer none): the cause the row shows
 */
SdCauseItem *
sd_cause_row_get_cause (SdCauseRow *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ROW (self), NULL);

  return self->cause;
}

gboolean
sd_cause_row_get_expanded (SdCauseRow *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ROW (self), FALSE);

  return self->expanded;
}

void
sd_cause_row_set_expanded (SdCauseRow *self,
                           gboolean    expanded)
{
  g_return_if_fail (SD_IS_CAUSE_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  sync_reasons (self);
  gtk_revealer_set_reveal_child (self->revealer, expanded);
  gtk_image_set_from_icon_name (self->arrow, expanded ? "pan-up-symbolic" : "pan-down-symbolic");
  if (expanded)
    gtk_widget_set_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self), GTK_STATE_FLAG_CHECKED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_STATE_EXPANDED,
                               expanded, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}
