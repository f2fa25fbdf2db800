/* sd-kiosk-settings.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What staff change on the kiosk itself, behind the PIN: the idle time, and
 * which guides customers may start (the kiosk-guides setting), one switch per
 * guide of the catalog.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-kiosk-settings.h"

struct _SdKioskSettings
{
  AdwBin          parent_instance;

  GSettings      *settings;

  /* Template widgets */
  GtkSpinButton  *idle_seconds;
  GtkListBox     *guides;
};

G_DEFINE_FINAL_TYPE (SdKioskSettings, sd_kiosk_settings, ADW_TYPE_BIN)

/* The switch of the guide @id was flipped: the list follows. */
static void
on_guide_switched_cb (GtkSwitch  *toggle,
                      GParamSpec *pspec,
                      const char *id)
{
  SdKioskSettings *self = SD_KIOSK_SETTINGS (gtk_widget_get_ancestor (GTK_WIDGET (toggle),
                                                                      SD_TYPE_KIOSK_SETTINGS));
  g_auto(GStrv) guides = g_settings_get_strv (self->settings, "kiosk-guides");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) changed = NULL;

  for (guint i = 0; guides[i] != NULL; i++)
    if (!g_str_equal (guides[i], id))
      g_strv_builder_add (builder, guides[i]);
  if (gtk_switch_get_active (toggle))
    g_strv_builder_add (builder, id);

  changed = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "kiosk-guides", (const char * const *) changed);
}

static void
free_id (gpointer  data,
         GClosure *closure)
{
  g_free (data);
}

/**
 * sd_kiosk_settings_load:
 * @settings: (nullable): the app's settings; nothing can be changed without them
 *
 * Shows the current settings, with a switch for each guide of @catalog.
 */
void
sd_kiosk_settings_load (SdKioskSettings *self,
                        GSettings       *settings,
                        SdCatalog       *catalog)
{
  GListModel *procedures;
  g_auto(GStrv) offered = NULL;
  GtkWidget *child;

  g_return_if_fail (SD_IS_KIOSK_SETTINGS (self));
  g_return_if_fail (SD_IS_CATALOG (catalog));

  g_set_object (&self->settings, settings);
  gtk_widget_set_sensitive (GTK_WIDGET (self), settings != NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->guides))) != NULL)
    gtk_list_box_remove (self->guides, child);
  if (settings == NULL)
    return;

  g_settings_bind (settings, "kiosk-idle-seconds", self->idle_seconds, "value",
                   G_SETTINGS_BIND_DEFAULT);
  offered = g_settings_get_strv (settings, "kiosk-guides");
  procedures = sd_catalog_get_procedures (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);
      const char *id = sd_procedure_get_id (procedure);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle),
                             g_strv_contains ((const char * const *) offered, id));
      g_signal_connect_data (toggle, "notify::active", G_CALLBACK (on_guide_switched_cb),
                             g_strdup (id), free_id, 0);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sd_procedure_get_title (procedure));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      sd_procedure_get_title (procedure), -1);
      gtk_list_box_append (self->guides, row);
    }
}

static void
sd_kiosk_settings_dispose (GObject *object)
{
  SdKioskSettings *self = SD_KIOSK_SETTINGS (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (sd_kiosk_settings_parent_class)->dispose (object);
}

static void
sd_kiosk_settings_class_init (SdKioskSettingsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_kiosk_settings_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-kiosk-settings.ui");
  gtk_widget_class_bind_template_child (widget_class, SdKioskSettings, idle_seconds);
  gtk_widget_class_bind_template_child (widget_class, SdKioskSettings, guides);
}

static void
sd_kiosk_settings_init (SdKioskSettings *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
