/* sd-checklist-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A checklist: each item answered "OK" or "Not OK" (two radio buttons); Next
 * once every item that can be checked at home is answered. The buttons stay
 * while the user answers, so the focus stays where the user left it.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-checklist-step-view.h"

struct _SdChecklistStepView
{
  SdStepView           parent_instance;

  AdwPreferencesGroup *items;
  /* Two per item, the item's index × 2 their own: "OK", then "Not OK". */
  GPtrArray           *checks;
};

G_DEFINE_FINAL_TYPE (SdChecklistStepView, sd_checklist_step_view, SD_TYPE_STEP_VIEW)

static void
on_item_toggled_cb (GtkCheckButton      *check,
                    SdChecklistStepView *self)
{
  GtkCheckButton *ok, *not_ok;
  SdItemAnswer answer = SD_ITEM_UNANSWERED;
  guint index;

  if (!g_ptr_array_find (self->checks, check, &index))
    g_assert_not_reached ();

  ok = g_ptr_array_index (self->checks, index - index % 2);
  not_ok = g_ptr_array_index (self->checks, index - index % 2 + 1);
  if (gtk_check_button_get_active (ok))
    answer = SD_ITEM_OK;
  else if (gtk_check_button_get_active (not_ok))
    answer = SD_ITEM_NOT_OK;

  sd_run_set_item_answer (sd_step_view_get_run (SD_STEP_VIEW (self)), index / 2, answer);
}

static void
sd_checklist_step_view_update (SdStepView *view)
{
  SdChecklistStepView *self = SD_CHECKLIST_STEP_VIEW (view);
  SdRun *run = sd_step_view_get_run (view);

  /* Setting a button to what it shows already does not toggle it. */
  for (guint i = 0; i < self->checks->len; i++)
    {
      SdItemAnswer answer = sd_run_get_item_answer (run, i / 2);

      gtk_check_button_set_active (g_ptr_array_index (self->checks, i),
                                   answer == (i % 2 == 0 ? SD_ITEM_OK : SD_ITEM_NOT_OK));
    }
}

/* One of the item's two answers, named for a screen reader with the item. */
static GtkWidget *
add_answer (SdChecklistStepView *self,
            const char          *item,
            const char          *label,
            const char          *name,
            GtkCheckButton      *group)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);
  /* Translators: an item of a checklist and its answer, such as "No fibre is kinked: OK". */
  g_autofree char *accessible = g_strdup_printf (_("%s: %s"), item, label);

  gtk_widget_set_name (check, name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_group (GTK_CHECK_BUTTON (check), group);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  g_signal_connect (check, "toggled", G_CALLBACK (on_item_toggled_cb), self);
  g_ptr_array_add (self->checks, check);

  return check;
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
      const SdItem *item = g_ptr_array_index (step->items, i);
      const char *text = sd_text_get (&item->label);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *ok, *not_ok, *answers;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
      if (item->workshop)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     _("Only a workshop can check this: leave it if you cannot."));
      /* Translators: the answer to a checklist item: the thing checked is fine. */
      ok = add_answer (self, text, C_("checklist", "OK"), "item-ok", NULL);
      /* Translators: the answer to a checklist item: a problem was found. */
      not_ok = add_answer (self, text, C_("checklist", "Not OK"), "item-not-ok",
                           GTK_CHECK_BUTTON (ok));
      /* One above the other, so that a long item still fits 360 px. */
      answers = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_set_valign (answers, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (answers), ok);
      gtk_box_append (GTK_BOX (answers), not_ok);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), answers);
      adw_preferences_group_add (self->items, row);
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
