/* sd-ring-check.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-knowledge.h"
#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

typedef enum
{
  SD_RING_CHECK_CHECKING,
  SD_RING_CHECK_LOCATED,
  SD_RING_CHECK_CONTRADICTED,
} SdRingCheckState;

#define SD_TYPE_RING_CHECK (sd_ring_check_get_type ())

G_DECLARE_FINAL_TYPE (SdRingCheck, sd_ring_check, SD, RING_CHECK, GObject)

SdRingCheck      *sd_ring_check_new                (SdKnowledge        *knowledge,
                                                    SdVehicleProfile   *profile);
SdRingCheck      *sd_ring_check_new_for_members    (const char * const *members,
                                                    const double       *minutes);
guint             sd_ring_check_get_n_members      (SdRingCheck        *self);
const char       *sd_ring_check_get_member         (SdRingCheck        *self,
                                                    guint               index);
const char       *sd_ring_check_get_member_name    (SdRingCheck        *self,
                                                    guint               index);
const char       *sd_ring_check_get_place          (SdRingCheck        *self,
                                                    guint               index);
double            sd_ring_check_get_minutes        (SdRingCheck        *self,
                                                    guint               index);
SdRingCheckState  sd_ring_check_get_state          (SdRingCheck        *self);
int               sd_ring_check_get_next_check     (SdRingCheck        *self);
gboolean          sd_ring_check_answer             (SdRingCheck        *self,
                                                    guint               member,
                                                    gboolean            light);
gboolean          sd_ring_check_set_node_position  (SdRingCheck        *self,
                                                    guint               position);
guint             sd_ring_check_get_n_answers      (SdRingCheck        *self);
gboolean          sd_ring_check_get_answer         (SdRingCheck        *self,
                                                    guint               index,
                                                    guint              *member,
                                                    gboolean           *light);
gboolean          sd_ring_check_get_break          (SdRingCheck        *self,
                                                    guint              *from,
                                                    guint              *to);
const char       *sd_ring_check_get_next_guide     (SdRingCheck        *self);
void              sd_ring_check_reset              (SdRingCheck        *self);
char             *sd_ring_check_to_string          (SdRingCheck        *self);
gboolean          sd_ring_check_load_string        (SdRingCheck        *self,
                                                    const char         *answers,
                                                    GError            **error);
char             *sd_ring_check_describe_check     (SdRingCheck        *self,
                                                    guint               member);
char             *sd_ring_check_describe_answer    (SdRingCheck        *self,
                                                    guint               index);
char             *sd_ring_check_describe_result    (SdRingCheck        *self);

G_END_DECLS
