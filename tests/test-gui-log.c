/* test-gui-log.c: the Repair Log page's notes and the list of cases (under Xvfb)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-cases-dialog.h"
#include "sd-gui-resources.h"
#include "sd-log-page.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"

typedef struct
{
  char      *dir;
  SdCatalog *catalog;
  SdSession *session;
  char      *first;
  char      *second;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);
  g_autofree char *path = NULL;

  fixture->dir = sd_test_make_tmpdir ();
  fixture->catalog = sd_test_load_catalog ();
  fixture->first = sd_case_store_create (fixture->dir, NULL);
  fixture->second = sd_case_store_create (fixture->dir, NULL);
  assert_true (sd_case_store_set_current (fixture->dir, fixture->first, NULL));
  path = sd_case_store_dup_path (fixture->dir, fixture->first);
  fixture->session = sd_session_new (fixture->catalog, path);
  *state = fixture;

  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->session);
  g_clear_object (&fixture->catalog);
  sd_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->first);
  g_free (fixture->second);
  g_free (fixture);

  return 0;
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

static char *
saved_notes (Fixture    *fixture,
             const char *id)
{
  g_autoptr(SdCase) kase = sd_case_store_open (fixture->dir, id, NULL, NULL);

  assert_non_null (kase);

  return g_strdup (sd_case_get_notes (kase));
}

static void
test_notes_are_saved (void **state)
{
  Fixture *fixture = *state;
  GtkWidget *window = gtk_window_new ();
  GtkWidget *page = sd_log_page_new (fixture->session);
  GtkTextView *notes;
  g_autofree char *saved = NULL;
  g_autofree char *later = NULL;

  gtk_window_set_child (GTK_WINDOW (window), page);
  gtk_window_present (GTK_WINDOW (window));
  notes = GTK_TEXT_VIEW (sd_test_find_widget (page, GTK_TYPE_TEXT_VIEW, "notes_view"));
  assert_non_null (notes);
  assert_true (gtk_text_view_get_editable (notes));

  /* Saved after a pause in typing, not at every key. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Red light\nsince Monday", -1);
  saved = saved_notes (fixture, fixture->first);
  assert_null (saved);
  spin (1500);
  saved = saved_notes (fixture, fixture->first);
  assert_string_equal (saved, "Red light\nsince Monday");

  /* Typed just before the window closes: not lost. */
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (notes), "Closed at once", -1);
  gtk_window_destroy (GTK_WINDOW (window));
  later = saved_notes (fixture, fixture->first);
  assert_string_equal (later, "Closed at once");
}

static gboolean
is_message_dialog (GtkWidget *widget,
                   gpointer   data)
{
  return ADW_IS_MESSAGE_DIALOG (widget);
}

static AdwMessageDialog *
find_question (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (is_message_dialog (l->data, NULL) && gtk_widget_get_visible (l->data))
      return l->data;

  return NULL;
}

static guint
count_rows (SdCasesDialog *dialog)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (sd_cases_dialog_get_list (dialog)));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

static void
test_cases_open_rename_delete (void **state)
{
  Fixture *fixture = *state;
  SdCasesDialog *dialog = SD_CASES_DIALOG (sd_cases_dialog_new (fixture->session));
  g_autofree char *second_path = sd_case_store_dup_path (fixture->dir, fixture->second);
  g_autofree char *current = NULL;
  g_autoptr(SdCase) renamed = NULL;
  AdwMessageDialog *question;
  GtkEditable *entry;

  g_object_ref_sink (dialog);
  sd_cases_dialog_set_state_dir (dialog, fixture->dir);
  gtk_window_present (GTK_WINDOW (dialog));
  assert_int_equal (count_rows (dialog), 2);

  /* Rename the second: asked for a name first. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cases.rename", "s",
                                           fixture->second));
  question = find_question ();
  assert_non_null (question);
  entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (question));
  gtk_editable_set_text (entry, "Mrs Smith");
  adw_message_dialog_response (question, "rename");
  renamed = sd_case_store_open (fixture->dir, fixture->second, NULL, NULL);
  assert_string_equal (sd_case_get_name (renamed), "Mrs Smith");
  assert_non_null (sd_test_find_row_titled (GTK_WIDGET (dialog), "Mrs Smith"));

  /* Delete asks, and Cancel keeps it. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cases.delete", "s",
                                           fixture->first));
  question = find_question ();
  assert_non_null (question);
  adw_message_dialog_response (question, "cancel");
  assert_int_equal (sd_case_store_list (fixture->dir)->len, 2);
  spin (100);

  /* Open the second: the session follows it, and remembers it as current. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cases.open", "s",
                                           fixture->second));
  assert_string_equal (sd_session_get_case_path (fixture->session), second_path);
  assert_string_equal (sd_case_get_name (sd_session_get_case (fixture->session)), "Mrs Smith");
  current = sd_case_store_dup_current_id (fixture->dir);
  assert_string_equal (current, fixture->second);
  g_object_unref (dialog);

  /* Delete the first, confirmed: its file goes, the list shows one. */
  dialog = SD_CASES_DIALOG (sd_cases_dialog_new (fixture->session));
  g_object_ref_sink (dialog);
  sd_cases_dialog_set_state_dir (dialog, fixture->dir);
  gtk_window_present (GTK_WINDOW (dialog));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cases.delete", "s",
                                           fixture->first));
  question = find_question ();
  assert_non_null (question);
  adw_message_dialog_response (question, "delete");
  assert_int_equal (count_rows (dialog), 1);
  {
    g_autoptr(GPtrArray) left = sd_case_store_list (fixture->dir);

    assert_int_equal (left->len, 1);
    assert_string_equal (((SdCaseInfo *) g_ptr_array_index (left, 0))->id, fixture->second);
  }

  /* A new case: a third file, open in the session. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "cases.new", NULL));
  {
    g_autoptr(GPtrArray) now = sd_case_store_list (fixture->dir);

    assert_int_equal (now->len, 2);
    assert_string_not_equal (sd_session_get_case_path (fixture->session), second_path);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_object_unref (dialog);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_notes_are_saved, setup, teardown),
    cmocka_unit_test_setup_teardown (test_cases_open_rename_delete, setup, teardown),
  };

  /* The pages without the application, which registers the templates. */
  sd_gui_register_resource ();

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
