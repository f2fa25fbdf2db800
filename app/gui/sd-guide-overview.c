/* sd-guide-overview.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first page of a guide, before step 1: what it does, how long it takes
 * (the work and the waiting apart), how hard it is, the tools and parts it
 * needs and the cautions that concern all of it. The cautions of one step are
 * shown on that step. The wizard's Start button goes on to step 1.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-guide-overview.h"
#include "sd-gui-utils.h"

struct _SdGuideOverview
{
  AdwBin               parent_instance;

  SdProcedure         *procedure;

  GtkLabel            *title;
  GtkLabel            *summary;
  AdwActionRow        *time_row;
  AdwActionRow        *difficulty_row;
  AdwActionRow        *tools_row;
  AdwActionRow        *parts_row;
  AdwPreferencesGroup *cautions;
};

enum {
  PROP_0,
  PROP_PROCEDURE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdGuideOverview, sd_guide_overview, ADW_TYPE_BIN)

static void
show_list (AdwActionRow *row,
           GPtrArray    *texts,
           gboolean      parts)
{
  g_autofree char *joined = sd_texts_join (texts, parts);

  if (texts->len > 0)
    adw_action_row_set_subtitle (row, joined);
  else
    /* Translators: the tools or parts a guide needs, when it needs none. */
    adw_action_row_set_subtitle (row, C_("tools or parts", "None"));
}

static void
sd_guide_overview_constructed (GObject *object)
{
  SdGuideOverview *self = SD_GUIDE_OVERVIEW (object);
  GPtrArray *cautions;
  g_autofree char *time = NULL;

  G_OBJECT_CLASS (sd_guide_overview_parent_class)->constructed (object);

  g_assert (SD_IS_PROCEDURE (self->procedure));

  gtk_label_set_text (self->title, sd_procedure_get_title (self->procedure));
  gtk_label_set_text (self->summary, sd_procedure_get_summary (self->procedure));

  time = sd_procedure_format_time (self->procedure);
  adw_action_row_set_subtitle (self->time_row, time);
  adw_action_row_set_subtitle (self->difficulty_row,
                               sd_difficulty_get_label (sd_procedure_get_difficulty (self->procedure)));
  show_list (self->tools_row, sd_procedure_get_tools (self->procedure), FALSE);
  show_list (self->parts_row, sd_procedure_get_parts (self->procedure), TRUE);

  cautions = sd_procedure_get_cautions (self->procedure);
  for (guint i = 0; i < cautions->len; i++)
    adw_preferences_group_add (self->cautions, sd_caution_row_new (g_ptr_array_index (cautions, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->cautions), cautions->len > 0);
}

static void
sd_guide_overview_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SdGuideOverview *self = SD_GUIDE_OVERVIEW (object);

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
sd_guide_overview_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SdGuideOverview *self = SD_GUIDE_OVERVIEW (object);

  switch (prop_id)
    {
    case PROP_PROCEDURE:
      self->procedure = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_guide_overview_dispose (GObject *object)
{
  SdGuideOverview *self = SD_GUIDE_OVERVIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_GUIDE_OVERVIEW);
  g_clear_object (&self->procedure);

  G_OBJECT_CLASS (sd_guide_overview_parent_class)->dispose (object);
}

static void
sd_guide_overview_class_init (SdGuideOverviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_guide_overview_constructed;
  object_class->get_property = sd_guide_overview_get_property;
  object_class->set_property = sd_guide_overview_set_property;
  object_class->dispose = sd_guide_overview_dispose;

  /**
   * SdGuideOverview:procedure:
   *
   * The guide shown.
   */
  properties[PROP_PROCEDURE] =
    g_param_spec_object ("procedure", NULL, NULL, SD_TYPE_PROCEDURE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-guide-overview.ui");
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, title);
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, summary);
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, time_row);
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, difficulty_row);
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, tools_row);
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, parts_row);
  gtk_widget_class_bind_template_child (widget_class, SdGuideOverview, cautions);
}

static void
sd_guide_overview_init (SdGuideOverview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sd_guide_overview_new (SdProcedure *procedure)
{
  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), NULL);

  return g_object_new (SD_TYPE_GUIDE_OVERVIEW, "procedure", procedure, NULL);
}

SdProcedure *
sd_guide_overview_get_procedure (SdGuideOverview *self)
{
  g_return_val_if_fail (SD_IS_GUIDE_OVERVIEW (self), NULL);

  return self->procedure;
}
