/* sd-problem.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SdProblem:
 * @file: the file as the user named it (or the resource path)
 * @line: the line the problem is on, counting from 1
 * @message: a translated sentence saying what is wrong
 * @more: 0, or, for the line "… and N more problems" that ends a file's list,
 *   the N problems it stands for
 *
 * One thing wrong with a data file, reported as `file:line: message`.
 */
typedef struct
{
  char *file;
  guint line;
  char *message;
  guint more;
} SdProblem;

/* A broken file can produce thousands of messages; the first ones say enough. */
#define SD_PROBLEMS_MAX_PER_FILE 20

GPtrArray *sd_problems_new     (void);
void       sd_problems_add     (GPtrArray  *problems,
                                const char *file,
                                guint       line,
                                const char *format,
                                ...) G_GNUC_PRINTF (4, 5);
void       sd_problems_add_more (GPtrArray  *problems,
                                const char *file,
                                guint       line,
                                guint       n_more);
void       sd_problems_cap     (GPtrArray  *problems,
                                guint       first,
                                guint       max_per_file);
char      *sd_problem_format   (const SdProblem *problem);
char      *sd_problems_format  (GPtrArray  *problems);
void       sd_problem_free     (SdProblem  *problem);

G_END_DECLS
