/* sd-commands.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-catalog.h"

G_BEGIN_DECLS

typedef enum
{
  SD_COMMAND_LIST_PROCEDURES,
  SD_COMMAND_LIST_COMPONENTS,
  SD_COMMAND_LIST_SYMPTOMS,
  SD_COMMAND_VALIDATE,
  SD_COMMAND_DIAGNOSE,
} SdCommand;

/**
 * SdCommandOptions:
 * @files: the files for --validate
 * @present: symptom ids observed (--diagnose), each may hold several, comma-separated
 * @absent: symptom ids ruled out (--absent), likewise
 * @tried: "PROCEDURE=resolved|unresolved|workshop" for each procedure tried
 * @skill: "diy" (the default) or "workshop"
 * @json: print --diagnose as JSON
 */
typedef struct
{
  const char * const *files;
  const char * const *present;
  const char * const *absent;
  const char * const *tried;
  const char         *skill;
  gboolean            json;
} SdCommandOptions;

int sd_commands_run (SdCatalog              *catalog,
                     SdCommand               command,
                     const SdCommandOptions *options,
                     GString                *out,
                     GString                *err);

G_END_DECLS
