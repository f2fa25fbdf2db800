/* sd-car-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The component diagram, its legend, the list of components (the same buttons'
 * names, with how suspect each is) and the selected component's details: what it
 * does, where it sits, its faults with their current probability, its questions
 * (answerable right there) and the guides for it. A change of the case changes
 * the shading and the numbers in place; only choosing another component fills
 * the details again. The details stand beside the drawing on a wide window
 * and slide over it on a narrow one (an AdwFlap); choosing a component with
 * the keyboard, or on a narrow window, takes the focus into them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-car-page.h"
#include "sd-codes-entry.h"
#include "sd-component-info.h"
#include "sd-component-row.h"
#include "sd-diagram-view.h"
#include "sd-gui-utils.h"
#include "sd-question-row.h"

/* A fault of the chosen component and the label with its probability. */
typedef struct
{
  const SdFault *fault;
  GtkLabel      *share;
} FaultShare;

struct _SdCarPage
{
  AdwBin               parent_instance;

  SdSession           *session;
  SdDiagramView       *diagram;
  const SdComponent   *selected;
  GArray              *fault_shares;

  AdwFlap             *flap;
  GtkWidget           *details_pane;
  GtkWidget           *details_box;
  AdwBin              *diagram_bin;
  AdwActionRow        *profile_row;
  char                *car;   /* the car the details were shown for */
  GtkListBox          *components_list;
  AdwPreferencesGroup *about_group;
  AdwActionRow        *where_row;
  AdwPreferencesGroup *faults_group;
  GtkListBox          *faults_list;
  AdwPreferencesGroup *questions_group;
  GtkListBox          *questions_list;
  AdwPreferencesGroup *guides_group;
  GtkListBox          *guides_list;
  SdCodesEntry        *codes_entry;
};

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdCarPage, sd_car_page, ADW_TYPE_BIN)

static SdKnowledge *
knowledge_of (SdCarPage *self)
{
  return sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
}

static void
add_components (SdCarPage *self)
{
  SdKnowledge *knowledge = knowledge_of (self);

  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    gtk_list_box_append (self->components_list,
                         sd_component_row_new (sd_knowledge_get_component (knowledge, i), i + 1));
}

static void
update_suspicions (SdCarPage *self)
{
  SdKnowledge *knowledge = knowledge_of (self);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->components_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SdComponentRow *row = SD_COMPONENT_ROW (child);
      const SdComponent *component = sd_component_row_get_component (row);
      SdSuspicion suspicion = sd_component_get_suspicion (knowledge, diagnosis, component->id);

      sd_component_row_set_suspicion (row, suspicion.probability);
    }
}

static void
update_fault_shares (SdCarPage *self)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);

  for (guint i = 0; i < self->fault_shares->len; i++)
    {
      FaultShare *share = &g_array_index (self->fault_shares, FaultShare, i);
      g_autofree char *text = sd_probability_format (sd_diagnosis_get_probability (diagnosis,
                                                                                    share->fault->id));

      gtk_label_set_label (share->share, text);
    }
}

static void
fill_faults (SdCarPage *self)
{
  g_autoptr(GPtrArray) faults = sd_knowledge_dup_component_faults (knowledge_of (self),
                                                                   self->selected->id);

  sd_list_box_remove_all (self->faults_list);
  g_array_set_size (self->fault_shares, 0);

  for (guint i = 0; i < faults->len; i++)
    {
      const SdFault *fault = g_ptr_array_index (faults, i);
      GtkWidget *row = sd_text_row_new (sd_text_get (&fault->name),
                                        sd_text_get (&fault->explanation), NULL);
      FaultShare share = { fault, GTK_LABEL (gtk_label_new (NULL)) };

      adw_action_row_add_suffix (ADW_ACTION_ROW (row), GTK_WIDGET (share.share));
      gtk_list_box_append (self->faults_list, row);
      g_array_append_val (self->fault_shares, share);
    }

  update_fault_shares (self);
  gtk_widget_set_visible (GTK_WIDGET (self->faults_group), faults->len > 0);
}

static void
fill_questions (SdCarPage *self)
{
  g_autoptr(GPtrArray) symptoms = sd_knowledge_dup_component_symptoms (knowledge_of (self),
                                                                       self->selected->id);

  sd_list_box_remove_all (self->questions_list);
  /* Each question row follows the session by itself; only those for this car. */
  for (guint i = 0; i < symptoms->len; i++)
    {
      const SdSymptom *symptom = g_ptr_array_index (symptoms, i);

      if (sd_diagnosis_symptom_applies (sd_session_get_diagnosis (self->session), symptom->id))
        gtk_list_box_append (self->questions_list, sd_question_row_new (self->session, symptom));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->questions_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->questions_list)) != NULL);
}

static void
fill_guides (SdCarPage *self)
{
  g_autoptr(GPtrArray) procedures = sd_catalog_dup_component_procedures (sd_session_get_catalog (self->session),
                                                                         self->selected->id);

  sd_list_box_remove_all (self->guides_list);
  for (guint i = 0; i < procedures->len; i++)
    {
      SdProcedure *procedure = g_ptr_array_index (procedures, i);
      GtkWidget *row;

      if (!sd_diagnosis_procedure_applies (sd_session_get_diagnosis (self->session),
                                           sd_procedure_get_id (procedure)))
        continue;
      row = sd_text_row_new (sd_procedure_get_title (procedure),
                             sd_procedure_get_summary (procedure), NULL);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), sd_start_button_new (procedure, NULL));
      gtk_list_box_append (self->guides_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->guides_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->guides_list)) != NULL);
}

static void
show_details (SdCarPage *self)
{
  const SdComponent *component = self->selected;

  sd_preferences_group_set_plain (self->about_group, sd_text_get (&component->name),
                                  sd_text_get (&component->role));
  adw_action_row_set_subtitle (self->where_row, sd_text_get (&component->location));
  gtk_widget_set_visible (GTK_WIDGET (self->about_group), TRUE);
  fill_faults (self);
  fill_questions (self);
  fill_guides (self);
}

/**
 * sd_car_page_select:
 * @component: the component whose details to show
 */
void
sd_car_page_select (SdCarPage  *self,
                    const char *component)
{
  const SdComponent *found;

  g_return_if_fail (SD_IS_CAR_PAGE (self));
  g_return_if_fail (SD_IS_SESSION (self->session));

  found = sd_knowledge_lookup_component (knowledge_of (self), component);
  if (found == NULL || found == self->selected)
    return;

  self->selected = found;
  sd_diagram_view_set_highlight (self->diagram, found->id);
  show_details (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

const char *
sd_car_page_get_selected (SdCarPage *self)
{
  g_return_val_if_fail (SD_IS_CAR_PAGE (self), NULL);

  return self->selected != NULL ? self->selected->id : NULL;
}

/* The details shown, over the drawing on a narrow window, and the focus in
 * them when asked for or when they cover what had it. */
static void
show_chosen (SdCarPage *self,
             gboolean   focus)
{
  gboolean folded = adw_flap_get_folded (self->flap);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  if (focus || folded)
    gtk_widget_child_focus (self->details_box, GTK_DIR_TAB_FORWARD);
}

static void
on_component_activated_cb (SdCarPage  *self,
                           const char *component,
                           gboolean    by_keyboard)
{
  sd_car_page_select (self, component);
  show_chosen (self, by_keyboard);
}

static void
on_component_row_activated_cb (SdCarPage     *self,
                               GtkListBoxRow *row)
{
  sd_car_page_select (self, sd_component_row_get_component (SD_COMPONENT_ROW (row))->id);
  show_chosen (self, TRUE);
}

/* Side by side, the details are always there; folded, they come when a
 * component is chosen. */
static void
on_folded_cb (SdCarPage *self)
{
  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_folded (self->flap));
}

/* Closed over the drawing (Escape, a swipe, a tap beside it): the focus goes
 * back to the chosen component's marker rather than nowhere. */
static void
on_reveal_flap_cb (SdCarPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (adw_flap_get_reveal_flap (self->flap) || self->selected == NULL || focus == NULL ||
      !gtk_widget_is_ancestor (focus, self->details_pane))
    return;

  gtk_widget_grab_focus (sd_diagram_view_get_marker (self->diagram, self->selected->id));
}

/* The car as "Your car" has it, or that it is not known. */
static void
update_profile (SdCarPage *self)
{
  SdVehicleProfile *profile = sd_case_get_profile (sd_session_get_case (self->session));
  g_autofree char *text = NULL;
  g_autofree char *car = sd_case_dup_car (sd_session_get_case (self->session));

  /* Another car: the chosen component's questions and guides are its own. */
  if (g_strcmp0 (car, self->car) != 0)
    {
      g_free (self->car);
      self->car = g_steal_pointer (&car);
      if (self->selected != NULL)
        show_details (self);
    }

  if (sd_vehicle_profile_is_unknown (profile))
    {
      /* Translators: the Car page, when the owner did not say which car it is. */
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->profile_row), _("Not known"));
      adw_action_row_set_subtitle (self->profile_row,
                                   _("Every question and guide is offered, also for parts your "
                                     "car may not have."));
      return;
    }

  text = sd_vehicle_profile_describe (profile);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->profile_row), text);
  adw_action_row_set_subtitle (self->profile_row, "");
}

/* The diagram shades itself, and the question rows follow on their own. */
static void
on_session_changed_cb (SdCarPage *self)
{
  update_profile (self);
  update_suspicions (self);
  update_fault_shares (self);
}

static void
sd_car_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SdCarPage *self = SD_CAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, sd_car_page_get_selected (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_car_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SdCarPage *self = SD_CAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_SELECTED:
      sd_car_page_select (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_car_page_dispose (GObject *object)
{
  SdCarPage *self = SD_CAR_PAGE (object);

  /* The flap is the bin's child and a template child: the bin lets go of it
   * first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_CAR_PAGE);
  g_clear_object (&self->session);
  g_clear_pointer (&self->fault_shares, g_array_unref);
  g_clear_pointer (&self->car, g_free);

  G_OBJECT_CLASS (sd_car_page_parent_class)->dispose (object);
}

static void
sd_car_page_class_init (SdCarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_car_page_get_property;
  object_class->set_property = sd_car_page_set_property;
  object_class->dispose = sd_car_page_dispose;

  /**
   * SdCarPage:selected:
   *
   * The id of the component whose details are shown; an unknown id is ignored.
   */
  properties[PROP_SELECTED] =
    g_param_spec_string ("selected", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SD_TYPE_CODES_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-car-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, flap);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, details_pane);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, details_box);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, diagram_bin);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, profile_row);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, components_list);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, about_group);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, where_row);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, faults_group);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, faults_list);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, questions_group);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, questions_list);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, guides_group);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, guides_list);
  gtk_widget_class_bind_template_child (widget_class, SdCarPage, codes_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_component_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_folded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_reveal_flap_cb);
}

static void
sd_car_page_init (SdCarPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->fault_shares = g_array_new (FALSE, FALSE, sizeof (FaultShare));
}

GtkWidget *
sd_car_page_new (SdSession *session)
{
  SdCarPage *self;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_CAR_PAGE, NULL);
  self->session = g_object_ref (session);
  sd_codes_entry_set_session (self->codes_entry, session);
  self->diagram = SD_DIAGRAM_VIEW (sd_diagram_view_new (session, TRUE));
  adw_bin_set_child (self->diagram_bin, GTK_WIDGET (self->diagram));
  g_signal_connect_object (self->diagram, "component-activated",
                           G_CALLBACK (on_component_activated_cb), self, G_CONNECT_SWAPPED);
  add_components (self);
  update_profile (self);
  update_suspicions (self);

  /* Start with the component most suspect in the case. */
  sd_car_page_select (self, sd_component_find_most_suspect (knowledge_of (self),
                                                            sd_session_get_diagnosis (session)));
  g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}
