/* sd-guide-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A guide on the Guides page, holding its procedure: the title, time and
 * difficulty and a Start button; opened, what it does, the tools and parts it
 * needs, its cautions and how many steps it has. Those details are built the
 * first time the row is opened: the page makes a row for each guide that
 * scrolls into sight, and most are never opened. A row can be given another
 * guide, so that the page can use it again rather than make a new one.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-guide-row.h"
#include "sd-gui-utils.h"

struct _SdGuideRow
{
  AdwExpanderRow  parent_instance;

  SdProcedure    *procedure;
  /* The source of the guide this one replaces, if any. */
  char           *replaced;
  /* The rows of the details, once they are built. */
  GPtrArray      *details;
  /* Holds the Start button, which is made anew for each guide. */
  AdwBin         *start_bin;
  gboolean        not_for_car;
};

enum {
  PROP_0,
  PROP_PROCEDURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdGuideRow, sd_guide_row, ADW_TYPE_EXPANDER_ROW)

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
add_detail (SdGuideRow *self,
            GtkWidget  *row)
{
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), row);
  g_ptr_array_add (self->details, row);
}

static void
remove_details (SdGuideRow *self)
{
  for (guint i = 0; i < self->details->len; i++)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (self->details, i));
  g_ptr_array_set_size (self->details, 0);
}

/* A list of texts in its row, or no row when the list is empty. */
static void
add_texts (SdGuideRow *self,
           const char *title,
           const char *icon_name,
           GPtrArray  *texts,
           gboolean    parts)
{
  g_autofree char *joined = NULL;

  if (texts->len == 0)
    return;

  joined = sd_texts_join (texts, parts);
  add_detail (self, sd_text_row_new (title, joined, icon_name));
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
  g_autofree char *steps = NULL;
  guint n_steps = sd_procedure_get_max_steps_after (self->procedure, 0) + 1;

  if (self->replaced != NULL)
    add_detail (self, new_replaced_row (self));
  add_detail (self, sd_text_row_new (_("What it does"), sd_procedure_get_summary (self->procedure),
                                     NULL));
  add_texts (self, _("Tools"), "applications-engineering-symbolic",
             sd_procedure_get_tools (self->procedure), FALSE);
  add_texts (self, _("Parts"), "package-x-generic-symbolic",
             sd_procedure_get_parts (self->procedure), TRUE);
  for (guint i = 0; i < cautions->len; i++)
    add_detail (self, sd_caution_row_new (g_ptr_array_index (cautions, i)));

  /* Translators: the most steps a guide can take, its first included, as the
   * wizard counts them ("Step 1 · up to 6 more" is up to 7 steps). */
  steps = g_strdup_printf (ngettext ("Up to %u step", "Up to %u steps", n_steps), n_steps);
  add_detail (self, sd_text_row_new (_("Steps"), steps, "view-list-bullet-symbolic"));
}

/* Built when first opened. Closed, the details are hidden, not only folded
 * away: a revealer measures what it hides, and the details' long wrapped
 * texts would be most of the cost of a row. */
static void
on_expanded_cb (SdGuideRow *self)
{
  gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));

  if (expanded && self->details->len == 0 && self->procedure != NULL)
    build_details (self);
  if (self->details->len > 0)
    gtk_widget_set_visible (gtk_widget_get_parent (g_ptr_array_index (self->details, 0)), expanded);
}

static void
update_subtitle (SdGuideRow *self)
{
  g_autofree char *subtitle = NULL;

  if (self->not_for_car)
    return;

  subtitle = format_duration_and_difficulty (self->procedure);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), subtitle);
}

/* Fills the row once its procedure is set. Not from constructed(): there the
 * row's notifications are held back and are let go newest first, so the title
 * would reach its label before use-markup=FALSE does, and a workshop's title
 * would be read as markup for a moment. */
static void
fill (SdGuideRow *self)
{
  remove_details (self);
  g_clear_pointer (&self->replaced, g_free);
  self->not_for_car = FALSE;
  gtk_widget_remove_css_class (GTK_WIDGET (self), "guide-not-for-car");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), sd_procedure_get_title (self->procedure));
  update_subtitle (self);
  adw_bin_set_child (self->start_bin, sd_start_button_new (self->procedure, NULL));
  on_expanded_cb (self);
}

/**
 * sd_guide_row_set_procedure:
 * @procedure: the guide to show instead
 *
 * Shows another guide, as a new row would, its details closed.
 */
void
sd_guide_row_set_procedure (SdGuideRow  *self,
                            SdProcedure *procedure)
{
  g_return_if_fail (SD_IS_GUIDE_ROW (self));
  g_return_if_fail (SD_IS_PROCEDURE (procedure));

  if (!g_set_object (&self->procedure, procedure))
    return;

  fill (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROCEDURE]);
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
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_guide_row_dispose (GObject *object)
{
  SdGuideRow *self = SD_GUIDE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_GUIDE_ROW);
  g_clear_object (&self->procedure);
  g_clear_pointer (&self->replaced, g_free);
  g_clear_pointer (&self->details, g_ptr_array_unref);

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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-guide-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SdGuideRow, start_bin);
}

static void
sd_guide_row_init (SdGuideRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->details = g_ptr_array_new ();
  g_signal_connect (self, "notify::expanded", G_CALLBACK (on_expanded_cb), NULL);
}

GtkWidget *
sd_guide_row_new (SdProcedure *procedure)
{
  GtkWidget *row;

  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);

  /* The procedure is set after construction: see fill(). */
  row = g_object_new (SD_TYPE_GUIDE_ROW, NULL);
  g_object_set (row, "procedure", procedure, NULL);

  return row;
}

SdProcedure *
sd_guide_row_get_procedure (SdGuideRow *self)
{
  g_return_val_if_fail (SD_IS_GUIDE_ROW (self), NULL);

  return self->procedure;
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
  /* Built again when next opened, with this first. */
  remove_details (self);
  on_expanded_cb (self);
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
  g_return_if_fail (SD_IS_GUIDE_ROW (self));

  self->not_for_car = why != NULL;
  if (why != NULL)
    {
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), why);
      gtk_widget_add_css_class (GTK_WIDGET (self), "guide-not-for-car");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "guide-not-for-car");
      update_subtitle (self);
    }
}
