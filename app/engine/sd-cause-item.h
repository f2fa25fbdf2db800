/* sd-cause-item.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-diagnosis.h"

G_BEGIN_DECLS

#define SD_TYPE_CAUSE_ITEM (sd_cause_item_get_type ())

G_DECLARE_FINAL_TYPE (SdCauseItem, sd_cause_item, SD, CAUSE_ITEM, GObject)

const SdFault *sd_cause_item_get_fault          (SdCauseItem    *self);
const char    *sd_cause_item_get_fault_id       (SdCauseItem    *self);
const char    *sd_cause_item_get_name           (SdCauseItem    *self);
const char    *sd_cause_item_get_component_name (SdCauseItem    *self);
const char    *sd_cause_item_get_explanation    (SdCauseItem    *self);
double         sd_cause_item_get_probability    (SdCauseItem    *self);
GArray        *sd_cause_item_dup_reasons        (SdCauseItem    *self);
char          *sd_cause_item_describe_reason    (SdCauseItem    *self,
                                                 const SdReason *reason);

G_END_DECLS
