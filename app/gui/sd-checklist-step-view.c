/* sd-checklist-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A checklist: one check button per item, ticked as each is done; Next once all
 * are. The buttons stay while the user ticks them, so the focus stays where the
 * user left it.
 */
#include "config.h"

#include "sd-checklist-step-view.h"

struct _SdChecklistStepView
{
  SdStepView           parent_instance;

  AdwPreferencesGroup *items;
  GPtrArray           *checks;   /* of GtkCheckButton, the item's index its own */
};

G_DEFINE_FINAL_TYPE (SdChecklistStepView, sd_checklist_step_view, SD_TYPE_STEP_VIEW)

static void
on_item_toggled_cb (GtkCheckButton      *check,
                    SdChecklistStepView *self)
{
  guint item;

  if (!g_ptr_array_find (self->checks, check, &item))
    g_assert_not_reached ();

  sd_run_set_item (sd_step_view_get_run (SD_STEP_VIEW (self)), item,
                   gtk_check_button_get_active (check));
}

static void
sd_checklist_step_view_update (SdStepView *view)
{
  SdChecklistStepView *self = SD_CHECKLIST_STEP_VIEW (view);
  SdRun *run = sd_step_view_get_run (view);

  /* Setting a button to what it shows already does not toggle it. */
  for (guint i = 0; i < self->checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->checks, i), sd_run_get_item (run, i));
}

static void
sd_checklist_step_view_constructed (GObject *object)
{
  SdChecklistStepView *self = SD_CHECKLIST_STEP_VIEW (object);
  const SdStep *step;

  G_OBJECT_CLASS (sd_checklist_step_view_parent_class)->constructed (object);

  step = sd_step_view_get_step (SD_STEP_VIEW (self));
  for (guint i = 0; i < step->items->len; i++)
    {
      const char *text = sd_text_get (g_ptr_array_index (step->items, i));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *check = gtk_check_button_new ();

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      text, -1);
      g_signal_connect (check, "toggled", G_CALLBACK (on_item_toggled_cb), self);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
      adw_preferences_group_add (self->items, row);
      g_ptr_array_add (self->checks, check);
    }
}

static void
sd_checklist_step_view_dispose (GObject *object)
{
  SdChecklistStepView *self = SD_CHECKLIST_STEP_VIEW (object);

  g_clear_pointer (&self->checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_CHECKLIST_STEP_VIEW);

  G_OBJECT_CLASS (sd_checklist_step_view_parent_class)->dispose (object);
}

static void
sd_checklist_step_view_class_init (SdChecklistStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SdStepViewClass *step_view_class = SD_STEP_VIEW_CLASS (klass);

  object_class->constructed = sd_checklist_step_view_constructed;
  object_class->dispose = sd_checklist_step_view_dispose;
  step_view_class->update = sd_checklist_step_view_update;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-checklist-step-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SdChecklistStepView, items);
}

static void
sd_checklist_step_view_init (SdChecklistStepView *self)
{
  self->checks = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
