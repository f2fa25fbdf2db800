/* test-gui-markup.c: untrusted text is shown as typed, never as markup
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A workshop's procedure and knowledge files, and their file names, hold Pango
 * markup and a link in every text (tests/data/markup/). On every page and every
 * step of the guide, no label may interpret them: a label either shows the tags
 * as text, or has escaped them so that its text still holds them.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sd-car-page.h"
#include "sd-guide-row.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"
#include "sd-window.h"

static gint64 fake_now;
static char *data_dir;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

/* Fails if a label below @root shows what the data marked up as formatting
 * ("BIG" without its <span>) or as a link ("LINK" without its <a>). */
static guint
assert_shown_as_typed (GtkWidget  *root,
                       const char *where)
{
  guint checked = 0;

  if (GTK_IS_LABEL (root))
    {
      const char *text = gtk_label_get_text (GTK_LABEL (root));

      if (strstr (text, "BIG") != NULL && strstr (text, "<span") == NULL)
        fail_msg ("%s: a label shows the data's markup as formatting: “%s” (label “%s”)",
                  where, text, gtk_label_get_label (GTK_LABEL (root)));
      if (strstr (text, "LINK") != NULL && strstr (text, "<a href") == NULL)
        fail_msg ("%s: a label shows the data's link as a link: “%s”", where, text);
      if (strstr (text, "BIG") != NULL)
        checked++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    checked += assert_shown_as_typed (child, where);

  return checked;
}

static void
show_page (GtkWindow  *window,
           const char *name)
{
  sd_test_show_page (window, name);
  /* Some rows are built in an idle after the page is first shown. */
  for (guint i = 0; i < 5; i++)
    sd_test_wait_for_draw (GTK_WIDGET (window));
}

static gboolean
is_label_containing (GtkWidget *widget,
                     gpointer   text)
{
  return GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static void
check_every_page (SdApplication *app,
                  GtkWindow     *window)
{
  SdSession *session = sd_window_get_session (SD_WINDOW (window));
  GtkWidget *row;
  SdRun *run;

  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);
  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

  /* The hostile knowledge is ranked and asked about. */
  sd_session_set_answer (session, "markup-symptom", SD_ANSWER_YES);
  show_page (window, "diagnose");
  assert_true (assert_shown_as_typed (GTK_WIDGET (window), "Diagnose") > 0);

  show_page (window, "car");
  sd_car_page_select (SD_CAR_PAGE (sd_test_find_widget (GTK_WIDGET (window),
                                                        SD_TYPE_CAR_PAGE, NULL)),
                      "markup-part");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (assert_shown_as_typed (GTK_WIDGET (window), "Car") > 0);

  show_page (window, "guides");
  row = sd_test_find_guide_row (GTK_WIDGET (window), "markup-guide");
  assert_non_null (row);
  sd_guide_row_set_expanded (SD_GUIDE_ROW (row), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  /* The guide, and the file that could not be loaded, named by its path. */
  assert_true (assert_shown_as_typed (GTK_WIDGET (window), "Guides") > 0);
  assert_non_null (sd_test_find_matching (GTK_WIDGET (window), is_label_containing,
                                          "R&D <b>broken <a href='x'>LINK.xml"));

  show_page (window, "log");
  assert_shown_as_typed (GTK_WIDGET (window), "Repair log");

  /* Every step of the guide. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.start-procedure", "s", "markup-guide");
  run = sd_session_get_run (session);
  assert_non_null (run);
  while (!sd_run_is_finished (run))
    {
      const SdStep *step = sd_run_get_step (run);
      g_autofree char *where = g_strdup_printf ("step “%s”", step->id);

      sd_test_wait_for_draw (GTK_WIDGET (window));
      assert_true (assert_shown_as_typed (GTK_WIDGET (window), where) > 0);

      switch (step->kind)
        {
        case SD_STEP_HOLD:
          assert_true (sd_run_start_hold (run));
          fake_now += 10 * G_USEC_PER_SEC;
          sd_run_tick (run);
          break;
        case SD_STEP_CHECKLIST:
          for (guint i = 0; i < step->items->len; i++)
            sd_run_set_item (run, i, TRUE);
          break;
        case SD_STEP_QUESTION:
        case SD_STEP_RING_CHECK:
          assert_true (sd_run_choose (run, 0));
          continue;
        case SD_STEP_INSTRUCTION:
        case SD_STEP_WAIT:
        case SD_STEP_OUTCOME:
        default:
          break;
        }
      assert_true (sd_run_go_next (run));
    }
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (assert_shown_as_typed (GTK_WIDGET (window), "the outcome") > 0);
}

static void
test_markup_shown_as_typed (void **state)
{
  sd_test_run_app (check_every_page, data_dir);
}

static int
setup (void **state)
{
  g_autofree char *broken = NULL;
  const char *kinds[] = { "procedures", "knowledge" };

  sd_test_fresh_case (state);
  data_dir = sd_test_make_tmpdir ();
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *from = g_build_filename (TESTDATADIR, "markup", kinds[k], NULL);
      g_autofree char *to = g_build_filename (data_dir, kinds[k], NULL);
      g_autoptr(GDir) dir = g_dir_open (from, 0, NULL);
      const char *name;

      assert_non_null (dir);
      assert_int_equal (g_mkdir_with_parents (to, 0700), 0);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *source = g_build_filename (from, name, NULL);
          g_autofree char *target = g_build_filename (to, name, NULL);
          g_autofree char *contents = NULL;
          gsize length;

          assert_true (g_file_get_contents (source, &contents, &length, NULL));
          assert_true (g_file_set_contents (target, contents, length, NULL));
        }
    }

  /* A file name is untrusted text too. */
  broken = g_build_filename (data_dir, "procedures", "R&D <b>broken <a href='x'>LINK.xml", NULL);
  assert_true (g_file_set_contents (broken, "<procedure id=\"broken\"", -1, NULL));

  return 0;
}

static int
teardown (void **state)
{
  sd_test_rm_rf (data_dir);
  g_clear_pointer (&data_dir, g_free);

  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_markup_shown_as_typed, setup, teardown),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
