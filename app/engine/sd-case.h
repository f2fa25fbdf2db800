/* sd-case.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sd-diagnosis.h"
#include "sd-finding.h"
#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

#define SD_CASE_ERROR (sd_case_error_quark ())

typedef enum
{
  SD_CASE_ERROR_DAMAGED,
  SD_CASE_ERROR_NOT_FOUND,
} SdCaseError;

typedef struct
{
  char      *procedure;
  SdOutcome  outcome;
  GDateTime *when;
} SdTried;

/**
 * SdCaseRun:
 * @procedure: the procedure being followed
 * @path: the ids of the steps taken so far, the current one last
 * @answers: step id → what was answered there (a choice's index, "done", …)
 * @wait_deadline: (nullable): when the current wait step ends, in UTC
 *
 * The wizard run that is under way, as it is saved with the case.
 */
typedef struct
{
  char       *procedure;
  GPtrArray  *path;
  GHashTable *answers;
  GDateTime  *wait_deadline;
} SdCaseRun;

#define SD_TYPE_CASE (sd_case_get_type ())

G_DECLARE_FINAL_TYPE (SdCase, sd_case, SD, CASE, GObject)

GQuark          sd_case_error_quark       (void);
SdCase         *sd_case_new               (void);
void            sd_case_set_answer        (SdCase       *self,
                                           const char   *symptom,
                                           SdAnswer      answer);
SdAnswer        sd_case_get_answer        (SdCase       *self,
                                           const char   *symptom);
guint           sd_case_get_n_answers     (SdCase       *self);
GStrv           sd_case_dup_answered      (SdCase       *self);
char           *sd_case_dup_title         (SdCase       *self);
void            sd_case_add_tried         (SdCase       *self,
                                           const char   *procedure,
                                           SdOutcome     outcome,
                                           GDateTime    *when);
guint           sd_case_get_n_tried       (SdCase       *self);
const SdTried  *sd_case_get_tried         (SdCase       *self,
                                           guint         index);
void            sd_case_add_finding       (SdCase       *self,
                                           const SdFinding *finding);
guint           sd_case_get_n_findings    (SdCase       *self);
const SdFinding *sd_case_get_finding      (SdCase       *self,
                                           guint         index);
void            sd_case_set_skill         (SdCase       *self,
                                           SdSkill       skill);
SdSkill         sd_case_get_skill         (SdCase       *self);
void            sd_case_set_run           (SdCase       *self,
                                           SdCaseRun    *run);
const SdCaseRun *sd_case_get_run          (SdCase       *self);
void            sd_case_apply             (SdCase       *self,
                                           SdDiagnosis  *diagnosis);
GDateTime      *sd_case_get_created       (SdCase       *self);
GDateTime      *sd_case_get_answer_time   (SdCase       *self,
                                           const char   *symptom);
void            sd_case_set_answer_time   (SdCase       *self,
                                           const char   *symptom,
                                           GDateTime    *when);
const char     *sd_case_get_id            (SdCase       *self);
void            sd_case_set_id            (SdCase       *self,
                                           const char   *id);
const char     *sd_case_get_name          (SdCase       *self);
void            sd_case_set_name          (SdCase       *self,
                                           const char   *name);
const char     *sd_case_get_notes         (SdCase       *self);
void            sd_case_set_notes         (SdCase       *self,
                                           const char   *notes);
const char     *sd_case_get_vin           (SdCase       *self);
void            sd_case_set_vin           (SdCase       *self,
                                           const char   *vin);
const char     *sd_case_get_mileage       (SdCase       *self);
void            sd_case_set_mileage       (SdCase       *self,
                                           const char   *mileage);
const char     *sd_case_get_car_label     (SdCase       *self);
void            sd_case_set_car_label     (SdCase       *self,
                                           const char   *label);
SdVehicleProfile *sd_case_get_profile     (SdCase       *self);
char           *sd_case_dup_car           (SdCase       *self);
const char * const *sd_case_get_codes     (SdCase       *self);
void            sd_case_set_codes         (SdCase       *self,
                                           const char * const *codes);
const char * const *sd_case_get_clear_modules (SdCase   *self);
void            sd_case_set_clear_modules (SdCase       *self,
                                           const char * const *modules);
gboolean        sd_case_get_car_asked     (SdCase       *self);
void            sd_case_set_car_asked     (SdCase       *self,
                                           gboolean      asked);

SdCaseRun      *sd_case_run_new           (const char   *procedure);
void            sd_case_run_free          (SdCaseRun    *run);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdCaseRun, sd_case_run_free)

G_END_DECLS

/* Loading and saving, and the repair log, have their own files. */
#include "sd-case-store.h"
#include "sd-case-list.h"
#include "sd-repair-log.h"
