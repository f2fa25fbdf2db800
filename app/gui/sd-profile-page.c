/* sd-profile-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Your car", asked first in a new case and again from the Car page's
 * "Change…": the model, then its head unit, emergency-call unit, market and
 * the options that matter, each set to what the model usually has
 * (sd_vehicle_profile_apply_defaults(), in the month the VIN's model year
 * gives) and open to correction, each with "I don't know" and a "Help me find
 * out" (sd-profile-choices.c); the VIN and the mileage for the repair log. The
 * page edits a draft: "Use this car" hands it to the session, which applies
 * it at once; "I don't know my car" keeps every question and guide.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-profile-choices.h"
#include "sd-profile-page.h"
#include "sd-row-layout.h"

struct _SdProfilePage
{
  AdwBin               parent_instance;

  SdSession           *session;
  SdVehicleProfile    *draft;
  SdProfileChoice     *model;
  SdProfileChoice     *units[SD_VEHICLE_N_KINDS];  /* head unit, telematics, market */
  GPtrArray           *options;                    /* of SdProfileChoice, one per option */
  /* Set while the rows are filled, whose selection then changes on its own. */
  gboolean             filling;
  /* Whether the units are the model's defaults, not the owner's choice. */
  gboolean             defaulted;
  /* Whether a frame has drawn the page (a frame may finish before the X
   * server has mapped the window, and draw nothing). */
  gboolean             drawn;

  GtkWidget           *cancel_button;
  GtkBox              *content_box;
  AdwPreferencesGroup *model_group;
  AdwComboRow         *model_row;
  AdwComboRow         *head_unit_row;
  AdwComboRow         *telematics_row;
  AdwComboRow         *market_row;
  AdwPreferencesGroup *units_group;
  AdwPreferencesGroup *options_group;
  /* Below the fold, built after the first frame (build_below_the_fold()). */
  AdwEntryRow         *vin_row;
  AdwEntryRow         *mileage_row;
  GtkLabel            *vin_label;
  GtkWidget           *mileage_label;
  GtkWidget           *use_button;
  GtkWidget           *log_group;
  GtkWidget           *buttons_box;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SdProfilePage, sd_profile_page, ADW_TYPE_BIN)

static void update_option (SdProfilePage *self,
                           GParamSpec    *pspec,
                           AdwComboRow   *row);

/* The options the model can have in its market (all of them, for a car not
 * known), one row each; what the draft has of the others is dropped. */
static void
fill_options (SdProfilePage *self)
{
  SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (self->draft);
  const char *model = sd_vehicle_profile_get_model (self->draft);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (SdFact));

  for (guint i = 0; i < self->options->len; i++)
    adw_preferences_group_remove (self->options_group,
                                  GTK_WIDGET (((SdProfileChoice *) g_ptr_array_index (self->options, i))->row));
  g_ptr_array_set_size (self->options, 0);

  if (model != NULL && sd_vehicles_get_setup (vehicles, model) != NULL)
    {
      g_autoptr(GPtrArray) fits = sd_vehicles_list_fits (vehicles, model, SD_VEHICLE_OPTION,
                                                         sd_vehicle_profile_get_market (self->draft),
                                                         sd_vehicle_profile_get_build_month (self->draft));

      for (guint i = 0; i < fits->len; i++)
        {
          const SdVehicleFit *fit = g_ptr_array_index (fits, i);

          if (!g_ptr_array_find_with_equal_func (ids, fit->ref, g_str_equal, NULL))
            g_ptr_array_add (ids, fit->ref);
        }
    }
  else
    for (guint i = 0; i < sd_vehicles_get_n_units (vehicles, SD_VEHICLE_OPTION); i++)
      g_ptr_array_add (ids, sd_vehicles_get_unit (vehicles, SD_VEHICLE_OPTION, i)->id);

  /* What the draft says of each of those, one by one (a complete list, as an
   * older case has, says "not fitted" of each it does not name). */
  for (guint i = 0; i < ids->len; i++)
    {
      SdFact fitted = sd_vehicle_profile_get_option (self->draft, g_ptr_array_index (ids, i));

      g_array_append_val (states, fitted);
    }
  g_object_freeze_notify (G_OBJECT (self->draft));
  sd_vehicle_profile_set_options (self->draft, NULL);
  for (guint i = 0; i < ids->len; i++)
    sd_vehicle_profile_set_option (self->draft, g_ptr_array_index (ids, i),
                                   g_array_index (states, SdFact, i));
  g_object_thaw_notify (G_OBJECT (self->draft));

  for (guint i = 0; i < ids->len; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      AdwComboRow *row = ADW_COMBO_ROW (adw_combo_row_new ());
      SdProfileChoice *choice;

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sd_vehicles_get_text (vehicles, id, "name"));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_name (GTK_WIDGET (row), id);
      choice = sd_profile_choice_new (row, SD_VEHICLE_OPTION, id);
      g_ptr_array_add (self->options, choice);
      adw_preferences_group_add (self->options_group, GTK_WIDGET (row));
      sd_profile_choice_fill (choice, self->draft);
      g_signal_connect_swapped (row, "notify::selected", G_CALLBACK (update_option), self);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->options_group), ids->len > 0);
}

/* The rows whose lists depend on the model, the market and the build month,
 * from the draft as it is now. The model's and the market's lists never
 * change: they are filled once (a combo row's list is not replaced while it
 * tells of its own selection). */
static void
fill (SdProfilePage *self)
{
  self->filling = TRUE;
  sd_profile_choice_fill (self->units[SD_VEHICLE_HEAD_UNIT], self->draft);
  sd_profile_choice_fill (self->units[SD_VEHICLE_TELEMATICS], self->draft);
  sd_profile_choice_describe (self->model, self->draft);
  fill_options (self);
  self->filling = FALSE;
}

/* The model's usual units, in the month the car was built when the VIN says. */
static void
apply_defaults (SdProfilePage *self)
{
  g_object_freeze_notify (G_OBJECT (self->draft));
  sd_vehicle_profile_set_head_unit (self->draft, NULL);
  sd_vehicle_profile_set_telematics (self->draft, NULL);
  sd_vehicle_profile_apply_defaults (self->draft);
  g_object_thaw_notify (G_OBJECT (self->draft));
  self->defaulted = TRUE;
}

/* The model's list is built when the owner opens it, not for the first frame. */
static void
on_model_list_shown_cb (SdProfilePage *self)
{
  sd_profile_choice_complete (self->model, self->draft);
}

/* The popover of its list, which AdwComboRow keeps to itself. */
static GtkWidget *
find_popover (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_POPOVER (child) ? child : find_popover (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
on_model_selected_cb (SdProfilePage *self)
{
  const char *model;

  if (self->filling)
    return;

  model = sd_profile_choice_get_id (self->model);
  sd_vehicle_profile_set_model (self->draft, model);
  if (model == NULL)
    sd_vehicle_profile_set_series (self->draft, NULL);
  sd_vehicle_profile_set_options (self->draft, NULL);
  apply_defaults (self);
  fill (self);
}

static void
on_unit_selected_cb (SdProfilePage *self,
                     GParamSpec    *pspec,
                     AdwComboRow   *row)
{
  SdProfileChoice *choice;

  if (self->filling)
    return;

  choice = row == self->head_unit_row ? self->units[SD_VEHICLE_HEAD_UNIT]
                                      : self->units[SD_VEHICLE_TELEMATICS];
  if (choice->kind == SD_VEHICLE_HEAD_UNIT)
    sd_vehicle_profile_set_head_unit (self->draft, sd_profile_choice_get_id (choice));
  else
    sd_vehicle_profile_set_telematics (self->draft, sd_profile_choice_get_id (choice));
  self->defaulted = FALSE;
  /* The options on the ring may depend on the head unit: only the subtitle changes. */
  sd_profile_choice_describe (choice, self->draft);
}

static void
on_market_selected_cb (SdProfilePage *self)
{
  if (self->filling)
    return;

  sd_vehicle_profile_set_market (self->draft,
                                 sd_profile_choice_get_id (self->units[SD_VEHICLE_MARKET]));
  /* The units and options of a model differ by market (a tuner only in North America). */
  if (self->defaulted)
    apply_defaults (self);
  fill (self);
}

/* An option's row changed: that option alone is fitted, not fitted or not
 * known; the others stay as they are. */
static void
update_option (SdProfilePage *self,
               GParamSpec    *pspec,
               AdwComboRow   *row)
{
  if (self->filling)
    return;

  for (guint i = 0; i < self->options->len; i++)
    {
      SdProfileChoice *choice = g_ptr_array_index (self->options, i);
      const char *id;

      if (choice->row != row)
        continue;
      id = sd_profile_choice_get_id (choice);
      sd_vehicle_profile_set_option (self->draft, choice->option,
                                     g_strcmp0 (id, "yes") == 0 ? SD_FACT_YES
                                     : g_strcmp0 (id, "no") == 0 ? SD_FACT_NO
                                                                 : SD_FACT_UNKNOWN);
    }
}

static void
on_vin_changed_cb (SdProfilePage *self)
{
  g_autofree char *vin = g_strstrip (g_ascii_strup (gtk_editable_get_text (GTK_EDITABLE (self->vin_row)), -1));
  g_autofree char *text = NULL;
  guint year;

  /* Kept as typed, even when it is not a VIN: nothing typed is lost. */
  sd_vehicle_profile_set_vin (self->draft, vin);
  year = sd_vehicle_profile_get_model_year (self->draft);
  gtk_widget_remove_css_class (GTK_WIDGET (self->vin_label), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (self->vin_row), "error");

  if (vin[0] == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->vin_label), FALSE);
      return;
    }

  if (!sd_vin_is_valid (vin))
    {
      text = g_strdup (_("This is not a VIN: a VIN has 17 letters and digits, without I, O or Q. "
                         "It is kept as you typed it, but gives no model year."));
      gtk_widget_add_css_class (GTK_WIDGET (self->vin_label), "error");
      gtk_widget_add_css_class (GTK_WIDGET (self->vin_row), "error");
    }
  else if (year != 0)
    /* Translators: %u is a year, such as 2009. */
    text = g_strdup_printf (_("Model year %u, from the VIN’s 10th character."), year);
  else
    text = g_strdup (_("This VIN does not tell the model year: many cars sold outside North "
                       "America do not carry it."));

  gtk_label_set_label (self->vin_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->vin_label), TRUE);

  /* The model year may pick another usual unit (CCC or CIC around 09/2008). */
  if (self->defaulted && sd_vehicle_profile_get_model (self->draft) != NULL)
    {
      apply_defaults (self);
      fill (self);
    }
}

static void
on_mileage_changed_cb (SdProfilePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->mileage_row));
  guint64 mileage = 0;
  gboolean valid;

  valid = text[0] == '\0' ||
          g_ascii_string_to_unsigned (text, 10, 0, G_MAXUINT, &mileage, NULL);
  gtk_widget_set_visible (self->mileage_label, !valid);
  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->mileage_row), "error");
      sd_vehicle_profile_set_mileage (self->draft, (guint) mileage);
    }
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->mileage_row), "error");
}

static void
on_use_clicked_cb (SdProfilePage *self)
{
  sd_session_set_profile (self->session, self->draft);
  g_signal_emit (self, signals[DONE], 0);
}

/* Nothing of the car is known, but the VIN and the mileage typed stay for the log. */
static void
on_unknown_clicked_cb (SdProfilePage *self)
{
  g_autoptr(SdVehicleProfile) unknown = sd_vehicle_profile_new (NULL);

  sd_vehicle_profile_set_vin (unknown, sd_vehicle_profile_get_vin (self->draft));
  sd_vehicle_profile_set_mileage (unknown, sd_vehicle_profile_get_mileage (self->draft));
  sd_session_set_profile (self->session, unknown);
  g_signal_emit (self, signals[DONE], 0);
}

static void
on_cancel_clicked_cb (SdProfilePage *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

/* libadwaita 1.2 does not name an entry row's text field after its title. */
static void
name_entry (AdwEntryRow *row)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));

  if (text != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}

/* What is below the fold (the repair log's rows and the buttons) is neither
 * built nor laid out for the first frame, which does not show it, but right
 * after it, with the VIN and mileage the draft has. */
static void
build_below_the_fold (SdProfilePage *self)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GError) error = NULL;
  const char *vin = sd_vehicle_profile_get_vin (self->draft);
  g_autofree char *mileage = NULL;

  if (self->log_group != NULL)
    return;

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "on_vin_changed_cb", G_CALLBACK (on_vin_changed_cb),
                                           "on_mileage_changed_cb", G_CALLBACK (on_mileage_changed_cb),
                                           "on_use_clicked_cb", G_CALLBACK (on_use_clicked_cb),
                                           "on_unknown_clicked_cb", G_CALLBACK (on_unknown_clicked_cb),
                                           NULL);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_from_resource (builder, RESOURCE_BASE "/ui/sd-profile-page-more.ui", &error))
    g_error ("The page's resource is broken: %s", error->message);

  self->log_group = GTK_WIDGET (gtk_builder_get_object (builder, "log_group"));
  self->vin_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "vin_row"));
  self->mileage_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "mileage_row"));
  self->vin_label = GTK_LABEL (gtk_builder_get_object (builder, "vin_label"));
  self->mileage_label = GTK_WIDGET (gtk_builder_get_object (builder, "mileage_label"));
  self->buttons_box = GTK_WIDGET (gtk_builder_get_object (builder, "buttons_box"));
  self->use_button = GTK_WIDGET (gtk_builder_get_object (builder, "use_button"));
  name_entry (self->vin_row);
  name_entry (self->mileage_row);

  mileage = sd_vehicle_profile_get_mileage (self->draft) > 0
              ? g_strdup_printf ("%u", sd_vehicle_profile_get_mileage (self->draft)) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->vin_row), vin != NULL ? vin : "");
  gtk_editable_set_text (GTK_EDITABLE (self->mileage_row), mileage != NULL ? mileage : "");

  gtk_box_append (self->content_box, self->log_group);
  gtk_box_append (self->content_box, self->buttons_box);
}

static void
on_first_frame_cb (SdProfilePage *self,
                   GdkFrameClock *clock)
{
  if (!self->drawn)
    return;

  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  build_below_the_fold (self);
}

static void
sd_profile_page_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SD_PROFILE_PAGE (widget)->drawn = TRUE;

  GTK_WIDGET_CLASS (sd_profile_page_parent_class)->snapshot (widget, snapshot);
}

static void
sd_profile_page_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sd_profile_page_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_frame_cb), widget, G_CONNECT_SWAPPED);
}

static void
sd_profile_page_dispose (GObject *object)
{
  SdProfilePage *self = SD_PROFILE_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_PROFILE_PAGE);
  g_clear_pointer (&self->model, sd_profile_choice_free);
  for (guint i = 0; i < G_N_ELEMENTS (self->units); i++)
    g_clear_pointer (&self->units[i], sd_profile_choice_free);
  g_clear_pointer (&self->options, g_ptr_array_unref);
  g_clear_object (&self->draft);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sd_profile_page_parent_class)->dispose (object);
}

static void
sd_profile_page_class_init (SdProfilePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_profile_page_dispose;
  widget_class->realize = sd_profile_page_realize;
  widget_class->snapshot = sd_profile_page_snapshot;

  /**
   * SdProfilePage::done:
   *
   * The owner chose the car, said they do not know it, or cancelled.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-profile-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, content_box);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, model_group);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, model_row);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, units_group);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, head_unit_row);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, telematics_row);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, market_row);
  gtk_widget_class_bind_template_child (widget_class, SdProfilePage, options_group);
  gtk_widget_class_bind_template_callback (widget_class, on_model_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_unit_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_market_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked_cb);
}

static void
sd_profile_page_init (SdProfilePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sd_row_layout_apply_to_group (self->model_group);
  sd_row_layout_apply_to_group (self->units_group);
  sd_row_layout_apply_to_group (self->options_group);
  self->options = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_profile_choice_free);
}

/**
 * sd_profile_page_new:
 *
 * Returns: (transfer floating): the page, showing the car of the session's case
 */
GtkWidget *
sd_profile_page_new (SdSession *session)
{
  SdProfilePage *self;
  SdVehicleProfile *profile;
  GtkWidget *popover;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_PROFILE_PAGE, NULL);
  self->session = g_object_ref (session);
  profile = sd_case_get_profile (sd_session_get_case (session));
  self->draft = sd_vehicle_profile_new (sd_catalog_get_vehicles (sd_session_get_catalog (session)));
  sd_vehicle_profile_copy_from (self->draft, profile);
  sd_vehicle_profile_set_vehicles (self->draft, sd_catalog_get_vehicles (sd_session_get_catalog (session)));

  self->model = sd_profile_choice_new (self->model_row, SD_PROFILE_CHOICE_MODEL, NULL);
  self->units[SD_VEHICLE_HEAD_UNIT] = sd_profile_choice_new (self->head_unit_row, SD_VEHICLE_HEAD_UNIT, NULL);
  self->units[SD_VEHICLE_TELEMATICS] = sd_profile_choice_new (self->telematics_row, SD_VEHICLE_TELEMATICS, NULL);
  self->units[SD_VEHICLE_MARKET] = sd_profile_choice_new (self->market_row, SD_VEHICLE_MARKET, NULL);
  self->filling = TRUE;
  sd_profile_choice_fill (self->model, self->draft);
  sd_profile_choice_fill (self->units[SD_VEHICLE_MARKET], self->draft);
  self->filling = FALSE;
  popover = find_popover (GTK_WIDGET (self->model_row));
  if (popover != NULL)
    g_signal_connect_object (popover, "show", G_CALLBACK (on_model_list_shown_cb), self,
                             G_CONNECT_SWAPPED);
  else
    sd_profile_choice_complete (self->model, self->draft);
  fill (self);

  return GTK_WIDGET (self);
}

/**
 * sd_profile_page_set_cancellable:
 *
 * Whether the page has a Cancel button, which leaves the car as it was: when
 * it is opened to change the car, not when a new case asks for it.
 */
void
sd_profile_page_set_cancellable (SdProfilePage *self,
                                 gboolean       cancellable)
{
  g_return_if_fail (SD_IS_PROFILE_PAGE (self));

  gtk_widget_set_visible (self->cancel_button, cancellable);
}

/**
 * sd_profile_page_get_draft:
 *
 * Returns: (transfer none): the car as the page shows it, not yet used
 */
SdVehicleProfile *
sd_profile_page_get_draft (SdProfilePage *self)
{
  g_return_val_if_fail (SD_IS_PROFILE_PAGE (self), NULL);

  return self->draft;
}

/**
 * sd_profile_page_select_model:
 * @model: (nullable): a model's id, or %NULL for "I don't know"
 *
 * Chooses @model in its row, as the owner would.
 */
void
sd_profile_page_select_model (SdProfilePage *self,
                              const char    *model)
{
  g_return_if_fail (SD_IS_PROFILE_PAGE (self));

  sd_profile_choice_complete (self->model, self->draft);
  if (!sd_profile_choice_select (self->model, model))
    g_warning ("No model “%s” to choose", model);
}

/**
 * sd_profile_page_select:
 * @kind: %SD_VEHICLE_HEAD_UNIT, %SD_VEHICLE_TELEMATICS or %SD_VEHICLE_MARKET
 * @id: (nullable): the unit's or market's id, or %NULL for "I don't know"
 */
void
sd_profile_page_select (SdProfilePage *self,
                        SdVehicleKind  kind,
                        const char    *id)
{
  g_return_if_fail (SD_IS_PROFILE_PAGE (self));
  g_return_if_fail (kind == SD_VEHICLE_HEAD_UNIT || kind == SD_VEHICLE_TELEMATICS ||
                    kind == SD_VEHICLE_MARKET);

  if (!sd_profile_choice_select (self->units[kind], id))
    g_warning ("No “%s” to choose", id);
}

/**
 * sd_profile_page_set_option:
 * @fitted: %SD_FACT_YES, %SD_FACT_NO or %SD_FACT_UNKNOWN
 *
 * Says in @option's row whether it is fitted; an option the car cannot have
 * has no row.
 */
void
sd_profile_page_set_option (SdProfilePage *self,
                            const char    *option,
                            SdFact         fitted)
{
  g_return_if_fail (SD_IS_PROFILE_PAGE (self));

  for (guint i = 0; i < self->options->len; i++)
    {
      SdProfileChoice *choice = g_ptr_array_index (self->options, i);

      if (g_strcmp0 (choice->option, option) == 0)
        sd_profile_choice_select (choice, fitted == SD_FACT_YES ? "yes"
                                          : fitted == SD_FACT_NO ? "no" : NULL);
    }
}

/**
 * sd_profile_page_get_help:
 * @kind: %SD_VEHICLE_HEAD_UNIT, %SD_VEHICLE_TELEMATICS or %SD_VEHICLE_MARKET
 *
 * Returns: the text its "Help me find out" shows
 */
const char *
sd_profile_page_get_help (SdProfilePage *self,
                          SdVehicleKind  kind)
{
  g_return_val_if_fail (SD_IS_PROFILE_PAGE (self), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->units) && self->units[kind] != NULL, NULL);

  return self->units[kind]->help;
}
