/* sd-report-command.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `sos-doctor --report CASE --output FILE.pdf`: a saved case's report as PDF,
 * without a display.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-catalog.h"
#include "sd-report.h"
#include "sd-report-command.h"

/**
 * sd_report_command_run:
 * @data_dirs: (nullable) (array zero-terminated=1): more folders of guides and knowledge
 * @state_dir: (nullable): the folder of the cases; the user's if %NULL
 * @case_id: a case's id, or `current`
 * @output: the PDF file to write
 * @err: what went wrong, for the user
 *
 * Returns: the exit status: 0 on success, 1 if the case or the file was wrong
 */
int
sd_report_command_run (const char * const *data_dirs,
                       const char         *state_dir,
                       const char         *case_id,
                       const char         *output,
                       GString            *err)
{
  g_autoptr(SdCatalog) catalog = NULL;
  g_autoptr(SdCase) kase = NULL;
  g_autoptr(SdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  gboolean letter = sd_report_locale_uses_letter ();

  g_return_val_if_fail (case_id != NULL, 1);
  g_return_val_if_fail (err != NULL, 1);

  if (output == NULL || output[0] == '\0')
    {
      g_string_append_printf (err, "%s\n", _("--report needs --output FILE.pdf"));
      return 1;
    }

  kase = sd_case_store_open (state_dir, case_id, &notice, &error);
  if (kase == NULL)
    {
      g_string_append_printf (err, "%s\n", error->message);
      return 1;
    }
  if (notice != NULL)
    g_string_append_printf (err, "%s\n", notice);

  catalog = sd_catalog_new_for_directories (data_dirs);

  report = sd_report_new_for_catalog (kase, catalog);
  if (!sd_report_write_pdf (report, output,
                            letter ? SD_REPORT_LETTER_WIDTH : SD_REPORT_A4_WIDTH,
                            letter ? SD_REPORT_LETTER_HEIGHT : SD_REPORT_A4_HEIGHT, &error))
    {
      g_string_append_printf (err, "%s\n", error->message);
      return 1;
    }

  return 0;
}
