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
} SdCommand;

int sd_commands_run (SdCatalog          *catalog,
                     SdCommand           command,
                     const char * const *files,
                     GString            *out,
                     GString            *err);

G_END_DECLS
