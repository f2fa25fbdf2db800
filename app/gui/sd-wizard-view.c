/* sd-wizard-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step of the run under way at a time: its cautions first (a danger caution
 * must be acknowledged before anything else on the step works), its text, and
 * what the step asks for: a hold counted down, a wait with its deadline, a
 * question's choices, a checklist, or the outcome. The view only renders the
 * session's SdRun and forwards what the user does to it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-diagram-view.h"
#include "sd-format.h"
#include "sd-wizard-view.h"

struct _SdWizardView
{
  AdwBin          parent_instance;

  SdSession      *session;
  SdRun          *run;
  guint           tick_id;

  GtkLabel       *countdown;
  GtkLabel       *time_left;
  GtkSpinButton  *duration;

  AdwWindowTitle *window_title;
  AdwWindowTitle *short_title;
  GtkProgressBar *progress;
  GtkScrolledWindow *scroller;
  GtkBox         *content;
  GtkButton      *back_button;
  GtkButton      *next_button;
};

G_DEFINE_FINAL_TYPE (SdWizardView, sd_wizard_view, ADW_TYPE_BIN)

static void rebuild (SdWizardView *self);

static GtkWidget *
wrapped_label (const char *text,
               const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0.0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static void
stop_tick (SdWizardView *self)
{
  g_clear_handle_id (&self->tick_id, g_source_remove);
}

static gboolean
tick_cb (gpointer user_data)
{
  sd_wizard_view_tick (user_data);

  return G_SOURCE_CONTINUE;
}

/**
 * sd_wizard_view_tick:
 *
 * Updates a hold's countdown or a wait's time left from the run's clock. Runs on
 * a short timer while either is counting; the wall-clock deadline makes a
 * suspended computer catch up at once.
 */
void
sd_wizard_view_tick (SdWizardView *self)
{
  const SdStep *step;

  g_return_if_fail (SD_IS_WIZARD_VIEW (self));

  if (self->run == NULL)
    return;

  step = sd_run_get_step (self->run);
  if (step->kind == SD_STEP_HOLD && self->countdown != NULL)
    {
      double remaining = sd_run_get_hold_remaining (self->run);
      g_autofree char *text = g_strdup_printf ("%.0f", remaining + 0.49);

      gtk_label_set_text (self->countdown, text);
      if (remaining <= 0.0)
        rebuild (self);
    }
  else if (step->kind == SD_STEP_WAIT && self->time_left != NULL)
    {
      gint64 remaining = sd_run_get_wait_remaining (self->run);
      g_autofree char *text = sd_format_duration (remaining);

      gtk_label_set_text (self->time_left, text);
      if (remaining == 0)
        rebuild (self);
    }
}

static void
ensure_tick (SdWizardView *self)
{
  if (self->tick_id == 0)
    self->tick_id = g_timeout_add (250, tick_cb, self);
}

static void
on_acknowledge_toggled_cb (GtkCheckButton *check,
                           SdWizardView   *self)
{
  if (gtk_check_button_get_active (check))
    sd_run_acknowledge (self->run);
}

static void
add_cautions (SdWizardView *self,
              GPtrArray    *cautions)
{
  GtkWidget *group;

  if (cautions->len == 0)
    return;

  group = adw_preferences_group_new ();
  for (guint i = 0; i < cautions->len; i++)
    {
      const SdCaution *caution = g_ptr_array_index (cautions, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     caution->severity == SD_SEVERITY_DANGER ? C_("caution", "Danger")
                                     : caution->severity == SD_SEVERITY_WARNING ? C_("caution", "Warning")
                                     : C_("caution", "Note"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sd_text_get (&caution->text));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                    caution->severity == SD_SEVERITY_DANGER ? "dialog-error-symbolic"
                                    : caution->severity == SD_SEVERITY_WARNING ? "dialog-warning-symbolic"
                                    : "dialog-information-symbolic");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
      if (caution->severity == SD_SEVERITY_DANGER)
        gtk_widget_add_css_class (row, "error");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  if (sd_run_needs_acknowledgement (self->run))
    {
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *label = gtk_label_new_with_mnemonic (_("I have read the danger above and "
                                                        "_understand it"));

      /* A label of its own, which wraps: in some languages the sentence is
       * wider than a phone-sized window. */
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_label_set_mnemonic_widget (GTK_LABEL (label), check);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), label);
      gtk_widget_set_name (check, "acknowledge");
      gtk_widget_set_margin_top (check, 12);
      g_signal_connect (check, "toggled", G_CALLBACK (on_acknowledge_toggled_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), check);
    }

  gtk_box_append (self->content, group);
}

static void
on_start_hold_cb (GtkButton    *button,
                  SdWizardView *self)
{
  if (sd_run_start_hold (self->run))
    ensure_tick (self);
}

static void
add_hold (SdWizardView *self,
          GtkBox       *body)
{
  double remaining = sd_run_get_hold_remaining (self->run);
  gboolean done = sd_run_can_go_next (self->run);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *countdown;
  GtkWidget *button;
  g_autofree char *text = NULL;

  text = g_strdup_printf ("%.0f", remaining + 0.49);
  countdown = gtk_label_new (done ? _("Done") : text);
  gtk_widget_add_css_class (countdown, "countdown");
  gtk_widget_add_css_class (countdown, "numeric");
  gtk_widget_set_name (countdown, "countdown");
  self->countdown = done ? NULL : GTK_LABEL (countdown);

  button = gtk_button_new_with_mnemonic (done ? _("_Hold Again") : _("_Start the Countdown"));
  gtk_widget_set_name (button, "start-hold");
  gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "pill");
  if (!done)
    gtk_widget_add_css_class (button, "suggested-action");
  g_signal_connect (button, "clicked", G_CALLBACK (on_start_hold_cb), self);

  gtk_box_append (GTK_BOX (box), countdown);
  gtk_box_append (GTK_BOX (box), wrapped_label (_("Start the countdown as you start holding, "
                                                  "and keep holding until it reaches zero."),
                                                "dim-label"));
  gtk_box_append (GTK_BOX (box), button);
  gtk_box_append (body, box);

  if (!done && remaining < sd_run_get_step (self->run)->seconds)
    ensure_tick (self);
}

static void
on_start_wait_cb (GtkButton    *button,
                  SdWizardView *self)
{
  const SdStep *step = sd_run_get_step (self->run);
  double value = gtk_spin_button_get_value (self->duration);
  guint seconds = step->max_seconds >= 2 * 3600 ? (guint) (value * 3600) : (guint) (value * 60);

  sd_run_start_wait (self->run, CLAMP (seconds, step->min_seconds, step->max_seconds));
}

static void
add_wait (SdWizardView *self,
          GtkBox       *body)
{
  const SdStep *step = sd_run_get_step (self->run);
  GDateTime *deadline = sd_run_get_wait_deadline (self->run);
  GtkWidget *group = adw_preferences_group_new ();

  if (deadline == NULL)
    {
      gboolean hours = step->max_seconds >= 2 * 3600;
      double unit = hours ? 3600.0 : 60.0;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (step->min_seconds / unit,
                                                        step->max_seconds / unit,
                                                        hours ? 0.5 : 1.0);
      GtkWidget *button = gtk_button_new_with_mnemonic (_("_Start the Wait"));

      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (spin), hours ? 1 : 0);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), step->seconds / unit);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      hours ? _("Hours to wait") : _("Minutes to wait"), -1);
      self->duration = GTK_SPIN_BUTTON (spin);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     hours ? _("How many hours") : _("How many minutes"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("The suggested time is already set; you can choose a "
                                     "shorter or longer one."));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

      gtk_widget_set_name (button, "start-wait");
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_set_margin_top (button, 12);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
      g_signal_connect (button, "clicked", G_CALLBACK (on_start_wait_cb), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), button);
    }
  else
    {
      gint64 remaining = sd_run_get_wait_remaining (self->run);
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (sd_run_get_now (self->run) / G_USEC_PER_SEC);
      g_autofree char *until = sd_format_deadline (deadline, now);
      g_autofree char *left = sd_format_duration (remaining);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *left_row = adw_action_row_new ();
      GtkWidget *left_label = gtk_label_new (left);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("The wait ends"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), until);
      adw_action_row_set_icon_name (ADW_ACTION_ROW (row), "alarm-symbolic");
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (left_row),
                                     remaining > 0 ? _("Time left") : _("The wait is over"));
      gtk_widget_add_css_class (left_label, "numeric");
      gtk_widget_set_name (left_label, "time-left");
      adw_action_row_add_suffix (ADW_ACTION_ROW (left_row), left_label);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), left_row);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                             _("You can close SOS Doctor or turn off the computer: "
                                               "the wait goes on, and you will be told when it "
                                               "is over."));

      /* The window tells the user when the wait is over (sd_window_check_wait()). */
      if (remaining > 0)
        {
          self->time_left = GTK_LABEL (left_label);
          ensure_tick (self);
        }
    }

  gtk_box_append (body, group);
}

static void
on_choice_activated_cb (GtkListBox    *list,
                        GtkListBoxRow *row,
                        SdWizardView  *self)
{
  sd_run_choose (self->run, (guint) gtk_list_box_row_get_index (row));
}

static void
add_choices (SdWizardView *self,
             GtkBox       *body)
{
  const SdStep *step = sd_run_get_step (self->run);
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Answers"), -1);
  for (guint i = 0; i < step->choices->len; i++)
    {
      const SdChoice *choice = g_ptr_array_index (step->choices, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sd_text_get (&choice->label));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_set_name (row, choice->goto_id != NULL ? choice->goto_id
                                                        : sd_outcome_to_string (choice->outcome));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  g_signal_connect (list, "row-activated", G_CALLBACK (on_choice_activated_cb), self);
  gtk_box_append (body, list);
}

static void
on_item_toggled_cb (GtkCheckButton *check,
                    SdWizardView   *self)
{
  sd_run_set_item (self->run, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (check), "item")),
                   gtk_check_button_get_active (check));
}

static void
add_checklist (SdWizardView *self,
               GtkBox       *body)
{
  const SdStep *step = sd_run_get_step (self->run);
  GtkWidget *group = adw_preferences_group_new ();

  for (guint i = 0; i < step->items->len; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     sd_text_get (g_ptr_array_index (step->items, i)));
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), sd_run_get_item (self->run, i));
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sd_text_get (g_ptr_array_index (step->items, i)), -1);
      g_object_set_data (G_OBJECT (check), "item", GUINT_TO_POINTER (i));
      g_signal_connect (check, "toggled", G_CALLBACK (on_item_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Tick each item when it is done."));
  gtk_box_append (body, group);
}

/* Where the step's component sits, outlined on a small map of the car. */
static void
add_component_map (SdWizardView *self,
                   const char   *component_id)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
  const SdComponent *component = sd_knowledge_lookup_component (knowledge, component_id);
  GtkWidget *box, *map, *texts;
  g_autofree char *where = NULL;

  if (component == NULL)
    return;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  map = sd_diagram_view_new (self->session, FALSE);
  sd_diagram_view_set_highlight (SD_DIAGRAM_VIEW (map), component_id);
  gtk_widget_set_name (map, "step-map");
  gtk_box_append (GTK_BOX (box), map);

  texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_valign (texts, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (texts, TRUE);
  /* Translators: the heading beside the small map of the car in a guide step. */
  where = g_strdup_printf (_("This step concerns the %s"), sd_text_get (&component->name));
  gtk_box_append (GTK_BOX (texts), wrapped_label (where, "heading"));
  gtk_box_append (GTK_BOX (texts), wrapped_label (sd_text_get (&component->location), "dim-label"));
  gtk_box_append (GTK_BOX (box), texts);

  gtk_box_append (self->content, box);
}

static const char *
outcome_message (SdOutcome outcome)
{
  switch (outcome)
    {
    case SD_OUTCOME_RESOLVED:
      return _("This guide ends here: the problem is fixed.");
    case SD_OUTCOME_WORKSHOP:
      return _("This guide ends here: the next step is for a workshop.");
    case SD_OUTCOME_UNRESOLVED:
    case SD_OUTCOME_NONE:
    default:
      return _("This guide ends here without a fix. Finish it, and the diagnosis suggests what to "
               "try next.");
    }
}

static void
clear_content (SdWizardView *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->content))) != NULL)
    gtk_box_remove (self->content, child);
  self->countdown = NULL;
  self->time_left = NULL;
  self->duration = NULL;
}

static void
rebuild (SdWizardView *self)
{
  const SdStep *step;
  SdProcedure *procedure;
  GtkWidget *body;
  g_autofree char *where = NULL;
  guint position, length;

  stop_tick (self);
  clear_content (self);
  if (self->run == NULL)
    return;

  procedure = sd_run_get_procedure (self->run);
  step = sd_run_get_step (self->run);
  position = sd_run_get_position (self->run);
  length = sd_run_get_length (self->run);

  /* Translators: progress through a guide, along the way it is going. */
  where = g_strdup_printf (_("Step %u of %u"), position, length);
  adw_window_title_set_title (self->window_title, sd_procedure_get_title (procedure));
  adw_window_title_set_subtitle (self->window_title, where);
  adw_window_title_set_title (self->short_title, where);
  gtk_progress_bar_set_fraction (self->progress, (double) position / MAX (length, 1));

  add_cautions (self, step->cautions);

  body = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_name (body, "step-body");
  gtk_box_append (GTK_BOX (body), wrapped_label (sd_text_get (&step->title), "title-2"));
  for (guint i = 0; i < step->texts->len; i++)
    gtk_box_append (GTK_BOX (body), wrapped_label (sd_text_get (g_ptr_array_index (step->texts, i)),
                                                   "body"));

  if (sd_run_is_finished (self->run))
    gtk_box_append (GTK_BOX (body), wrapped_label (outcome_message (sd_run_get_outcome (self->run)),
                                                   "heading"));
  else
    switch (step->kind)
      {
      case SD_STEP_HOLD:
        add_hold (self, GTK_BOX (body));
        break;
      case SD_STEP_WAIT:
        add_wait (self, GTK_BOX (body));
        break;
      case SD_STEP_QUESTION:
        add_choices (self, GTK_BOX (body));
        break;
      case SD_STEP_CHECKLIST:
        add_checklist (self, GTK_BOX (body));
        break;
      case SD_STEP_INSTRUCTION:
      case SD_STEP_OUTCOME:
      default:
        break;
      }

  /* Nothing on the step works before its danger caution is acknowledged. */
  gtk_widget_set_sensitive (body, !sd_run_needs_acknowledgement (self->run));
  gtk_box_append (self->content, body);

  if (step->component != NULL)
    add_component_map (self, step->component);

  /* The buttons follow their actions' enabled state. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", sd_run_can_go_back (self->run));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next",
                                 sd_run_is_finished (self->run) || sd_run_can_go_next (self->run));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button),
                          sd_run_is_finished (self->run) || step->kind != SD_STEP_QUESTION);
  gtk_button_set_label (self->next_button, sd_run_is_finished (self->run) ? _("_Finish") : _("_Next"));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

static void
set_run (SdWizardView *self,
         SdRun        *run)
{
  if (self->run == run)
    {
      rebuild (self);
      return;
    }

  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  g_set_object (&self->run, run);
  if (run != NULL)
    g_signal_connect_object (run, "changed", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);
  rebuild (self);
}

static void
on_run_changed_cb (SdWizardView *self,
                   SdSession    *session)
{
  set_run (self, sd_session_get_run (session));
}

static void
sd_wizard_view_next_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SdWizardView *self = SD_WIZARD_VIEW (widget);

  if (self->run == NULL)
    return;

  if (sd_run_is_finished (self->run))
    sd_session_finish_run (self->session);
  else
    sd_run_go_next (self->run);
}

static void
sd_wizard_view_back_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SdWizardView *self = SD_WIZARD_VIEW (widget);

  if (self->run != NULL)
    sd_run_go_back (self->run);
}

static void
sd_wizard_view_dispose (GObject *object)
{
  SdWizardView *self = SD_WIZARD_VIEW (object);

  stop_tick (self);
  if (self->run != NULL)
    g_signal_handlers_disconnect_by_data (self->run, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_WIZARD_VIEW);
  g_clear_object (&self->run);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sd_wizard_view_parent_class)->dispose (object);
}

static void
sd_wizard_view_class_init (SdWizardViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_wizard_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-wizard-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, window_title);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, short_title);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, progress);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, content);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, back_button);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, next_button);

  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, sd_wizard_view_next_action);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, sd_wizard_view_back_action);
}

static void
sd_wizard_view_init (SdWizardView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sd_wizard_view_new (SdSession *session)
{
  SdWizardView *self;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_WIZARD_VIEW, NULL);
  self->session = g_object_ref (session);
  g_signal_connect_object (session, "run-changed", G_CALLBACK (on_run_changed_cb), self,
                           G_CONNECT_SWAPPED);
  set_run (self, sd_session_get_run (session));

  return GTK_WIDGET (self);
}
