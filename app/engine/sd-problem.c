/* sd-problem.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
