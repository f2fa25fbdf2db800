/* sd-guide-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A guide on the Guides page, holding its procedure: the title, time and
 * difficulty and a Start button; opened, what it does, the tools and parts it
 * needs, its cautions and how many steps it has. The list view keeps about 200
 * rows and measures each at every change of the search, so a closed row is
 * light: a header of two inscriptions (measured by their font, not by their
 * text), a button and an arrow. The details are built the first time the row
 * is opened. A row can be given another guide, so that the page can use it
 * again rather than make a new one: that sets two texts and the button's
 * target, and makes no widget.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-guide-row.h"
#include "sd-gui-utils.h"

struct _SdGuideRow
{
  GtkWidget       parent_instance;

  SdProcedure    *procedure;
  /* The source of the guide this one replaces, if any. */
  char           *replaced;
  /* The list of the details, once it is built. */
  GtkWidget      *details;
  gboolean        expanded;
  gboolean        not_for_car;

  GtkWidget      *header;
  GtkInscription *title_label;
  GtkInscription *subtitle_label;
  GtkWidget      *start_button;
  GtkImage       *arrow;
};

enum {
  PROP_0,
  PROP_PROCEDURE,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdGuideRow, sd_guide_row, GTK_TYPE_WIDGET)

/* The time from the engine, as the guide's overview says it: work and waiting apart. */
static char *
format_duration_and_difficulty (SdProcedure *procedure)
{
  g_autofree char *duration = sd_procedure_format_time (procedure);

  /* Translators: "About 10 minutes · Easy": the time and difficulty of a procedure. */
  return g_strdup_printf (C_("time and difficulty", "%s · %s"),
                          duration,
                          sd_difficulty_get_label (sd_procedure_get_difficulty (procedure)));
}

static void
remove_details (SdGuideRow *self)
{
  if (self->details != NULL)
    gtk_widget_unparent (g_steal_pointer (&self->details));
}

/* A list of texts in its row, or no row when the list is empty. */
static void
add_texts (GtkListBox *details,
           const char *title,
           const char *icon_name,
           GPtrArray  *texts,
           gboolean    parts)
{
  g_autofree char *joined = NULL;

  if (texts->len == 0)
    return;

  joined = sd_texts_join (texts, parts);
  gtk_list_box_append (details, sd_text_row_new (title, joined, icon_name));
}

static GtkWidget *
new_replaced_row (SdGuideRow *self)
{
  g_autofree char *text = NULL;
  GtkWidget *row;

  if (g_str_has_prefix (self->replaced, "resource://"))
    /* Translators: %s is the file a workshop's guide comes from. */
    text = g_strdup_printf (_("From %s, replaces the built-in guide"),
                            sd_procedure_get_source (self->procedure));
  else
    /* Translators: both %s are files of guides. */
    text = g_strdup_printf (_("From %s, replaces the guide from %s"),
                            sd_procedure_get_source (self->procedure), self->replaced);

  /* Translators: the heading of a guide that a data file replaces. */
  row = sd_text_row_new (_("Not the Shipped Guide"), text, "dialog-information-symbolic");
  gtk_widget_add_css_class (row, "guide-replaced");

  return row;
}

/* The details, in order: that the guide replaces another, what it does, the
 * tools and parts, the cautions and the count of steps. */
static void
build_details (SdGuideRow *self)
{
  GPtrArray *cautions = sd_procedure_get_cautions (self->procedure);
  GtkListBox *details = GTK_LIST_BOX (gtk_list_box_new ());
  g_autofree char *steps = NULL;
  guint n_steps = sd_procedure_get_max_steps_after (self->procedure, 0) + 1;

  gtk_list_box_set_selection_mode (details, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (details), "sd-guide-details");
  if (self->replaced != NULL)
    gtk_list_box_append (details, new_replaced_row (self));
  gtk_list_box_append (details, sd_text_row_new (_("What it does"),
                                                 sd_procedure_get_summary (self->procedure),
                                                 NULL));
  add_texts (details, _("Tools"), "applications-engineering-symbolic",
             sd_procedure_get_tools (self->procedure), FALSE);
  add_texts (details, _("Parts"), "package-x-generic-symbolic",
             sd_procedure_get_parts (self->procedure), TRUE);
  for (guint i = 0; i < cautions->len; i++)
    gtk_list_box_append (details, sd_caution_row_new (g_ptr_array_index (cautions, i)));

  /* Translators: the most steps a guide can take, its first included, as the
   * wizard counts them ("Step 1 · up to 6 more" is up to 7 steps). */
  steps = g_strdup_printf (ngettext ("Up to %u step", "Up to %u steps", n_steps), n_steps);
  gtk_list_box_append (details, sd_text_row_new (_("Steps"), steps, "view-list-bullet-symbolic"));

  self->details = GTK_WIDGET (details);
  gtk_widget_set_parent (self->details, GTK_WIDGET (self));
}

/* Built when first opened; closed, hidden, so that only the header is measured. */
static void
update_details (SdGuideRow *self)
{
  if (self->expanded && self->details == NULL && self->procedure != NULL)
    build_details (self);
  if (self->details != NULL)
    gtk_widget_set_visible (self->details, self->expanded);
}

static void
update_subtitle (SdGuideRow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->not_for_car || self->procedure == NULL)
    return;

  subtitle = format_duration_and_difficulty (self->procedure);
  gtk_inscription_set_text (self->subtitle_label, subtitle);
}

/**
 * sd_guide_row_set_procedure:
 * @procedure: the guide to show instead
 *
 * Shows another guide, as a new row would, its details closed and not built.
 */
void
sd_guide_row_set_procedure (SdGuideRow  *self,
                            SdProcedure *procedure)
{
  g_return_if_fail (SD_IS_GUIDE_ROW (self));
  g_return_if_fail (SD_IS_PROCEDURE (procedure));

  if (!g_set_object (&self->procedure, procedure))
    return;

  remove_details (self);
  g_clear_pointer (&self->replaced, g_free);
  if (self->not_for_car)
    {
      self->not_for_car = FALSE;
      gtk_widget_remove_css_class (GTK_WIDGET (self), "guide-not-for-car");
    }

  gtk_inscription_set_text (self->title_label, sd_procedure_get_title (procedure));
  update_subtitle (self);
  sd_start_button_set_procedure (self->start_button, procedure);
  update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCEDURE]);
}

/**
 * sd_guide_row_set_expanded:
 *
 * Opens the row to its details (built the first time), or closes it.
 */
void
sd_guide_row_set_expanded (SdGuideRow *self,
                           gboolean    expanded)
{
  g_return_if_fail (SD_IS_GUIDE_ROW (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  gtk_image_set_from_icon_name (self->arrow, expanded ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->header), GTK_ACCESSIBLE_STATE_EXPANDED,
                               expanded, -1);
  if (expanded)
    gtk_widget_add_css_class (GTK_WIDGET (self), "expanded");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "expanded");
  update_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

gboolean
sd_guide_row_get_expanded (SdGuideRow *self)
{
  g_return_val_if_fail (SD_IS_GUIDE_ROW (self), FALSE);

  return self->expanded;
}

/* The header toggles the row, by a click or by Enter or Space on it. */
static void
toggle (SdGuideRow *self)
{
  sd_guide_row_set_expanded (self, !self->expanded);
}

static void
on_header_released_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       SdGuideRow      *self)
{
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (self->header);
  toggle (self);
}

static void
toggle_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  toggle (SD_GUIDE_ROW (widget));
}

static void
sd_guide_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SdGuideRow *self = SD_GUIDE_ROW (object);

  switch (prop_id)
    {
    case PROP_PROCEDURE:
      g_value_set_object (value, self->procedure);
      break;
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_guide_row_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SdGuideRow *self = SD_GUIDE_ROW (object);

  switch (prop_id)
    {
    case PROP_PROCEDURE:
      sd_guide_row_set_procedure (self, g_value_get_object (value));
      break;
    case PROP_EXPANDED:
      sd_guide_row_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_guide_row_dispose (GObject *object)
{
  SdGuideRow *self = SD_GUIDE_ROW (object);

  remove_details (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_GUIDE_ROW);
  g_clear_object (&self->procedure);
  g_clear_pointer (&self->replaced, g_free);

  G_OBJECT_CLASS (sd_guide_row_parent_class)->dispose (object);
}

static void
sd_guide_row_class_init (SdGuideRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_guide_row_get_property;
  object_class->set_property = sd_guide_row_set_property;
  object_class->dispose = sd_guide_row_dispose;

  /**
   * SdGuideRow:procedure:
   *
   * The procedure the row shows and starts.
   */
  properties[PROP_PROCEDURE] =
    g_param_spec_object ("procedure", NULL, NULL, SD_TYPE_PROCEDURE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * SdGuideRow:expanded:
   *
   * Whether the row is open to the guide's details.
   */
  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-guide-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SdGuideRow, header);
  gtk_widget_class_bind_template_child (widget_class, SdGuideRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SdGuideRow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, SdGuideRow, start_button);
  gtk_widget_class_bind_template_child (widget_class, SdGuideRow, arrow);

  /**
   * SdGuideRow|guide.toggle:
   *
   * Opens the row, or closes it: Enter or Space on its header.
   */
  gtk_widget_class_install_action (widget_class, "guide.toggle", NULL, toggle_action);
}

static void
sd_guide_row_init (SdGuideRow *self)
{
  GtkEventController *shortcuts;
  GtkShortcutTrigger *keys;
  GtkGesture *click;

  gtk_widget_init_template (GTK_WIDGET (self));

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (on_header_released_cb), self);
  gtk_widget_add_controller (self->header, GTK_EVENT_CONTROLLER (click));

  shortcuts = gtk_shortcut_controller_new ();
  keys = gtk_shortcut_trigger_parse_string ("Return|KP_Enter|space");
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (keys, gtk_named_action_new ("guide.toggle")));
  gtk_widget_add_controller (self->header, shortcuts);
}

GtkWidget *
sd_guide_row_new (SdProcedure *procedure)
{
  GtkWidget *row;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);

  row = g_object_new (SD_TYPE_GUIDE_ROW, NULL);
  sd_guide_row_set_procedure (SD_GUIDE_ROW (row), procedure);

  return row;
}

SdProcedure *
sd_guide_row_get_procedure (SdGuideRow *self)
{
  g_return_val_if_fail (SD_IS_GUIDE_ROW (self), NULL);

  return self->procedure;
}

const char *
sd_guide_row_get_title (SdGuideRow *self)
{
  g_return_val_if_fail (SD_IS_GUIDE_ROW (self), NULL);

  return gtk_inscription_get_text (self->title_label);
}

/**
 * sd_guide_row_get_subtitle:
 *
 * Returns: the line under the title: the time and difficulty, or why the
 *   guide is not for the car
 */
const char *
sd_guide_row_get_subtitle (SdGuideRow *self)
{
  g_return_val_if_fail (SD_IS_GUIDE_ROW (self), NULL);

  return gtk_inscription_get_text (self->subtitle_label);
}

/**
 * sd_guide_row_show_replaced:
 * @replaced: (nullable): the source of the guide this one is used instead
 *   of: a file, or a resource:// URI for a built-in guide; %NULL if none
 *
 * Says, first in the row's details, that the guide comes from a data file and
 * replaces another of the same id, so that a workshop's change to a shipped
 * guide is never silent.
 */
void
sd_guide_row_show_replaced (SdGuideRow *self,
                            const char *replaced)
{
  g_return_if_fail (SD_IS_GUIDE_ROW (self));

  if (g_strcmp0 (self->replaced, replaced) == 0)
    return;

  g_free (self->replaced);
  self->replaced = g_strdup (replaced);
  /* Built again, with this first, when it is next open. */
  remove_details (self);
  update_details (self);
}

/**
 * sd_guide_row_show_not_for_car:
 * @why: (nullable): why the guide is not for the car in the case, in a
 *   sentence; %NULL when it is
 *
 * The row of a guide under "Not for Your Car" says why in its subtitle,
 * instead of the time and difficulty.
 */
void
sd_guide_row_show_not_for_car (SdGuideRow *self,
                               const char *why)
{
  gboolean was_not_for_car;

  g_return_if_fail (SD_IS_GUIDE_ROW (self));

  was_not_for_car = self->not_for_car;
  self->not_for_car = why != NULL;
  if (why != NULL)
    {
      gtk_inscription_set_text (self->subtitle_label, why);
      if (!was_not_for_car)
        gtk_widget_add_css_class (GTK_WIDGET (self), "guide-not-for-car");
    }
  else if (was_not_for_car)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "guide-not-for-car");
      update_subtitle (self);
    }
}
