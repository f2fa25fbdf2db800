/* sd-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The hand-off report: the case written up for a mechanic on paper. Its
 * content is a list of blocks (sd-report-content.c); this file lays them out
 * on pages with Pango, wrapping every text to the width of the page, keeping a
 * row together and a heading with what follows it, and draws one page at a
 * time with cairo: for the PDF writer here, and for GtkPrintOperation's
 * draw-page in the GUI, with the same code. All lengths are in points.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-report-private.h"

#define HEADER_GAP      14.0  /* between the header line and the body, and the body and the footer */
#define DATE_WIDTH     130.0
#define SMALL_FONT      "Sans 8"

typedef struct
{
  guint  block;
  guint  page;
  double y;           /* from the top of the body */
  int    first_line;  /* of a text split across pages; 0 and -1 for a whole block */
  int    n_lines;
} SdPlacement;

G_DEFINE_FINAL_TYPE (SdReport, sd_report, G_TYPE_OBJECT)

static void
block_free (SdBlock *block)
{
  for (guint i = 0; i < SD_BLOCK_COLUMNS; i++)
    {
      g_free (block->markup[i]);
      g_clear_object (&block->layouts[i]);
    }
  g_free (block);
}

static void
sd_report_finalize (GObject *object)
{
  SdReport *self = SD_REPORT (object);

  g_clear_object (&self->kase);
  g_clear_object (&self->knowledge);
  g_clear_object (&self->procedures);
  g_clear_object (&self->diagnosis);
  g_clear_object (&self->codes);
  g_clear_pointer (&self->date, g_date_time_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->placements, g_array_unref);

  G_OBJECT_CLASS (sd_report_parent_class)->finalize (object);
}

static void
sd_report_class_init (SdReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sd_report_finalize;
}

static void
sd_report_init (SdReport *self)
{
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
  self->placements = g_array_new (FALSE, TRUE, sizeof (SdPlacement));
  self->date = g_date_time_new_now_local ();
}

/**
 * sd_report_new:
 * @kase: the case to report
 * @knowledge: what the questions and causes are
 * @procedures: (element-type SdProcedure): the guides, for their titles
 *
 * Writes the report's content from the case as it is now: the diagnosis is
 * the case applied to @knowledge.
 *
 * Returns: (transfer full): the report, to paginate and draw
 */
SdReport *
sd_report_new (SdCase      *kase,
               SdKnowledge *knowledge,
               GListModel  *procedures)
{
  SdReport *self;

  g_return_val_if_fail (SD_IS_CASE (kase), NULL);
  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (procedures), NULL);

  self = g_object_new (SD_TYPE_REPORT, NULL);
  self->kase = g_object_ref (kase);
  self->knowledge = g_object_ref (knowledge);
  self->procedures = g_object_ref (procedures);
  self->diagnosis = sd_diagnosis_new (knowledge, procedures);
  sd_case_apply (kase, self->diagnosis);
  sd_diagnosis_update (self->diagnosis);
  _sd_report_build (self);

  return self;
}

/**
 * sd_report_new_for_catalog:
 * @kase: the case to report
 * @catalog: a loaded catalog: its knowledge, guides, vehicle and code tables
 *
 * As sd_report_new(), with the case's car and fault codes taken into the
 * diagnosis as the app takes them, and each code said to be known or not.
 *
 * Returns: (transfer full): the report, to paginate and draw
 */
SdReport *
sd_report_new_for_catalog (SdCase    *kase,
                           SdCatalog *catalog)
{
  SdReport *self;
  SdVehicleProfile *profile;

  g_return_val_if_fail (SD_IS_CASE (kase), NULL);
  g_return_val_if_fail (SD_IS_CATALOG (catalog), NULL);

  profile = sd_case_get_profile (kase);
  sd_vehicle_profile_set_vehicles (profile, sd_catalog_get_vehicles (catalog));

  self = g_object_new (SD_TYPE_REPORT, NULL);
  self->kase = g_object_ref (kase);
  self->knowledge = g_object_ref (sd_catalog_get_knowledge (catalog));
  self->procedures = g_object_ref (sd_catalog_get_procedures (catalog));
  self->codes = g_object_ref (sd_catalog_get_codes (catalog));
  self->diagnosis = sd_diagnosis_new (self->knowledge, self->procedures);
  sd_case_apply (kase, self->diagnosis);
  sd_diagnosis_set_profile (self->diagnosis, profile);
  sd_diagnosis_set_codes (self->diagnosis, self->codes, sd_case_get_codes (kase));
  sd_diagnosis_update (self->diagnosis);
  _sd_report_build (self);

  return self;
}

/**
 * sd_report_set_date:
 *
 * Sets the date the report is made on, printed on each page; now by default.
 */
void
sd_report_set_date (SdReport  *self,
                    GDateTime *date)
{
  g_return_if_fail (SD_IS_REPORT (self));
  g_return_if_fail (date != NULL);

  g_date_time_unref (self->date);
  self->date = g_date_time_ref (date);
}

void
_sd_report_add_block (SdReport    *self,
                      SdBlockKind  kind,
                      const char  *first,
                      const char  *second,
                      const char  *third)
{
  SdBlock *block = g_new0 (SdBlock, 1);

  block->kind = kind;
  block->markup[0] = g_strdup (first);
  block->markup[1] = g_strdup (second);
  block->markup[2] = g_strdup (third);
  g_ptr_array_add (self->blocks, block);
}

/**
 * _sd_report_format_date:
 *
 * Returns: (transfer full): @time in local time, as the report shows it
 */
char *
_sd_report_format_date (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static const char *
font_for (SdBlockKind kind)
{
  switch (kind)
    {
    case SD_BLOCK_TITLE:
      return "Sans Bold 17";
    case SD_BLOCK_HEADING:
      return "Sans Bold 12.5";
    case SD_BLOCK_TEXT:
    case SD_BLOCK_ROW:
    case SD_BLOCK_DIAGRAM:
    default:
      return "Sans 10";
    }
}

/* Space above a block of this kind. */
static double
space_before (SdBlockKind kind)
{
  switch (kind)
    {
    case SD_BLOCK_TITLE:
      return 0.0;
    case SD_BLOCK_HEADING:
      return 16.0;
    case SD_BLOCK_DIAGRAM:
      return 8.0;
    case SD_BLOCK_TEXT:
    case SD_BLOCK_ROW:
    default:
      return 4.0;
    }
}

static PangoLayout *
make_layout (PangoContext *context,
             const char   *markup,
             const char   *font,
             double        width,
             PangoAlignment alignment)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_markup (layout, markup != NULL ? markup : "", -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);

  return pango_units_to_double (height);
}

/* Makes the block's layouts for a body @width wide and measures it. */
static void
measure_block (SdBlock      *block,
               PangoContext *context,
               double        width)
{
  const char *font = font_for (block->kind);

  for (guint i = 0; i < SD_BLOCK_COLUMNS; i++)
    g_clear_object (&block->layouts[i]);

  switch (block->kind)
    {
    case SD_BLOCK_DIAGRAM:
      block->height = _sd_report_diagram_height (width);
      break;

    case SD_BLOCK_ROW:
      {
        double text_width = width - block->indent - LABEL_WIDTH - DATE_WIDTH - 2 * COLUMN_GAP;

        block->layouts[0] = make_layout (context, block->markup[0], "Sans Bold 10",
                                         LABEL_WIDTH, PANGO_ALIGN_LEFT);
        block->layouts[1] = make_layout (context, block->markup[1], font, text_width,
                                         PANGO_ALIGN_LEFT);
        block->layouts[2] = make_layout (context, block->markup[2], SMALL_FONT, DATE_WIDTH,
                                         PANGO_ALIGN_RIGHT);
        block->height = 0;
        for (guint i = 0; i < SD_BLOCK_COLUMNS; i++)
          block->height = MAX (block->height, layout_height (block->layouts[i]));
      }
      break;

    case SD_BLOCK_TITLE:
    case SD_BLOCK_HEADING:
    case SD_BLOCK_TEXT:
    default:
      block->layouts[0] = make_layout (context, block->markup[0], font, width - block->indent,
                                       PANGO_ALIGN_LEFT);
      block->height = layout_height (block->layouts[0]);
      break;
    }
}

static void
place (SdReport *self,
       guint     block,
       guint     page,
       double    y,
       int       first_line,
       int       n_lines)
{
  SdPlacement placement = { block, page, y, first_line, n_lines };

  g_array_append_val (self->placements, placement);
}

/* The top and the height of lines [first, first + n) of @layout. */
static double
lines_height (PangoLayout *layout,
              int          first,
              int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0, bottom = 0;
  int index = 0;

  do
    {
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      if (index == first)
        top = pango_units_to_double (y0);
      if (index == first + n - 1)
        bottom = pango_units_to_double (y1);
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  return bottom - top;
}

/* Places a text taller than what is left of the page line by line. */
static void
place_split (SdReport *self,
             guint     index,
             guint    *page,
             double   *y,
             double    body_height)
{
  SdBlock *block = g_ptr_array_index (self->blocks, index);
  int n = pango_layout_get_line_count (block->layouts[0]);
  int first = 0;

  while (first < n)
    {
      int count = 0;

      while (first + count < n &&
             *y + lines_height (block->layouts[0], first, count + 1) <= body_height)
        count++;
      if (count == 0 && *y == 0)
        count = 1;  /* a line taller than a page: it is cut, nothing else can be done */
      if (count > 0)
        {
          place (self, index, *page, *y, first, count);
          *y += lines_height (block->layouts[0], first, count);
          first += count;
        }
      if (first < n)
        {
          (*page)++;
          *y = 0;
        }
    }
}

/**
 * sd_report_paginate:
 * @cr: a cairo context on the surface the report is drawn to (for its fonts)
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 *
 * Lays the report out on pages of this size.
 *
 * Returns: the number of pages
 */
guint
sd_report_paginate (SdReport *self,
                    cairo_t  *cr,
                    double    width,
                    double    height)
{
  g_autoptr(PangoContext) context = NULL;
  double body_width = width - 2 * SD_REPORT_MARGIN;
  double body_height = height - 2 * SD_REPORT_MARGIN - 2 * HEADER_GAP;
  double y = 0;
  guint page = 0;

  g_return_val_if_fail (SD_IS_REPORT (self), 0);
  g_return_val_if_fail (cr != NULL, 0);

  context = pango_cairo_create_context (cr);
  /* Points everywhere: a 10 pt font is 10 units high, on paper and in the PDF. */
  pango_cairo_context_set_resolution (context, 72.0);

  self->width = width;
  self->height = height;
  g_array_set_size (self->placements, 0);

  for (guint i = 0; i < self->blocks->len; i++)
    measure_block (g_ptr_array_index (self->blocks, i), context, body_width);

  for (guint i = 0; i < self->blocks->len; i++)
    {
      SdBlock *block = g_ptr_array_index (self->blocks, i);
      double needed = block->height;
      double gap = y > 0 ? space_before (block->kind) : 0;

      /* A heading stays with the start of what follows it. */
      if (block->kind == SD_BLOCK_HEADING && i + 1 < self->blocks->len)
        {
          SdBlock *next = g_ptr_array_index (self->blocks, i + 1);

          needed += space_before (next->kind) +
                    (next->kind == SD_BLOCK_TEXT
                     ? lines_height (next->layouts[0], 0, 1) : next->height);
        }

      if (y > 0 && y + gap + MIN (needed, body_height) > body_height)
        {
          page++;
          y = 0;
          gap = 0;
        }
      y += gap;

      if (block->kind == SD_BLOCK_TEXT && y + block->height > body_height)
        place_split (self, i, &page, &y, body_height);
      else
        {
          place (self, i, page, y, 0, -1);
          y += block->height;
        }
    }

  self->n_pages = page + 1;

  return self->n_pages;
}

guint
sd_report_get_n_pages (SdReport *self)
{
  g_return_val_if_fail (SD_IS_REPORT (self), 0);

  return self->n_pages;
}

static void
show_layout_at (cairo_t     *cr,
                PangoLayout *layout,
                double       x,
                double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_update_layout (cr, layout);
  pango_cairo_show_layout (cr, layout);
}

/* Lines [first, first + n) of @layout, their top at @y. */
static void
show_lines (cairo_t     *cr,
            PangoLayout *layout,
            double       x,
            double       y,
            int          first,
            int          n)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  double top = 0;
  int index = 0;

  pango_cairo_update_layout (cr, layout);
  do
    {
      int y0;

      pango_layout_iter_get_line_yrange (iter, &y0, NULL);
      if (index == first)
        top = pango_units_to_double (y0);
      if (index >= first && index < first + n)
        {
          double baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

          cairo_move_to (cr, x, y + baseline - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      index++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static void
draw_block (SdReport          *self,
            cairo_t           *cr,
            const SdPlacement *placement,
            double             top)
{
  SdBlock *block = g_ptr_array_index (self->blocks, placement->block);
  double x = SD_REPORT_MARGIN + block->indent;
  double y = top + placement->y;
  double body_width = self->width - 2 * SD_REPORT_MARGIN;

  switch (block->kind)
    {
    case SD_BLOCK_DIAGRAM:
      _sd_report_draw_diagram (self, cr, x, y, body_width - block->indent);
      break;

    case SD_BLOCK_ROW:
      show_layout_at (cr, block->layouts[0], x, y);
      show_layout_at (cr, block->layouts[1], x + LABEL_WIDTH + COLUMN_GAP, y);
      show_layout_at (cr, block->layouts[2], SD_REPORT_MARGIN + body_width - DATE_WIDTH, y);
      break;

    case SD_BLOCK_TITLE:
    case SD_BLOCK_HEADING:
    case SD_BLOCK_TEXT:
    default:
      if (placement->n_lines < 0)
        show_layout_at (cr, block->layouts[0], x, y);
      else
        show_lines (cr, block->layouts[0], x, y, placement->first_line, placement->n_lines);
      if (block->kind == SD_BLOCK_HEADING)
        {
          cairo_set_line_width (cr, 0.6);
          cairo_move_to (cr, x, y + block->height + 1.5);
          cairo_line_to (cr, SD_REPORT_MARGIN + body_width, y + block->height + 1.5);
          cairo_stroke (cr);
        }
      break;
    }
}

static void
draw_header_footer (SdReport *self,
                    cairo_t  *cr,
                    guint     page)
{
  g_autoptr(PangoContext) context = pango_cairo_create_context (cr);
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;
  g_autofree char *date = _sd_report_format_date (self->date);
  g_autofree char *made = NULL;
  g_autofree char *page_text = NULL;
  double half = (self->width - 2 * SD_REPORT_MARGIN) / 2;
  double footer_y;

  pango_cairo_context_set_resolution (context, 72.0);
  cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);

  /* Translators: the header at the top of each page of the printed report. */
  left = make_layout (context, _("SOS Doctor repair report"), SMALL_FONT, half, PANGO_ALIGN_LEFT);
  pango_layout_set_ellipsize (left, PANGO_ELLIPSIZE_END);
  show_layout_at (cr, left, SD_REPORT_MARGIN, SD_REPORT_MARGIN - layout_height (left));

  /* Translators: %s is a date and time, in the footer of each page of the report. */
  made = g_markup_printf_escaped (_("Made on %s"), date);
  g_clear_object (&left);
  left = make_layout (context, made, SMALL_FONT, half, PANGO_ALIGN_LEFT);
  footer_y = self->height - SD_REPORT_MARGIN;
  show_layout_at (cr, left, SD_REPORT_MARGIN, footer_y);

  /* Translators: the page number and the number of pages, in the footer of the report. */
  page_text = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  right = make_layout (context, page_text, SMALL_FONT, half, PANGO_ALIGN_RIGHT);
  show_layout_at (cr, right, SD_REPORT_MARGIN + half, footer_y);

  cairo_set_line_width (cr, 0.5);
  cairo_move_to (cr, SD_REPORT_MARGIN, SD_REPORT_MARGIN + HEADER_GAP / 2);
  cairo_line_to (cr, self->width - SD_REPORT_MARGIN, SD_REPORT_MARGIN + HEADER_GAP / 2);
  cairo_move_to (cr, SD_REPORT_MARGIN, footer_y - HEADER_GAP / 2);
  cairo_line_to (cr, self->width - SD_REPORT_MARGIN, footer_y - HEADER_GAP / 2);
  cairo_stroke (cr);
}

/**
 * sd_report_draw_page:
 * @cr: a cairo context in points, its origin at the top left of the paper
 * @page: from 0, less than what sd_report_paginate() returned
 *
 * Draws one page of the report as paginated.
 */
void
sd_report_draw_page (SdReport *self,
                     cairo_t  *cr,
                     guint     page)
{
  double top = SD_REPORT_MARGIN + HEADER_GAP;

  g_return_if_fail (SD_IS_REPORT (self));
  g_return_if_fail (page < self->n_pages);

  cairo_save (cr);
  draw_header_footer (self, cr, page);
  cairo_set_source_rgb (cr, 0, 0, 0);
  for (guint i = 0; i < self->placements->len; i++)
    {
      const SdPlacement *placement = &g_array_index (self->placements, SdPlacement, i);

      if (placement->page == page)
        draw_block (self, cr, placement, top);
    }
  cairo_restore (cr);
}
