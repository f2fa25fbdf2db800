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

/* A point of the car diagram, in widths of the drawing. */
typedef struct
{
  double x;
  double y;
} SdPoint;

/* A curve of the fibre-optic ring from one member to the next. */
typedef struct
{
  SdPoint from;
  SdPoint control;
  SdPoint to;
} SdRingSegment;

GArray          *sd_knowledge_dup_marker_order        (SdKnowledge *knowledge);
GArray          *sd_knowledge_dup_ring_path           (SdKnowledge *knowledge,
                                                       double       aspect);
GArray          *sd_knowledge_dup_ring_path_for       (SdKnowledge *knowledge,
                                                       GPtrArray   *members,
                                                       double       aspect);
gboolean         sd_ring_path_crosses_itself          (GArray      *path);
SdPoint          sd_ring_path_nearest                 (GArray      *path,
                                                       SdPoint      point);
SdPoint          sd_ring_segment_at                   (const SdRingSegment *segment,
                                                       double               t,
                                                       SdPoint             *tangent);

G_END_DECLS
