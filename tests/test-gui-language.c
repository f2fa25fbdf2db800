/* test-gui-language.c: switching the language while the app runs
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-language-picker.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"
#include "sd-wizard-view.h"

static gint64 fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

/* Waits for the language to be @language, and for the window built again in
 * it (in place, at the next idle). */
static void
wait_for_language (SdApplication *app,
                   const char    *language)
{
  for (;;)
    {
      g_autoptr(GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (app),
                                                                   "language");

      if (g_strcmp0 (g_variant_get_string (state, NULL), language) == 0)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Switches as the menu or the kiosk's buttons do, and waits for the window
 * built again in the new language. */
static GtkWindow *
switch_language (SdApplication *app,
                 GtkWindow     *window,
                 const char    *language)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "language",
                                  g_variant_new_string (language));
  wait_for_language (app, language);

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  assert_true (SD_IS_WINDOW (window));
  sd_test_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static const char *
page_title (GtkWindow  *window,
            const char *name)
{
  AdwViewStack *stack = ADW_VIEW_STACK (sd_test_find_widget (GTK_WIDGET (window),
                                                             ADW_TYPE_VIEW_STACK, NULL));
  GtkWidget *child = adw_view_stack_get_child_by_name (stack, name);

  return adw_view_stack_page_get_title (adw_view_stack_get_page (stack, child));
}

static const char *
wizard_title (GtkWindow *window)
{
  GtkWidget *view = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_WIZARD_VIEW, NULL);
  GtkWidget *title;

  assert_non_null (view);
  title = sd_test_find_widget (view, ADW_TYPE_WINDOW_TITLE, NULL);
  assert_non_null (title);

  return adw_window_title_get_title (ADW_WINDOW_TITLE (title));
}

static const char *
next_label (GtkWindow *window)
{
  GtkWidget *view = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_WIZARD_VIEW, NULL);

  assert_non_null (view);

  return gtk_button_get_label (GTK_BUTTON (sd_test_find_widget (view, GTK_TYPE_BUTTON, "next")));
}

static gboolean
is_label_with_text (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

/* Every language of po/LINGUAS, in turn, with a wizard open on a hold that is
 * counting down: the pages, the wizard and the step change language, and the
 * wizard stays where it was. */
static void
check_switch_keeps_wizard (SdApplication *app,
                           GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdProcedure *reset = sd_catalog_lookup_procedure (sd_session_get_catalog (session),
                                                    "idrive-reboot");
  g_auto(GStrv) languages = sd_test_dup_languages ();
  g_autofree char *english_title = g_strdup (sd_procedure_get_title (reset));
  g_autofree char *english_step = NULL;
  SdRun *run;

  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);
  assert_string_equal (page_title (window, "guides"), "Guides");
  assert_string_equal (page_title (window, "log"), "Repair Log");

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           "idrive-reboot"));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  run = sd_session_get_run (session);
  while (sd_run_get_step (run)->kind != SD_STEP_HOLD)
    assert_true (sd_run_go_next (run));
  assert_true (sd_run_start_hold (run));
  fake_now += 5 * G_USEC_PER_SEC;
  sd_test_wait_for_draw (GTK_WIDGET (window));
  english_step = g_strdup (sd_text_get (&sd_run_get_step (run)->title));
  assert_string_equal (wizard_title (window), english_title);
  assert_string_equal (next_label (window), "_Next");
  assert_non_null (sd_test_find_matching (GTK_WIDGET (window), is_label_with_text, english_step));

  for (guint i = 0; languages[i] != NULL; i++)
    {
      const SdStep *step;

      window = switch_language (app, window, languages[i]);

      /* The same run, on the same step, still counting down. */
      assert_ptr_equal (sd_session_get_run (session), run);
      step = sd_run_get_step (run);
      assert_int_equal (step->kind, SD_STEP_HOLD);
      assert_true (sd_run_get_hold_remaining (run) > 0.0);
      assert_non_null (sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "countdown"));

      /* Every text is in the new language: the catalog's, and the interface's. */
      assert_string_not_equal (wizard_title (window), english_title);
      assert_string_equal (wizard_title (window), sd_procedure_get_title (reset));
      assert_string_not_equal (sd_text_get (&step->title), english_step);
      assert_non_null (sd_test_find_matching (GTK_WIDGET (window), is_label_with_text,
                                              (gpointer) sd_text_get (&step->title)));
      assert_null (sd_test_find_matching (GTK_WIDGET (window), is_label_with_text, english_step));
      assert_string_not_equal (next_label (window), "_Next");
      assert_string_equal (next_label (window), _("_Next"));
      assert_string_equal (page_title (window, "guides"), _("Guides"));
      assert_string_not_equal (page_title (window, "log"), "Repair Log");
      assert_string_equal (page_title (window, "log"), _("Repair Log"));
    }

  /* Back to the language of the computer, which is English here. */
  window = switch_language (app, window, "");
  assert_string_equal (wizard_title (window), english_title);
  assert_string_equal (next_label (window), "_Next");
  assert_string_equal (page_title (window, "guides"), "Guides");
  sd_session_abandon_run (session);
}

/* A kiosk shows the languages on its start page; one tap switches. */
static void
check_kiosk_picker (SdApplication *app,
                    GtkWindow     *window)
{
  g_auto(GStrv) languages = sd_test_dup_languages ();
  GtkWidget *picker = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_LANGUAGE_PICKER, NULL);
  GtkWidget *button;

  assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kiosk"));
  assert_non_null (picker);
  assert_true (gtk_widget_is_drawable (picker));

  /* English and each language of po/LINGUAS, named in its own language. */
  assert_non_null (sd_test_find_widget (picker, GTK_TYPE_TOGGLE_BUTTON, "en"));
  for (guint i = 0; languages[i] != NULL; i++)
    assert_non_null (sd_test_find_widget (picker, GTK_TYPE_TOGGLE_BUTTON, languages[i]));
  button = sd_test_find_widget (picker, GTK_TYPE_TOGGLE_BUTTON, "de");
  assert_string_equal (gtk_button_get_label (GTK_BUTTON (button)), "Deutsch");
  assert_true (gtk_widget_get_focusable (button));

  gtk_widget_activate (button);
  wait_for_language (app, "de");
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  sd_test_wait_for_draw (GTK_WIDGET (window));

  picker = sd_test_find_widget (GTK_WIDGET (window), SD_TYPE_LANGUAGE_PICKER, NULL);
  assert_non_null (picker);
  button = sd_test_find_widget (picker, GTK_TYPE_TOGGLE_BUTTON, "de");
  assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  assert_false (gtk_toggle_button_get_active (
    GTK_TOGGLE_BUTTON (sd_test_find_widget (picker, GTK_TYPE_TOGGLE_BUTTON, "en"))));
  assert_string_equal (page_title (window, "guides"), "Anleitungen");

  switch_language (app, window, "");
}

/* What a person would see as clipped: a label cut short with "…", or wider
 * than the room it was given. */
static void
assert_nothing_clipped (GtkWidget  *widget,
                        const char *where)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      int width;

      pango_layout_get_pixel_size (layout, &width, NULL);
      if (pango_layout_is_ellipsized (layout) || width > gtk_widget_get_width (widget) + 1)
        {
          print_message ("%s: “%s” is clipped (%d px of text in %d px)\n", where,
                         gtk_label_get_text (GTK_LABEL (widget)), width,
                         gtk_widget_get_width (widget));
          for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
            print_message ("  in %s, %d px\n", G_OBJECT_TYPE_NAME (w), gtk_widget_get_width (w));
          fail ();
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    assert_nothing_clipped (child, where);
}

/* Names the widgets that are too wide, down to the one that makes them so. */
static void
print_widest (GtkWidget *widget,
              guint      depth)
{
  int minimum;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum <= 240)
    return;

  print_message ("%*s%s %s %d px%s%s\n", depth * 2, "", G_OBJECT_TYPE_NAME (widget),
                 gtk_widget_get_name (widget), minimum,
                 GTK_IS_LABEL (widget) ? ": " : "",
                 GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "");
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    print_widest (child, depth + 1);
}

static void
assert_fits (GtkWindow  *window,
             const char *language,
             const char *where)
{
  g_autofree char *place = g_strdup_printf ("%s, %s", language, where);
  int minimum;

  sd_test_wait_for_draw (GTK_WIDGET (window));
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  if (minimum > 360)
    {
      print_message ("%s: the window needs %d px\n", place, minimum);
      print_widest (GTK_WIDGET (window), 0);
      fail ();
    }
  assert_nothing_clipped (GTK_WIDGET (window), place);
}

/* Follows a guide from its first step to an outcome, taking the first choice
 * that leads on, and checks each step at the narrowest width. */
static void
walk_guide (SdSession   *session,
            GtkWindow   *window,
            SdProcedure *procedure,
            const char  *language)
{
  SdRun *run;

  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                           sd_procedure_get_id (procedure)));
  run = sd_session_get_run (session);

  for (guint n = 0; n < 60 && !sd_run_is_finished (run); n++)
    {
      const SdStep *step = sd_run_get_step (run);
      g_autofree char *where = g_strdup_printf ("%s: %s", sd_procedure_get_id (procedure), step->id);

      assert_fits (window, language, where);

      if (sd_run_needs_acknowledgement (run))
        sd_run_acknowledge (run);
      if (step->kind == SD_STEP_HOLD)
        {
          assert_true (sd_run_start_hold (run));
          fake_now += (gint64) step->seconds * G_USEC_PER_SEC;
          assert_fits (window, language, where);
        }
      else if (step->kind == SD_STEP_WAIT)
        {
          assert_true (sd_run_start_wait (run, step->seconds));
          assert_fits (window, language, where);
          fake_now += (gint64) step->seconds * G_USEC_PER_SEC;
        }
      else if (step->kind == SD_STEP_CHECKLIST)
        {
          for (guint i = 0; i < step->items->len; i++)
            sd_run_set_item (run, i, TRUE);
        }

      /* A ring check goes on like a question; its own checks are test-gui-ring's. */
      if (step->kind == SD_STEP_QUESTION || step->kind == SD_STEP_RING_CHECK)
        {
          guint choice = 0;

          for (guint i = step->choices->len; i-- > 0;)
            if (((SdChoice *) g_ptr_array_index (step->choices, i))->outcome == SD_OUTCOME_NONE)
              choice = i;
          assert_true (sd_run_choose (run, choice));
        }
      else if (step->kind == SD_STEP_OUTCOME)
        break;
      else
        assert_true (sd_run_go_next (run));
    }

  sd_session_abandon_run (session);
}

/* The longest texts of every language, at the narrowest width the app
 * supports: every page and every step of every guide. */
static void
check_narrow_every_language (SdApplication *app,
                             GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  GListModel *procedures = sd_catalog_get_procedures (sd_session_get_catalog (session));
  g_auto(GStrv) linguas = sd_test_dup_languages ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) languages = NULL;
  static const char *pages[] = { "diagnose", "car", "guides", "log" };

  GtkWindow *narrow = GTK_WINDOW (sd_window_new (app));
  int width;

  g_strv_builder_add (builder, "en");
  g_strv_builder_addv (builder, (const char **) linguas);
  languages = g_strv_builder_end (builder);

  /* A window made 360 px wide; each language's window takes its place. */
  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);
  gtk_window_set_default_size (narrow, 360, 640);
  gtk_window_present (narrow);
  gtk_window_destroy (window);
  window = narrow;
  sd_test_wait_for_draw (GTK_WIDGET (window));
  width = gtk_widget_get_width (GTK_WIDGET (window));
  assert_true (width <= 360);

  for (guint l = 0; languages[l] != NULL; l++)
    {
      window = switch_language (app, window, languages[l]);
      assert_int_equal (gtk_widget_get_width (GTK_WIDGET (window)), width);

      for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
        {
          sd_test_show_page (window, pages[i]);
          assert_fits (window, languages[l], pages[i]);
        }

      for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
        {
          g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

          walk_guide (session, window, procedure, languages[l]);
        }
    }

  switch_language (app, window, "");
}

static void test_switch_keeps_wizard (void **state) { sd_test_run_app (check_switch_keeps_wizard, NULL); }
static void test_narrow_every_language (void **state) { sd_test_run_app (check_narrow_every_language, NULL); }

static void
test_kiosk_picker (void **state)
{
  const char *args[] = { "--kiosk", NULL };

  sd_test_run_app_with_args (check_kiosk_picker, args);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup (test_switch_keeps_wizard, sd_test_fresh_case),
    cmocka_unit_test_setup (test_kiosk_picker, sd_test_fresh_case),
    cmocka_unit_test_setup (test_narrow_every_language, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
