/* sd-log-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The repair log: what was noticed, tried and concluded, as the text a mechanic
 * wants, always up to date with the session.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-log-page.h"

struct _SdLogPage
{
  AdwBin       parent_instance;

  SdSession   *session;
  char        *text;

  GtkTextView *text_view;
};

G_DEFINE_FINAL_TYPE (SdLogPage, sd_log_page, ADW_TYPE_BIN)

static void
refresh (SdLogPage *self)
{
  g_free (self->text);
  self->text = sd_session_dup_repair_log (self->session);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), self->text, -1);
}

static void
sd_log_page_dispose (GObject *object)
{
  SdLogPage *self = SD_LOG_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_LOG_PAGE);
  g_clear_object (&self->session);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (sd_log_page_parent_class)->dispose (object);
}

static void
sd_log_page_class_init (SdLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_log_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdLogPage, text_view);
}

static void
sd_log_page_init (SdLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sd_log_page_new (SdSession *session)
{
  SdLogPage *self;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_LOG_PAGE, NULL);
  self->session = g_object_ref (session);
  refresh (self);
  g_signal_connect_object (session, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "run-changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * sd_log_page_get_text:
 *
 * Returns: (transfer none): the repair log as shown
 */
const char *
sd_log_page_get_text (SdLogPage *self)
{
  g_return_val_if_fail (SD_IS_LOG_PAGE (self), NULL);

  return self->text;
}
