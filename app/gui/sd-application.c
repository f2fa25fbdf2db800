/* sd-application.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The application: the headless command-line verbs are answered in
 * handle-local-options, before GTK is initialized, so they never need a display;
 * everything else opens the window. The app can be started by D-Bus activation
 * (data/io.github.sosdoctor.SosDoctor.service.in), which is how the "wait is
 * over" notification brings it back once it was closed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-application.h"
#include "sd-application-bench.h"
#include "sd-case-store.h"
#include "sd-commands.h"
#include "sd-gui-resources.h"
#include "sd-kiosk-pin.h"
#include "sd-languages.h"
#include "sd-mnemonic-names.h"
#include "sd-procedure-loader.h"
#include "sd-window.h"

struct _SdApplication
{
  AdwApplication  parent_instance;

  SdCatalog      *catalog;
  SdProcedureLoader *loader;
  gboolean        defer_user_guides;
  SdSession      *session;
  GSettings      *settings;
  GStrv           data_dirs;
  char           *system_language;
  gboolean        kiosk;
  guint           rebuild_windows_id;

  SdUriLauncher   uri_launcher;
  gpointer        uri_launcher_data;
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
  { "finding", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --diagnose: what a guide found, as its steps report it (KIND: symptom-present, "
       "symptom-absent, fault-found, fault-ruled-out or component-ok); may be repeated"),
    N_("PROCEDURE:KIND:ID") },
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

static int
run_command (SdCommand               command,
             const char * const     *data_dirs,
             const SdCommandOptions *options)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new_for_directories (data_dirs);
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
  g_autofree const char **findings = NULL;
  const char *skill = NULL;
  SdCommandOptions command_options = { NULL, };
  SdCommand car_command = SD_COMMAND_DIAGNOSE;
  gboolean car_options;
  g_autoptr(GPtrArray) car_lists = g_ptr_array_new_with_free_func (g_free);
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
  g_variant_dict_lookup (options, "finding", "^a&s", &findings);
  g_variant_dict_lookup (options, "skill", "&s", &skill);
  car_options = sd_commands_car_read_options (options, &command_options, &car_command,
                                              car_lists);
  car_options |= sd_commands_ring_read_options (options, &command_options, &car_command,
                                                car_lists);
  if (car_command != SD_COMMAND_DIAGNOSE)
    return run_command (car_command, data_dirs, &command_options);

  command_options.files = files;
  command_options.present = present;
  command_options.absent = absent;
  command_options.tried = tried;
  command_options.findings = findings;
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

  if (absent != NULL || tried != NULL || findings != NULL || skill != NULL ||
      command_options.json || car_options)
    {
      g_printerr (_("--absent, --tried, --finding, --skill and --json go with --diagnose\n"));
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

/* Every main window is built again in the new language, in place: the same
 * window, at the same size and position, on the same page, or the wizard on
 * the same step, since all of that is the session's. */
static gboolean
rebuild_windows_cb (gpointer user_data)
{
  SdApplication *self = user_data;
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));

  self->rebuild_windows_id = 0;
  for (GList *l = windows; l != NULL; l = l->next)
    {
      if (SD_IS_WINDOW (l->data))
        sd_window_rebuild (l->data);
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

  if (self->rebuild_windows_id == 0)
    self->rebuild_windows_id = g_idle_add (rebuild_windows_cb, self);
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

  /* Not at once: the menu or button that asked is part of what is rebuilt. */
  if (self->rebuild_windows_id == 0)
    self->rebuild_windows_id = g_idle_add (rebuild_windows_cb, self);
}

/* Whether the saved case is in the middle of a guide the catalog does not
 * have yet: one of the user's own, which it then needs before the window. */
static gboolean
saved_run_needs_user_guides (SdApplication *self)
{
  g_autofree char *path = sd_case_dup_default_path ();
  g_autofree char *notice = NULL;
  g_autoptr(SdCase) saved = sd_case_load (path, &notice);
  const SdCaseRun *run = sd_case_get_run (saved);

  return run != NULL && sd_catalog_lookup_procedure (self->catalog, run->procedure) == NULL;
}

/* Up to this many guides of the user's own are read before the window: they
 * take little time, and the diagnosis, made with the session, ranks them. */
#define MAX_USER_GUIDES_BEFORE_WINDOW 64

static guint
count_user_guides (const char *user_dir)
{
  g_autofree char *folder = g_build_filename (user_dir, "procedures", NULL);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    n += g_str_has_suffix (name, ".xml");

  return n;
}

static gpointer
load_catalog_thread (gpointer data)
{
  sd_catalog_load (SD_CATALOG (data));

  return NULL;
}

/* The built-in, system and workshop data, read in a thread while GTK and
 * libadwaita start (finish_catalog() waits for it); a large library of the
 * user's own guides after the first frame, in a thread
 * (on_frame_start_loading_cb()): the diagnosis follows them as they come. */
static GThread *
start_catalog (SdApplication *self)
{
  g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "sos-doctor", NULL);

  self->defer_user_guides = count_user_guides (user_dir) > MAX_USER_GUIDES_BEFORE_WINDOW;
  self->catalog = sd_catalog_new ();
  sd_catalog_set_defer_user_procedures (self->catalog, self->defer_user_guides);
  for (guint i = 0; self->data_dirs != NULL && self->data_dirs[i] != NULL; i++)
    sd_catalog_add_directory (self->catalog, self->data_dirs[i]);

  return g_thread_new ("sd-catalog", load_catalog_thread, self->catalog);
}

static void
read_icon_theme_thread (GTask        *task,
                        gpointer      theme,
                        gpointer      task_data,
                        GCancellable *cancellable)
{
  gtk_icon_theme_has_icon (theme, "pan-down-symbolic");
  g_task_return_boolean (task, TRUE);
}

/* The icon theme reads its index (over a thousand folders of Adwaita and
 * hicolor) when the first icon is looked up: here in a thread, while the
 * window is built, rather than on the main thread in the middle of the first
 * frame. GTK lets another thread look icons up once the main thread has set
 * the theme up, and makes the main thread wait for it if it gets there first. */
static void
start_reading_icon_theme (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  g_autoptr(GTask) task = NULL;

  if (display == NULL)
    return;
  task = g_task_new (gtk_icon_theme_get_for_display (display), NULL, NULL, NULL);
  g_task_set_source_tag (task, start_reading_icon_theme);
  g_task_run_in_thread (task, read_icon_theme_thread);
}

static void
finish_catalog (SdApplication *self,
                GThread       *thread)
{
  g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "sos-doctor", NULL);

  g_thread_join (thread);
  if (!self->defer_user_guides)
    return;

  self->loader = sd_procedure_loader_new (self->catalog, user_dir);
  if (saved_run_needs_user_guides (self))
    sd_procedure_loader_load_now (self->loader);
}

static void
sd_application_startup (GApplication *application)
{
  SdApplication *self = SD_APPLICATION (application);
  g_autofree char *language = NULL;
  g_autoptr(GSimpleAction) language_action = NULL;
  GThread *catalog_thread = start_catalog (self);

  /* GTK and libadwaita set themselves up meanwhile (display, CSS, fonts). */
  G_APPLICATION_CLASS (sd_application_parent_class)->startup (application);
  start_reading_icon_theme ();
  sd_add_name_without_mnemonic_hook ();

  /* Before the language changes the environment the loader may read. */
  finish_catalog (self, catalog_thread);

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

  self->session = sd_session_new (self->catalog, NULL);
}

static void
on_frame_start_loading_cb (GdkFrameClock *clock,
                           SdApplication *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_frame_start_loading_cb, self);
  _sd_application_bench_watch_loading (G_APPLICATION (self), self->loader);
  if (self->loader != NULL)
    sd_procedure_loader_start (self->loader);
}

/* The user's own guides are read once the window has shown its first frame. */
static void
on_window_realized_start_loading_cb (GtkWidget     *window,
                                     SdApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (on_frame_start_loading_cb), self, 0);
}

/* The main window, built if there is none. */
static GtkWindow *
ensure_window (SdApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      window = GTK_WINDOW (sd_window_new (self));
      g_signal_connect_object (window, "realize", G_CALLBACK (on_window_realized_start_loading_cb),
                               self, 0);

      _sd_application_bench_watch_window (G_APPLICATION (self), window);
    }

  return window;
}

static void
sd_application_activate (GApplication *application)
{
  gtk_window_present (ensure_window (SD_APPLICATION (application)));
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
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_ISSUES,
                        "copyright", "© 2026 The SOS Doctor developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: replace with your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Not BMW Software"), NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("SOS Doctor is not BMW software and is not affiliated "
                                        "with, endorsed by or supported by BMW AG. BMW, iDrive "
                                        "and ConnectedDrive are trademarks of BMW AG, named here "
                                        "only to say which cars this app is for."));
  gtk_window_present (GTK_WINDOW (about));
}

/* Where the user guide is: installed, yelp finds it by name; in the build tree
 * (`meson devenv`, SOS_DOCTOR_HELP_DIR), its index page is opened as a file. */
static char *
dup_help_uri (void)
{
  const char * const *dirs = g_get_system_data_dirs ();
  const char *help_dir = g_getenv ("SOS_DOCTOR_HELP_DIR");

  if (help_dir != NULL && help_dir[0] != '\0')
    {
      g_autofree char *index = g_build_filename (help_dir, "C", "index.page", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_filename_to_uri (index, NULL, NULL);
    }

  for (guint i = 0; dirs[i] != NULL; i++)
    {
      g_autofree char *index = g_build_filename (dirs[i], "help", "C", GETTEXT_PACKAGE,
                                                 "index.page", NULL);

      if (g_file_test (index, G_FILE_TEST_IS_REGULAR))
        return g_strdup ("help:" GETTEXT_PACKAGE);
    }

  return NULL;
}

static void
show_help_problem (GtkWindow  *parent,
                   const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, _("The Help Could Not Be Opened"), body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_help_shown_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_help_problem (GTK_WINDOW (source),
                       _("No help viewer is installed. Install Yelp, the GNOME help viewer, "
                         "to read the user guide."));
}

static void
sd_application_help_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  SdApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autofree char *uri = dup_help_uri ();

  if (uri == NULL)
    show_help_problem (window, _("The user guide is not installed."));
  else if (self->uri_launcher != NULL)
    self->uri_launcher (window, uri, self->uri_launcher_data);
  else
    gtk_show_uri_full (window, uri, GDK_CURRENT_TIME, NULL, on_help_shown_cb, NULL);
}

/* The "wait is over" notification's action: it may start the app, by D-Bus
 * activation, with no window yet. */
static void
sd_application_show_wizard_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  GtkWindow *window = ensure_window (SD_APPLICATION (user_data));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-wizard", NULL);
  gtk_window_present (window);
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

/* Saves happen in a thread of their own: the last ones are written before
 * the app goes. */
static void
sd_application_shutdown (GApplication *application)
{
  SdApplication *self = SD_APPLICATION (application);

  if (self->session != NULL)
    sd_session_flush (self->session);
  if (self->loader != NULL)
    sd_procedure_loader_stop (self->loader);

  G_APPLICATION_CLASS (sd_application_parent_class)->shutdown (application);
}

static void
sd_application_finalize (GObject *object)
{
  SdApplication *self = (SdApplication *) object;

  g_clear_handle_id (&self->rebuild_windows_id, g_source_remove);
  g_clear_object (&self->session);
  g_clear_object (&self->loader);
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
  application_class->shutdown = sd_application_shutdown;
}

static void
sd_application_init (SdApplication *self)
{
  static const GActionEntry actions[] = {
    { "about", sd_application_about_action },
    { "activate", sd_application_activate_action },
    { "help", sd_application_help_action },
    { "show-wizard", sd_application_show_wizard_action },
    { "quit", sd_application_quit_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *shortcuts_accels[] = { "<Control>question", NULL };
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
  sd_commands_car_add_options (G_APPLICATION (self));
  sd_commands_ring_add_options (G_APPLICATION (self));
  g_application_set_option_context_summary (
    G_APPLICATION (self),
    _("Find and fix the cause of the emergency call (SOS) malfunction warning of BMW cars."));
  g_action_map_add_action_entries (G_ACTION_MAP (self), actions, G_N_ELEMENTS (actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "win.show-help-overlay",
                                         shortcuts_accels);
}

SdApplication *
sd_application_new (void)
{
  /* The GUI resources live in a static library; nothing else pulls them in. */
  sd_gui_register_resource ();

  /* The default flags let the app be D-Bus activated, as its desktop file says. */
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
 * sd_application_get_loader:
 *
 * Returns: (transfer none) (nullable): what reads the user's own guides into
 *   the catalog after the first frame, and says how far it is; %NULL when
 *   they were few enough to be read before the window
 */
SdProcedureLoader *
sd_application_get_loader (SdApplication *self)
{
  g_return_val_if_fail (SD_IS_APPLICATION (self), NULL);

  return self->loader;
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

/**
 * sd_application_set_uri_launcher:
 * @launcher: (nullable): what opens the user guide instead of gtk_show_uri(),
 *   or %NULL for gtk_show_uri()
 * @user_data: passed to @launcher
 *
 * For the tests, which check what Help (F1) would open.
 */
void
sd_application_set_uri_launcher (SdApplication *self,
                                 SdUriLauncher  launcher,
                                 gpointer       user_data)
{
  g_return_if_fail (SD_IS_APPLICATION (self));

  self->uri_launcher = launcher;
  self->uri_launcher_data = user_data;
}
