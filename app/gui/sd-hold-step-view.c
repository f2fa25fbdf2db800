/* sd-hold-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A hold: the user starts the countdown as they start holding (a button, a
 * knob) and keeps holding until it reaches zero; the run's clock counts.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-hold-step-view.h"

struct _SdHoldStepView
{
  SdStepView  parent_instance;

  GtkLabel   *countdown;
  GtkButton  *start_hold;
};

G_DEFINE_FINAL_TYPE (SdHoldStepView, sd_hold_step_view, SD_TYPE_STEP_VIEW)

static void
on_start_hold_clicked_cb (SdHoldStepView *self)
{
  /* Counting from now on, even before the clock has moved: the wizard ticks. */
  if (sd_run_start_hold (sd_step_view_get_run (SD_STEP_VIEW (self))))
    sd_step_view_set_counting (SD_STEP_VIEW (self), TRUE);
}

static void
sd_hold_step_view_update (SdStepView *view)
{
  SdHoldStepView *self = SD_HOLD_STEP_VIEW (view);
  SdRun *run = sd_step_view_get_run (view);
  double remaining = sd_run_get_hold_remaining (run);
  gboolean done = sd_run_can_go_next (run);
  gboolean running = sd_run_is_hold_running (run);

  if (done)
    gtk_label_set_text (self->countdown, _("Done"));
  else
    {
      g_autofree char *text = g_strdup_printf ("%.0f", remaining + 0.49);

      gtk_label_set_text (self->countdown, text);
    }

  /* Translators: the button of a hold while it counts down; pressing it starts again. */
  gtk_button_set_label (self->start_hold, done ? _("_Hold Again")
                                          : running ? _("Counting… Keep Holding")
                                          : _("_Start the Countdown"));
  if (done)
    gtk_widget_remove_css_class (GTK_WIDGET (self->start_hold), "suggested-action");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->start_hold), "suggested-action");

  sd_step_view_set_counting (view, running);
}

static void
sd_hold_step_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_HOLD_STEP_VIEW);

  G_OBJECT_CLASS (sd_hold_step_view_parent_class)->dispose (object);
}

static void
sd_hold_step_view_class_init (SdHoldStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SdStepViewClass *step_view_class = SD_STEP_VIEW_CLASS (klass);

  object_class->dispose = sd_hold_step_view_dispose;
  step_view_class->update = sd_hold_step_view_update;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-hold-step-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SdHoldStepView, countdown);
  gtk_widget_class_bind_template_child (widget_class, SdHoldStepView, start_hold);
  gtk_widget_class_bind_template_callback (widget_class, on_start_hold_clicked_cb);
}

static void
sd_hold_step_view_init (SdHoldStepView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
