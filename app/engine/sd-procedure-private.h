/* sd-procedure-private.h: the procedure's fields, shared by its model, reader and checks
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-procedure.h"

G_BEGIN_DECLS

struct _SdProcedure
{
  GObject       parent_instance;

  char         *id;
  char         *source;
  guint         version;
  guint         minutes;
  SdDifficulty  difficulty;
  SdText        title;
  SdText        summary;
  GPtrArray    *tools;
  GPtrArray    *parts;
  GPtrArray    *cautions;
  GStrv         components;
  GArray       *component_lines;
  GPtrArray    *effects;
  GPtrArray    *steps;
  SdApplies    *applies;
};

void      sd_caution_free  (SdCaution *caution);
void      sd_choice_free   (SdChoice  *choice);
void      sd_item_free     (SdItem    *item);
void      sd_observation_free (SdObservation *observation);
void      sd_part_free     (SdPart    *part);
void      sd_effect_free   (SdEffect  *effect);
SdStep   *sd_step_new      (void);
GPtrArray *sd_procedure_empty_array (void);
void      sd_procedure_array_add   (GPtrArray      **array,
                                    gpointer         item,
                                    GDestroyNotify   free_func);
void      sd_step_free     (SdStep    *step);

G_END_DECLS
