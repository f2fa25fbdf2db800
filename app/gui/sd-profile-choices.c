/* sd-profile-choices.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One choice of the "Your car" page: a combo row whose first item is always
 * "I don't know", then what the car's model can have (or everything, while the
 * model is not known), each as the vehicle table names it; its subtitle says
 * what the table knows of the choice made ("what this model usually has",
 * "not known"), and its "Help me find out" shows how each can be recognised.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-profile-choices.h"
#include "sd-row-layout.h"

/* Built on the first click of "Help me find out", and given the choice's
 * help as it is then on each click. */
static void
create_help_popover (GtkMenuButton *button,
                     gpointer       user_data)
{
  SdProfileChoice *choice = user_data;
  GtkPopover *popover = gtk_menu_button_get_popover (button);
  GtkWidget *help;

  if (popover == NULL)
    {
      popover = GTK_POPOVER (gtk_popover_new ());
      help = gtk_label_new (NULL);
      gtk_label_set_wrap (GTK_LABEL (help), TRUE);
      gtk_label_set_max_width_chars (GTK_LABEL (help), 40);
      gtk_label_set_xalign (GTK_LABEL (help), 0.0);
      gtk_widget_set_margin_start (help, 6);
      gtk_widget_set_margin_end (help, 6);
      gtk_widget_set_margin_top (help, 6);
      gtk_widget_set_margin_bottom (help, 6);
      gtk_popover_set_child (popover, help);
      gtk_menu_button_set_popover (button, GTK_WIDGET (popover));
    }
  gtk_label_set_label (GTK_LABEL (gtk_popover_get_child (popover)), choice->help);
}

SdProfileChoice *
sd_profile_choice_new (AdwComboRow   *row,
                       SdVehicleKind  kind,
                       const char    *option)
{
  SdProfileChoice *choice = g_new0 (SdProfileChoice, 1);
  GtkWidget *button = gtk_menu_button_new ();
  g_autofree char *name = NULL;

  choice->row = row;
  choice->kind = kind;
  choice->option = g_strdup (option);
  choice->ids = g_ptr_array_new_with_free_func (g_free);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  /* The choice lasts as long as its row. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_help_popover,
                                         choice, NULL);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "help-about-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  /* Translators: the button beside each choice of "Your car" that tells how to
   * recognise what the car has; %s is the choice, such as "Head unit". */
  name = g_strdup_printf (_("Help me find out: %s"),
                          adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  /* Eight rows on the first frame of a new case: see sd-row-layout.c. */
  sd_row_layout_apply_to_row (ADW_ACTION_ROW (row));

  return choice;
}

void
sd_profile_choice_free (SdProfileChoice *choice)
{
  if (choice == NULL)
    return;

  g_clear_pointer (&choice->ids, g_ptr_array_unref);
  g_free (choice->help);
  g_free (choice->option);
  g_free (choice);
}

static void
add (SdProfileChoice *choice,
     GtkStringList   *labels,
     const char      *id,
     const char      *label)
{
  g_ptr_array_add (choice->ids, g_strdup (id));
  gtk_string_list_append (labels, label);
}

/* "E90 Saloon, 2005–2011", "MINI R56 Hatchback, 2006–2013", "G01 SUV, from 2017". */
static char *
model_label (SdVehicles           *vehicles,
             const SdVehicleModel *model)
{
  const SdVehicleSeries *series = sd_vehicles_lookup_series (vehicles, model->series);
  g_autofree char *label = sd_vehicles_dup_model_label (vehicles, model);
  g_autofree char *name = NULL;

  name = series != NULL && g_strcmp0 (series->brand, "mini") == 0
           ? g_strdup_printf ("MINI %s", label) : g_steal_pointer (&label);
  if (model->from == 0)
    return g_steal_pointer (&name);
  if (model->to == 0)
    /* Translators: a car model and the year it was first built, such as "G01 SUV, from 2017". */
    return g_strdup_printf (_("%s, from %u"), name, sd_vehicle_month_get_year (model->from));

  /* Translators: a car model and the years it was built, such as "E90 Saloon, 2005–2011". */
  return g_strdup_printf (_("%s, %u–%u"), name, sd_vehicle_month_get_year (model->from),
                          sd_vehicle_month_get_year (model->to));
}

/* The ids start with NULL: "I don't know". */
static gboolean
has_id (SdProfileChoice *choice,
        const char      *id)
{
  for (guint i = 0; i < choice->ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (choice->ids, i), id) == 0)
      return TRUE;

  return FALSE;
}

static const char *
current_id (SdProfileChoice  *choice,
            SdVehicleProfile *draft)
{
  switch ((guint) choice->kind)
    {
    case SD_PROFILE_CHOICE_MODEL:
      return sd_vehicle_profile_get_model (draft);
    case SD_VEHICLE_HEAD_UNIT:
      return sd_vehicle_profile_get_head_unit (draft);
    case SD_VEHICLE_TELEMATICS:
      return sd_vehicle_profile_get_telematics (draft);
    case SD_VEHICLE_MARKET:
      return sd_vehicle_profile_get_market (draft);
    case SD_VEHICLE_OPTION:
      /* Each option on its own: "I don't know" for one is not a "no". */
      switch (sd_vehicle_profile_get_option (draft, choice->option))
        {
        case SD_FACT_YES:
          return "yes";
        case SD_FACT_NO:
          return "no";
        case SD_FACT_UNKNOWN:
        case SD_FACT_DEPENDS:
        default:
          return NULL;
        }
    default:
      g_assert_not_reached ();
    }
}

static void
add_units (SdProfileChoice  *choice,
           SdVehicleProfile *draft,
           GtkStringList    *labels)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (draft);
  const char *model = sd_vehicle_profile_get_model (draft);
  const char *current = current_id (choice, draft);

  if (model != NULL && choice->kind != SD_VEHICLE_MARKET &&
      sd_vehicles_get_setup (vehicles, model) != NULL)
    {
      g_autoptr(GPtrArray) fits = NULL;

      fits = sd_vehicles_list_fits (vehicles, model, choice->kind,
                                    sd_vehicle_profile_get_market (draft),
                                    sd_vehicle_profile_get_build_month (draft));
      for (guint i = 0; i < fits->len; i++)
        {
          const SdVehicleFit *fit = g_ptr_array_index (fits, i);

          if (!has_id (choice, fit->ref))
            add (choice, labels, fit->ref, sd_vehicles_get_text (vehicles, fit->ref, "name"));
        }
    }
  else
    {
      for (guint i = 0; i < sd_vehicles_get_n_units (vehicles, choice->kind); i++)
        {
          const SdVehicleUnit *unit = sd_vehicles_get_unit (vehicles, choice->kind, i);

          add (choice, labels, unit->id, sd_vehicles_get_text (vehicles, unit->id, "name"));
        }
    }

  /* What the owner chose stays a choice, even where the table does not list it. */
  if (current != NULL && !has_id (choice, current))
    {
      const char *name = sd_vehicles_get_text (vehicles, current, "name");

      add (choice, labels, current, name != NULL ? name : current);
    }
}

static void
set_help (SdProfileChoice  *choice,
          SdVehicleProfile *draft)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (draft);
  g_autoptr(GString) text = g_string_new (NULL);

  if (choice->kind == SD_PROFILE_CHOICE_MODEL)
    g_string_append (text, _("The model code (such as E90, F30 or G01) is not on the car’s badge: "
                             "a VIN decoder or a workshop can tell it from the VIN. The years are "
                             "those the model was built in."));
  else if (choice->kind == SD_VEHICLE_MARKET)
    g_string_append (text, _("Where the car was first sold new: it decides which radios and "
                             "emergency-call units it could have. A car brought in from elsewhere "
                             "keeps the market it was built for."));
  else
    {
      const char *recognise;

      if (choice->option != NULL)
        {
          recognise = sd_vehicles_get_text (vehicles, choice->option, "recognise");
          if (recognise != NULL)
            g_string_append (text, recognise);
        }
      else
        for (guint i = 1; i < choice->ids->len; i++)
          {
            const char *id = g_ptr_array_index (choice->ids, i);

            recognise = sd_vehicles_get_text (vehicles, id, "recognise");
            if (recognise == NULL)
              continue;
            if (text->len > 0)
              g_string_append (text, "\n\n");
            g_string_append_printf (text, "%s: %s", sd_vehicles_get_text (vehicles, id, "name"),
                                    recognise);
          }
      if (text->len == 0)
        g_string_append (text, _("There is no sign of it to see from the driver’s seat; a "
                                 "workshop can read it from the car."));
    }

  g_string_append (text, "\n\n");
  g_string_append (text, _("Not sure? Leave it at “I don’t know”: then nothing is left out."));
  g_free (choice->help);
  choice->help = g_string_free (g_steal_pointer (&text), FALSE);
}

/* Every model, or (@all %FALSE) only the model @draft has, or the first one
 * when it has none (a combo row opens only with two items or more): the rows
 * of a combo row's list are built with its list, which the first frame of a
 * new case does not show. */
static void
add_models (SdProfileChoice  *choice,
            SdVehicleProfile *draft,
            GtkStringList    *labels,
            gboolean          all)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (draft);
  const char *current = sd_vehicle_profile_get_model (draft);

  for (guint i = 0; i < sd_vehicles_get_n_models (vehicles); i++)
    {
      const SdVehicleModel *model = sd_vehicles_get_model (vehicles, i);
      g_autofree char *label = NULL;

      if (!all && g_strcmp0 (model->id, current) != 0 && (current != NULL || i > 0))
        continue;
      label = model_label (vehicles, model);
      add (choice, labels, model->id, label);
    }
  choice->partial = !all;
}

/**
 * sd_profile_choice_complete:
 *
 * Lists every model in the model's row, which sd_profile_choice_fill() left
 * with only the model chosen; the selection stays, and is not told again.
 */
void
sd_profile_choice_complete (SdProfileChoice  *choice,
                            SdVehicleProfile *draft)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_autofree char *selected = NULL;
  guint signal_id = g_signal_lookup ("notify", G_TYPE_OBJECT);
  GQuark detail = g_quark_from_static_string ("selected");

  if (!choice->partial)
    return;

  selected = g_strdup (sd_profile_choice_get_id (choice));
  g_ptr_array_set_size (choice->ids, 0);
  add (choice, labels, NULL, _("I don’t know"));
  add_models (choice, draft, labels, TRUE);

  g_signal_handlers_block_matched (choice->row, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL,
                                   signal_id, detail, NULL, NULL, NULL);
  adw_combo_row_set_model (choice->row, G_LIST_MODEL (labels));
  sd_profile_choice_select (choice, selected);
  g_signal_handlers_unblock_matched (choice->row, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DETAIL,
                                     signal_id, detail, NULL, NULL, NULL);
}

/**
 * sd_profile_choice_fill:
 *
 * Lists what @draft's model can have (or every entry of the table while the
 * model is not known), selects what @draft has, and says what is known of it.
 * The row's #AdwComboRow:selected changes on the way: callers ignore it.
 */
void
sd_profile_choice_fill (SdProfileChoice  *choice,
                        SdVehicleProfile *draft)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  g_ptr_array_set_size (choice->ids, 0);
  /* Translators: the first item of every choice of "Your car". */
  add (choice, labels, NULL, _("I don’t know"));

  if (choice->kind == SD_PROFILE_CHOICE_MODEL)
    add_models (choice, draft, labels, FALSE);
  else if (choice->kind == SD_VEHICLE_OPTION)
    {
      /* Translators: an option of the car, such as a CD changer, is fitted. */
      add (choice, labels, "yes", C_("option", "Fitted"));
      add (choice, labels, "no", C_("option", "Not fitted"));
    }
  else
    add_units (choice, draft, labels);

  adw_combo_row_set_model (choice->row, G_LIST_MODEL (labels));
  sd_profile_choice_select (choice, current_id (choice, draft));
  set_help (choice, draft);
  sd_profile_choice_describe (choice, draft);
}

/* Returns: (nullable): the id of the item selected, %NULL for "I don't know" */
const char *
sd_profile_choice_get_id (SdProfileChoice *choice)
{
  guint selected = adw_combo_row_get_selected (choice->row);

  return selected < choice->ids->len ? g_ptr_array_index (choice->ids, selected) : NULL;
}

/* Returns: whether @id (%NULL: "I don't know") is one of the items */
gboolean
sd_profile_choice_select (SdProfileChoice *choice,
                          const char      *id)
{
  for (guint i = 0; i < choice->ids->len; i++)
    if (g_strcmp0 (g_ptr_array_index (choice->ids, i), id) == 0)
      {
        adw_combo_row_set_selected (choice->row, i);
        return TRUE;
      }

  return FALSE;
}

/**
 * sd_profile_choice_describe:
 *
 * Says in the row's subtitle what the table knows of the choice made: the
 * model's series, that a unit is what the model usually has, or that whether
 * it was built with it is not known.
 */
void
sd_profile_choice_describe (SdProfileChoice  *choice,
                            SdVehicleProfile *draft)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (draft);
  const char *model = sd_vehicle_profile_get_model (draft);
  const char *id = choice->option != NULL ? choice->option : sd_profile_choice_get_id (choice);
  const SdVehicleSetup *setup = model != NULL ? sd_vehicles_get_setup (vehicles, model) : NULL;
  const SdVehicleFit *fit = NULL;
  const char *text = NULL;

  if (choice->kind == SD_PROFILE_CHOICE_MODEL)
    {
      const SdVehicleModel *entry = model != NULL ? sd_vehicles_lookup_model (vehicles, model) : NULL;

      text = entry != NULL ? sd_vehicles_get_text (vehicles, entry->series, "name") : NULL;
    }
  else if (setup != NULL && choice->kind != SD_VEHICLE_MARKET)
    {
      fit = id != NULL ? sd_vehicles_find_fit (vehicles, model, choice->kind, id) : NULL;
      if (choice->kind == SD_VEHICLE_TELEMATICS && !setup->telematics_known)
        text = _("Which unit this model has is not known.");
      else if (fit != NULL && !fit->known)
        text = _("Whether this model was built with it is not known.");
      else if (choice->option == NULL && id != NULL &&
               g_strcmp0 (id, sd_vehicles_get_default (vehicles, model, choice->kind,
                                                       sd_vehicle_profile_get_market (draft),
                                                       sd_vehicle_profile_get_build_month (draft))) == 0)
        text = _("What this model usually has; change it if yours differs.");
    }

  adw_action_row_set_subtitle (ADW_ACTION_ROW (choice->row), text != NULL ? text : "");
}
