/* test-gui-row-layout.c: SdRowLayout lays a row out as libadwaita's box does
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two copies of the same rows and groups side by side in a window, one laid
 * out by libadwaita's own header box and one by SdRowLayout, at widths from
 * the 360 px the app supports to a wide one, in both text directions, with
 * short and long titles, a subtitle that wraps and suffixes. Where the box
 * gives the title its natural width, every widget of the two copies has the
 * same size and place (at 600 px it must). Where it squeezes a long
 * title into more lines to give a combo row's value its natural width (at
 * 420 px on Debian's fonts), SdRowLayout may keep the title on fewer lines:
 * then its rows are no taller, no label is cut, nothing overlaps, and the
 * title stays centred.
 */
#include "config.h"

#include "sd-row-layout.h"
#include "sd-test-gtk-utils.h"

typedef struct
{
  const char *title;
  const char *subtitle;
  gboolean    combo;
} RowSpec;

static const RowSpec rows[] = {
  { "Model", "3 Series (E90, E91, E92, E93)", TRUE },
  { "Emergency-call unit", "What this model usually has; change it if yours differs.", TRUE },
  { "Separate satellite radio tuner (SiriusXM), with a longer title that wraps", "", TRUE },
  { "Market", "", FALSE },
};

static GtkWidget *
build_column (gboolean light)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());

  adw_preferences_group_set_title (group, "Radio and Emergency Call");
  adw_preferences_group_set_description (group, "Only those that matter for the emergency call, "
                                                "in a description long enough to wrap.");
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkWidget *row = rows[i].combo ? adw_combo_row_new () : adw_action_row_new ();
      GtkWidget *help = gtk_menu_button_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), rows[i].title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), rows[i].subtitle);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      if (rows[i].combo)
        {
          const char *items[] = { "I don’t know", "Telematics control unit (TCU)", NULL };

          adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (gtk_string_list_new (items)));
        }
      else
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_label_new ("North America"));
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (help), "help-about-symbolic");
      gtk_widget_set_valign (help, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), help);
      if (light)
        assert_true (sd_row_layout_apply_to_row (ADW_ACTION_ROW (row)));
      adw_preferences_group_add (group, row);
    }
  if (light)
    assert_true (sd_row_layout_apply_to_group (group));
  gtk_box_append (GTK_BOX (column), GTK_WIDGET (group));

  return column;
}

/* How many widgets below @a differ in size or place from their twins below @b. */
static guint
count_differences (GtkWidget *a,
                   GtkWidget *b,
                   GtkWidget *a_root,
                   GtkWidget *b_root)
{
  GtkWidget *child_a, *child_b;
  graphene_rect_t bounds_a, bounds_b;
  guint differences = 0;

  assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  if (gtk_widget_get_mapped (a) && gtk_widget_compute_bounds (a, a_root, &bounds_a))
    {
      assert_true (gtk_widget_compute_bounds (b, b_root, &bounds_b));
      differences += !graphene_rect_equal (&bounds_a, &bounds_b);
    }

  for (child_a = gtk_widget_get_first_child (a), child_b = gtk_widget_get_first_child (b);
       child_a != NULL && child_b != NULL;
       child_a = gtk_widget_get_next_sibling (child_a), child_b = gtk_widget_get_next_sibling (child_b))
    if (!GTK_IS_POPOVER (child_a))
      differences += count_differences (child_a, child_b, a_root, b_root);
  assert_true (child_a == NULL && child_b == NULL);

  return differences;
}

/* Below @widget: no label is given less height than its text needs at the
 * width it is given, and the children of a header laid out by SdRowLayout
 * do not overlap, stay inside it, and its box of labels is centred. */
static guint
assert_sound (GtkWidget *widget)
{
  guint headers = 0;

  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget))
    {
      int needed;

      gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (widget),
                          &needed, NULL, NULL, NULL);
      if (gtk_widget_get_height (widget) < needed)
        fail_msg ("“%s” is %d px high and needs %d", gtk_label_get_text (GTK_LABEL (widget)),
                  gtk_widget_get_height (widget), needed);
    }

  if (SD_IS_ROW_LAYOUT (gtk_widget_get_layout_manager (widget)))
    {
      int end = -1;

      headers++;
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          graphene_rect_t bounds;
          float start;

          if (!gtk_widget_get_mapped (child))
            continue;
          assert_true (gtk_widget_compute_bounds (child, widget, &bounds));
          /* In reading order, whichever the direction. */
          start = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL
                    ? gtk_widget_get_width (widget) - bounds.origin.x - bounds.size.width
                    : bounds.origin.x;
          assert_true (start >= end);
          end = start + bounds.size.width;
          assert_true (end <= gtk_widget_get_width (widget));
          assert_true (bounds.origin.y >= 0 &&
                       bounds.origin.y + bounds.size.height <= gtk_widget_get_height (widget));
          if (gtk_widget_get_hexpand (child))
            {
              float below = gtk_widget_get_height (widget) - bounds.origin.y - bounds.size.height;

              assert_true (ABS (bounds.origin.y - below) <= 1);
            }
        }
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_POPOVER (child))
      headers += assert_sound (child);

  return headers;
}

static void
check_widths (GtkTextDirection direction)
{
  /* Two columns side by side on a 1280 px wide screen. */
  static const int widths[] = { 360, 420, 520, 600 };

  gtk_widget_set_default_direction (direction);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      GtkWidget *window = gtk_window_new ();
      GtkWidget *pair = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
      GtkWidget *plain = build_column (FALSE);
      GtkWidget *light = build_column (TRUE);

      /* Each column as wide as the width checked. */
      gtk_box_set_homogeneous (GTK_BOX (pair), TRUE);
      gtk_box_append (GTK_BOX (pair), plain);
      gtk_box_append (GTK_BOX (pair), light);
      gtk_window_set_child (GTK_WINDOW (window), pair);
      gtk_window_set_default_size (GTK_WINDOW (window), 2 * widths[i], -1);
      gtk_window_present (GTK_WINDOW (window));
      sd_test_wait_for_draw (window);
      assert_int_equal (gtk_widget_get_width (plain), widths[i]);
      assert_int_equal (gtk_widget_get_width (light), widths[i]);
      /* The group's header and the four rows' headers. */
      assert_int_equal (assert_sound (light), 1 + G_N_ELEMENTS (rows));
      assert_true (gtk_widget_get_height (light) <= gtk_widget_get_height (plain));
      if (widths[i] >= 600)
        assert_int_equal (count_differences (plain, light, plain, light), 0);
      gtk_window_destroy (GTK_WINDOW (window));
    }
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_same_as_box (void **state)
{
  check_widths (GTK_TEXT_DIR_LTR);
}

static void
test_same_as_box_rtl (void **state)
{
  check_widths (GTK_TEXT_DIR_RTL);
}

/* Laying a row out twice is laying it out once; its title box then fills
 * the header, which centres it. */
static void
test_apply_twice (void **state)
{
  g_autoptr(GtkWidget) row = g_object_ref_sink (adw_action_row_new ());
  GtkLayoutManager *layout;
  GtkWidget *header;

  assert_true (sd_row_layout_apply_to_row (ADW_ACTION_ROW (row)));
  header = gtk_widget_get_first_child (row);
  layout = gtk_widget_get_layout_manager (header);
  assert_true (SD_IS_ROW_LAYOUT (layout));
  assert_true (sd_row_layout_apply_to_row (ADW_ACTION_ROW (row)));
  assert_ptr_equal (gtk_widget_get_layout_manager (header), layout);

  for (GtkWidget *child = gtk_widget_get_first_child (header); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "title"))
      assert_int_equal (gtk_widget_get_valign (child), GTK_ALIGN_FILL);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_same_as_box),
    cmocka_unit_test (test_same_as_box_rtl),
    cmocka_unit_test (test_apply_twice),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
