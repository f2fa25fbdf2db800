/* main.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>

#include "sd-application.h"
#include "sd-report-command.h"

/* The report verb: its library draws with cairo and Pango, which the engine's
 * verbs in SdApplication do not link. */
static const GOptionEntry report_entries[] = {
  { "report", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the report of the case CASE (an id, or “current”) as PDF, to --output"),
    N_("CASE") },
  { "output", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("With --report: the PDF file to write"), N_("FILE") },
  { NULL }
};

static int
on_handle_local_options (GApplication *application,
                         GVariantDict *options,
                         gpointer      user_data)
{
  g_autofree const char **data_dirs = NULL;
  g_autoptr(GString) err = NULL;
  const char *case_id = NULL;
  const char *output = NULL;
  int status;

  g_variant_dict_lookup (options, "report", "&s", &case_id);
  g_variant_dict_lookup (options, "output", "^&ay", &output);
  if (case_id == NULL && output == NULL)
    return -1;  /* the application's own options */
  if (case_id == NULL)
    {
      g_printerr ("%s\n", _("--output goes with --report"));
      return 1;
    }

  g_variant_dict_lookup (options, "data-dir", "^a&ay", &data_dirs);
  err = g_string_new (NULL);
  status = sd_report_command_run (data_dirs, NULL, case_id, output, err);
  fputs (err->str, stderr);

  return status;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SdApplication) app = NULL;
  GOptionEntry translated[G_N_ELEMENTS (report_entries)];
  const char *localedir;

  /* An uninstalled build points this at its own compiled catalogs. */
  localedir = g_getenv ("SOS_DOCTOR_LOCALEDIR");
  if (localedir == NULL || localedir[0] == '\0')
    localedir = LOCALEDIR;

  /* No textdomain(): every string names its domain (gi18n-lib.h, and domain= in
   * the .ui files). With textdomain() set, GLib would decide at its first
   * translation in an English "C.UTF-8" session that nothing is ever to be
   * translated, and the language menu could switch nothing. */
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_set_application_name (_("SOS Doctor"));

  app = sd_application_new ();

  /* Translated here: GApplication would look in the default domain. */
  for (guint i = 0; i < G_N_ELEMENTS (report_entries); i++)
    {
      translated[i] = report_entries[i];
      if (report_entries[i].description != NULL)
        translated[i].description = _(report_entries[i].description);
      if (report_entries[i].arg_description != NULL)
        translated[i].arg_description = _(report_entries[i].arg_description);
    }
  g_application_add_main_option_entries (G_APPLICATION (app), translated);
  /* Before the application's own handler, which starts nothing for these. */
  g_signal_connect (app, "handle-local-options", G_CALLBACK (on_handle_local_options), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
