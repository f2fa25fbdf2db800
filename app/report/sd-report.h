/* sd-report.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sd-case.h"
#include "sd-catalog.h"
#include "sd-knowledge.h"

G_BEGIN_DECLS

/* Paper sizes, in points. */
#define SD_REPORT_A4_WIDTH      595.276
#define SD_REPORT_A4_HEIGHT     841.890
#define SD_REPORT_LETTER_WIDTH  612.0
#define SD_REPORT_LETTER_HEIGHT 792.0

/* The white space around the text of a page, in points; header and footer sit in it. */
#define SD_REPORT_MARGIN 48.0

#define SD_TYPE_REPORT (sd_report_get_type ())

G_DECLARE_FINAL_TYPE (SdReport, sd_report, SD, REPORT, GObject)

SdReport *sd_report_new_for_catalog  (SdCase       *kase,
                                      SdCatalog    *catalog);
SdReport *sd_report_new              (SdCase       *kase,
                                      SdKnowledge  *knowledge,
                                      GListModel   *procedures);
void      sd_report_set_date         (SdReport     *self,
                                      GDateTime    *date);
guint     sd_report_paginate         (SdReport     *self,
                                      cairo_t      *cr,
                                      double        width,
                                      double        height);
guint     sd_report_get_n_pages      (SdReport     *self);
void      sd_report_draw_page        (SdReport     *self,
                                      cairo_t      *cr,
                                      guint         page);
gboolean  sd_report_write_pdf        (SdReport     *self,
                                      const char   *path,
                                      double        width,
                                      double        height,
                                      GError      **error);

gboolean  sd_report_locale_uses_letter (void);
char     *sd_report_dup_file_name    (SdCase       *kase,
                                      GDateTime    *date);

G_END_DECLS
