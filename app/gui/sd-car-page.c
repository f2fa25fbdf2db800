/* sd-car-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The component diagram, its legend, the list of components (the same buttons'
 * names, with how suspect each is) and the selected component's details: what it
 * does, where it sits, its faults with their current probability, its questions
 * (answerable right there) and the guides for it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-car-page.h"
#include "sd-diagram-view.h"
#include "sd-gui-utils.h"
#include "sd-question-row.h"

struct _SdCarPage
{
  AdwBin      parent_instance;

  SdSession  *session;
  GtkWidget  *diagram;
  char       *selected;

  AdwBin     *diagram_bin;
  GtkFlowBox *legend;
  GtkListBox *components_list;
  GtkBox     *details;
};

G_DEFINE_FINAL_TYPE (SdCarPage, sd_car_page, ADW_TYPE_BIN)

static SdKnowledge *
knowledge_of (SdCarPage *self)
{
  return sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
}

static void
build_legend (SdCarPage *self)
{
  static const struct { const char *css; const char *label; } levels[] = {
    /* Translators: legend of the car diagram's colours. */
    { "suspect-high", N_("Most suspect") },
    { "suspect-medium", N_("Possible") },
    { "suspect-low", N_("Unlikely") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      gtk_widget_add_css_class (swatch, "legend-swatch");
      gtk_widget_add_css_class (swatch, levels[i].css);
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (box), swatch);
      gtk_box_append (GTK_BOX (box), gtk_label_new (_(levels[i].label)));
      gtk_flow_box_append (self->legend, box);
      /* Nothing to click: the legend takes no focus. */
      gtk_widget_set_focusable (gtk_widget_get_parent (box), FALSE);
    }
}

static char *
percent (double probability)
{
  /* Translators: a probability in per cent, e.g. "42 %"; use your usual spacing. */
  return g_strdup_printf (_("%.0f %%"), probability * 100);
}

static void
build_components (SdCarPage *self)
{
  SdKnowledge *knowledge = knowledge_of (self);
  sd_list_box_remove_all (self->components_list);

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      double suspicion = sd_diagram_view_get_suspicion (self->session, component->id);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);
      g_autofree char *share = percent (suspicion);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *badge = gtk_label_new (number);
      GtkWidget *value = gtk_label_new (share);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sd_text_get (&component->name));
      gtk_widget_add_css_class (badge, "sd-component");
      gtk_widget_add_css_class (badge, "circular");
      gtk_widget_add_css_class (badge, sd_diagram_view_suspicion_class (suspicion));
      gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), badge);
      gtk_widget_add_css_class (value, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_name (row, component->id);
      gtk_list_box_append (self->components_list, row);
    }
}

static void
build_details (SdCarPage *self)
{
  SdKnowledge *knowledge = knowledge_of (self);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);
  GListModel *procedures = sd_catalog_get_procedures (sd_session_get_catalog (self->session));
  const SdComponent *component = sd_knowledge_lookup_component (knowledge, self->selected);
  GtkWidget *about, *faults = NULL, *questions = NULL, *guides = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->details))) != NULL)
    gtk_box_remove (self->details, child);
  if (component == NULL)
    return;

  about = sd_preferences_group_new (sd_text_get (&component->name));
  gtk_widget_set_name (about, "details");
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (about), sd_text_get (&component->role));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (about),
                             sd_text_row_new (_("Where it sits"), sd_text_get (&component->location),
                                              NULL));
  gtk_box_append (self->details, about);

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);
      g_autofree char *share = NULL;
      GtkWidget *row;

      if (g_strcmp0 (fault->component, component->id) != 0)
        continue;
      if (faults == NULL)
        {
          faults = sd_preferences_group_new (_("What Can Go Wrong"));
          gtk_box_append (self->details, faults);
        }
      share = percent (sd_diagnosis_get_probability (diagnosis, fault->id));
      row = sd_text_row_new (sd_text_get (&fault->name), sd_text_get (&fault->explanation), NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new (share));
      gtk_widget_set_name (row, fault->id);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (faults), row);
    }

  for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, i);

      if (g_strcmp0 (symptom->component, component->id) != 0)
        continue;
      if (questions == NULL)
        {
          questions = sd_preferences_group_new (_("What You May Notice"));
          gtk_box_append (self->details, questions);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (questions),
                                 sd_question_row_new (self->session, symptom));
    }

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);
      GtkWidget *row;

      if (!g_strv_contains (sd_procedure_get_components (procedure), component->id))
        continue;
      if (guides == NULL)
        {
          guides = sd_preferences_group_new (_("Guides for It"));
          gtk_box_append (self->details, guides);
        }
      row = sd_text_row_new (sd_procedure_get_title (procedure), sd_procedure_get_summary (procedure),
                             NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sd_start_button_new (procedure, NULL));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (guides), row);
    }
}

/**
 * sd_car_page_select:
 * @component: the component whose details to show
 */
void
sd_car_page_select (SdCarPage  *self,
                    const char *component)
{
  g_return_if_fail (SD_IS_CAR_PAGE (self));

  if (sd_knowledge_lookup_component (knowledge_of (self), component) == NULL)
    return;

  g_free (self->selected);
  self->selected = g_strdup (component);
  sd_diagram_view_set_highlight (SD_DIAGRAM_VIEW (self->diagram), component);
  build_details (self);
}

const char *
sd_car_page_get_selected (SdCarPage *self)
{
  g_return_val_if_fail (SD_IS_CAR_PAGE (self), NULL);

  return self->selected;
}

static void
on_component_activated_cb (SdCarPage  *self,
                           const char *component)
{
  sd_car_page_select (self, component);
}

static void
on_component_row_activated_cb (SdCarPage     *self,
                               GtkListBoxRow *row)
{
  sd_car_page_select (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
refresh (SdCarPage *self)
{
  build_components (self);
  build_details (self);
}

static void
sd_car_page_dispose (GObject *object)
{
  SdCarPage *self = SD_CAR_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_CAR_PAGE);
  g_clear_object (&self->session);
  g_clear_pointer (&self->selected, g_free);

  G_OBJECT_CLASS (sd_car_page_parent_class)->dispose (object);
}

static void
sd_car_page_class_init (SdCarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_car_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-car-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, diagram_bin);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, legend);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, components_list);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, details);
  gtk_widget_class_bind_template_callback (widget_class, on_component_row_activated_cb);
}

static void
sd_car_page_init (SdCarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sd_car_page_new (SdSession *session)
{
  SdCarPage *self;
  SdKnowledge *knowledge;
  const char *most_suspect = NULL;
  double highest = -1.0;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_CAR_PAGE, NULL);
  self->session = g_object_ref (session);
  self->diagram = sd_diagram_view_new (session, TRUE);
  adw_bin_set_child (self->diagram_bin, self->diagram);
  g_signal_connect_object (self->diagram, "component-activated",
                           G_CALLBACK (on_component_activated_cb), self, G_CONNECT_SWAPPED);
  build_legend (self);
  build_components (self);

  /* Start with the component most suspect in the case. */
  knowledge = knowledge_of (self);
  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      double suspicion = sd_diagram_view_get_suspicion (session, component->id);

      if (suspicion > highest)
        {
          highest = suspicion;
          most_suspect = component->id;
        }
    }
  sd_car_page_select (self, most_suspect);
  g_signal_connect_object (session, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
