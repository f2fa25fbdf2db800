/* sd-test-wizard.c: driving a guide's wizard through its widgets, as a user would
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-guide-overview.h"
#include "sd-step-view.h"
#include "sd-test-wizard.h"
#include "sd-window.h"
#include "sd-wizard-view.h"

gint64 sd_test_fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return sd_test_fake_now;
}

SdSession *
sd_test_wizard_session (SdApplication *app)
{
  SdSession *session = sd_application_get_session (app);

  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);

  return session;
}

GtkWidget *
sd_test_wizard_view (GtkWindow *window)
{
  GtkWidget *view = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_WIZARD_VIEW, NULL);

  assert_non_null (view);

  return view;
}

gboolean
sd_test_wizard_shown (GtkWindow *window)
{
  assert_true (SD_IS_WINDOW (window));

  return sd_window_get_wizard_shown (SD_WINDOW (window));
}

const char *
sd_test_current_step (SdApplication *app)
{
  SdRun *run = sd_session_get_run (sd_application_get_session (app));

  assert_non_null (run);

  return sd_run_get_step (run)->id;
}

GtkWidget *
sd_test_next_button (GtkWindow *window)
{
  GtkWidget *next = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_BUTTON, "next");

  assert_non_null (next);

  return next;
}

gboolean
sd_test_next_enabled (GtkWindow *window)
{
  GtkWidget *next = sd_test_next_button (window);

  return gtk_widget_get_visible (next) && gtk_widget_is_sensitive (next);
}

/* Presses Next as a user would: only when it is shown and sensitive. */
void
sd_test_press_next (GtkWindow *window)
{
  assert_true (sd_test_next_enabled (window));
  g_signal_emit_by_name (sd_test_next_button (window), "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

GtkWidget *
sd_test_step_body (GtkWindow *window)
{
  GtkWidget *body = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_BOX, "step-body");

  assert_non_null (body);

  return body;
}

/* The row of the current question's choice that leads to @target (a step, or
 * an outcome): the rows of the step's list are its choices, in order. */
GtkWidget *
sd_test_choice_row (GtkWindow  *window,
            const char *target)
{
  const SdStep *step = sd_run_get_step (sd_session_get_run (
                                          sd_application_get_session (SD_APPLICATION (
                                            gtk_window_get_application (window)))));
  GtkWidget *list = sd_test_find_widget (sd_test_step_body (window), GTK_TYPE_LIST_BOX, NULL);

  if (list == NULL || step->kind != SD_STEP_QUESTION)
    return NULL;

  for (guint i = 0; i < step->choices->len; i++)
    {
      const SdChoice *choice = g_ptr_array_index (step->choices, i);
      const char *to = choice->goto_id != NULL ? choice->goto_id
                                               : sd_outcome_to_string (choice->outcome);

      if (g_strcmp0 (to, target) == 0)
        return GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), (int) i));
    }

  return NULL;
}

void
sd_test_choose (GtkWindow  *window,
        const char *target)
{
  GtkWidget *row = sd_test_choice_row (window, target);
  GtkWidget *list;

  if (row == NULL)
    fail_msg ("no choice leading to “%s”", target);
  assert_true (gtk_widget_is_sensitive (row));
  list = gtk_widget_get_parent (row);
  g_signal_emit_by_name (list, "row-activated", row);
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

/* The view of the step shown: one object for as long as the step is shown. */
GtkWidget *
sd_test_step_view (GtkWindow *window)
{
  GtkWidget *view = sd_test_find_widget (sd_test_wizard_view (window), SD_TYPE_STEP_VIEW, NULL);

  assert_non_null (view);

  return view;
}

void
sd_test_click (GtkWidget *button)
{
  assert_non_null (button);
  assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

gboolean
sd_test_overview_shown (GtkWindow *window)
{
  GtkWidget *overview = sd_test_find_widget (sd_test_wizard_view (window), SD_TYPE_GUIDE_OVERVIEW, NULL);

  return overview != NULL && gtk_widget_get_mapped (overview);
}

/* The guide opens on its overview; Start goes on to step 1. */
void
sd_test_start_guide (GtkWindow  *window,
             const char *id)
{
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", id));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_test_wizard_shown (window));
  assert_true (sd_test_overview_shown (window));
  assert_string_equal (gtk_button_get_label (GTK_BUTTON (sd_test_next_button (window))), "_Start");
  sd_test_press_next (window);
  assert_false (sd_test_overview_shown (window));
  assert_true (gtk_widget_get_mapped (sd_test_step_view (window)));
}

/* Why Next cannot be pressed, as the caption under the buttons says it and a
 * screen reader hears it; NULL when nothing is said. */
const char *
sd_test_next_reason (GtkWindow *window)
{
  GtkWidget *label = sd_test_find_widget (sd_test_wizard_view (window), GTK_TYPE_LABEL, "next-reason");

  assert_non_null (label);
  if (!gtk_widget_get_visible (label))
    return NULL;
  assert_string_equal (gtk_widget_get_tooltip_text (sd_test_next_button (window)),
                       gtk_label_get_text (GTK_LABEL (label)));

  return gtk_label_get_text (GTK_LABEL (label));
}
