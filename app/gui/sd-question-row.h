/* sd-question-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-question.h"
#include "sd-session.h"

G_BEGIN_DECLS

#define SD_TYPE_QUESTION_ROW (sd_question_row_get_type ())

G_DECLARE_FINAL_TYPE (SdQuestionRow, sd_question_row, SD, QUESTION_ROW, GtkListBoxRow)

GtkWidget  *sd_question_row_new              (SdSession       *session,
                                              const SdSymptom *symptom);
GtkWidget  *sd_question_row_new_for_question (SdSession       *session,
                                              SdQuestion      *question);
SdQuestion *sd_question_row_get_question     (SdQuestionRow   *self);

G_END_DECLS
