/* sd-report-file.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The report as a file: the PDF writer, the paper of the user's locale, and the
 * name a saved report is offered under.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n-lib.h>
#include <langinfo.h>
#include <locale.h>

#include "sd-report.h"

/**
 * sd_report_write_pdf:
 * @width: the paper's width, in points
 * @height: the paper's height, in points
 *
 * Writes the report as a PDF file.
 *
 * Returns: %TRUE on success
 */
gboolean
sd_report_write_pdf (SdReport    *self,
                     const char  *path,
                     double       width,
                     double       height,
                     GError     **error)
{
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (SD_IS_REPORT (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  surface = cairo_pdf_surface_create (path, width, height);
  cr = cairo_create (surface);
  status = cairo_surface_status (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    {
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                      _("SOS Doctor repair report"));
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
      n_pages = sd_report_paginate (self, cr, width, height);
      for (guint page = 0; page < n_pages; page++)
        {
          sd_report_draw_page (self, cr, page);
          cairo_show_page (cr);
        }
      status = cairo_status (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: the first %s is a file, the second why it could not be written. */
                   _("Cannot write %s: %s"), shown,
                   status == CAIRO_STATUS_WRITE_ERROR ? g_strerror (EACCES)
                                                      : cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/**
 * sd_report_locale_uses_letter:
 *
 * Returns: whether the paper of the user's locale (LC_PAPER) is US Letter,
 *   as in the United States, Canada, Mexico and a few more; A4 elsewhere
 */
gboolean
sd_report_locale_uses_letter (void)
{
#ifdef _NL_PAPER_WIDTH
  /* glibc knows each locale's paper, in millimetres: 216 wide is Letter. */
  union { char *string; unsigned int number; } width;

  width.string = nl_langinfo (_NL_PAPER_WIDTH);
  return width.number == 216;
#else
  const char *locale = setlocale (LC_PAPER, NULL);
  const char *letter[] = { "_US", "_CA", "_MX", "_CL", "_CO", "_PH", "_VE", "_CR", "_GT",
                           "_PR", "_PA", "_SV", "_DO", "_NI" };

  for (guint i = 0; locale != NULL && i < G_N_ELEMENTS (letter); i++)
    if (strstr (locale, letter[i]) != NULL)
      return TRUE;
  return FALSE;
#endif
}

/**
 * sd_report_dup_file_name:
 * @date: the day the report is made
 *
 * Returns: (transfer full): a file name for the report, made from the car and
 *   the date: `SOS-Doctor-E90-2026-11-26.pdf`, or
 *   `SOS-Doctor-report-2026-11-26.pdf` for a case without a car
 */
char *
sd_report_dup_file_name (SdCase    *kase,
                         GDateTime *date)
{
  g_autoptr(GString) car = g_string_new (NULL);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  const char *label;

  g_return_val_if_fail (SD_IS_CASE (kase), NULL);

  /* Only what is safe in a file name everywhere; white space becomes one dash. */
  label = sd_case_get_car_label (kase);
  for (const char *p = label != NULL ? label : "";
       *p != '\0' && g_utf8_strlen (car->str, -1) < 40; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '.' || c == '_')
        g_string_append_unichar (car, c);
      else if (car->len > 0 && car->str[car->len - 1] != '-')
        g_string_append_c (car, '-');
    }
  while (car->len > 0 && car->str[car->len - 1] == '-')
    g_string_truncate (car, car->len - 1);

  return g_strdup_printf ("SOS-Doctor-%s-%s.pdf", car->len > 0 ? car->str : "report", day);
}
