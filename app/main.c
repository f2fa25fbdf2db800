/* main.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sd-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SdApplication) app = NULL;
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

  return g_application_run (G_APPLICATION (app), argc, argv);
}
