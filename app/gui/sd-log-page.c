/* sd-log-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The repair log: what was noticed, tried and concluded, as the text a mechanic
 * wants, always up to date with the session; the owner's notes, saved with the
 * case a moment after typing stops; and the case's title, with the list of
 * cases. The printed and PDF report are in sd-log-page-report.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-application.h"
#include "sd-cases-dialog.h"
#include "sd-log-page.h"
#include "sd-log-page-private.h"

/* How long typing in the notes pauses before they are saved. */
#define NOTES_SAVE_DELAY_MS 700

G_DEFINE_FINAL_TYPE (SdLogPage, sd_log_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The buffer is set again only when the log changed, so that an answer that
 * leaves it as it was keeps the reader's place and selection. */
static void
refresh (SdLogPage *self)
{
  g_autofree char *text = sd_session_dup_repair_log (self->session);

  if (g_strcmp0 (text, self->text) == 0)
    return;

  g_free (self->text);
  self->text = g_steal_pointer (&text);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), self->text, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* Saves the notes as typed, if a save is pending. */
static void
save_notes (SdLogPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;
  g_autofree char *notes = NULL;

  if (self->notes_save_id == 0)
    return;
  g_clear_handle_id (&self->notes_save_id, g_source_remove);

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  notes = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sd_session_set_notes (self->session, notes);
}

static gboolean
save_notes_cb (gpointer user_data)
{
  SdLogPage *self = user_data;

  /* Still pending, so that save_notes() saves. */
  save_notes (self);

  return G_SOURCE_REMOVE;
}

static void
on_notes_changed_cb (SdLogPage *self)
{
  if (self->notes_save_id != 0)
    g_source_remove (self->notes_save_id);
  self->notes_save_id = g_timeout_add (NOTES_SAVE_DELAY_MS, save_notes_cb, self);
}

/* Shows the session's case: its title and its notes. */
static void
show_case (SdLogPage *self)
{
  SdCase *kase = sd_session_get_case (self->session);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *title = sd_case_dup_title (kase);
  const char *notes = sd_case_get_notes (kase);

  /* Notes typed for the case that was open went with it (sd_session_open_case
   * saves it), unless they were still waiting: they are saved now, first. */
  if (self->notes_case != kase)
    {
      g_clear_handle_id (&self->notes_save_id, g_source_remove);
      self->notes_case = kase;
      g_signal_handlers_block_by_func (buffer, on_notes_changed_cb, self);
      gtk_text_buffer_set_text (buffer, notes != NULL ? notes : "", -1);
      g_signal_handlers_unblock_by_func (buffer, on_notes_changed_cb, self);
    }
  gtk_label_set_text (self->case_label, title);
}

static void
sd_log_page_constructed (GObject *object)
{
  SdLogPage *self = SD_LOG_PAGE (object);
  GApplication *application;

  G_OBJECT_CLASS (sd_log_page_parent_class)->constructed (object);

  g_return_if_fail (SD_IS_SESSION (self->session));

  g_signal_connect_object (gtk_text_view_get_buffer (self->notes_view), "changed",
                           G_CALLBACK (on_notes_changed_cb), self, G_CONNECT_SWAPPED);
  /* The kiosk keeps only the current customer's case. */
  application = g_application_get_default ();
  gtk_widget_set_visible (GTK_WIDGET (self->case_bar),
                          !(SD_IS_APPLICATION (application) &&
                            sd_application_get_kiosk (SD_APPLICATION (application))));

  refresh (self);
  show_case (self);
  g_signal_connect_object (self->session, "notify::case", G_CALLBACK (show_case), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "run-changed", G_CALLBACK (refresh), self,
                           G_CONNECT_SWAPPED);
}

static void
sd_log_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SdLogPage *self = SD_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_log_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SdLogPage *self = SD_LOG_PAGE (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_log_page_dispose (GObject *object)
{
  SdLogPage *self = SD_LOG_PAGE (object);

  /* Nothing typed is lost: notes waiting for their save are saved now, the
   * case they were typed for still being the session's. */
  if (self->session != NULL && sd_session_get_case (self->session) == self->notes_case &&
      self->notes_save_id != 0)
    {
      save_notes (self);
      sd_session_flush (self->session);
    }
  g_clear_handle_id (&self->notes_save_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_LOG_PAGE);
  g_clear_object (&self->session);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (sd_log_page_parent_class)->dispose (object);
}

static void
sd_log_page_cases_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  SdLogPage *self = SD_LOG_PAGE (widget);
  GtkWidget *dialog;

  save_notes (self);
  dialog = sd_cases_dialog_new (self->session);
  gtk_window_set_transient_for (GTK_WINDOW (dialog),
                                GTK_WINDOW (gtk_widget_get_root (widget)));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sd_log_page_class_init (SdLogPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_log_page_constructed;
  object_class->get_property = sd_log_page_get_property;
  object_class->set_property = sd_log_page_set_property;
  object_class->dispose = sd_log_page_dispose;

  /**
   * SdLogPage:session:
   *
   * The session whose repair log the page shows.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * SdLogPage:text:
   *
   * The repair log as shown.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-log-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdLogPage, text_view);
  gtk_widget_class_bind_template_child (widget_class, SdLogPage, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SdLogPage, case_label);
  gtk_widget_class_bind_template_child (widget_class, SdLogPage, case_bar);

  gtk_widget_class_install_action (widget_class, "log.save-report", NULL,
                                   _sd_log_page_save_report_action);
  gtk_widget_class_install_action (widget_class, "log.print-report", NULL,
                                   _sd_log_page_print_report_action);
  gtk_widget_class_install_action (widget_class, "log.cases", NULL, sd_log_page_cases_action);
}

static void
sd_log_page_init (SdLogPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sd_log_page_new (SdSession *session)
{
  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  return g_object_new (SD_TYPE_LOG_PAGE,
                       "session", session,
                       NULL);
}

/**
 * sd_log_page_flush_notes:
 *
 * Saves the notes typed now, without waiting for the pause in typing.
 */
void
sd_log_page_flush_notes (SdLogPage *self)
{
  g_return_if_fail (SD_IS_LOG_PAGE (self));

  save_notes (self);
  /* On disk before the window goes: saves are written in their own thread. */
  sd_session_flush (self->session);
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
