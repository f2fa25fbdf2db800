/* sd-languages.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The languages the app can be switched to: English, in which the texts are
 * written, and every language of po/LINGUAS. Each is named in its own language,
 * so that whoever reads it can find theirs whatever the app speaks now.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-languages.h"

static const struct
{
  const char *code;
  const char *name;
} names[] = {
  { "cs", "Čeština" },
  { "da", "Dansk" },
  { "de", "Deutsch" },
  { "en", "English" },
  { "es", "Español" },
  { "fr", "Français" },
  { "it", "Italiano" },
  { "nl", "Nederlands" },
  { "pl", "Polski" },
  { "pt", "Português" },
  { "sv", "Svenska" },
};

/**
 * sd_languages_get_name:
 *
 * Returns: the name of the language @code in that language, or %NULL if the
 *   app does not know it
 */
const char *
sd_languages_get_name (const char *code)
{
  g_return_val_if_fail (code != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (names[i].code, code))
      return names[i].name;

  return NULL;
}

static int
compare_by_name (gconstpointer a,
                 gconstpointer b)
{
  const char *code_a = *(const char * const *) a;
  const char *code_b = *(const char * const *) b;

  return g_utf8_collate (sd_languages_get_name (code_a), sd_languages_get_name (code_b));
}

/**
 * sd_languages_dup_available:
 *
 * Returns: (transfer full): the codes of the languages the app has, sorted by
 *   their names
 */
char **
sd_languages_dup_available (void)
{
  g_auto(GStrv) linguas = g_strsplit (SD_LINGUAS, " ", -1);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  g_ptr_array_add (codes, g_strdup ("en"));
  for (guint i = 0; linguas[i] != NULL; i++)
    {
      /* A language is offered only once its name is known here. */
      if (linguas[i][0] != '\0' && sd_languages_get_name (linguas[i]) != NULL)
        g_ptr_array_add (codes, g_strdup (linguas[i]));
    }
  g_ptr_array_sort (codes, compare_by_name);
  g_ptr_array_add (codes, NULL);

  return (char **) g_ptr_array_free (g_steal_pointer (&codes), FALSE);
}

/**
 * sd_languages_dup_current:
 *
 * Returns: (transfer full): the code of the language the app speaks now: the
 *   first of the user's languages that it has, or English
 */
char *
sd_languages_dup_current (void)
{
  const char * const *wanted = g_get_language_names ();
  g_auto(GStrv) codes = sd_languages_dup_available ();

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      /* "fr_CH.UTF-8@euro" is French. */
      g_autofree char *code = g_strndup (wanted[i], strcspn (wanted[i], "_.@"));

      if (g_strv_contains ((const char * const *) codes, code))
        return g_steal_pointer (&code);
      if (g_str_equal (code, "C") || g_str_equal (code, "POSIX"))
        break;
    }

  return g_strdup ("en");
}

/**
 * sd_languages_create_menu:
 *
 * Returns: (transfer full): a menu of the languages for the app.language
 *   action, starting with the language of the computer
 */
GMenu *
sd_languages_create_menu (void)
{
  g_auto(GStrv) codes = sd_languages_dup_available ();
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) system = g_menu_new ();
  g_autoptr(GMenu) languages = g_menu_new ();

  g_menu_append (system, _("Language of the Computer"), "app.language::");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (system));

  for (guint i = 0; codes[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (sd_languages_get_name (codes[i]), NULL);

      g_menu_item_set_action_and_target (item, "app.language", "s", codes[i]);
      g_menu_append_item (languages, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (languages));

  return menu;
}
