/* test-gui-a11y.c: every widget a user can click has an accessible name
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Walks the widget tree of every page and of each kind of wizard step, and fails
 * on any clickable or editable widget that a screen reader could not name: no
 * accessible label, no labelled-by relation and no text of its own; and on any
 * name a screen reader would read with a mnemonic's underscore in it ("_Next").
 * Runs with GTK_A11Y=test, whose accessibility context these checks read.
 */
#include "config.h"

#include <string.h>

#include "sd-guide-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"

static gboolean
has_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget))[0] != '\0';
  if (GTK_IS_IMAGE (widget))
    return FALSE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && has_text (child))
      return TRUE;

  return FALSE;
}

static gboolean
is_clickable (GtkWidget *widget)
{
  if (GTK_IS_LIST_BOX_ROW (widget))
    return gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (widget));
  /* A widget that acts as a button, as a guide's row's header does. */
  if (gtk_widget_get_focusable (widget) &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_BUTTON)
    return TRUE;

  return GTK_IS_BUTTON (widget) || GTK_IS_CHECK_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget) ||
         GTK_IS_SWITCH (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_DROP_DOWN (widget) ||
         GTK_IS_SCALE (widget);
}

static gboolean
has_name (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL) ||
      gtk_test_accessible_has_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return TRUE;

  /* An editable names itself only through a label; a button or row by its text. */
  if (GTK_IS_EDITABLE (widget))
    return FALSE;
  if (ADW_IS_PREFERENCES_ROW (widget))
    return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget))[0] != '\0';

  return has_text (widget);
}

/* The accessible label set on @widget, by the app or by GTK, or %NULL: GTK 4.8
 * has no getter, but its test API returns the value that differs from the one
 * expected. */
static char *
dup_accessible_label (GtkWidget *widget)
{
  GtkAccessible *accessible = GTK_ACCESSIBLE (widget);

  if (!gtk_test_accessible_has_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;

  return gtk_test_accessible_check_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "\x01 not a label");
}

/* What a screen reader reads for @widget, where the name comes from: its
 * accessible label, or the text it shows (a label reads its text without the
 * mnemonic's underscore only when it uses underlines). */
static void
collect_underscores (GtkWidget *widget,
                     GString   *found)
{
  g_autofree char *label = dup_accessible_label (widget);
  const char *text = NULL;

  if (label != NULL && strchr (label, '_') != NULL)
    text = label;
  else if (GTK_IS_LABEL (widget) && strchr (gtk_label_get_text (GTK_LABEL (widget)), '_') != NULL)
    text = gtk_label_get_text (GTK_LABEL (widget));
  else if (ADW_IS_PREFERENCES_ROW (widget) &&
           strchr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), '_') != NULL &&
           !adw_preferences_row_get_use_underline (ADW_PREFERENCES_ROW (widget)))
    text = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));

  if (text != NULL)
    g_string_append_printf (found, "  %s “%s” reads “%s”\n", G_OBJECT_TYPE_NAME (widget),
                            gtk_widget_get_name (widget), text);
}

static void
collect_unnamed (GtkWidget *widget,
                 GString   *unnamed,
                 GString   *underscores,
                 guint     *checked)
{
  if (!gtk_widget_get_visible (widget))
    return;

  collect_underscores (widget, underscores);

  /* A text entry's inner GtkText is named by the entry around it. */
  if (GTK_IS_TEXT (widget) && GTK_IS_EDITABLE (gtk_widget_get_parent (widget)))
    return;

  if (is_clickable (widget) && gtk_widget_get_sensitive (widget))
    {
      (*checked)++;
      if (!has_name (widget))
        {
          GtkWidget *parent = gtk_widget_get_parent (widget);

          g_string_append_printf (unnamed, "  %s “%s” in %s “%s”\n",
                                  G_OBJECT_TYPE_NAME (widget), gtk_widget_get_name (widget),
                                  parent != NULL ? G_OBJECT_TYPE_NAME (parent) : "-",
                                  parent != NULL ? gtk_widget_get_name (parent) : "-");
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_unnamed (child, unnamed, underscores, checked);
}

static void
assert_all_named (GtkWindow  *window,
                  const char *where)
{
  g_autoptr(GString) unnamed = g_string_new (NULL);
  g_autoptr(GString) underscores = g_string_new (NULL);
  guint checked = 0;

  sd_test_wait_for_draw (GTK_WIDGET (window));
  collect_unnamed (GTK_WIDGET (window), unnamed, underscores, &checked);
  if (unnamed->len > 0)
    fail_msg ("%s: widgets without an accessible name:\n%s", where, unnamed->str);
  if (underscores->len > 0)
    fail_msg ("%s: accessible names with a mnemonic's underscore:\n%s", where, underscores->str);

  /* Guard against a walk that looks at nothing. */
  assert_true (checked >= 5);
}

static void
expand_all (GtkWidget *widget)
{
  if (ADW_IS_EXPANDER_ROW (widget))
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  if (SD_IS_GUIDE_ROW (widget))
    sd_guide_row_set_expanded (SD_GUIDE_ROW (widget), TRUE);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    expand_all (child);
}

static void
check_every_page (SdApplication *app,
                  GtkWindow     *window)
{
  static const char *pages[] = { "diagnose", "car", "guides", "log" };
  /* One guide per kind of step: hold, checklist and wait, question with a
   * danger caution. */
  static const char *guides[] = { "idrive-reboot", "battery-disconnect", "sos-button-reset" };
  SdSession *session = sd_application_get_session (app);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      sd_test_show_page (window, pages[i]);
      expand_all (GTK_WIDGET (window));
      assert_all_named (window, pages[i]);
    }

  /* "Your car", as the Car page's Change… opens it. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.change-car", NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_all_named (window, "your car");
  g_signal_emit_by_name (sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, "cancel-button"),
                         "clicked");
  sd_test_wait_for_draw (GTK_WIDGET (window));

  for (guint i = 0; i < G_N_ELEMENTS (guides); i++)
    {
      SdRun *run;

      assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s",
                                               guides[i]));
      run = sd_session_get_run (session);
      while (!sd_run_is_finished (run))
        {
          const SdStep *step = sd_run_get_step (run);

          assert_all_named (window, step->id);
          sd_run_acknowledge (run);
          if (step->kind == SD_STEP_QUESTION)
            sd_run_choose (run, step->choices->len - 1);
          else if (step->kind == SD_STEP_CHECKLIST)
            {
              for (guint item = 0; item < step->items->len; item++)
                sd_run_set_item (run, item, TRUE);
              assert_true (sd_run_go_next (run));
            }
          else if (step->kind == SD_STEP_WAIT || step->kind == SD_STEP_HOLD)
            break;
          else
            assert_true (sd_run_go_next (run));
        }
      assert_all_named (window, "the last step");
      sd_session_abandon_run (session);
    }
}

static void
test_every_clickable_widget_is_named (void **state)
{
  sd_test_run_app (check_every_page, NULL);
}

/* The kiosk's start page, with its language buttons. */
static void
check_kiosk (SdApplication *app,
             GtkWindow     *window)
{
  GSettings *settings = sd_application_get_settings (app);
  static const char * const offered[] = {
    "idrive-reboot", "battery-disconnect", "sos-button-reset", NULL
  };

  assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kiosk"));
  /* A workshop may offer these guides on its kiosk too (kiosk-guides). */
  g_settings_set_strv (settings, "kiosk-guides", offered);
  check_every_page (app, window);
  g_settings_reset (settings, "kiosk-guides");
}

static void
test_kiosk_is_named (void **state)
{
  const char *args[] = { "--kiosk", NULL };

  sd_test_run_app_with_args (check_kiosk, args);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_clickable_widget_is_named),
    cmocka_unit_test (test_kiosk_is_named),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
