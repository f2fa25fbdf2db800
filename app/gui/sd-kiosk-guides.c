/* sd-kiosk-guides.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Which guides a kiosk offers: the workshop's choice, in the kiosk-guides
 * setting. The others are not started from any page; the customer is asked to
 * see the staff instead.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-kiosk.h"

/* When the settings schema is not installed: the guides that need no tools,
 * no opened panels and no live call (see data/io.github.sosdoctor.SosDoctor.gschema.xml). */
static const char * const default_guides[] = {
  "idrive-reboot", "idrive-reinit-bluetooth", "verify-warning", "fuse-check", NULL
};

/**
 * sd_kiosk_allows_procedure:
 *
 * Returns: whether the workshop offers the guide @procedure_id on its kiosk
 *   (the kiosk-guides setting)
 */
gboolean
sd_kiosk_allows_procedure (SdKiosk    *self,
                           const char *procedure_id)
{
  GtkApplication *application;
  GSettings *settings;
  g_auto(GStrv) guides = NULL;

  g_return_val_if_fail (SD_IS_KIOSK (self), FALSE);
  g_return_val_if_fail (procedure_id != NULL, FALSE);

  application = gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  settings = application != NULL ? sd_application_get_settings (SD_APPLICATION (application))
                                 : NULL;
  if (settings == NULL)
    return g_strv_contains (default_guides, procedure_id);

  guides = g_settings_get_strv (settings, "kiosk-guides");

  return g_strv_contains ((const char * const *) guides, procedure_id);
}

/**
 * sd_kiosk_get_for_window:
 *
 * Returns: (transfer none) (nullable): the kiosk of @window, or %NULL when it
 *   is not one
 */
SdKiosk *
sd_kiosk_get_for_window (GtkWindow *window)
{
  GtkWidget *content;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  if (!ADW_IS_APPLICATION_WINDOW (window))
    return NULL;

  content = adw_application_window_get_content (ADW_APPLICATION_WINDOW (window));

  return SD_IS_KIOSK (content) ? SD_KIOSK (content) : NULL;
}

/**
 * sd_kiosk_window_may_start:
 *
 * For the win.start-procedure action, which every page's Start goes through:
 * on a kiosk, a guide the workshop does not offer is not started, and the
 * customer is asked to see the staff instead.
 *
 * Returns: whether @window may start @procedure_id
 */
gboolean
sd_kiosk_window_may_start (GtkWindow  *window,
                           const char *procedure_id)
{
  SdKiosk *self = sd_kiosk_get_for_window (window);
  GtkWidget *dialog;

  if (self == NULL || sd_kiosk_get_unlocked (self) || sd_kiosk_allows_procedure (self, procedure_id))
    return TRUE;

  dialog = adw_message_dialog_new (window, _("Ask Our Staff"),
                                   _("This guide needs tools, care or a live emergency call: "
                                     "please ask our staff, who will do it with you."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));

  return FALSE;
}

