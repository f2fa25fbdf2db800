/* sd-xml-scan.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What is checked in a data file's bytes before libxml2 parses them: its size,
 * elements with so many attributes that libxml2 would take minutes over them,
 * and NUL bytes, after which libxml2 would silently ignore the rest. Each scan
 * is linear in the size of the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-problem.h"
#include "sd-xml.h"
#include "sd-xml-private.h"

guint
sd_xml_line_of_offset (const char *data,
                       gsize       offset)
{
  guint line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;

  return line;
}

/* Returns the offset just past the first @needle at or after @from, or @size. */
static gsize
skip_past (const char *data,
           gsize       size,
           gsize       from,
           const char *needle)
{
  gsize len = strlen (needle);

  for (gsize i = from; i + len <= size; i++)
    if (data[i] == needle[0] && memcmp (data + i, needle, len) == 0)
      return i + len;

  return size;
}

/* Returns the line of the first start tag with more than SD_XML_MAX_ATTRIBUTES
 * attributes, or 0. A linear scan that knows comments, processing instructions,
 * CDATA and quoted values; what it misreads, libxml2 rejects anyway. */
guint
sd_xml_find_crowded_element (const char *data,
                             gsize       size)
{
  gsize i = 0;

  while (i < size)
    {
      const char *next = memchr (data + i, '<', size - i);
      gsize end;
      guint n_attributes = 0;
      char quote = 0;

      /* Text between tags is skipped at memchr()'s speed. */
      if (next == NULL || (gsize) (next - data) + 1 >= size)
        break;
      i = (gsize) (next - data);

      if (size - i >= 4 && memcmp (data + i, "<!--", 4) == 0)
        {
          i = skip_past (data, size, i + 4, "-->");
          continue;
        }
      if (size - i >= 9 && memcmp (data + i, "<![CDATA[", 9) == 0)
        {
          i = skip_past (data, size, i + 9, "]]>");
          continue;
        }
      if (data[i + 1] == '?')
        {
          i = skip_past (data, size, i + 2, "?>");
          continue;
        }

      for (end = i + 1; end < size; end++)
        {
          if (quote != 0)
            {
              if (data[end] == quote)
                quote = 0;
            }
          else if (data[end] == '"' || data[end] == '\'')
            {
              quote = data[end];
            }
          else if (data[end] == '=')
            {
              n_attributes++;
            }
          else if (data[end] == '>')
            {
              break;
            }
        }

      if (n_attributes > SD_XML_MAX_ATTRIBUTES)
        return sd_xml_line_of_offset (data, i);

      i = end + 1;
    }

  return 0;
}

/* libxml2 stops at a NUL byte as at the end of the file, so whatever follows
 * it would be silently ignored. Returns the line of the first NUL, or 0. */
guint
sd_xml_find_nul (const char *data,
                 gsize       size)
{
  gsize unit = 1;
  gsize start = 0;
  guint line = 1;

  /* In UTF-16 every other byte of ASCII text is 0; a NUL is a zero unit. */
  if (size >= 2 && (((guchar) data[0] == 0xff && (guchar) data[1] == 0xfe) ||
                    ((guchar) data[0] == 0xfe && (guchar) data[1] == 0xff)))
    {
      unit = 2;
      start = 2;
    }
  else if (size >= 2 && ((data[0] == '<' && data[1] == '\0') ||
                         (data[0] == '\0' && data[1] == '<')))
    {
      unit = 2;
    }

  if (unit == 1)
    {
      const char *nul = memchr (data, '\0', size);

      return nul != NULL ? sd_xml_line_of_offset (data, nul - data) : 0;
    }

  for (gsize i = start; i + 1 < size; i += 2)
    {
      if (data[i] == '\0' && data[i + 1] == '\0')
        return line;
      if (data[i] == '\n' || data[i + 1] == '\n')
        line++;
    }

  return 0;
}

/* Refuses an empty or oversized file; the one rule for files and bytes alike. */
gboolean
sd_xml_check_size (gsize       size,
                   const char *display_name,
                   GPtrArray  *problems)
{
  if (size == 0)
    {
      sd_problems_add (problems, display_name, 1, _("the file is empty"));
      return FALSE;
    }

  if (size > SD_XML_MAX_FILE_SIZE)
    {
      sd_problems_add (problems, display_name, 1,
                       _("the file is larger than %u KiB, the most a data file may be"),
                       SD_XML_MAX_FILE_SIZE / 1024);
      return FALSE;
    }

  return TRUE;
}
