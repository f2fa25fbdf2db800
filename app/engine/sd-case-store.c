/* sd-case-store.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case on disk, in the user state directory. A save writes and syncs a
 * temporary file and renames it into place, after the file it replaces has been
 * kept as `PATH.bak` if it proved whole; the last good copy is never overwritten
 * by a worse one. A load reads only a regular file under a size cap, without
 * ever blocking; a file that does not prove whole is set aside and the last good
 * copy used, and the caller is told. The text itself is sd-case-format.c's.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sd-case-private.h"

/**
 * sd_case_dup_default_path:
 *
 * The current case's file among the cases in the user state directory; the
 * single case of earlier versions becomes the first (sd-case-list.c).
 *
 * Returns: (transfer full): where the current case is kept
 */
char *
sd_case_dup_default_path (void)
{
  return sd_case_store_dup_current_path (NULL);
}

static void
damaged (GError    **error,
         const char *what)
{
  g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
               _("the saved case is damaged: %s"), what);
}

/* Reads a whole file if it is a regular one under the cap: a FIFO, a device or a
 * directory is refused at once, never read from or waited on. */
static char *
read_regular_file (const char  *path,
                   gsize       *length,
                   GError     **error)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autoptr(GByteArray) bytes = NULL;
  struct stat info;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot read %s: %s"), display, g_strerror (saved_errno));
      return NULL;
    }

  if (fstat (fd, &info) != 0 || !S_ISREG (info.st_mode))
    {
      g_close (fd, NULL);
      damaged (error, _("it is not a regular file"));
      return NULL;
    }

  if (info.st_size > SD_CASE_MAX_FILE_SIZE)
    {
      g_close (fd, NULL);
      damaged (error, _("it is larger than 1 MiB"));
      return NULL;
    }

  /* The size may change while it is read: never more than the cap. */
  bytes = g_byte_array_sized_new (info.st_size + 1);
  for (;;)
    {
      guint8 buffer[16384];
      gssize n = read (fd, buffer, sizeof buffer);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved_errno = errno;

          g_close (fd, NULL);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       _("Cannot read %s: %s"), display, g_strerror (saved_errno));
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (bytes, buffer, n);
      if (bytes->len > SD_CASE_MAX_FILE_SIZE)
        {
          g_close (fd, NULL);
          damaged (error, _("it is larger than 1 MiB"));
          return NULL;
        }
    }
  g_close (fd, NULL);

  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);

  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

static SdCase *
read_case (const char  *path,
           GString     *notices,
           char       **contents,
           gsize       *contents_length,
           GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *notice = NULL;
  gsize length;
  SdCase *self;

  data = read_regular_file (path, &length, error);
  if (data == NULL)
    return NULL;

  self = sd_case_new_from_data (data, length, &notice, error);
  if (notice != NULL)
    g_string_append_printf (notices, "%s%s", notices->len > 0 ? "\n" : "", notice);
  if (self != NULL && contents != NULL)
    {
      *contents = g_steal_pointer (&data);
      *contents_length = length;
    }

  return self;
}

static char *
backup_path (const char *path)
{
  return g_strconcat (path, ".bak", NULL);
}

/* Whether @name is NAME.XXXXXX, the temporary file g_file_set_contents_full()
 * writes NAME through. A suffix of lower-case letters only is taken for a word
 * someone chose (case.ini.backup), not for six random letters and digits. */
static gboolean
is_temporary_of (const char *name,
                 const char *base)
{
  gsize base_length = strlen (base);
  gboolean random = FALSE;

  if (strncmp (name, base, base_length) != 0 || name[base_length] != '.' ||
      strlen (name + base_length + 1) != 6)
    return FALSE;

  for (const char *p = name + base_length + 1; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        return FALSE;
      random |= !g_ascii_islower (*p);
    }

  return random;
}

/* Temporary files left by saves that were cut off (a kill, a crash). */
static void
remove_stale_temporaries (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *backup_base = g_strconcat (base, ".bak", NULL);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = NULL;
      GStatBuf info;

      if (!is_temporary_of (name, base) && !is_temporary_of (name, backup_base))
        continue;

      child = g_build_filename (dir, name, NULL);
      if (g_lstat (child, &info) == 0 && S_ISREG (info.st_mode))
        g_unlink (child);
    }
}

/* Moves a damaged file out of the way under a name no other file has. */
static char *
set_aside (const char *path)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");

  for (guint i = 1; i < 100; i++)
    {
      g_autofree char *aside = NULL;
      GStatBuf info;

      aside = i == 1 ? g_strdup_printf ("%s.damaged-%s", path, stamp)
                     : g_strdup_printf ("%s.damaged-%s-%u", path, stamp, i);
      if (g_lstat (aside, &info) == 0)
        continue;

      return g_rename (path, aside) == 0 ? g_steal_pointer (&aside) : NULL;
    }

  return NULL;
}

/**
 * sd_case_load:
 * @path: the case file
 * @notice: (out) (optional) (nullable): what was done about a damaged file or a
 *   value that could not be used, for the user
 *
 * Reads a case. A missing file gives a new case. A file that does not prove
 * whole, is not a regular file or is larger than %SD_CASE_MAX_FILE_SIZE is
 * renamed to `PATH.damaged-TIME` and the previous good copy (`PATH.bak`) is read
 * instead, or a new case started if that is damaged too; @notice then says so,
 * naming both files. A wait that would end further ahead than any wait lasts
 * starts again, and @notice says so too. Temporary files that saves cut off left
 * behind are removed.
 *
 * Returns: (transfer full): the case, never %NULL
 */
SdCase *
sd_case_load (const char  *path,
              char       **notice)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) notices = g_string_new (NULL);
  g_autoptr(GString) backup_notices = g_string_new (NULL);
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *shown_aside = NULL;
  g_autofree char *shown_backup = NULL;
  SdCase *self;

  g_return_val_if_fail (path != NULL, NULL);

  if (notice != NULL)
    *notice = NULL;

  remove_stale_temporaries (path);
  backup = backup_path (path);

  self = read_case (path, notices, NULL, NULL, &error);
  if (self == NULL && g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      /* Only a file that was removed by hand leaves the copy alone. */
      self = read_case (backup, notices, NULL, NULL, NULL);
      if (self == NULL)
        {
          g_string_truncate (notices, 0);
          self = sd_case_new ();
        }
    }
  else if (self == NULL)
    {
      aside = set_aside (path);
      self = read_case (backup, backup_notices, NULL, NULL, NULL);

      shown_aside = g_filename_display_name (aside != NULL ? aside : path);
      shown_backup = g_filename_display_name (backup);
      if (self != NULL)
        g_string_printf (notices,
                         _("The saved case could not be read (%s). It was kept as %s, and "
                           "the copy saved before it, %s, was restored."),
                         error->message, shown_aside, shown_backup);
      else
        g_string_printf (notices,
                         _("The saved case could not be read (%s). It was kept as %s, and "
                           "a new case was started, as the copy saved before it, %s, could "
                           "not be read either."),
                         error->message, shown_aside, shown_backup);

      if (backup_notices->len > 0)
        g_string_append_printf (notices, "\n%s", backup_notices->str);
      if (self == NULL)
        self = sd_case_new ();
    }

  if (notice != NULL && notices->len > 0)
    *notice = g_strdup (notices->str);

  return self;
}

/**
 * sd_case_save:
 * @path: the case file
 *
 * Writes the case, readable by the user only. The file it replaces is first
 * kept as `PATH.bak` if it proves whole; a damaged file never replaces the copy.
 * The new text is written to a temporary file, synced, and renamed over @path,
 * so that at every moment one whole copy at least is on disk.
 *
 * Returns: %TRUE on success
 */
gboolean
sd_case_save (SdCase      *self,
              const char  *path,
              GError     **error)
{
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *previous_data = NULL;
  g_autoptr(GString) ignored = g_string_new (NULL);
  g_autoptr(SdCase) previous = NULL;
  gsize previous_length = 0;
  gsize length;

  g_return_val_if_fail (SD_IS_CASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *shown = g_filename_display_name (dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create %s: %s"), shown, g_strerror (saved_errno));
      return FALSE;
    }

  data = sd_case_to_data (self, &length);

  /* The copy is only ever the file that proved whole, as it was. If it cannot
   * be written, the file itself is still there, and whole, until the rename. */
  backup = backup_path (path);
  previous = read_case (path, ignored, &previous_data, &previous_length, NULL);
  if (previous != NULL &&
      !g_file_set_contents_full (backup, previous_data, previous_length,
                                 G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                 0600, NULL))
    g_debug ("Could not keep a copy of the case as %s", backup);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}
