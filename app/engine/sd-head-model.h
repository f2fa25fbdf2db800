/* sd-head-model.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SD_TYPE_HEAD_MODEL (sd_head_model_get_type ())

G_DECLARE_FINAL_TYPE (SdHeadModel, sd_head_model, SD, HEAD_MODEL, GObject)

SdHeadModel *sd_head_model_new      (GListModel  *model,
                                     guint        size);
GListModel  *sd_head_model_get_model (SdHeadModel *self);
guint        sd_head_model_get_size  (SdHeadModel *self);

G_END_DECLS
