/* sd-question.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-diagnosis.h"

G_BEGIN_DECLS

#define SD_TYPE_QUESTION (sd_question_get_type ())

G_DECLARE_FINAL_TYPE (SdQuestion, sd_question, SD, QUESTION, GObject)

const SdSymptom *sd_question_get_symptom    (SdQuestion *self);
const char      *sd_question_get_symptom_id (SdQuestion *self);
const char      *sd_question_get_text       (SdQuestion *self);
const char      *sd_question_get_component  (SdQuestion *self);
SdAnswer         sd_question_get_answer     (SdQuestion *self);

G_END_DECLS
