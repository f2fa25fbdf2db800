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

static void
sd_log_page_constructed (GObject *object)
{
  SdLogPage *self = SD_LOG_PAGE (object);

  G_OBJECT_CLASS (sd_log_page_parent_class)->constructed (object);

  g_return_if_fail (SD_IS_SESSION (self->session));

  refresh (self);
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
