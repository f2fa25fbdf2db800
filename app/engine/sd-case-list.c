/* sd-case-list.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Several cases: each its own file, STATE/cases/ID.ini, kept and read by
 * sd-case-store.c with its copy and damaged-file safety; STATE/current-case
 * names the one the app opens. The single STATE/case.ini of earlier versions is
 * moved, as it is, with its copy, to become the first case.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sd-case-private.h"

#define CURRENT_FILE "current-case"
#define ID_MAX_LENGTH 64

void
sd_case_info_free (SdCaseInfo *info)
{
  if (info == NULL)
    return;

  g_free (info->id);
  g_free (info->title);
  g_free (info->name);
  g_free (info->car);
  g_clear_pointer (&info->created, g_date_time_unref);
  g_free (info);
}

/**
 * sd_case_store_dup_state_dir:
 *
 * Returns: (transfer full): the folder the cases are kept in, the app's
 *   folder in the user state directory
 */
char *
sd_case_store_dup_state_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "sos-doctor", NULL);
}

static char *
state_dir_or_default (const char *state_dir)
{
  return state_dir != NULL ? g_strdup (state_dir) : sd_case_store_dup_state_dir ();
}

/**
 * sd_case_store_id_is_valid:
 *
 * Returns: whether @id can name a case: letters, digits, `-` and `_`, so that
 *   it never names a file outside the folder of cases
 */
gboolean
sd_case_store_id_is_valid (const char *id)
{
  gsize length;

  if (id == NULL)
    return FALSE;

  length = strlen (id);
  if (length == 0 || length > ID_MAX_LENGTH)
    return FALSE;

  for (const char *p = id; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '-' && *p != '_')
      return FALSE;

  return TRUE;
}

/**
 * sd_case_store_dup_path:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * Returns: (transfer full) (nullable): the file case @id is kept in, or %NULL
 *   if @id is not a valid id
 */
char *
sd_case_store_dup_path (const char *state_dir,
                        const char *id)
{
  g_autofree char *dir = state_dir_or_default (state_dir);
  g_autofree char *name = NULL;

  if (!sd_case_store_id_is_valid (id))
    return NULL;

  name = g_strconcat (id, ".ini", NULL);

  return g_build_filename (dir, "cases", name, NULL);
}

static gboolean
case_exists (const char *state_dir,
             const char *id)
{
  g_autofree char *path = sd_case_store_dup_path (state_dir, id);
  g_autofree char *backup = g_strconcat (path, ".bak", NULL);

  return path != NULL &&
         (g_file_test (path, G_FILE_TEST_EXISTS) || g_file_test (backup, G_FILE_TEST_EXISTS));
}

/* An id no case has: the time it was started, readable and in order. */
static char *
new_id (const char *state_dir)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint i = 1;; i++)
    {
      g_autofree char *id = i == 1 ? g_strdup (stamp) : g_strdup_printf ("%s-%u", stamp, i);

      if (!case_exists (state_dir, id))
        return g_steal_pointer (&id);
    }
}

static gboolean
ensure_cases_dir (const char  *state_dir,
                  GError     **error)
{
  g_autofree char *dir = state_dir_or_default (state_dir);
  g_autofree char *cases = g_build_filename (dir, "cases", NULL);

  if (g_mkdir_with_parents (cases, 0700) == 0)
    return TRUE;

  {
    int saved_errno = errno;
    g_autofree char *shown = g_filename_display_name (cases);

    g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                 _("Cannot create %s: %s"), shown, g_strerror (saved_errno));
  }
  return FALSE;
}

/**
 * sd_case_store_dup_current_id:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * Returns: (transfer full) (nullable): the id of the case the app opens, or
 *   %NULL if none is chosen yet
 */
char *
sd_case_store_dup_current_id (const char *state_dir)
{
  g_autofree char *dir = state_dir_or_default (state_dir);
  g_autofree char *path = g_build_filename (dir, CURRENT_FILE, NULL);
  g_autofree char *contents = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return NULL;

  g_strstrip (contents);
  if (!sd_case_store_id_is_valid (contents))
    return NULL;

  return g_steal_pointer (&contents);
}

/**
 * sd_case_store_set_current:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * Makes @id the case the app opens.
 *
 * Returns: %TRUE on success
 */
gboolean
sd_case_store_set_current (const char  *state_dir,
                           const char  *id,
                           GError     **error)
{
  g_autofree char *dir = state_dir_or_default (state_dir);
  g_autofree char *path = g_build_filename (dir, CURRENT_FILE, NULL);
  g_autofree char *line = NULL;

  g_return_val_if_fail (sd_case_store_id_is_valid (id), FALSE);

  if (!ensure_cases_dir (state_dir, error))
    return FALSE;

  line = g_strconcat (id, "\n", NULL);

  return g_file_set_contents_full (path, line, -1,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

/* Moves the single case of earlier versions, and its copy, into the folder of
 * cases as they are: the store's checks and its copy still apply on load. */
static void
migrate (const char *state_dir,
         const char *id)
{
  g_autofree char *dir = state_dir_or_default (state_dir);
  g_autofree char *path = sd_case_store_dup_path (state_dir, id);
  const char *suffixes[] = { "", ".bak" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *old_name = g_strconcat ("case.ini", suffixes[i], NULL);
      g_autofree char *old = g_build_filename (dir, old_name, NULL);
      g_autofree char *new = g_strconcat (path, suffixes[i], NULL);

      if (g_file_test (old, G_FILE_TEST_EXISTS) && g_rename (old, new) != 0)
        g_debug ("Could not move %s to %s: %s", old, new, g_strerror (errno));
    }
}

/**
 * sd_case_store_dup_current_path:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * The file of the case the app opens. When none is chosen yet one is: the
 * case of an earlier version (STATE/case.ini), moved among the cases, or a new
 * one.
 *
 * Returns: (transfer full): the file of the current case
 */
char *
sd_case_store_dup_current_path (const char *state_dir)
{
  g_autofree char *id = sd_case_store_dup_current_id (state_dir);
  g_autoptr(GError) error = NULL;

  if (id == NULL)
    {
      id = new_id (state_dir);
      if (ensure_cases_dir (state_dir, &error))
        migrate (state_dir, id);
      /* Unsaved, the same id is chosen again the next time: the case is not lost. */
      if (error != NULL || !sd_case_store_set_current (state_dir, id, &error))
        g_debug ("Could not remember the current case: %s", error->message);
    }

  return sd_case_store_dup_path (state_dir, id);
}

/**
 * sd_case_store_create:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * Starts a new, empty case and saves it. It does not become the current one.
 *
 * Returns: (transfer full) (nullable): its id, or %NULL on error
 */
char *
sd_case_store_create (const char  *state_dir,
                      GError     **error)
{
  g_autofree char *id = new_id (state_dir);
  g_autofree char *path = sd_case_store_dup_path (state_dir, id);
  g_autoptr(SdCase) kase = sd_case_new ();

  if (!sd_case_save (kase, path, error))
    return NULL;

  return g_steal_pointer (&id);
}

/**
 * sd_case_store_open:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 * @id: a case's id, or `current`
 * @notice: (out) (optional) (nullable): what the store did about a damaged file
 *
 * Reads a case that exists, unlike sd_case_load(), which starts a new one;
 * `current` is the case the app opens, new if none was saved yet.
 *
 * Returns: (transfer full) (nullable): the case, its id set, or %NULL with
 *   %SD_CASE_ERROR_NOT_FOUND
 */
SdCase *
sd_case_store_open (const char  *state_dir,
                    const char  *id,
                    char       **notice,
                    GError     **error)
{
  g_autofree char *current = NULL;
  g_autofree char *path = NULL;
  gboolean is_current = g_strcmp0 (id, "current") == 0;
  SdCase *kase;

  g_return_val_if_fail (id != NULL, NULL);

  if (notice != NULL)
    *notice = NULL;

  if (is_current)
    {
      g_free (sd_case_store_dup_current_path (state_dir));
      id = current = sd_case_store_dup_current_id (state_dir);
    }

  /* The current case is the one the app would open, new if it was never saved. */
  if (id == NULL || (!is_current && !case_exists (state_dir, id)))
    {
      g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_NOT_FOUND,
                   /* Translators: %s is what was given as a case's id. */
                   _("There is no case “%s”"), id != NULL ? id : "current");
      return NULL;
    }

  path = sd_case_store_dup_path (state_dir, id);
  kase = sd_case_load (path, notice);
  sd_case_set_id (kase, id);

  return kase;
}

static gint
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  const SdCaseInfo *first = *(SdCaseInfo * const *) a;
  const SdCaseInfo *second = *(SdCaseInfo * const *) b;
  int order = g_date_time_compare (second->created, first->created);

  return order != 0 ? order : g_strcmp0 (second->id, first->id);
}

/**
 * sd_case_store_list:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * Returns: (transfer full) (element-type SdCaseInfo): the cases, the newest first
 */
GPtrArray *
sd_case_store_list (const char *state_dir)
{
  g_autofree char *dir = state_dir_or_default (state_dir);
  g_autofree char *cases = g_build_filename (dir, "cases", NULL);
  g_autoptr(GDir) listing = g_dir_open (cases, 0, NULL);
  GPtrArray *infos = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_case_info_free);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *id = NULL;
      g_autoptr(SdCase) kase = NULL;
      SdCaseInfo *info;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      id = g_strndup (name, strlen (name) - strlen (".ini"));
      if (!sd_case_store_id_is_valid (id) || (kase = sd_case_store_open (state_dir, id,
                                                                           NULL, NULL)) == NULL)
        continue;

      info = g_new0 (SdCaseInfo, 1);
      info->id = g_steal_pointer (&id);
      info->title = sd_case_dup_title (kase);
      info->name = g_strdup (kase->name);
      info->car = g_strdup (kase->car_label);
      info->created = g_date_time_ref (kase->created);
      info->n_answers = g_hash_table_size (kase->answers);
      info->outcome = kase->tried->len > 0
        ? ((SdTried *) g_ptr_array_index (kase->tried, kase->tried->len - 1))->outcome
        : SD_OUTCOME_NONE;
      g_ptr_array_add (infos, info);
    }

  g_ptr_array_sort (infos, compare_newest_first);

  return infos;
}

/**
 * sd_case_store_rename:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 * @name: (nullable): the new name; %NULL or empty for none
 *
 * Returns: %TRUE on success
 */
gboolean
sd_case_store_rename (const char  *state_dir,
                      const char  *id,
                      const char  *name,
                      GError     **error)
{
  g_autoptr(SdCase) kase = sd_case_store_open (state_dir, id, NULL, error);
  g_autofree char *path = NULL;

  if (kase == NULL)
    return FALSE;

  sd_case_set_name (kase, name);
  path = sd_case_store_dup_path (state_dir, sd_case_get_id (kase));

  return sd_case_save (kase, path, error);
}

/**
 * sd_case_store_delete:
 * @state_dir: (nullable): the folder of the app's state; the default if %NULL
 *
 * Removes a case and its copy. If it was the current one, none is until
 * sd_case_store_dup_current_path() starts a new one.
 *
 * Returns: %TRUE on success
 */
gboolean
sd_case_store_delete (const char  *state_dir,
                      const char  *id,
                      GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *current = sd_case_store_dup_current_id (state_dir);

  if (!case_exists (state_dir, id))
    {
      g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_NOT_FOUND,
                   _("There is no case “%s”"), id != NULL ? id : "");
      return FALSE;
    }

  path = sd_case_store_dup_path (state_dir, id);
  backup = g_strconcat (path, ".bak", NULL);
  g_unlink (backup);
  if (g_unlink (path) != 0 && errno != ENOENT)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot remove %s: %s"), shown, g_strerror (saved_errno));
      return FALSE;
    }

  if (g_strcmp0 (current, id) == 0)
    {
      g_autofree char *dir = state_dir_or_default (state_dir);
      g_autofree char *current_path = g_build_filename (dir, CURRENT_FILE, NULL);

      g_unlink (current_path);
    }

  return TRUE;
}
