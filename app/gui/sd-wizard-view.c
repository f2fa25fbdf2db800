/* sd-wizard-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The frame around the step under way of the session's run, in the manner of
 * gnome-initial-setup's assistant: first the guide's overview (SdGuideOverview)
 * and Start; then the guide's title and the step where it fits, the progress
 * (the steps taken and the most left, so that it never goes backwards), the
 * step's cautions (a danger caution must be acknowledged before anything else
 * on the step works), Back and Next with why Next cannot be pressed yet, and
 * the small map of the step's component. The step itself is an SdStepView of its
 * kind, built when the run moves to another step and otherwise updated in
 * place, so that nothing the user is working with is rebuilt under them.
 * At a "found" outcome it offers the guide for the repair, at a "workshop" one
 * the workshop hand-over; starting it finishes the run first, as Finish does.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-diagram-view.h"
#include "sd-format.h"
#include "sd-guide-overview.h"
#include "sd-gui-utils.h"
#include "sd-kiosk.h"
#include "sd-ring-step-view.h"
#include "sd-step-view.h"
#include "sd-wizard-view.h"

struct _SdWizardView
{
  AdwBin               parent_instance;

  SdSession           *session;
  SdRun               *run;
  guint                tick_id;
  /* The overview is shown, before step 1. */
  gboolean             overview;

  /* The step shown, and where along the path: another of either is a new step. */
  SdStepView          *step_view;
  const SdStep        *shown_step;
  guint                shown_position;
  GPtrArray           *caution_rows;
  GtkWidget           *map;
  /* The guide offered at the outcome, started by wizard.start-next. */
  char                *offer_id;

  AdwWindowTitle      *window_title;
  AdwWindowTitle      *short_title;
  GtkProgressBar      *progress;
  GtkStack            *pages;
  AdwBin              *overview_bin;
  GtkScrolledWindow   *scroller;
  AdwPreferencesGroup *cautions;
  GtkStack            *acknowledgement;
  GtkCheckButton      *acknowledge;
  AdwBin              *step_bin;
  GtkWidget           *offer_box;
  GtkLabel            *offer_label;
  GtkWidget           *offer_button;
  GtkLabel            *offer_staff;
  GtkBox              *map_box;
  GtkLabel            *map_title;
  GtkLabel            *map_location;
  GtkButton           *back_button;
  GtkButton           *next_button;
  GtkMenuButton       *menu_button;
  GtkLabel            *next_reason;
};

G_DEFINE_FINAL_TYPE (SdWizardView, sd_wizard_view, ADW_TYPE_BIN)

static void update (SdWizardView *self);

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

/* Ticks while the step view counts down (a hold, a wait), and only then. */
static void
sync_tick (SdWizardView *self)
{
  if (self->step_view != NULL && sd_step_view_get_counting (self->step_view))
    {
      if (self->tick_id == 0)
        self->tick_id = g_timeout_add (250, tick_cb, self);
    }
  else
    stop_tick (self);
}

/**
 * sd_wizard_view_tick:
 *
 * Updates a hold's countdown or a wait's time left from the run's clock, in
 * place. Runs on a short timer while either is counting; the wall-clock
 * deadline makes a suspended computer catch up at once.
 */
void
sd_wizard_view_tick (SdWizardView *self)
{
  g_return_if_fail (SD_IS_WIZARD_VIEW (self));

  if (self->run != NULL)
    update (self);
}

static void
on_acknowledge_toggled_cb (SdWizardView   *self,
                           GtkCheckButton *check)
{
  gboolean had_focus = gtk_widget_has_focus (GTK_WIDGET (check));

  if (!gtk_check_button_get_active (check) || self->run == NULL)
    return;

  sd_run_acknowledge (self->run);

  /* The check box gives way to the acknowledged state: the keyboard goes on to
   * the step, which works now. */
  if (had_focus && self->step_view != NULL)
    gtk_widget_child_focus (GTK_WIDGET (self->step_view), GTK_DIR_TAB_FORWARD);
}

static void
show_cautions (SdWizardView *self,
               GPtrArray    *cautions)
{
  for (guint i = 0; i < self->caution_rows->len; i++)
    adw_preferences_group_remove (self->cautions, g_ptr_array_index (self->caution_rows, i));
  g_ptr_array_set_size (self->caution_rows, 0);

  for (guint i = 0; i < cautions->len; i++)
    {
      GtkWidget *row = sd_caution_row_new (g_ptr_array_index (cautions, i));

      adw_preferences_group_add (self->cautions, row);
      g_ptr_array_add (self->caution_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->cautions), cautions->len > 0);

  /* Asked for on a step that needs it when the user comes to it; once given,
   * its acknowledged state stays in the same place. */
  gtk_check_button_set_active (self->acknowledge, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->acknowledgement),
                          sd_run_needs_acknowledgement (self->run));
}

static void
show_component_map (SdWizardView *self,
                    const char   *component_id)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
  const SdComponent *component = NULL;
  g_autofree char *where = NULL;

  if (component_id != NULL)
    component = sd_knowledge_lookup_component (knowledge, component_id);
  gtk_widget_set_visible (GTK_WIDGET (self->map_box), component != NULL);
  if (component == NULL)
    return;

  if (self->map == NULL)
    {
      self->map = sd_diagram_view_new (self->session, FALSE);
      gtk_widget_set_name (self->map, "step-map");
      gtk_box_prepend (self->map_box, self->map);
    }
  sd_diagram_view_set_highlight (SD_DIAGRAM_VIEW (self->map), component_id);

  /* Translators: the heading beside the small map of the car in a guide step. */
  where = g_strdup_printf (_("This step concerns the %s"), sd_text_get (&component->name));
  gtk_label_set_text (self->map_title, where);
  gtk_label_set_text (self->map_location, sd_text_get (&component->location));
}

/* The ring finder's stretch under test, or the one it found, on the map. */
static void
show_ring_stretch (SdWizardView *self)
{
  const char *from = NULL, *to = NULL;

  if (self->map == NULL)
    return;

  if (SD_IS_RING_STEP_VIEW (self->step_view))
    sd_ring_step_view_get_stretch (SD_RING_STEP_VIEW (self->step_view), &from, &to);
  sd_diagram_view_set_highlight_stretch (SD_DIAGRAM_VIEW (self->map), from, to);
}

static void
on_counting_changed_cb (SdWizardView *self)
{
  sync_tick (self);
}

/* A new step: its own view, its cautions, its map, from the top. */
static void
show_step (SdWizardView *self)
{
  const SdStep *step = sd_run_get_step (self->run);

  if (self->step_view != NULL)
    g_signal_handlers_disconnect_by_data (self->step_view, self);

  self->shown_step = step;
  self->shown_position = sd_run_get_position (self->run);
  self->step_view = SD_STEP_VIEW (sd_step_view_new_for_run (self->run));
  /* The ring finder needs the car and the knowledge base. */
  if (SD_IS_RING_STEP_VIEW (self->step_view))
    sd_ring_step_view_set_session (SD_RING_STEP_VIEW (self->step_view), self->session);
  g_signal_connect_object (self->step_view, "notify::counting",
                           G_CALLBACK (on_counting_changed_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->step_bin, GTK_WIDGET (self->step_view));

  show_cautions (self, step->cautions);
  show_component_map (self, step->component);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
}

/* The guide that follows the outcome reached: the repair a "found" names, or
 * for "needs a workshop" the hand-over the diagnosis would name (never a guide
 * for home, and none after a hand-over itself). */
static SdProcedure *
offered_guide (SdWizardView *self)
{
  SdProcedure *procedure = sd_run_get_procedure (self->run);
  const SdStep *end = sd_run_get_step (self->run);

  if (!sd_run_is_finished (self->run))
    return NULL;

  switch (sd_run_get_outcome (self->run))
    {
    case SD_OUTCOME_FOUND:
      if (end->kind != SD_STEP_OUTCOME || end->next_guide == NULL)
        return NULL;
      return sd_catalog_lookup_procedure (sd_session_get_catalog (self->session), end->next_guide);
    case SD_OUTCOME_WORKSHOP:
      if (sd_procedure_get_difficulty (procedure) == SD_DIFFICULTY_WORKSHOP)
        return NULL;
      return sd_diagnosis_get_workshop_handover (sd_session_get_diagnosis (self->session));
    case SD_OUTCOME_NONE:
    case SD_OUTCOME_RESOLVED:
    case SD_OUTCOME_UNRESOLVED:
    default:
      return NULL;
    }
}

/* On a kiosk, a guide the workshop does not offer is asked of the staff, as
 * everywhere else it could be started. */
static gboolean
kiosk_may_start (SdWizardView *self,
                 const char   *procedure_id)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SdKiosk *kiosk = GTK_IS_WINDOW (root) ? sd_kiosk_get_for_window (GTK_WINDOW (root)) : NULL;

  return kiosk == NULL || sd_kiosk_get_unlocked (kiosk) ||
         sd_kiosk_allows_procedure (kiosk, procedure_id);
}

static void
show_offer (SdWizardView *self)
{
  SdProcedure *offer = offered_guide (self);
  g_autofree char *label = NULL;
  gboolean may_start;

  g_clear_pointer (&self->offer_id, g_free);
  gtk_widget_set_visible (self->offer_box, offer != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.start-next", FALSE);
  if (offer == NULL)
    return;

  self->offer_id = g_strdup (sd_procedure_get_id (offer));
  may_start = kiosk_may_start (self, self->offer_id);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.start-next", may_start);
  gtk_widget_set_visible (self->offer_button, may_start);
  gtk_widget_set_visible (GTK_WIDGET (self->offer_staff), !may_start);
  if (may_start)
    {
      /* Translators: the button at the end of a guide that starts the guide
       * that follows; %s is its title. */
      label = g_strdup_printf (_("Start “%s”"), sd_procedure_get_title (offer));
      gtk_label_set_text (self->offer_label, label);
    }
  else
    {
      /* Translators: on a workshop's kiosk, in place of the button that
       * starts the next guide; %s is its title. */
      label = g_strdup_printf (_("Ask our staff: they will do “%s” with you."),
                               sd_procedure_get_title (offer));
      gtk_label_set_text (self->offer_staff, label);
    }
}

/* Why Next cannot be pressed yet, or %NULL when it can. */
static const char *
next_reason (SdWizardView *self)
{
  const SdStep *step = sd_run_get_step (self->run);

  if (sd_run_is_finished (self->run) || sd_run_can_go_next (self->run))
    return NULL;
  if (sd_run_needs_acknowledgement (self->run))
    return _("Read the danger above and tick the box first");

  switch (step->kind)
    {
    case SD_STEP_HOLD:
      return sd_run_is_hold_running (self->run) ? _("Finish the countdown first")
                                                : _("Start the countdown as you start holding");
    case SD_STEP_CHECKLIST:
      return _("Tick every item first");
    case SD_STEP_WAIT:
      return sd_run_get_wait_deadline (self->run) == NULL ? _("Start the wait first")
                                                          : _("Next works once the wait is over");
    case SD_STEP_INSTRUCTION:
    case SD_STEP_QUESTION:
    case SD_STEP_RING_CHECK:
    case SD_STEP_OUTCOME:
    default:
      return NULL;
    }
}

static void
show_next_reason (SdWizardView *self,
                  const char   *reason)
{
  GtkWidget *next = GTK_WIDGET (self->next_button);

  gtk_label_set_text (self->next_reason, reason != NULL ? reason : "");
  gtk_widget_set_visible (GTK_WIDGET (self->next_reason), reason != NULL);
  gtk_widget_set_tooltip_text (next, reason);
  if (reason != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (next), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    reason, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (next), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Before step 1: the guide's overview, and Start. */
static void
update_overview (SdWizardView *self)
{
  SdProcedure *procedure = sd_run_get_procedure (self->run);
  GtkWidget *shown = adw_bin_get_child (self->overview_bin);

  if (shown == NULL || sd_guide_overview_get_procedure (SD_GUIDE_OVERVIEW (shown)) != procedure)
    {
      adw_bin_set_child (self->overview_bin, sd_guide_overview_new (procedure));
      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0.0);
    }
  gtk_stack_set_visible_child_name (self->pages, "overview");

  adw_window_title_set_title (self->window_title, sd_procedure_get_title (procedure));
  /* Translators: the subtitle of a guide's first page, before step 1. */
  adw_window_title_set_subtitle (self->window_title, _("Overview"));
  adw_window_title_set_title (self->short_title, _("Overview"));
  gtk_progress_bar_set_fraction (self->progress, 0.0);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next", TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->next_button), TRUE);
  /* Translators: the button on a guide's overview that goes to its first step. */
  gtk_button_set_label (self->next_button, _("_Start"));
  show_next_reason (self, NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.start-next", FALSE);
  stop_tick (self);
}

static void
update (SdWizardView *self)
{
  g_autofree char *where = NULL;
  g_autofree char *short_where = NULL;
  gboolean finished;
  guint position, left;

  if (self->run == NULL)
    {
      if (self->step_view != NULL)
        g_signal_handlers_disconnect_by_data (self->step_view, self);
      adw_bin_set_child (self->step_bin, NULL);
      adw_bin_set_child (self->overview_bin, NULL);
      self->step_view = NULL;
      self->shown_step = NULL;
      g_clear_pointer (&self->offer_id, g_free);
      gtk_widget_set_visible (self->offer_box, FALSE);
      stop_tick (self);
      return;
    }

  /* A run moved on without Start (by its engine) leaves the overview. */
  if (self->overview && (sd_run_get_position (self->run) > 1 || sd_run_is_finished (self->run)))
    self->overview = FALSE;
  if (self->overview)
    {
      update_overview (self);
      return;
    }
  gtk_stack_set_visible_child_name (self->pages, "step");

  position = sd_run_get_position (self->run);
  left = sd_run_get_max_left (self->run);
  if (self->step_view == NULL || sd_run_get_step (self->run) != self->shown_step ||
      position != self->shown_position)
    show_step (self);
  else
    sd_step_view_update (self->step_view);
  show_ring_stretch (self);

  if (left == 0)
    /* Translators: progress through a guide, on its last step. */
    where = g_strdup_printf (_("Step %u · last step"), position);
  else
    /* Translators: progress through a guide: the step along the way taken, and
       the most steps that can still follow ("Step 3 · up to 5 more"). */
    where = g_strdup_printf (ngettext ("Step %u · up to %u more", "Step %u · up to %u more", left),
                             position, left);
  adw_window_title_set_title (self->window_title,
                              sd_procedure_get_title (sd_run_get_procedure (self->run)));
  adw_window_title_set_subtitle (self->window_title, where);
  /* Translators: progress through a guide, on a narrow window. */
  short_where = g_strdup_printf (_("Step %u"), position);
  adw_window_title_set_title (self->short_title, short_where);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, where, -1);
  /* The steps taken over those taken and the most left: never goes backwards
   * while the run goes forward. */
  gtk_progress_bar_set_fraction (self->progress, (double) position / (position + left));

  gtk_stack_set_visible_child_name (self->acknowledgement,
                                    sd_run_needs_acknowledgement (self->run) ? "check"
                                                                             : "acknowledged");

  /* The buttons follow their actions' enabled state; Back from step 1 goes to
   * the overview. */
  finished = sd_run_is_finished (self->run);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.back",
                                 sd_run_can_go_back (self->run) || position == 1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "wizard.next",
                                 finished || sd_run_can_go_next (self->run));
  gtk_widget_set_visible (GTK_WIDGET (self->next_button),
                          sd_step_view_get_has_next (self->step_view));
  gtk_button_set_label (self->next_button, finished ? _("_Finish") : _("_Next"));
  show_next_reason (self, sd_step_view_get_has_next (self->step_view) ? next_reason (self) : NULL);
  show_offer (self);

  sync_tick (self);
}

static void
set_run (SdWizardView *self,
         SdRun        *run)
{
  if (self->run != run)
    {
      if (self->run != NULL)
        g_signal_handlers_disconnect_by_data (self->run, self);
      g_set_object (&self->run, run);
      if (run != NULL)
        g_signal_connect_object (run, "changed", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      /* Another run: its steps are shown afresh, even the same step of a guide;
       * one not begun opens on its overview. */
      self->shown_step = NULL;
      self->overview = run != NULL && sd_run_get_position (run) == 1 && !sd_run_is_finished (run);
    }

  update (self);
}

/* What the guide found moves the diagnosis after the run's own change: the
 * hand-over offered follows it. Also when shown: whether the window is a
 * kiosk is known only then. */
static void
on_session_changed_cb (SdWizardView *self)
{
  if (self->run != NULL && !self->overview && sd_run_is_finished (self->run))
    show_offer (self);
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

  if (self->overview)
    {
      self->overview = FALSE;
      update (self);
      gtk_widget_child_focus (GTK_WIDGET (self->step_bin), GTK_DIR_TAB_FORWARD);
    }
  else if (sd_run_is_finished (self->run))
    sd_session_finish_run (self->session);
  else
    sd_run_go_next (self->run);
}

/* The outcome's next guide: the run is recorded first, as Finish records it,
 * then the next guide opens on its overview. */
static void
sd_wizard_view_start_next_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SdWizardView *self = SD_WIZARD_VIEW (widget);
  g_autofree char *next = g_strdup (self->offer_id);

  if (self->run == NULL || next == NULL || !sd_run_is_finished (self->run))
    return;

  g_object_ref (self);
  sd_session_finish_run (self->session);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.start-procedure", "s", next);
  g_object_unref (self);
}

static void
on_leave_wait_response_cb (AdwMessageDialog *dialog,
                           const char       *response,
                           SdWizardView     *self)
{
  if (g_strcmp0 (response, "back") == 0 && self->run != NULL)
    sd_run_go_back (self->run);
}

/* Back from a wait under way asks first; the wait goes on either way. */
static void
ask_leave_wait (SdWizardView *self)
{
  GtkWidget *dialog;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *until = NULL;

  now = g_date_time_new_from_unix_local (sd_run_get_now (self->run) / G_USEC_PER_SEC);
  until = sd_format_deadline (sd_run_get_wait_deadline (self->run), now);
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Leave the Wait?"), NULL);
  /* Translators: %s says when, such as "tomorrow at 07:30". */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("The wait goes on and still ends %s. Next brings you back to it."),
                                  until);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "stay", _("_Stay"),
                                    "back", _("_Go Back"),
                                    NULL);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_wait_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sd_wizard_view_back_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SdWizardView *self = SD_WIZARD_VIEW (widget);

  if (self->run == NULL || self->overview)
    return;

  if (sd_run_get_position (self->run) == 1)
    {
      self->overview = TRUE;
      update (self);
    }
  else if (sd_run_get_step (self->run)->kind == SD_STEP_WAIT &&
           sd_run_get_wait_deadline (self->run) != NULL && !sd_run_is_wait_over (self->run) &&
           !sd_run_is_finished (self->run))
    ask_leave_wait (self);
  else
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
  self->step_view = NULL;
  self->map = NULL;
  g_clear_pointer (&self->caution_rows, g_ptr_array_unref);
  g_clear_pointer (&self->offer_id, g_free);
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
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, pages);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, overview_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, cautions);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, acknowledgement);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, acknowledge);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, step_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, offer_box);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, offer_label);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, offer_button);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, offer_staff);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, map_box);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, map_title);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, map_location);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, back_button);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, next_button);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SdWizardView, next_reason);
  gtk_widget_class_bind_template_callback (widget_class, on_acknowledge_toggled_cb);

  gtk_widget_class_install_action (widget_class, "wizard.next", NULL, sd_wizard_view_next_action);
  gtk_widget_class_install_action (widget_class, "wizard.back", NULL, sd_wizard_view_back_action);
  gtk_widget_class_install_action (widget_class, "wizard.start-next", NULL,
                                   sd_wizard_view_start_next_action);
}

static void
sd_wizard_view_init (SdWizardView *self)
{
  self->caution_rows = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (on_session_changed_cb), NULL);
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
  g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  set_run (self, sd_session_get_run (session));

  return GTK_WIDGET (self);
}

/**
 * sd_wizard_view_set_primary_menu:
 * @menu: the window's main menu, so that its language menu is at hand in a guide
 */
void
sd_wizard_view_set_primary_menu (SdWizardView *self,
                                 GMenuModel   *menu)
{
  g_return_if_fail (SD_IS_WIZARD_VIEW (self));

  gtk_menu_button_set_menu_model (self->menu_button, menu);
}
