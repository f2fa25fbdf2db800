/* sd-question-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A question: its choices, each a row that moves the guide on at once (to
 * another step, or to its outcome), so the wizard shows no Next here until the
 * guide has ended.
 */
#include "config.h"

#include "sd-question-step-view.h"

struct _SdQuestionStepView
{
  SdStepView  parent_instance;

  GtkListBox *choices;
};

G_DEFINE_FINAL_TYPE (SdQuestionStepView, sd_question_step_view, SD_TYPE_STEP_VIEW)

static void
on_choice_activated_cb (SdQuestionStepView *self,
                        GtkListBoxRow      *row)
{
  sd_run_choose (sd_step_view_get_run (SD_STEP_VIEW (self)),
                 (guint) gtk_list_box_row_get_index (row));
}

static gboolean
sd_question_step_view_get_has_next (SdStepView *view)
{
  return sd_run_is_finished (sd_step_view_get_run (view));
}

static void
sd_question_step_view_constructed (GObject *object)
{
  SdQuestionStepView *self = SD_QUESTION_STEP_VIEW (object);
  const SdStep *step;

  G_OBJECT_CLASS (sd_question_step_view_parent_class)->constructed (object);

  /* The row's index is the choice's. */
  step = sd_step_view_get_step (SD_STEP_VIEW (self));
  for (guint i = 0; i < step->choices->len; i++)
    {
      const SdChoice *choice = g_ptr_array_index (step->choices, i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sd_text_get (&choice->label));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->choices, row);
    }
}

static void
sd_question_step_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_QUESTION_STEP_VIEW);

  G_OBJECT_CLASS (sd_question_step_view_parent_class)->dispose (object);
}

static void
sd_question_step_view_class_init (SdQuestionStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SdStepViewClass *step_view_class = SD_STEP_VIEW_CLASS (klass);

  object_class->constructed = sd_question_step_view_constructed;
  object_class->dispose = sd_question_step_view_dispose;
  step_view_class->get_has_next = sd_question_step_view_get_has_next;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-question-step-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SdQuestionStepView, choices);
  gtk_widget_class_bind_template_callback (widget_class, on_choice_activated_cb);
}

static void
sd_question_step_view_init (SdQuestionStepView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
