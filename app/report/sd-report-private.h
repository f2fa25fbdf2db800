/* sd-report-private.h: the blocks a report is made of, shared by its content,
 * its layout and its diagram
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "sd-diagnosis.h"
#include "sd-report.h"

G_BEGIN_DECLS

/* Pango declares it only from 1.52 (Debian 12 has 1.50). */
#if !PANGO_VERSION_CHECK (1, 52, 0)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PangoContext, g_object_unref)
#endif

typedef enum
{
  SD_BLOCK_TITLE,
  SD_BLOCK_HEADING,
  SD_BLOCK_TEXT,
  SD_BLOCK_ROW,
  SD_BLOCK_DIAGRAM,
} SdBlockKind;

/* A row has three columns: a short label (an answer, a probability), the text,
 * and a date at the end; a row is never split across pages. A text may be. */
#define SD_BLOCK_COLUMNS 3
#define LABEL_WIDTH      96.0
#define COLUMN_GAP        8.0
/* Where the text column of a row starts: a text under a row is indented so. */
#define SD_REPORT_TEXT_INDENT (LABEL_WIDTH + COLUMN_GAP)

typedef struct
{
  SdBlockKind  kind;
  char        *markup[SD_BLOCK_COLUMNS];
  double       indent;
  PangoLayout *layouts[SD_BLOCK_COLUMNS];
  double       height;
} SdBlock;

struct _SdReport
{
  GObject      parent_instance;

  SdCase      *kase;
  SdKnowledge *knowledge;
  GListModel  *procedures;
  SdDiagnosis *diagnosis;
  SdCodes     *codes;       /* the code table, or NULL: codes are then listed as entered */
  GDateTime   *date;

  GPtrArray   *blocks;      /* of SdBlock, what the report says */
  GArray      *placements;  /* of SdPlacement, where each part of a block goes */
  guint        n_pages;
  double       width;
  double       height;
};

void  _sd_report_add_block    (SdReport    *self,
                               SdBlockKind  kind,
                               const char  *first,
                               const char  *second,
                               const char  *third);
void  _sd_report_build        (SdReport    *self);
char *_sd_report_format_date  (GDateTime   *time);
double _sd_report_diagram_height (double width);
void  _sd_report_draw_diagram (SdReport    *self,
                               cairo_t     *cr,
                               double       x,
                               double       y,
                               double       width);

G_END_DECLS
