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
  SD_COMMAND_LIST_CODES,
  SD_COMMAND_LIST_CARS,
  SD_COMMAND_RING_PLAN,
} SdCommand;

/**
 * SdCommandOptions:
 * @files: the files for --validate
 * @present: symptom ids observed (--diagnose), each may hold several, comma-separated
 * @absent: symptom ids ruled out (--absent), likewise
 * @tried: "PROCEDURE=resolved|unresolved|workshop" for each procedure tried
 * @findings: "PROCEDURE:KIND:ID" for each thing a guide found (--finding)
 * @skill: "diy" (the default) or "workshop"
 * @json: print --diagnose as JSON
 * @codes: fault codes a scanner read (--codes), each may hold several
 * @clear_modules: modules a scanner read and found no codes in (--no-codes-in)
 * @car: the model (--car), such as "e90"; %NULL for a car nothing is known of
 * @head_unit: (nullable): --head-unit, else the model's default
 * @telematics: (nullable): --telematics, else the model's default
 * @market: (nullable): --market
 * @fitted: (nullable): --options, the options fitted; "none" for none
 * @ring_answers: (nullable): --ring-plan's light checks, "MEMBER=light|dark", each may hold several
 * @has_node_position: whether --node-position was given
 * @node_position: --node-position
 */
typedef struct
{
  const char * const *files;
  const char * const *present;
  const char * const *absent;
  const char * const *tried;
  const char * const *findings;
  const char         *skill;
  gboolean            json;
  const char * const *codes;
  const char * const *clear_modules;
  const char         *car;
  const char         *head_unit;
  const char         *telematics;
  const char         *market;
  const char * const *fitted;
  const char * const *ring_answers;
  gboolean            has_node_position;
  guint               node_position;
} SdCommandOptions;

int sd_commands_run (SdCatalog              *catalog,
                     SdCommand               command,
                     const SdCommandOptions *options,
                     GString                *out,
                     GString                *err);

/* The car and the codes (sd-commands-car.c). */
void     sd_commands_car_add_options  (GApplication           *application);
gboolean sd_commands_car_read_options (GVariantDict           *dict,
                                       SdCommandOptions       *options,
                                       SdCommand              *command,
                                       GPtrArray              *lists);

/* The ring-break finder (sd-commands-ring.c). */
void     sd_commands_ring_add_options  (GApplication           *application);
gboolean sd_commands_ring_read_options (GVariantDict           *dict,
                                        SdCommandOptions       *options,
                                        SdCommand              *command,
                                        GPtrArray              *lists);

G_END_DECLS
