/* sd-wait-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A wait: first how long (the suggested time, which the user may change), then,
 * once started, when it ends on the wall clock and the time left. The wait goes
 * on with the app closed; the window tells the user when it is over
 * (sd_window_check_wait()).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-format.h"
#include "sd-wait-step-view.h"

struct _SdWaitStepView
{
  SdStepView     parent_instance;

  AdwPreferencesGroup *setup;
  AdwActionRow  *duration_row;
  GtkSpinButton *duration;
  AdwPreferencesGroup *running;
  GtkLabel      *meanwhile;
  AdwActionRow  *deadline_row;
  AdwActionRow  *left_row;
  GtkLabel      *time_left;
};

G_DEFINE_FINAL_TYPE (SdWaitStepView, sd_wait_step_view, SD_TYPE_STEP_VIEW)

/* A long wait is counted in hours, a short one in minutes. */
static gboolean
in_hours (const SdStep *step)
{
  return step->max_seconds >= 2 * 3600;
}

static void
on_start_wait_clicked_cb (SdWaitStepView *self)
{
  const SdStep *step = sd_step_view_get_step (SD_STEP_VIEW (self));
  double value = gtk_spin_button_get_value (self->duration);
  guint seconds = in_hours (step) ? (guint) (value * 3600) : (guint) (value * 60);

  sd_run_start_wait (sd_step_view_get_run (SD_STEP_VIEW (self)),
                     CLAMP (seconds, step->min_seconds, step->max_seconds));
}

static void
sd_wait_step_view_update (SdStepView *view)
{
  SdWaitStepView *self = SD_WAIT_STEP_VIEW (view);
  SdRun *run = sd_step_view_get_run (view);
  GDateTime *deadline = sd_run_get_wait_deadline (run);
  gint64 remaining = sd_run_get_wait_remaining (run);
  gboolean over = sd_run_is_wait_over (run);

  gtk_widget_set_visible (GTK_WIDGET (self->setup), deadline == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->running), deadline != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->meanwhile), deadline != NULL && !over);

  if (deadline != NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_from_unix_local (sd_run_get_now (run) / G_USEC_PER_SEC);
      g_autofree char *until = sd_format_deadline (deadline, now);
      g_autofree char *left = sd_format_duration (remaining);

      adw_action_row_set_subtitle (self->deadline_row, until);
      if (!over)
        {
          /* Nothing wakes a closed app at the end of a wait: say so, and what to do. */
          g_autofree char *meanwhile =
            /* Translators: %s says when the wait ends, such as "tomorrow at 07:30". */
            g_strdup_printf (_("You can close SOS Doctor: it remembers the wait. It cannot remind "
                               "you while it is closed, so keep it open, or set a phone alarm for %s."),
                             until);

          gtk_label_set_text (self->meanwhile, meanwhile);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->left_row),
                                     over ? _("The wait is over") : _("Time left"));
      /* The wall clock went back: say why the time left grew again. */
      adw_action_row_set_subtitle (self->left_row, sd_run_get_clock_message (run));
      gtk_label_set_text (self->time_left, left);
    }

  sd_step_view_set_counting (view, deadline != NULL && !over);
}

static void
sd_wait_step_view_constructed (GObject *object)
{
  SdWaitStepView *self = SD_WAIT_STEP_VIEW (object);
  const SdStep *step;
  gboolean hours;
  double unit, increment;

  G_OBJECT_CLASS (sd_wait_step_view_parent_class)->constructed (object);

  step = sd_step_view_get_step (SD_STEP_VIEW (self));
  hours = in_hours (step);
  unit = hours ? 3600.0 : 60.0;
  increment = hours ? 0.5 : 1.0;
  gtk_spin_button_set_range (self->duration, step->min_seconds / unit, step->max_seconds / unit);
  gtk_spin_button_set_increments (self->duration, increment, 10 * increment);
  gtk_spin_button_set_digits (self->duration, hours ? 1 : 0);
  gtk_spin_button_set_value (self->duration, step->seconds / unit);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duration), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  hours ? _("Hours to wait") : _("Minutes to wait"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->duration_row),
                                 hours ? _("How many hours") : _("How many minutes"));
}

static void
sd_wait_step_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_WAIT_STEP_VIEW);

  G_OBJECT_CLASS (sd_wait_step_view_parent_class)->dispose (object);
}

static void
sd_wait_step_view_class_init (SdWaitStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SdStepViewClass *step_view_class = SD_STEP_VIEW_CLASS (klass);

  object_class->constructed = sd_wait_step_view_constructed;
  object_class->dispose = sd_wait_step_view_dispose;
  step_view_class->update = sd_wait_step_view_update;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-wait-step-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, setup);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, duration_row);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, duration);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, running);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, meanwhile);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, left_row);
  gtk_widget_class_bind_template_child (widget_class, SdWaitStepView, time_left);
  gtk_widget_class_bind_template_callback (widget_class, on_start_wait_clicked_cb);
}

static void
sd_wait_step_view_init (SdWaitStepView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
