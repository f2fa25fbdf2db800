/* sd-codes.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-confidence.h"

G_BEGIN_DECLS

typedef struct
{
  char         *fault;
  double        likelihood;
  SdConfidence  confidence;
  guint         line;
} SdCodeIndication;

/**
 * SdCode:
 * @id: its id; its meaning: sd_codes_get_meaning()
 * @hex: (nullable): the code as scanners print it, such as "B7F341"; %NULL when
 *   the table knows what the entry means but not its number
 * @modules: the modules that store it
 * @leak: how likely the code is stored when none of the faults listed is present
 * @indications: (element-type SdCodeIndication): the faults it points to
 *
 * One fault code of the code table.
 */
typedef struct
{
  char         *id;
  char         *source;
  guint         line;
  char         *hex;
  GStrv         modules;
  double        leak;
  SdConfidence  confidence;
  GArray       *indications;
} SdCode;

typedef struct
{
  char         *id;
  char         *source;
  guint         line;
  SdConfidence  confidence;
} SdCodeModule;

#define SD_TYPE_CODES (sd_codes_get_type ())

G_DECLARE_FINAL_TYPE (SdCodes, sd_codes, SD, CODES, GObject)

SdCodes            *sd_codes_new              (void);
SdCodes            *sd_codes_new_builtin      (GPtrArray  *problems);
gboolean            sd_codes_check            (SdCodes    *self,
                                               GPtrArray  *problems);
guint               sd_codes_get_n_codes      (SdCodes    *self);
const SdCode       *sd_codes_get_code         (SdCodes    *self,
                                               guint       index);
const SdCode       *sd_codes_lookup           (SdCodes    *self,
                                               const char *code);
const SdCode       *sd_codes_lookup_id        (SdCodes    *self,
                                               const char *id);
const SdCode       *sd_codes_lookup_entered   (SdCodes    *self,
                                               const char *entered);
guint               sd_codes_get_n_modules    (SdCodes    *self);
const SdCodeModule *sd_codes_get_module       (SdCodes    *self,
                                               guint       index);
const SdCodeModule *sd_codes_lookup_module    (SdCodes    *self,
                                               const char *id);
const char         *sd_codes_get_meaning      (SdCodes    *self,
                                               const SdCode *code);
const char         *sd_codes_get_module_name  (SdCodes    *self,
                                               const char *module_id);

char               *sd_codes_normalize        (const char *token);
gboolean            sd_codes_parse_input      (const char *text,
                                               GPtrArray  *codes_out,
                                               GPtrArray  *problems_out);

G_END_DECLS
