/* sd-question-row.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-session.h"

G_BEGIN_DECLS

GtkWidget *sd_question_layout_new (const char      *question,
                                   const char      *explanation,
                                   const char      *icon_name,
                                   GtkWidget       *answers);
GtkWidget *sd_answer_button_new   (SdSession       *session,
                                   const SdSymptom *symptom,
                                   SdAnswer         answer,
                                   gboolean         toggle);
GtkWidget *sd_question_row_new    (SdSession       *session,
                                   const SdSymptom *symptom);

G_END_DECLS
