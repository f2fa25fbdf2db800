/* sd-log-page-report.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The log page's report actions: print it through GtkPrintOperation (whose
 * dialog also offers a PDF file), and save it as PDF directly, into the
 * Documents folder by default under a name made of the car and the date. Both
 * draw with the same code, sd_report_draw_page().
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-log-page-private.h"
#include "sd-report.h"

static SdReport *
make_report (SdLogPage *self)
{
  SdCatalog *catalog = sd_session_get_catalog (self->session);

  /* The notes as typed, even in the moment before they are saved. */
  sd_log_page_flush_notes (self);

  return sd_report_new_for_catalog (sd_session_get_case (self->session), catalog);
}

static void
show_problem (SdLogPage  *self,
              const char *heading,
              const char *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_save_report_response_cb (GtkNativeDialog *dialog,
                            int              response,
                            SdLogPage       *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  gboolean letter = sd_report_locale_uses_letter ();

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      path = g_file_get_path (file);
      report = make_report (self);
      if (path == NULL)
        show_problem (self, _("The Report Could Not Be Saved"),
                      _("Choose a folder on this computer."));
      else if (!sd_report_write_pdf (report, path,
                                     letter ? SD_REPORT_LETTER_WIDTH : SD_REPORT_A4_WIDTH,
                                     letter ? SD_REPORT_LETTER_HEIGHT : SD_REPORT_A4_HEIGHT,
                                     &error))
        show_problem (self, _("The Report Could Not Be Saved"), error->message);
    }

  g_object_unref (dialog);
  g_object_unref (self);
}

/**
 * dup_report_folder:
 *
 * Returns: (transfer full): where a report is saved by default: the user's
 *   Documents folder, or the home folder if there is none
 */
static GFile *
dup_report_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);

  return g_file_new_for_path (g_get_home_dir ());
}

void
_sd_log_page_save_report_action (GtkWidget  *widget,
                                 const char *action_name,
                                 GVariant   *parameter)
{
  SdLogPage *self = SD_LOG_PAGE (widget);
  GtkFileChooserNative *dialog;
  g_autoptr(GFile) folder = dup_report_folder ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = sd_report_dup_file_name (sd_session_get_case (self->session), now);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  dialog = gtk_file_chooser_native_new (_("Save the Report as PDF"),
                                        GTK_WINDOW (gtk_widget_get_root (widget)),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (dialog), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_report_response_cb),
                    g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   SdReport          *report)
{
  guint n_pages = sd_report_paginate (report, gtk_print_context_get_cairo_context (context),
                                      gtk_print_context_get_width (context),
                                      gtk_print_context_get_height (context));

  gtk_print_operation_set_n_pages (operation, n_pages);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 SdReport          *report)
{
  sd_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  SdLogPage               *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      show_problem (self, _("The Report Could Not Be Printed"),
                    error != NULL ? error->message : "");
    }
}

static void
unref_report (gpointer  data,
              GClosure *closure)
{
  g_object_unref (data);
}

void
_sd_log_page_print_report_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SdLogPage *self = SD_LOG_PAGE (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(SdReport) report = make_report (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = sd_report_dup_file_name (sd_session_get_case (self->session), now);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(GFile) folder = dup_report_folder ();
  g_autoptr(GFile) file = g_file_get_child (folder, name);
  g_autofree char *uri = g_file_get_uri (file);

  /* Points from the paper's top left, as the report is laid out: it keeps
   * its own margins, wider than any printer's. */
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);

  /* "Print to File" offers the same file the Save button does. */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, uri);
  gtk_print_operation_set_print_settings (operation, settings);
  gtk_print_operation_set_job_name (operation, name);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb),
                         g_object_ref (report), unref_report, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (on_draw_page_cb),
                         g_object_ref (report), unref_report, 0);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (gtk_widget_get_root (widget)), NULL);
}
