/* sd-session.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"
#include "sd-catalog.h"
#include "sd-diagnosis.h"
#include "sd-run.h"

G_BEGIN_DECLS

#define SD_TYPE_SESSION (sd_session_get_type ())

G_DECLARE_FINAL_TYPE (SdSession, sd_session, SD, SESSION, GObject)

/* The question a fault code entered answers yes (knowledge base). */
#define SD_SESSION_SCANNER_SYMPTOM SD_DIAGNOSIS_SCANNER_SYMPTOM

SdSession   *sd_session_new              (SdCatalog   *catalog,
                                          const char  *case_path);
SdCatalog   *sd_session_get_catalog      (SdSession   *self);
SdDiagnosis *sd_session_get_diagnosis    (SdSession   *self);
SdCase      *sd_session_get_case         (SdSession   *self);
SdRun       *sd_session_get_run          (SdSession   *self);
char        *sd_session_take_notice      (SdSession   *self);
void         sd_session_set_clock        (SdSession   *self,
                                          SdClockFunc  clock,
                                          gpointer     user_data);
void         sd_session_set_monotonic_clock (SdSession   *self,
                                            SdClockFunc  clock,
                                            gpointer     user_data);
void         sd_session_check_wait       (SdSession   *self);
gboolean     sd_session_get_saved        (SdSession   *self);
void         sd_session_flush            (SdSession   *self);
void         sd_session_set_answer       (SdSession   *self,
                                          const char  *symptom,
                                          SdAnswer     answer);
void         sd_session_skip_question    (SdSession   *self,
                                          const char  *symptom);
SdRun       *sd_session_start_run        (SdSession   *self,
                                          SdProcedure *procedure);
gboolean     sd_session_finish_run       (SdSession   *self);
void         sd_session_abandon_run      (SdSession   *self);
void         sd_session_new_case         (SdSession   *self);
void         sd_session_set_language     (SdSession   *self,
                                          const char  *language);
char        *sd_session_dup_repair_log   (SdSession   *self);
void         sd_session_open_case        (SdSession   *self,
                                          const char  *path);
const char  *sd_session_get_case_path    (SdSession   *self);
void         sd_session_set_notes        (SdSession   *self,
                                          const char  *notes);
void         sd_session_set_codes        (SdSession   *self,
                                          const char * const *codes);
void         sd_session_set_clear_modules (SdSession  *self,
                                          const char * const *modules);
void         sd_session_set_profile      (SdSession   *self,
                                          SdVehicleProfile *profile);

G_END_DECLS
