/* test-gui-guides.c: the window shows the real loaded procedures (under Xvfb)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "sd-applies.h"
#include "sd-application.h"
#include "sd-guide-row.h"
#include "sd-guides-page.h"
#include "sd-window.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"

static void
collect_expander_rows (GtkWidget *root,
                       gboolean   guides_only,
                       GPtrArray *rows)
{
  /* Guide rows hold their procedure; the skipped files' rows are plain ones. */
  if ((guides_only ? SD_IS_GUIDE_ROW (root) : ADW_IS_EXPANDER_ROW (root)) &&
      gtk_widget_get_mapped (root))
    g_ptr_array_add (rows, root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_expander_rows (child, guides_only, rows);
}

/* The rows of the Guides page, which is shown (and so built) first, in the
 * order of its list. Only the guides in sight have a row: each is scrolled to
 * in turn, and its row kept. */
static GPtrArray *
visible_guide_rows (GtkWidget *window)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_object_unref);
  GtkWidget *page;
  GtkWidget *list;
  GListModel *model;

  sd_test_show_page (GTK_WINDOW (window), "guides");
  page = sd_test_find_widget (window, SD_TYPE_GUIDES_PAGE, NULL);
  assert_non_null (page);
  list = sd_test_find_widget (page, GTK_TYPE_GRID_VIEW, NULL);
  assert_non_null (list);
  model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (model, i);
      GtkWidget *row;

      assert_true (gtk_widget_activate_action (list, "list.scroll-to-item", "u", i));
      sd_test_wait_for_draw (window);
      row = sd_test_find_guide_row (page, sd_procedure_get_id (procedure));
      assert_non_null (row);
      assert_true (gtk_widget_get_mapped (row));
      g_ptr_array_add (rows, g_object_ref (row));
    }

  return rows;
}

/* The row of the guide with @id, scrolled into sight
 * first if the list of guides holds it (only the guides in sight have one). */
static GtkWidget *
find_guide_row (GtkWidget  *root,
                const char *id)
{
  GtkWidget *list = sd_test_find_widget (root, GTK_TYPE_GRID_VIEW, NULL);
  GtkWidget *row;

  if (list != NULL)
    {
      GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));

      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(GObject) procedure = g_list_model_get_item (model, i);

          /* The "Not for Your Car" row is no guide. */
          if (!SD_IS_PROCEDURE (procedure) ||
              g_strcmp0 (sd_procedure_get_id (SD_PROCEDURE (procedure)), id) != 0)
            continue;
          gtk_widget_activate_action (list, "list.scroll-to-item", "u", i);
          sd_test_wait_for_draw (GTK_WIDGET (gtk_widget_get_root (list)));
          break;
        }
    }

  row = sd_test_find_guide_row (root, id);

  g_assert (row == NULL || SD_IS_GUIDE_ROW (row));

  return row;
}

static SdProcedure *
procedure_of (gpointer row)
{
  return sd_guide_row_get_procedure (SD_GUIDE_ROW (row));
}

static AdwPreferencesGroup *
find_group (GtkWidget  *root,
            const char *title)
{
  if (ADW_IS_PREFERENCES_GROUP (root) &&
      g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (root)), title) == 0)
    return ADW_PREFERENCES_GROUP (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      AdwPreferencesGroup *found = find_group (child, title);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
check_guides_show_catalog (SdApplication *app,
                           GtkWindow     *window)
{
  GListModel *procedures = sd_catalog_get_procedures (sd_application_get_catalog (app));
  g_autoptr(GPtrArray) rows = visible_guide_rows (GTK_WIDGET (window));
  AdwPreferencesGroup *skipped;
  GtkWidget *reboot;
  GtkWidget *steps;

  /* One row per loaded procedure, with its real title; easy, quick jobs first. */
  assert_true (g_list_model_get_n_items (procedures) >= 10);
  assert_int_equal (rows->len, g_list_model_get_n_items (procedures));
  for (guint i = 0; i < rows->len; i++)
    {
      SdGuideRow *row = g_ptr_array_index (rows, i);
      SdProcedure *procedure;

      procedure = sd_catalog_lookup_procedure (sd_application_get_catalog (app),
                                               sd_procedure_get_id (procedure_of (row)));
      assert_non_null (procedure);
      assert_string_equal (sd_guide_row_get_title (row), sd_procedure_get_title (procedure));

      if (i > 0)
        {
          SdProcedure *previous;

          previous = sd_catalog_lookup_procedure (sd_application_get_catalog (app),
                                                  sd_procedure_get_id (procedure_of (g_ptr_array_index (rows, i - 1))));
          assert_true (sd_procedure_get_difficulty (previous) < sd_procedure_get_difficulty (procedure) ||
                       (sd_procedure_get_difficulty (previous) == sd_procedure_get_difficulty (procedure) &&
                        sd_procedure_get_minutes (previous) <= sd_procedure_get_minutes (procedure)));
        }
    }

  /* The subtitle gives the time and difficulty from the file. */
  reboot = find_guide_row (GTK_WIDGET (window), "idrive-reboot");
  assert_non_null (reboot);
  assert_string_equal (sd_guide_row_get_subtitle (SD_GUIDE_ROW (reboot)),
                       "About 5 minutes · Easy");
  /* As many steps as the wizard counts at most: "Step 1 · up to 6 more". */
  sd_guide_row_set_expanded (SD_GUIDE_ROW (reboot), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  steps = sd_test_find_row_titled (reboot, "Steps");
  assert_non_null (steps);
  assert_string_equal (adw_action_row_get_subtitle (ADW_ACTION_ROW (steps)), "Up to 7 steps");
  sd_guide_row_set_expanded (SD_GUIDE_ROW (reboot), FALSE);

  /* Wide: the page switcher is in the header bar, not at the bottom. */
  assert_false (gtk_widget_get_visible (sd_test_find_widget (GTK_WIDGET (window),
                                                             ADW_TYPE_VIEW_SWITCHER_BAR, NULL)));

  /* Nothing was skipped, so the group that would list skipped files is hidden. */
  skipped = find_group (GTK_WIDGET (window), "Files That Could Not Be Loaded");
  assert_non_null (skipped);
  assert_false (gtk_widget_get_visible (GTK_WIDGET (skipped)));
}

static void
test_guides_show_catalog (void **state)
{
  sd_test_run_app (check_guides_show_catalog, NULL);
}

static gboolean
procedure_matches (SdProcedure *procedure,
                   const char  *word)
{
  g_autofree char *text = g_strconcat (sd_procedure_get_title (procedure), " ",
                                       sd_procedure_get_summary (procedure), " ",
                                       sd_procedure_get_id (procedure), NULL);
  g_autofree char *folded = g_utf8_casefold (text, -1);

  return strstr (folded, word) != NULL;
}

static void
check_search (SdApplication *app,
              GtkWindow     *window)
{
  GListModel *procedures = sd_catalog_get_procedures (sd_application_get_catalog (app));
  g_autoptr(GPtrArray) rows = NULL;
  GtkWidget *entry;
  GtkWidget *focus;
  GtkStack *stack;
  guint expected = 0;

  /* Ctrl+F (win.search) opens the Guides page and puts the cursor in its search. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  entry = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  assert_non_null (entry);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_non_null (focus);
  assert_true (focus == entry || gtk_widget_is_ancestor (focus, entry));

  gtk_editable_set_text (GTK_EDITABLE (entry), "Fibre");
  g_signal_emit_by_name (entry, "search-changed");
  rows = visible_guide_rows (GTK_WIDGET (window));

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      expected += procedure_matches (procedure, "fibre");
    }
  assert_true (expected >= 2);
  assert_true (expected < g_list_model_get_n_items (procedures));
  assert_int_equal (rows->len, expected);
  for (guint i = 0; i < rows->len; i++)
    {
      SdProcedure *procedure;

      procedure = sd_catalog_lookup_procedure (sd_application_get_catalog (app),
                                               sd_procedure_get_id (procedure_of (g_ptr_array_index (rows, i))));
      assert_true (procedure_matches (procedure, "fibre"));
    }

  /* Nothing matches: a status page says so instead of an empty list. */
  stack = GTK_STACK (sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_STACK, "guides-stack"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "xylophone");
  g_signal_emit_by_name (entry, "search-changed");
  assert_string_equal (gtk_stack_get_visible_child_name (stack), "empty");

  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  g_signal_emit_by_name (entry, "search-changed");
  assert_string_equal (gtk_stack_get_visible_child_name (stack), "guides");
}

static void
test_search_filters_and_ctrl_f_focuses (void **state)
{
  sd_test_run_app (check_search, NULL);
}

static void
check_skipped_file (SdApplication *app,
                    GtkWindow     *window)
{
  AdwPreferencesGroup *skipped;
  GtkWidget *row = NULL;
  GtkWidget *line_row;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  sd_test_show_page (window, "guides");
  skipped = find_group (GTK_WIDGET (window), "Files That Could Not Be Loaded");
  collect_expander_rows (GTK_WIDGET (window), FALSE, rows);
  assert_non_null (skipped);
  assert_true (gtk_widget_get_visible (GTK_WIDGET (skipped)));

  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)),
                   "broken-guide.xml") == 0)
      row = g_ptr_array_index (rows, i);
  assert_non_null (row);
  assert_true (g_str_has_suffix (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)),
                                 "/broken-guide.xml"));

  /* Expanded, it says on which line the problem is. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  line_row = sd_test_find_row_titled (row, "Line ");
  assert_non_null (line_row);
  assert_true (gtk_widget_get_mapped (line_row));
  assert_true (strlen (adw_action_row_get_subtitle (ADW_ACTION_ROW (line_row))) > 0);

  /* The good files still load. */
  assert_non_null (find_guide_row (GTK_WIDGET (window), "idrive-reboot"));
}

static void
test_skipped_files_are_shown (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *bad = g_build_filename (dir, "broken-guide.xml", NULL);

  assert_true (g_file_set_contents (bad, "<procedure>\n\n<oops>\n", -1, NULL));
  sd_test_run_app (check_skipped_file, dir);
  sd_test_rm_rf (dir);
}

/* A workshop's copy of a shipped guide is used, and the row says so. */
static void
check_replaced_guide (SdApplication *app,
                      GtkWindow     *window)
{
  GtkWidget *row;
  GtkWidget *said;

  sd_test_show_page (window, "guides");
  row = find_guide_row (GTK_WIDGET (window), "idrive-reboot");
  assert_non_null (row);
  assert_false (g_str_has_prefix (sd_procedure_get_source (procedure_of (row)), "resource:"));
  sd_guide_row_set_expanded (SD_GUIDE_ROW (row), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  said = sd_test_find_row_titled (row, "Not the Shipped Guide");
  assert_non_null (said);
  assert_true (gtk_widget_get_mapped (said));
  assert_true (g_str_has_suffix (adw_action_row_get_subtitle (ADW_ACTION_ROW (said)),
                                 "/idrive-reboot.xml, replaces the built-in guide"));

  /* A guide the data files leave alone says nothing of the kind. */
  row = find_guide_row (GTK_WIDGET (window), "fuse-check");
  sd_guide_row_set_expanded (SD_GUIDE_ROW (row), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_null (sd_test_find_row_titled (row, "Not the Shipped Guide"));
}

static void
test_replaced_guide_is_said (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *copy = g_build_filename (dir, "idrive-reboot.xml", NULL);
  g_autofree char *shipped = g_build_filename (SRCDIR, "data", "procedures", "idrive-reboot.xml",
                                               NULL);
  g_autofree char *contents = NULL;

  assert_true (g_file_get_contents (shipped, &contents, NULL, NULL));
  assert_true (g_file_set_contents (copy, contents, -1, NULL));
  sd_test_run_app (check_replaced_guide, dir);
  sd_test_rm_rf (dir);
}

/* The index among its siblings of the row titled @title inside @guide. */
static int
row_index (GtkWidget  *guide,
           const char *title)
{
  GtkWidget *row = sd_test_find_row_titled (guide, title);
  int index = 0;

  assert_non_null (row);
  for (GtkWidget *sibling = gtk_widget_get_prev_sibling (row); sibling != NULL;
       sibling = gtk_widget_get_prev_sibling (sibling))
    index++;

  return index;
}

static void
check_expanded_guide_stays (SdApplication *app,
                            GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  g_autoptr(GPtrArray) rows = visible_guide_rows (GTK_WIDGET (window));
  GtkWidget *guide = find_guide_row (GTK_WIDGET (window), "sos-button-reset");
  GtkWidget *entry;

  /* Opened, a guide shows what it does, its cautions before its steps, and the
   * tools and parts only when it needs some. */
  assert_non_null (guide);
  sd_guide_row_set_expanded (SD_GUIDE_ROW (guide), TRUE);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (gtk_widget_get_mapped (sd_test_find_row_titled (guide, "What it does")));
  assert_true (row_index (guide, "What it does") < row_index (guide, "Danger"));
  assert_true (row_index (guide, "Danger") < row_index (guide, "Steps"));
  /* The details are made when a guide is first opened: each is opened to be read. */
  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      SdProcedure *procedure = procedure_of (row);

      if (row == guide)
        continue;
      assert_null (sd_test_find_row_titled (row, "What it does"));
      sd_guide_row_set_expanded (SD_GUIDE_ROW (row), TRUE);
      assert_int_equal (sd_test_find_row_titled (row, "Tools") != NULL,
                        sd_procedure_get_tools (procedure)->len > 0);
      assert_int_equal (sd_test_find_row_titled (row, "Parts") != NULL,
                        sd_procedure_get_parts (procedure)->len > 0);
      sd_guide_row_set_expanded (SD_GUIDE_ROW (row), FALSE);
    }

  /* Answers change the case, not the guides: the same row stays open. */
  sd_session_set_answer (session, "speaker-crackling", SD_ANSWER_YES);
  sd_session_set_answer (session, "water-in-boot", SD_ANSWER_NO);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_ptr_equal (find_guide_row (GTK_WIDGET (window), "sos-button-reset"), guide);
  assert_true (sd_guide_row_get_expanded (SD_GUIDE_ROW (guide)));
  assert_true (gtk_widget_get_mapped (guide));

  /* A search that keeps the guide keeps it open too. */
  entry = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_SEARCH_ENTRY, NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "SOS");
  g_signal_emit_by_name (entry, "search-changed");
  sd_test_wait_for_draw (GTK_WIDGET (window));
  guide = find_guide_row (GTK_WIDGET (window), "sos-button-reset");
  assert_non_null (guide);
  assert_true (sd_guide_row_get_expanded (SD_GUIDE_ROW (guide)));
}

static void
test_expanded_guide_stays (void **state)
{
  sd_test_run_app (check_expanded_guide_stays, NULL);
}

static void
check_narrow_window (SdApplication *app,
                     GtkWindow     *window)
{
  GtkWindow *narrow = GTK_WINDOW (sd_window_new (app));
  static const char *pages[] = { "diagnose", "car", "guides", "log" };
  GtkWidget *bar;

  /* The narrowest supported width, every page, under fatal warnings. */
  gtk_window_set_default_size (narrow, 360, 640);
  gtk_window_present (narrow);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      sd_test_show_page (narrow, pages[i]);
      assert_true (gtk_widget_get_width (GTK_WIDGET (narrow)) <= 400);
    }

  /* The page switcher has moved to the bottom bar. */
  bar = sd_test_find_widget (GTK_WIDGET (narrow), ADW_TYPE_VIEW_SWITCHER_BAR, NULL);
  assert_non_null (bar);
  assert_true (gtk_widget_get_visible (bar));
  gtk_window_destroy (narrow);
}

static gboolean
is_button_role (GtkWidget *widget,
                gpointer   user_data)
{
  return gtk_widget_get_focusable (widget) &&
         gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget)) == GTK_ACCESSIBLE_ROLE_BUTTON &&
         !GTK_IS_BUTTON (widget);
}

/* A guide's row opens from its header, which the keyboard reaches and which
 * says what it is: Enter and Space run guide.toggle there. */
static void
check_row_opens_from_header (SdApplication *app,
                             GtkWindow     *window)
{
  GtkWidget *row;
  GtkWidget *header;

  sd_test_show_page (window, "guides");
  row = find_guide_row (GTK_WIDGET (window), "idrive-reboot");
  assert_non_null (row);
  header = sd_test_find_matching (row, is_button_role, NULL);
  assert_non_null (header);
  assert_false (sd_guide_row_get_expanded (SD_GUIDE_ROW (row)));
  assert_null (sd_test_find_row_titled (row, "What it does"));

  assert_true (gtk_widget_grab_focus (header));
  assert_true (gtk_widget_activate_action (header, "guide.toggle", NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (sd_guide_row_get_expanded (SD_GUIDE_ROW (row)));
  assert_true (gtk_widget_get_mapped (sd_test_find_row_titled (row, "What it does")));
  assert_ptr_equal (gtk_root_get_focus (GTK_ROOT (window)), header);

  assert_true (gtk_widget_activate_action (header, "guide.toggle", NULL));
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_false (sd_guide_row_get_expanded (SD_GUIDE_ROW (row)));
  assert_false (gtk_widget_get_mapped (sd_test_find_row_titled (row, "What it does")));
}

static void
test_row_opens_from_header (void **state)
{
  sd_test_run_app (check_row_opens_from_header, NULL);
}

static void
test_narrow_window (void **state)
{
  sd_test_run_app (check_narrow_window, NULL);
}

/* How many guides of the catalog are not for @profile's car. */
static guint
count_not_for_car (SdApplication    *app,
                   SdVehicleProfile *profile)
{
  GListModel *procedures = sd_catalog_get_procedures (sd_application_get_catalog (app));
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      n += sd_applies_decide (sd_procedure_get_applies (procedure), profile) == SD_FACT_NO;
    }

  return n;
}

/* The position in the list view of the item that is not a guide, or -1. */
static int
header_position (GtkWidget *window)
{
  GtkWidget *list = sd_test_find_widget (window, GTK_TYPE_GRID_VIEW, NULL);
  GListModel *model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      if (!SD_IS_PROCEDURE (item))
        return (int) i;
    }

  return -1;
}

static void
check_not_for_your_car (SdApplication *app,
                        GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdVehicleProfile *profile = sd_diagnosis_get_profile (sd_session_get_diagnosis (session));
  GtkWidget *list;
  GListModel *model;
  GtkWidget *header;
  GtkWidget *focus;
  GtkWidget *ring;
  g_autofree char *count = NULL;
  guint n_others;
  guint n_all;

  /* A car nothing is known of: every guide may be for it, all in one list. */
  sd_test_show_page (window, "guides");
  list = sd_test_find_widget (GTK_WIDGET (window), GTK_TYPE_GRID_VIEW, NULL);
  model = G_LIST_MODEL (gtk_grid_view_get_model (GTK_GRID_VIEW (list)));
  n_all = g_list_model_get_n_items (sd_catalog_get_procedures (sd_application_get_catalog (app)));
  assert_int_equal (header_position (GTK_WIDGET (window)), -1);
  assert_int_equal (g_list_model_get_n_items (model), n_all);

  /* A G-series car has no fibre-optic ring: its guides move to the end at once,
   * under a closed "Not for Your Car" row that counts them. */
  sd_vehicle_profile_set_model (profile, "g01");
  n_others = count_not_for_car (app, profile);
  assert_true (n_others >= 2);
  assert_int_equal (header_position (GTK_WIDGET (window)), n_all - n_others);
  assert_int_equal (g_list_model_get_n_items (model), n_all - n_others + 1);
  assert_null (find_guide_row (GTK_WIDGET (window), "fibre-inspect"));
  gtk_widget_activate_action (list, "list.scroll-to-item", "u", n_all - n_others);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  header = sd_test_find_widget (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW, "not-for-car");
  assert_non_null (header);
  assert_string_equal (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (header)),
                       "Not for Your Car");
  count = g_strdup_printf ("%u guides for other cars", n_others);
  assert_string_equal (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (header)), count);
  assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (header)));

  /* The keyboard opens it: each guide then says why it is not for this car. */
  assert_true (gtk_widget_child_focus (header, GTK_DIR_TAB_FORWARD));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  assert_true (focus == header || gtk_widget_is_ancestor (focus, header));
  gtk_widget_activate (focus);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (header)));
  assert_int_equal (g_list_model_get_n_items (model), n_all + 1);
  ring = find_guide_row (GTK_WIDGET (window), "fibre-inspect");
  assert_non_null (ring);
  assert_string_equal (sd_guide_row_get_subtitle (SD_GUIDE_ROW (ring)),
                       "Only for cars with a fibre-optic (MOST) ring");
  assert_true (header_position (GTK_WIDGET (window)) < (int) g_list_model_get_n_items (model));

  /* Back to a car nothing is known of: one list again, the guide as usual. */
  sd_vehicle_profile_set_model (profile, NULL);
  sd_test_wait_for_draw (GTK_WIDGET (window));
  assert_int_equal (header_position (GTK_WIDGET (window)), -1);
  assert_int_equal (g_list_model_get_n_items (model), n_all);
  ring = find_guide_row (GTK_WIDGET (window), "fibre-inspect");
  assert_non_null (ring);
  assert_string_equal (sd_guide_row_get_subtitle (SD_GUIDE_ROW (ring)),
                       "About 1 hour · Moderate");
}

static void
test_not_for_your_car (void **state)
{
  sd_test_run_app (check_not_for_your_car, NULL);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_guides_show_catalog),
    cmocka_unit_test (test_search_filters_and_ctrl_f_focuses),
    cmocka_unit_test (test_skipped_files_are_shown),
    cmocka_unit_test (test_replaced_guide_is_said),
    cmocka_unit_test_setup (test_expanded_guide_stays, sd_test_fresh_case),
    cmocka_unit_test (test_narrow_window),
    cmocka_unit_test (test_row_opens_from_header),
    cmocka_unit_test_setup (test_not_for_your_car, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
