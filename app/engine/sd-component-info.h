/* sd-component-info.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-catalog.h"
#include "sd-diagnosis.h"
#include "sd-knowledge.h"

G_BEGIN_DECLS

/* How suspect a component is: the three shades of the car diagram and its legend. */
typedef enum
{
  SD_SUSPICION_LOW,
  SD_SUSPICION_MEDIUM,
  SD_SUSPICION_HIGH,
} SdSuspicionLevel;

/* The summed probability of a component's faults from which it is shaded as
 * medium, and as high. */
#define SD_SUSPICION_MEDIUM_THRESHOLD 0.08
#define SD_SUSPICION_HIGH_THRESHOLD   0.25

typedef struct
{
  SdSuspicionLevel level;
  double           probability;  /* that the cause is one of the component's faults */
} SdSuspicion;

SdSuspicionLevel sd_suspicion_level_for               (double       probability);
SdSuspicion      sd_component_get_suspicion           (SdKnowledge *knowledge,
                                                       SdDiagnosis *diagnosis,
                                                       const char  *component_id);
const char      *sd_component_find_most_suspect       (SdKnowledge *knowledge,
                                                       SdDiagnosis *diagnosis);
char            *sd_probability_format                (double       probability);
GPtrArray       *sd_knowledge_dup_component_faults    (SdKnowledge *knowledge,
                                                       const char  *component_id);
GPtrArray       *sd_knowledge_dup_component_symptoms  (SdKnowledge *knowledge,
                                                       const char  *component_id);
GPtrArray       *sd_catalog_dup_component_procedures  (SdCatalog   *catalog,
                                                       const char  *component_id);

G_END_DECLS
