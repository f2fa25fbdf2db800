/* sd-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sd-guides-page.h"
#include "sd-window.h"

struct _SdWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  SdGuidesPage         *guides_page;
};

G_DEFINE_FINAL_TYPE (SdWindow, sd_window, ADW_TYPE_APPLICATION_WINDOW)

static void
sd_window_search_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  SdWindow *self = SD_WINDOW (widget);

  sd_guides_page_focus_search (self->guides_page);
}

static void
sd_window_remember_size (SdWindow *self)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* An uninstalled build without GSETTINGS_SCHEMA_DIR has no schema; the window
   * then simply does not remember its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL)
    {
      self->settings = g_settings_new (APP_ID);
      g_settings_bind (self->settings, "window-width", self, "default-width",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-height", self, "default-height",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "window-maximized", self, "maximized",
                       G_SETTINGS_BIND_DEFAULT);
    }
}

static void
sd_window_dispose (GObject *object)
{
  SdWindow *self = SD_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sd_window_parent_class)->dispose (object);
}

static void
sd_window_class_init (SdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_window_dispose;

  g_type_ensure (SD_TYPE_GUIDES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SdWindow, guides_page);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, sd_window_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK,
                                       "win.search", NULL);
}

static void
sd_window_init (SdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SdWindow *
sd_window_new (SdApplication *application)
{
  SdWindow *self;

  g_return_val_if_fail (SD_IS_APPLICATION (application), NULL);

  self = g_object_new (SD_TYPE_WINDOW,
                       "application", application,
                       NULL);
  sd_guides_page_set_catalog (self->guides_page, sd_application_get_catalog (application));
  sd_window_remember_size (self);

  return self;
}
