/* sd-problem.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-problem.h"

/**
 * sd_problems_new:
 *
 * Returns: (transfer full): an empty array of #SdProblem that frees its elements.
 */
GPtrArray *
sd_problems_new (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) sd_problem_free);
}

void
sd_problems_add (GPtrArray  *problems,
                 const char *file,
                 guint       line,
                 const char *format,
                 ...)
{
  SdProblem *problem;
  va_list args;

  /* Callers that only want to know whether something failed pass NULL. */
  if (problems == NULL)
    return;

  problem = g_new0 (SdProblem, 1);
  problem->file = g_strdup (file);
  problem->line = MAX (line, 1);
  va_start (args, format);
  problem->message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (problems, problem);
}

/**
 * sd_problems_add_more:
 * @problems: (nullable): where to add
 * @file: the file the hidden problems are about
 * @line: the line of the first of them
 * @n_more: how many are not listed
 *
 * Adds the line that stands for the problems of @file that are not listed.
 */
void
sd_problems_add_more (GPtrArray  *problems,
                      const char *file,
                      guint       line,
                      guint       n_more)
{
  SdProblem *problem;

  if (problems == NULL || n_more == 0)
    return;

  problem = g_new0 (SdProblem, 1);
  problem->file = g_strdup (file);
  problem->line = MAX (line, 1);
  /* Translators: ends the list of a data file's problems when it is too long. */
  problem->message = g_strdup_printf (ngettext ("… and %u more problem",
                                                "… and %u more problems", n_more), n_more);
  problem->more = n_more;
  g_ptr_array_add (problems, problem);
}

typedef struct
{
  guint kept;
  guint hidden;
  guint first_hidden_line;
} FileCount;

/**
 * sd_problems_cap:
 * @problems: an array of #SdProblem
 * @first: the index from which to count
 * @max_per_file: how many problems of one file to keep
 *
 * Keeps the first @max_per_file problems of each file from @first on, in their
 * order, and replaces the others of that file with one "… and N more problems"
 * at the end. Earlier "… and N more" lines are merged into it. Linear in the
 * number of problems.
 */
void
sd_problems_cap (GPtrArray *problems,
                 guint      first,
                 guint      max_per_file)
{
  g_autoptr(GHashTable) counts = NULL;
  g_autoptr(GPtrArray) order = NULL;
  guint write;

  if (problems == NULL || first >= problems->len)
    return;

  counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  order = g_ptr_array_new ();
  write = first;

  for (guint i = first; i < problems->len; i++)
    {
      SdProblem *problem = problems->pdata[i];
      FileCount *count = g_hash_table_lookup (counts, problem->file);

      problems->pdata[i] = NULL;
      if (count == NULL)
        {
          char *key = g_strdup (problem->file);

          count = g_new0 (FileCount, 1);
          g_hash_table_insert (counts, key, count);
          g_ptr_array_add (order, key);
        }

      if (problem->more == 0 && count->kept < max_per_file)
        {
          count->kept++;
          problems->pdata[write++] = problem;
          continue;
        }

      if (count->hidden == 0)
        count->first_hidden_line = problem->line;
      count->hidden += MAX (problem->more, 1);
      sd_problem_free (problem);
    }

  /* The slots past @write are NULL, which the free function ignores. */
  g_ptr_array_set_size (problems, write);

  for (guint i = 0; i < order->len; i++)
    {
      const char *file = g_ptr_array_index (order, i);
      FileCount *count = g_hash_table_lookup (counts, file);

      sd_problems_add_more (problems, file, count->first_hidden_line, count->hidden);
    }
}

char *
sd_problem_format (const SdProblem *problem)
{
  g_return_val_if_fail (problem != NULL, NULL);

  return g_strdup_printf ("%s:%u: %s", problem->file, problem->line, problem->message);
}

/**
 * sd_problems_format:
 * @problems: an array of #SdProblem
 *
 * Returns: (transfer full): every problem as `file:line: message`, one per line.
 */
char *
sd_problems_format (GPtrArray *problems)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      g_autofree char *line = sd_problem_format (g_ptr_array_index (problems, i));

      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}

void
sd_problem_free (SdProblem *problem)
{
  if (problem == NULL)
    return;

  g_free (problem->file);
  g_free (problem->message);
  g_free (problem);
}
