/* sd-ring-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A ring check: the car's fibre-optic ring as a strip of its members in light
 * order with the stretch under test marked, the next light check in words with
 * two answers, the checks done, and once the finder has located the break,
 * what it found and which guide comes next. The finder (SdRingCheck) is built
 * from the session's car and knowledge, which the wizard gives with
 * sd_ring_step_view_set_session(); each answer goes into the run at once, so
 * a reopened case resumes the checks.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-ring-step-view.h"

struct _SdRingStepView
{
  SdStepView      parent_instance;

  SdRingCheck    *check;
  GPtrArray      *member_labels;  /* of GtkLabel, one per member, then the head unit again */

  GtkFlowBox     *strip;
  GtkLabel       *check_label;
  GtkBox         *answers;
  GtkButton      *light_button;
  GtkLabel       *result;
  GtkBox         *finish;
  GtkButton      *continue_button;
  AdwPreferencesGroup *done_group;
  GtkLabel       *done;
  AdwPreferencesGroup *node_group;
  GtkAdjustment  *node_adjustment;
};

G_DEFINE_FINAL_TYPE (SdRingStepView, sd_ring_step_view, SD_TYPE_STEP_VIEW)

static const char * const mark_classes[] = { "accent", "error", "success", NULL };

static void
mark (GtkWidget  *label,
      const char *css_class)
{
  for (guint i = 0; mark_classes[i] != NULL; i++)
    gtk_widget_remove_css_class (label, mark_classes[i]);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
}

static void
show_strip (SdRingStepView *self)
{
  guint k = sd_ring_check_get_n_members (self->check);
  int next = sd_ring_check_get_next_check (self->check);
  guint from = 0, to = 0;
  gboolean located = sd_ring_check_get_break (self->check, &from, &to);

  /* The strip ends with the head unit again: a stretch back to it ends there. */
  if (located && to == 0)
    to = k;
  for (guint i = 0; i <= k; i++)
    {
      const char *css_class = NULL;

      /* The stretch under test ends at the connector checked next. */
      if (next > 0 && (i == (guint) next || i + 1 == (guint) next))
        css_class = "accent";
      else if (located && (i == from || i == to))
        css_class = "error";
      mark (g_ptr_array_index (self->member_labels, i), css_class);
    }
}

static void
show_done (SdRingStepView *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < sd_ring_check_get_n_answers (self->check); i++)
    {
      g_autofree char *line = sd_ring_check_describe_answer (self->check, i);

      g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", line);
    }
  gtk_label_set_text (self->done, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->done_group), text->len > 0);
}

static void
sd_ring_step_view_update (SdStepView *view)
{
  SdRingStepView *self = SD_RING_STEP_VIEW (view);
  SdRun *run = sd_step_view_get_run (view);
  gboolean finished = sd_run_is_finished (run);
  g_autofree char *check = NULL;
  g_autofree char *result = NULL;
  SdRingCheckState state;
  int next;

  if (self->check == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->answers), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->node_group), FALSE);
      return;
    }

  state = sd_ring_check_get_state (self->check);
  next = sd_ring_check_get_next_check (self->check);
  if (next > 0)
    check = sd_ring_check_describe_check (self->check, (guint) next);
  result = sd_ring_check_describe_result (self->check);

  show_strip (self);
  gtk_label_set_text (self->check_label, check != NULL ? check : "");
  gtk_widget_set_visible (GTK_WIDGET (self->check_label), check != NULL && !finished);
  gtk_widget_set_visible (GTK_WIDGET (self->answers), check != NULL && !finished);
  gtk_label_set_text (self->result, result != NULL ? result : "");
  gtk_widget_set_visible (GTK_WIDGET (self->result), result != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->finish), state != SD_RING_CHECK_CHECKING && !finished);
  gtk_widget_set_visible (GTK_WIDGET (self->node_group),
                          state == SD_RING_CHECK_CHECKING && !finished &&
                          sd_ring_check_get_n_answers (self->check) == 0);
  show_done (self);
}

static void
save (SdRingStepView *self)
{
  g_autofree char *answers = sd_ring_check_to_string (self->check);

  /* The run says "changed" when they changed, and the view is updated then. */
  sd_run_set_ring_answers (sd_step_view_get_run (SD_STEP_VIEW (self)), answers);
  sd_step_view_update (SD_STEP_VIEW (self));
}

static void
answer (SdRingStepView *self,
        gboolean        light)
{
  int next;

  if (self->check == NULL || (next = sd_ring_check_get_next_check (self->check)) <= 0)
    return;

  sd_ring_check_answer (self->check, (guint) next, light);
  save (self);
  /* The answers go away once the checks are over: the keyboard goes on. */
  if (sd_ring_check_get_state (self->check) != SD_RING_CHECK_CHECKING)
    gtk_widget_grab_focus (GTK_WIDGET (self->continue_button));
}

static void
on_light_clicked_cb (SdRingStepView *self)
{
  answer (self, TRUE);
}

static void
on_dark_clicked_cb (SdRingStepView *self)
{
  answer (self, FALSE);
}

static void
on_restart_clicked_cb (SdRingStepView *self)
{
  if (self->check == NULL)
    return;

  sd_ring_check_reset (self->check);
  save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->light_button));
}

static void
on_node_clicked_cb (SdRingStepView *self)
{
  if (self->check == NULL)
    return;

  if (sd_ring_check_set_node_position (self->check,
                                       (guint) gtk_adjustment_get_value (self->node_adjustment)))
    save (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->continue_button));
}

static void
on_continue_clicked_cb (SdRingStepView *self)
{
  SdRingCheckState state;

  if (self->check == NULL)
    return;

  state = sd_ring_check_get_state (self->check);
  if (state != SD_RING_CHECK_CHECKING)
    sd_run_choose (sd_step_view_get_run (SD_STEP_VIEW (self)),
                   state == SD_RING_CHECK_LOCATED ? 0 : 1);
}

static void
fill_strip (SdRingStepView *self)
{
  guint k = sd_ring_check_get_n_members (self->check);

  for (guint i = 0; i <= k; i++)
    {
      const char *name = sd_ring_check_get_member_name (self->check, i % k);
      g_autofree char *text = NULL;
      GtkWidget *label;

      /* Translators: the ring strip's members in light order, joined by arrows;
       * the last one is the head unit again, where the light returns. */
      text = i == 0 ? g_strdup (name) : g_strdup_printf (_("→ %s"), name);
      label = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_flow_box_append (self->strip, label);
      g_ptr_array_add (self->member_labels, label);
    }
}

/**
 * sd_ring_step_view_set_session:
 *
 * Builds the finder for the session's car (the generic ring when the car is
 * not known) and resumes it from the checks kept in the run.
 */
void
sd_ring_step_view_set_session (SdRingStepView *self,
                               SdSession      *session)
{
  SdKnowledge *knowledge;
  SdVehicleProfile *profile;
  const char *saved;

  g_return_if_fail (SD_IS_RING_STEP_VIEW (self));
  g_return_if_fail (SD_IS_SESSION (session));
  g_return_if_fail (self->check == NULL);

  knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (session));
  profile = sd_case_get_profile (sd_session_get_case (session));
  self->check = sd_ring_check_new (knowledge, profile);
  if (self->check == NULL)
    return;

  saved = sd_run_get_ring_answers (sd_step_view_get_run (SD_STEP_VIEW (self)));
  if (saved != NULL && !sd_ring_check_load_string (self->check, saved, NULL))
    g_debug ("The saved ring checks “%s” do not fit this car's ring: starting again", saved);
  gtk_adjustment_set_upper (self->node_adjustment, sd_ring_check_get_n_members (self->check) - 1);
  fill_strip (self);
  sd_step_view_update (SD_STEP_VIEW (self));
}

/**
 * sd_ring_step_view_get_check:
 *
 * Returns: (transfer none) (nullable): the finder, once the session is set
 */
SdRingCheck *
sd_ring_step_view_get_check (SdRingStepView *self)
{
  g_return_val_if_fail (SD_IS_RING_STEP_VIEW (self), NULL);

  return self->check;
}

/**
 * sd_ring_step_view_get_stretch:
 * @from: (out): the member the stretch starts at
 * @to: (out): the member it ends at
 *
 * Returns: %TRUE while there is a stretch to show: the one under test, or
 *   the one found
 */
gboolean
sd_ring_step_view_get_stretch (SdRingStepView  *self,
                               const char     **from,
                               const char     **to)
{
  guint start, end;
  int next;

  g_return_val_if_fail (SD_IS_RING_STEP_VIEW (self), FALSE);
  g_return_val_if_fail (from != NULL && to != NULL, FALSE);

  *from = *to = NULL;
  if (self->check == NULL)
    return FALSE;

  next = sd_ring_check_get_next_check (self->check);
  if (next > 0)
    start = (guint) next - 1, end = (guint) next;
  else if (!sd_ring_check_get_break (self->check, &start, &end))
    return FALSE;
  *from = sd_ring_check_get_member (self->check, start);
  *to = sd_ring_check_get_member (self->check, end);

  return TRUE;
}

static gboolean
sd_ring_step_view_get_has_next (SdStepView *view)
{
  return sd_run_is_finished (sd_step_view_get_run (view));
}

static void
sd_ring_step_view_dispose (GObject *object)
{
  SdRingStepView *self = SD_RING_STEP_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), SD_TYPE_RING_STEP_VIEW);
  g_clear_object (&self->check);
  g_clear_pointer (&self->member_labels, g_ptr_array_unref);

  G_OBJECT_CLASS (sd_ring_step_view_parent_class)->dispose (object);
}

static void
sd_ring_step_view_class_init (SdRingStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SdStepViewClass *step_view_class = SD_STEP_VIEW_CLASS (klass);

  object_class->dispose = sd_ring_step_view_dispose;
  step_view_class->update = sd_ring_step_view_update;
  step_view_class->get_has_next = sd_ring_step_view_get_has_next;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-ring-step-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, strip);
  gtk_widget_class_bind_template_child_full (widget_class, "check", FALSE,
                                             G_STRUCT_OFFSET (SdRingStepView, check_label));
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, answers);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, light_button);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, result);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, finish);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, continue_button);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, done_group);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, done);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, node_group);
  gtk_widget_class_bind_template_child (widget_class, SdRingStepView, node_adjustment);
  gtk_widget_class_bind_template_callback (widget_class, on_light_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_dark_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_restart_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_node_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_continue_clicked_cb);
}

static void
sd_ring_step_view_init (SdRingStepView *self)
{
  self->member_labels = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
}
