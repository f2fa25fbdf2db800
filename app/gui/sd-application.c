/* sd-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application: the headless command-line verbs are answered in
 * handle-local-options, before GTK is initialized, so they never need a display;
 * everything else opens the window.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-application.h"
#include "sd-commands.h"
#include "sd-gui-resources.h"
#include "sd-kiosk-pin.h"
#include "sd-languages.h"
#include "sd-window.h"

struct _SdApplication
{
  AdwApplication  parent_instance;

  SdCatalog      *catalog;
  SdSession      *session;
  GSettings      *settings;
  GStrv           data_dirs;
  char           *system_language;
  gboolean        kiosk;
  guint           replace_windows_id;
};

G_DEFINE_FINAL_TYPE (SdApplication, sd_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "list-procedures", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the procedures, one per line: id, title, minutes, difficulty, steps, file"), NULL },
  { "list-components", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the components, one per line: id, name, place on the fibre-optic ring, location"),
    NULL },
  { "list-symptoms", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the symptoms, one per line: id, component, question"), NULL },
  { "validate", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Check procedure and knowledge files and print each problem as file:line: message"),
    NULL },
  { "diagnose", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("Rank the likely causes for the symptoms ID,… seen, and advise the next step"),
    N_("ID[,ID…]") },
  { "absent", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --diagnose: symptoms that are not there"), N_("ID[,ID…]") },
  { "tried", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --diagnose: a procedure already tried and how it ended (resolved, unresolved "
       "or workshop); may be repeated"), N_("PROCEDURE=OUTCOME") },
  { "skill", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --diagnose: “diy” (the default) or “workshop”"), N_("LEVEL") },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --diagnose: print JSON for scripts"), NULL },
  { "data-dir", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL,
    N_("Also load procedures and knowledge from DIR (may be repeated)"), N_("DIR") },
  { "kiosk", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Fill the screen for walk-up customers, with the languages on the start page"), NULL },
  { "set-kiosk-pin", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Read the kiosk’s staff PIN from standard input and keep its hash in the settings; "
       "an empty line removes it"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

static SdCatalog *
create_catalog (const char * const *data_dirs)
{
  SdCatalog *catalog = sd_catalog_new ();

  for (guint i = 0; data_dirs != NULL && data_dirs[i] != NULL; i++)
    sd_catalog_add_directory (catalog, data_dirs[i]);
  sd_catalog_load (catalog);

  return catalog;
}

static int
run_command (SdCommand               command,
             const char * const     *data_dirs,
             const SdCommandOptions *options)
{
  g_autoptr(SdCatalog) catalog = create_catalog (data_dirs);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  int status;

  status = sd_commands_run (catalog, command, options, out, err);
  fputs (out->str, stdout);
  fputs (err->str, stderr);

  return status;
}

static GSettings *create_settings (void);

static int
sd_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  SdApplication *self = SD_APPLICATION (application);
  g_autofree const char **files = NULL;
  g_autofree const char **data_dirs = NULL;
  g_autofree const char **present = NULL;
  g_autofree const char **absent = NULL;
  g_autofree const char **tried = NULL;
  const char *skill = NULL;
  SdCommandOptions command_options = { NULL, };
  static const struct { const char *name; SdCommand command; } verbs[] = {
    { "list-procedures", SD_COMMAND_LIST_PROCEDURES },
    { "list-components", SD_COMMAND_LIST_COMPONENTS },
    { "list-symptoms", SD_COMMAND_LIST_SYMPTOMS },
    { "validate", SD_COMMAND_VALIDATE },
    { "diagnose", SD_COMMAND_DIAGNOSE },
  };

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "set-kiosk-pin"))
    {
      g_autoptr(GSettings) settings = create_settings ();

      return sd_kiosk_pin_set_from_stdin (settings);
    }

  g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &files);
  g_variant_dict_lookup (options, "data-dir", "^a&ay", &data_dirs);
  g_variant_dict_lookup (options, "diagnose", "^a&s", &present);
  g_variant_dict_lookup (options, "absent", "^a&s", &absent);
  g_variant_dict_lookup (options, "tried", "^a&s", &tried);
  g_variant_dict_lookup (options, "skill", "&s", &skill);

  command_options.files = files;
  command_options.present = present;
  command_options.absent = absent;
  command_options.tried = tried;
  command_options.skill = skill;
  command_options.json = g_variant_dict_contains (options, "json");

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      if (!g_variant_dict_contains (options, verbs[i].name))
        continue;

      if (verbs[i].command != SD_COMMAND_VALIDATE && files != NULL)
        {
          g_printerr (_("Unexpected argument: %s\n"), files[0]);
          return 2;
        }

      return run_command (verbs[i].command, data_dirs, &command_options);
    }

  if (absent != NULL || tried != NULL || skill != NULL || command_options.json)
    {
      g_printerr (_("--absent, --tried, --skill and --json go with --diagnose\n"));
      return 2;
    }

  if (files != NULL)
    {
      g_printerr (_("Unexpected argument: %s (to check a file, use --validate)\n"), files[0]);
      return 2;
    }

  self->data_dirs = g_strdupv ((GStrv) data_dirs);
  self->kiosk = g_variant_dict_contains (options, "kiosk");

  return G_APPLICATION_CLASS (sd_application_parent_class)->handle_local_options (application,
                                                                                   options);
}

/* The settings are optional: an uninstalled build may run without its schema. */
static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);

  return schema != NULL ? g_settings_new (APP_ID) : NULL;
}

/* Every main window is built again in the new language, in the same place: the
 * same page, or the wizard on the same step, since all of that is the session's. */
static gboolean
replace_windows_cb (gpointer user_data)
{
  SdApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  self->replace_windows_id = 0;
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (SD_IS_WINDOW (l->data))
        {
          SdWindow *window = sd_window_new (self);

          sd_window_take_place_of (window, l->data);
          gtk_window_present (GTK_WINDOW (window));
          gtk_window_destroy (l->data);
        }
    }

  return G_SOURCE_REMOVE;
}

/**
 * sd_application_rebuild_windows:
 *
 * Builds every main window anew, in the current language, once the main loop
 * is idle; the kiosk does so for each new customer.
 */
void
sd_application_rebuild_windows (SdApplication *self)
{
  g_return_if_fail (SD_IS_APPLICATION (self));

  if (self->replace_windows_id == 0)
    self->replace_windows_id = g_idle_add (replace_windows_cb, self);
}

static void
apply_language (SdApplication *self,
                const char    *language)
{
  sd_session_set_language (self->session,
                           language[0] != '\0' ? language : self->system_language);
}

static void
sd_application_language_action (GSimpleAction *action,
                                GVariant      *state,
                                gpointer       user_data)
{
  SdApplication *self = user_data;
  const char *language = g_variant_get_string (state, NULL);

  g_autoptr(GVariant) current = g_action_get_state (G_ACTION (action));

  if (g_variant_equal (state, current))
    return;

  g_simple_action_set_state (action, state);
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "language", language);
  apply_language (self, language);

  /* Not at once: the menu or button that asked belongs to a window that goes. */
  if (self->replace_windows_id == 0)
    self->replace_windows_id = g_idle_add (replace_windows_cb, self);
}

static void
sd_application_startup (GApplication *application)
{
  SdApplication *self = SD_APPLICATION (application);
  g_autofree char *language = NULL;
  g_autoptr(GSimpleAction) language_action = NULL;

  G_APPLICATION_CLASS (sd_application_parent_class)->startup (application);

  self->settings = create_settings ();
  if (self->settings != NULL)
    {
      language = g_settings_get_string (self->settings, "language");
      self->kiosk |= g_settings_get_boolean (self->settings, "kiosk");
    }
  else
    language = g_strdup ("");

  /* "The language of the computer" is what LANGUAGE said when the app started. */
  self->system_language = g_strdup (g_getenv ("LANGUAGE"));
  if (language[0] != '\0')
    sd_text_set_language (language);

  /* A kiosk has no "language of the computer": its buttons show the one in use. */
  if (self->kiosk && language[0] == '\0')
    {
      g_free (language);
      language = sd_languages_dup_current ();
    }

  language_action = g_simple_action_new_stateful ("language", G_VARIANT_TYPE_STRING,
                                                  g_variant_new_string (language));
  g_signal_connect (language_action, "change-state",
                    G_CALLBACK (sd_application_language_action), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (language_action));

  self->catalog = create_catalog ((const char * const *) self->data_dirs);
  self->session = sd_session_new (self->catalog, NULL);
}

static void
on_first_frame_cb (GdkFrameClock *clock,
                   GApplication  *application)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, application);
  g_print ("first-frame\n");
  g_application_quit (application);
}

static void
on_window_realized_cb (GtkWidget    *window,
                       GApplication *application)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_first_frame_cb), application);
}

static void
sd_application_activate (GApplication *application)
{
  SdApplication *self = SD_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (application));
  if (window == NULL)
    {
      window = GTK_WINDOW (sd_window_new (self));

      /* tests/bench/bench-startup.c times the way to the first painted frame. */
      if (g_getenv ("SOS_DOCTOR_QUIT_AFTER_FIRST_FRAME") != NULL)
        g_signal_connect (window, "realize", G_CALLBACK (on_window_realized_cb), application);
    }

  gtk_window_present (window);
}

static void
sd_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  SdApplication *self = user_data;
  static const char *developers[] = { "The SOS Doctor developers", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("SOS Doctor"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The SOS Doctor developers"),
                        "developers", developers,
                        "comments", _("Find and fix the cause of the emergency call (SOS) "
                                      "malfunction warning of BMW cars, step by step."),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
sd_application_activate_action (GSimpleAction *action,
                                GVariant      *parameter,
                                gpointer       user_data)
{
  g_application_activate (G_APPLICATION (user_data));
}

static void
sd_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
sd_application_finalize (GObject *object)
{
  SdApplication *self = (SdApplication *) object;

  g_clear_handle_id (&self->replace_windows_id, g_source_remove);
  g_clear_object (&self->session);
  g_clear_object (&self->catalog);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->data_dirs, g_strfreev);
  g_clear_pointer (&self->system_language, g_free);

  G_OBJECT_CLASS (sd_application_parent_class)->finalize (object);
}

static void
sd_application_class_init (SdApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = sd_application_finalize;
  application_class->handle_local_options = sd_application_handle_local_options;
  application_class->startup = sd_application_startup;
  application_class->activate = sd_application_activate;
}

static void
sd_application_init (SdApplication *self)
{
  static const GActionEntry actions[] = {
    { "about", sd_application_about_action },
    { "activate", sd_application_activate_action },
    { "quit", sd_application_quit_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static GOptionEntry translated[G_N_ELEMENTS (option_entries)];

  /* GApplication translates its options in the default domain, which is not
   * this app's (see main.c): they are translated here. */
  for (guint i = 0; i < G_N_ELEMENTS (option_entries); i++)
    {
      translated[i] = option_entries[i];
      if (option_entries[i].description != NULL)
        translated[i].description = _(option_entries[i].description);
      if (option_entries[i].arg_description != NULL)
        translated[i].arg_description = _(option_entries[i].arg_description);
    }

  g_application_add_main_option_entries (G_APPLICATION (self), translated);
  g_application_set_option_context_summary (
    G_APPLICATION (self),
    _("Find and fix the cause of the emergency call (SOS) malfunction warning of BMW cars."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
}

SdApplication *
sd_application_new (void)
{
  /* The GUI resources live in a static library; nothing else pulls them in. */
  sd_gui_register_resource ();

  return g_object_new (SD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * sd_application_get_catalog:
 *
 * Returns: (transfer none): the procedures and knowledge the app works with
 */
SdCatalog *
sd_application_get_catalog (SdApplication *self)
{
  g_return_val_if_fail (SD_IS_APPLICATION (self), NULL);

  return self->catalog;
}

/**
 * sd_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the app's settings, or %NULL when their
 *   schema is not installed
 */
GSettings *
sd_application_get_settings (SdApplication *self)
{
  g_return_val_if_fail (SD_IS_APPLICATION (self), NULL);

  return self->settings;
}

/**
 * sd_application_get_kiosk:
 *
 * Returns: whether the app runs as a kiosk for walk-up customers
 */
gboolean
sd_application_get_kiosk (SdApplication *self)
{
  g_return_val_if_fail (SD_IS_APPLICATION (self), FALSE);

  return self->kiosk;
}

/**
 * sd_application_get_session:
 *
 * Returns: (transfer none): the current case, its diagnosis and the run under way
 */
SdSession *
sd_application_get_session (SdApplication *self)
{
  g_return_val_if_fail (SD_IS_APPLICATION (self), NULL);

  return self->session;
}
