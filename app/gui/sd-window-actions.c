/* sd-window-actions.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions (win.*) and their shortcuts: start, show and leave the
 * wizard, start a new case, copy or save the repair log, search the guides,
 * show the keyboard shortcuts, and close the window.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-guides-page.h"
#include "sd-kiosk.h"
#include "sd-window-private.h"

static void
sd_window_start_procedure_action (GtkWidget  *widget,
                                  const char *action_name,
                                  GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);
  SdProcedure *procedure;

  procedure = sd_catalog_lookup_procedure (sd_session_get_catalog (self->session),
                                           g_variant_get_string (parameter, NULL));
  if (procedure == NULL)
    return;
  /* Every page's Start comes here: a kiosk offers only the workshop's guides. */
  if (!sd_kiosk_window_may_start (GTK_WINDOW (self), sd_procedure_get_id (procedure)))
    return;

  sd_session_start_run (self->session, procedure);
  _sd_window_show_wizard (self);
}

static void
sd_window_show_wizard_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  _sd_window_show_wizard (SD_WINDOW (widget));
}

static void
on_leave_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SdWindow         *self)
{
  if (g_strcmp0 (response, "stop") == 0)
    sd_session_abandon_run (self->session);
  if (g_strcmp0 (response, "stop") == 0 || g_strcmp0 (response, "keep") == 0)
    _sd_window_show_pages (self, "diagnose");
}

static void
sd_window_leave_wizard_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);
  SdRun *run = sd_session_get_run (self->session);
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  if (!sd_window_get_wizard_shown (self) || run == NULL)
    return;

  body = g_strdup_printf (_("Your place in “%s” is kept: you can continue it later from the "
                            "Diagnose page, even after closing SOS Doctor."),
                          sd_procedure_get_title (sd_run_get_procedure (run)));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Leave This Guide?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "stop", _("_Stop the Guide"),
                                    "keep", _("_Keep for Later"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stop",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_leave_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_new_case_response_cb (AdwMessageDialog *dialog,
                         const char       *response,
                         SdWindow         *self)
{
  if (g_strcmp0 (response, "new") == 0)
    {
      sd_session_new_case (self->session);
      _sd_window_show_start (self);
    }
}

static void
sd_window_new_case_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Start a New Case?"),
                                   _("The answers, the guides tried and the repair log of this "
                                     "case will be cleared. Save or copy the repair log first if "
                                     "you need it."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "new", _("_Start a New Case"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "new",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_new_case_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* "Change…" on the Car page: "Your car" again, with a way back. */
static void
sd_window_change_car_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  _sd_window_show_profile (SD_WINDOW (widget), TRUE);
}

static void
sd_window_copy_log_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);
  g_autofree char *text = sd_session_dup_repair_log (self->session);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  _sd_window_toast (self, _("The repair log is copied."));
}

static void
on_save_log_response_cb (GtkNativeDialog *dialog,
                         int              response,
                         SdWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      text = sd_session_dup_repair_log (self->session);
      if (!g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                    G_FILE_CREATE_REPLACE_DESTINATION, NULL, NULL, &error))
        {
          _sd_window_show_problem (self, _("The Repair Log Could Not Be Saved"), error->message);
        }
      else
        {
          _sd_window_toast (self, _("The repair log is saved."));
        }
    }

  g_object_unref (dialog);
}

static void
sd_window_save_log_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Save the Repair Log"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  /* Translators: the file name suggested for the repair log; keep ".txt". */
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), _("sos-repair-log.txt"));
  g_signal_connect (dialog, "response", G_CALLBACK (on_save_log_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
sd_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);

  if (sd_window_get_wizard_shown (self))
    return;

  /* Showing the Guides page builds it, if it was not yet. */
  _sd_window_show_pages (self, "guides");
  sd_guides_page_focus_search (SD_GUIDES_PAGE (adw_bin_get_child (self->guides_bin)));
}

/* Ctrl+W; a kiosk's window is not for walk-up customers to close. */
static void
sd_window_close_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (widget));

  if (application != NULL && sd_application_get_kiosk (SD_APPLICATION (application)))
    return;

  gtk_window_close (GTK_WINDOW (widget));
}

/* Ctrl+?: the Keyboard Shortcuts window, built the first time it is asked
 * for, in the language in use then, and kept, hidden, for the next time.
 * GtkApplication would build it with every window, before its first frame,
 * had it been at RESOURCE_BASE/gtk/help-overlay.ui. It is the window's help
 * overlay all the same, so that the entries that name an action show the
 * keys the app gives it. */
static void
sd_window_show_help_overlay_action (GtkWidget  *widget,
                                    const char *action_name,
                                    GVariant   *parameter)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (widget);
  GtkShortcutsWindow *help_overlay = gtk_application_window_get_help_overlay (window);

  if (help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE "/ui/help-overlay.ui");

      help_overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, help_overlay);
    }
  gtk_window_present (GTK_WINDOW (help_overlay));
}

/**
 * _sd_window_drop_help_overlay:
 *
 * Destroys the Keyboard Shortcuts window, if it was built: with the window,
 * or when the language changes (it is built again in the new one).
 */
void
_sd_window_drop_help_overlay (SdWindow *self)
{
  gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self), NULL);
}

/**
 * _sd_window_class_actions_init:
 *
 * Installs the window's actions and their shortcuts; called from class_init.
 */
void
_sd_window_class_actions_init (SdWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, sd_window_search_action);
  gtk_widget_class_install_action (widget_class, "win.start-procedure", "s",
                                   sd_window_start_procedure_action);
  gtk_widget_class_install_action (widget_class, "win.show-wizard", NULL,
                                   sd_window_show_wizard_action);
  gtk_widget_class_install_action (widget_class, "win.leave-wizard", NULL,
                                   sd_window_leave_wizard_action);
  gtk_widget_class_install_action (widget_class, "win.new-case", NULL, sd_window_new_case_action);
  gtk_widget_class_install_action (widget_class, "win.change-car", NULL, sd_window_change_car_action);
  gtk_widget_class_install_action (widget_class, "win.copy-log", NULL, sd_window_copy_log_action);
  gtk_widget_class_install_action (widget_class, "win.save-log", NULL, sd_window_save_log_action);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, sd_window_close_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   sd_window_show_help_overlay_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.leave-wizard", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "win.close", NULL);
}
