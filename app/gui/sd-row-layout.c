/* sd-row-layout.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lighter layout for the header of a libadwaita row or group: the same
 * children side by side as its horizontal GtkBox, for a fraction of the text
 * layout.
 *
 * GTK 4.8 finds a wrapping label's width for a given height by a binary
 * search of about ten Pango layouts (each shaped anew), and asks for that
 * width twice over in a row's header: a GtkBox asks each child its natural
 * width at its minimum height, and every allocation of a height-for-width
 * widget that is not set to fill (the title box is centred) asks its width
 * for the height it is given. Before the first frame of "Your car" each row
 * title was laid out some 38 times, 80 % of the page's text layout.
 *
 * SdRowLayout gives the children their minimum widths, shares the rest as a
 * box does (natural widths first, then the expanding title), measures the
 * children only for widths, and centres a height-for-width child itself, so
 * that the child can fill: a title is laid out about 4 times. The header box
 * keeps its children, its CSS node and its accessible role; the spacing is the
 * one libadwaita 1.2's stylesheet gives it. GtkBox's own getters of its
 * layout (gtk_box_get_spacing(), its "orientation") are not for a box laid out
 * this way: neither libadwaita nor this app calls them on a header.
 */
#include "config.h"

#include "sd-row-layout.h"

struct _SdRowLayout
{
  GtkLayoutManager parent_instance;

  int              spacing;
};

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdRowLayout, sd_row_layout, GTK_TYPE_LAYOUT_MANAGER)

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += gtk_widget_should_layout (child);

  return n;
}

/* Whether the layout centres @child itself: a height-for-width child (the
 * box of a title and subtitle) set to fill. */
static gboolean
is_centred_here (GtkWidget *child)
{
  return gtk_widget_get_valign (child) == GTK_ALIGN_FILL &&
         gtk_widget_get_request_mode (child) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Each child's width out of @width, in @sizes (minimum_size is the width given). */
static void
share_width (SdRowLayout      *self,
             GtkWidget        *widget,
             int               width,
             GtkRequestedSize *sizes,
             guint             n)
{
  guint i = 0, n_expand = 0;
  int extra = width - (int) (n - 1) * self->spacing;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &sizes[i].minimum_size, &sizes[i].natural_size, NULL, NULL);
      /* As a GtkBox does, the natural width is at least what the child wants
       * at its smallest height (a list view may want more then); but not for
       * the labels, whose answer is their one-line width anyway, found by a
       * binary search. */
      if (!is_centred_here (child))
        {
          int min_height, nat_for_min;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, -1, &min_height, NULL, NULL, NULL);
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, min_height, NULL, &nat_for_min,
                              NULL, NULL);
          sizes[i].natural_size = MAX (sizes[i].natural_size, nat_for_min);
        }
      sizes[i].data = child;
      extra -= sizes[i].minimum_size;
      n_expand += gtk_widget_compute_expand (child, GTK_ORIENTATION_HORIZONTAL);
      i++;
    }

  extra = gtk_distribute_natural_allocation (MAX (extra, 0), n, sizes);
  for (i = 0; i < n && n_expand > 0; i++)
    if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
      {
        int share = extra / (int) n_expand;

        sizes[i].minimum_size += share;
        extra -= share;
        n_expand--;
      }
}

static void
sd_row_layout_measure (GtkLayoutManager *manager,
                       GtkWidget        *widget,
                       GtkOrientation    orientation,
                       int               for_size,
                       int              *minimum,
                       int              *natural,
                       int              *minimum_baseline,
                       int              *natural_baseline)
{
  SdRowLayout *self = SD_ROW_LAYOUT (manager);
  guint n = count_children (widget);

  *minimum = *natural = 0;
  if (n == 0)
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL || for_size < 0)
    {
      /* Side by side, or each as high as it likes: the width the children
       * need does not depend on the height. */
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          if (orientation == GTK_ORIENTATION_HORIZONTAL)
            {
              *minimum += child_min;
              *natural += child_nat;
            }
          else
            {
              *minimum = MAX (*minimum, child_min);
              *natural = MAX (*natural, child_nat);
            }
        }
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          *minimum += (int) (n - 1) * self->spacing;
          *natural += (int) (n - 1) * self->spacing;
        }
    }
  else
    {
      GtkRequestedSize *sizes = g_newa (GtkRequestedSize, n);

      share_width (self, widget, for_size, sizes, n);
      for (guint i = 0; i < n; i++)
        {
          int child_min, child_nat;

          gtk_widget_measure (sizes[i].data, orientation, sizes[i].minimum_size,
                              &child_min, &child_nat, NULL, NULL);
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
    }
}

static void
sd_row_layout_allocate (GtkLayoutManager *manager,
                        GtkWidget        *widget,
                        int               width,
                        int               height,
                        int               baseline)
{
  SdRowLayout *self = SD_ROW_LAYOUT (manager);
  guint n = count_children (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  GtkRequestedSize *sizes;
  int x = 0;

  if (n == 0)
    return;

  sizes = g_newa (GtkRequestedSize, n);
  share_width (self, widget, width, sizes, n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *child = sizes[i].data;
      int child_width = sizes[i].minimum_size;
      GtkAllocation allocation = { rtl ? width - x - child_width : x, 0, child_width, height };

      /* Centred here rather than by the child's own alignment, which GTK
       * would measure its width for the height again to apply. */
      if (is_centred_here (child))
        {
          int child_min, child_nat;

          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width,
                              &child_min, &child_nat, NULL, NULL);
          allocation.height = CLAMP (child_nat, MIN (child_min, height), height);
          allocation.y = (height - allocation.height) / 2;
        }
      gtk_widget_size_allocate (child, &allocation, -1);
      x += child_width + self->spacing;
    }
}

static GtkSizeRequestMode
sd_row_layout_get_request_mode (GtkLayoutManager *manager,
                                GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
sd_row_layout_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SdRowLayout *self = SD_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_row_layout_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  SdRowLayout *self = SD_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      if (self->spacing != g_value_get_int (value))
        {
          self->spacing = g_value_get_int (value);
          gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_row_layout_class_init (SdRowLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = sd_row_layout_get_property;
  object_class->set_property = sd_row_layout_set_property;
  layout_class->measure = sd_row_layout_measure;
  layout_class->allocate = sd_row_layout_allocate;
  layout_class->get_request_mode = sd_row_layout_get_request_mode;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_row_layout_init (SdRowLayout *self)
{
}

/**
 * sd_row_layout_new:
 * @spacing: the space between two children, in pixels
 *
 * Returns: (transfer full): a layout that puts its widget's children side by side
 */
GtkLayoutManager *
sd_row_layout_new (int spacing)
{
  return g_object_new (SD_TYPE_ROW_LAYOUT, "spacing", spacing, NULL);
}

/* The first child of @widget that is a GtkBox with @css_class. */
static GtkWidget *
find_box (GtkWidget  *widget,
          const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BOX (child) && gtk_widget_has_css_class (child, css_class))
      return child;

  return NULL;
}

/* Lays @header out with an SdRowLayout, @spacing apart, and lets the box of
 * labels in it (@labels_class) fill, as the layout centres it. */
static gboolean
apply (GtkWidget  *header,
       const char *labels_class,
       int         spacing)
{
  GtkWidget *labels;

  if (header == NULL)
    return FALSE;
  if (SD_IS_ROW_LAYOUT (gtk_widget_get_layout_manager (header)))
    return TRUE;
  if (gtk_orientable_get_orientation (GTK_ORIENTABLE (header)) != GTK_ORIENTATION_HORIZONTAL)
    return FALSE;

  labels = find_box (header, labels_class);
  if (labels != NULL && gtk_widget_get_valign (labels) == GTK_ALIGN_CENTER)
    gtk_widget_set_valign (labels, GTK_ALIGN_FILL);
  gtk_widget_set_layout_manager (header, sd_row_layout_new (spacing));

  return TRUE;
}

/**
 * sd_row_layout_apply_to_row:
 *
 * Lays out the header of @row (an #AdwActionRow, or a row derived from it
 * such as #AdwComboRow) with an #SdRowLayout: the row looks the same, and its
 * title and subtitle are laid out a few times instead of some forty.
 *
 * Returns: whether the row was built as libadwaita 1.2 builds it (a
 * horizontal box "header" with a box "title"); if not, it is left alone
 */
gboolean
sd_row_layout_apply_to_row (AdwActionRow *row)
{
  g_return_val_if_fail (ADW_IS_ACTION_ROW (row), FALSE);

  /* libadwaita 1.2: "row > box.header { border-spacing: 6px }". */
  return apply (find_box (GTK_WIDGET (row), "header"), "title", 6);
}

/**
 * sd_row_layout_apply_to_group:
 *
 * The same for the header of @group, whose title and description are centred
 * the same way.
 *
 * Returns: whether the group was built as libadwaita 1.2 builds it
 */
gboolean
sd_row_layout_apply_to_group (AdwPreferencesGroup *group)
{
  GtkWidget *box;

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), FALSE);

  box = gtk_widget_get_first_child (GTK_WIDGET (group));

  /* The group's header box itself has no spacing in libadwaita 1.2. */
  return box != NULL && apply (find_box (box, "header"), "labels", 0);
}
