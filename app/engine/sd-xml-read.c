/* sd-xml-read.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading a data file: only a regular file is opened, without ever blocking
 * (a FIFO named *.xml once hung the app in open()), and at most one byte past
 * the size cap is read.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sd-problem.h"
#include "sd-xml.h"
#include "sd-xml-private.h"

static const char *
describe_file_type (mode_t mode)
{
  if (S_ISFIFO (mode))
    return _("not a regular file but a named pipe (FIFO); only regular files are read");
  if (S_ISCHR (mode) || S_ISBLK (mode))
    return _("not a regular file but a device; only regular files are read");
  if (S_ISDIR (mode))
    return _("not a regular file but a folder; only regular files are read");
  if (S_ISSOCK (mode))
    return _("not a regular file but a socket; only regular files are read");

  return _("not a regular file; only regular files are read");
}

/* Opens @path for reading if it is a regular file, without ever blocking. */
static int
open_regular_file (const char *path,
                   const char *display_name,
                   gsize      *size_hint,
                   GPtrArray  *problems)
{
  struct stat st;
  int saved_errno;
  int fd;

  /* O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer. */
  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      g_autofree char *target = NULL;

      saved_errno = errno;
      target = g_file_read_link (path, NULL);
      if (target != NULL && (saved_errno == ENOENT || saved_errno == ELOOP))
        /* Translators: a data file is a symbolic link that leads nowhere. */
        sd_problems_add (problems, display_name, 1,
                         _("the file is a symbolic link to “%s”, which cannot be opened: %s"),
                         target, g_strerror (saved_errno));
      else
        sd_problems_add (problems, display_name, 1, _("cannot read the file: %s"),
                         g_strerror (saved_errno));
      return -1;
    }

  if (fstat (fd, &st) != 0)
    {
      saved_errno = errno;
      sd_problems_add (problems, display_name, 1, _("cannot read the file: %s"),
                       g_strerror (saved_errno));
      close (fd);
      return -1;
    }

  if (!S_ISREG (st.st_mode))
    {
      sd_problems_add (problems, display_name, 1, "%s", describe_file_type (st.st_mode));
      close (fd);
      return -1;
    }

  *size_hint = st.st_size > 0 ? (gsize) st.st_size : 0;

  return fd;
}

/* Reads at most @size bytes of @fd into @buffer; -1 and errno on an error. */
static gssize
read_up_to (int    fd,
            char  *buffer,
            gsize  size)
{
  gsize done = 0;

  while (done < size)
    {
      gssize n = read (fd, buffer + done, size - done);

      if (n < 0 && (errno == EINTR || errno == EAGAIN))
        continue;
      if (n < 0)
        return -1;
      if (n == 0)
        break;
      done += (gsize) n;
    }

  return (gssize) done;
}

/* Reads @fd up to one byte past the cap into a buffer as large as the file
 * said it was (it may grow meanwhile), so that a file of a few kilobytes does
 * not cost a buffer, and the page faults, of the 2 MiB cap. */
static gssize
read_capped (int     fd,
             gsize   size_hint,
             char  **out)
{
  gsize allocated = MIN (size_hint, SD_XML_MAX_FILE_SIZE) + 1;
  g_autofree char *buffer = g_malloc (allocated);
  gsize done = 0;

  for (;;)
    {
      gssize n = read_up_to (fd, buffer + done, allocated - done);

      if (n < 0)
        return -1;
      done += (gsize) n;
      /* read_up_to() stops short only at the end of the file. */
      if (done < allocated || allocated == SD_XML_MAX_FILE_SIZE + 1)
        break;
      allocated = MIN (allocated * 2, SD_XML_MAX_FILE_SIZE + 1);
      buffer = g_realloc (buffer, allocated);
    }

  *out = g_steal_pointer (&buffer);

  return (gssize) done;
}

/* A built-in file is in the binary already: its bytes are used in place. */
static GBytes *
read_resource (GFile      *file,
               const char *display_name,
               GPtrArray  *problems)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  if (bytes == NULL)
    {
      sd_problems_add (problems, display_name, 1, _("cannot read the file: %s"), error->message);
      return NULL;
    }

  if (!sd_xml_check_size (g_bytes_get_size (bytes), display_name, problems))
    g_clear_pointer (&bytes, g_bytes_unref);

  return bytes;
}

/**
 * sd_xml_read_file:
 * @file: the file to read (a local file or a resource)
 * @display_name: the name to use in messages
 * @problems: (nullable): where to add what is wrong
 *
 * Reads at most %SD_XML_MAX_FILE_SIZE bytes; a larger or empty file is refused
 * without reading the rest of it. Only a regular file is read: a named pipe, a
 * device, a folder or a symbolic link that leads nowhere is refused at once,
 * with a message saying what it is.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
sd_xml_read_file (GFile      *file,
                  const char *display_name,
                  GPtrArray  *problems)
{
  g_autofree char *buffer = NULL;
  g_autofree char *path = NULL;
  gsize size_hint = 0;
  gssize n;
  int fd;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_file_has_uri_scheme (file, "resource"))
    return read_resource (file, display_name, problems);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      sd_problems_add (problems, display_name, 1, _("cannot read the file: %s"),
                       _("it is not a local file"));
      return NULL;
    }

  fd = open_regular_file (path, display_name, &size_hint, problems);
  if (fd < 0)
    return NULL;

  /* Reading one byte past the cap tells a file at the limit from a larger one. */
  n = read_capped (fd, size_hint, &buffer);
  if (n < 0)
    {
      int saved_errno = errno;

      sd_problems_add (problems, display_name, 1, _("cannot read the file: %s"),
                       g_strerror (saved_errno));
      close (fd);
      return NULL;
    }
  close (fd);

  if (!sd_xml_check_size ((gsize) n, display_name, problems))
    return NULL;

  return g_bytes_new_take (g_steal_pointer (&buffer), (gsize) n);
}
