/* sd-diagnosis.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sd-codes.h"
#include "sd-knowledge.h"
#include "sd-procedure.h"
#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

/* Editorial estimates, in one place, in "minutes of the owner's effort": money
 * is counted at SD_MINUTES_PER_EURO. Tune them here. */
#define SD_MINUTES_PER_EURO        1.0   /* about 60 € for an hour of your time */
#define SD_WORKSHOP_COST_MINUTES   240.0 /* diagnosis at a workshop, plus getting there */
#define SD_QUESTION_COST_MINUTES   0.5   /* answering one question */
#define SD_CONFIDENT_PROBABILITY   0.9   /* "very likely": propose its repair */
#define SD_DEFAULT_LEAK            0.05  /* a symptom seen with none of its faults */

typedef enum
{
  SD_ANSWER_UNKNOWN,
  SD_ANSWER_YES,
  SD_ANSWER_NO,
} SdAnswer;

typedef enum
{
  SD_SKILL_DIY,
  SD_SKILL_WORKSHOP,
} SdSkill;

typedef enum
{
  SD_ADVICE_ASK,
  SD_ADVICE_DO,
  SD_ADVICE_WORKSHOP,
  SD_ADVICE_DONE,
} SdAdviceKind;

typedef enum
{
  SD_REASON_SYMPTOM,
  SD_REASON_PROCEDURE,
  SD_REASON_CODE,
  SD_REASON_FINDING,
} SdReasonKind;

typedef struct
{
  /* The fault, or NULL for "something the knowledge base does not list". */
  const SdFault *fault;
  double         probability;
} SdCause;

typedef struct
{
  SdReasonKind  kind;
  const char   *id;          /* symptom or procedure id; the code as entered */
  SdAnswer      answer;      /* for symptoms */
  SdOutcome     outcome;     /* for procedures */
  double        ratio;       /* how many times more likely the cause became */
  /* When a guide found it (issue 12): the guide's id and what was found; the
   * kind is SD_REASON_FINDING for a fault or component a guide checked, and
   * id is that fault or component. */
  const char   *source;
  const char   *text;
} SdReason;

typedef struct
{
  SdProcedure *procedure;
  double       chance;       /* that it fixes or pins down the cause */
  double       cost;         /* minutes, with parts counted in */
  double       efficiency;   /* chance per minute */
  gboolean     allowed;      /* within the chosen skill level */
  guint        position;     /* in the list model of procedures */
  /* Minutes of the repair that must follow when it finds the cause without
   * fixing it (a test-only guide), on average over what it finds; 0 when
   * whatever it finds, it fixes. */
  double       repair_cost;
} SdActionRank;

typedef struct
{
  const SdSymptom *symptom;
  double           yes_probability;
  double           information;  /* expected information gain, in bits */
  /* Expected minutes of the whole troubleshooting if this is asked next, the
   * question's own effort included; the questions are ranked by it. */
  double           cost;
} SdQuestionRank;

typedef struct
{
  SdAdviceKind        kind;
  const SdSymptom    *symptom;     /* for SD_ADVICE_ASK */
  SdProcedure        *procedure;   /* for SD_ADVICE_DO, and WORKSHOP when a hand-over fits */
  char               *reason;      /* translated, for a person */
  double              expected_cost; /* of going on as advised, in minutes */
} SdAdvice;

/* The objects of the diagnosis's list models: sd-cause-item.h, sd-question.h. */
typedef struct _SdCauseItem SdCauseItem;
typedef struct _SdQuestion SdQuestion;

#define SD_TYPE_DIAGNOSIS (sd_diagnosis_get_type ())

/* The question a fault code entered answers yes (knowledge base). */
#define SD_DIAGNOSIS_SCANNER_SYMPTOM "has-scanner"

G_DECLARE_FINAL_TYPE (SdDiagnosis, sd_diagnosis, SD, DIAGNOSIS, GObject)

SdDiagnosis          *sd_diagnosis_new              (SdKnowledge  *knowledge,
                                                     GListModel   *procedures);
gboolean              sd_diagnosis_set_answer       (SdDiagnosis  *self,
                                                     const char   *symptom_id,
                                                     SdAnswer      answer);
SdAnswer              sd_diagnosis_get_answer       (SdDiagnosis  *self,
                                                     const char   *symptom_id);
gboolean              sd_diagnosis_set_skipped      (SdDiagnosis  *self,
                                                     const char   *symptom_id,
                                                     gboolean      skipped);
gboolean              sd_diagnosis_set_tried        (SdDiagnosis  *self,
                                                     const char   *procedure_id,
                                                     SdOutcome     outcome);
SdOutcome             sd_diagnosis_get_tried        (SdDiagnosis  *self,
                                                     const char   *procedure_id);
void                  sd_diagnosis_set_skill        (SdDiagnosis  *self,
                                                     SdSkill       skill);
void                  sd_diagnosis_clear            (SdDiagnosis  *self);
void                  sd_diagnosis_update           (SdDiagnosis  *self);
void                  sd_diagnosis_invalidate       (SdDiagnosis  *self);
guint                 sd_diagnosis_get_n_causes     (SdDiagnosis  *self);
const SdCause        *sd_diagnosis_get_cause        (SdDiagnosis  *self,
                                                     guint         rank);
double                sd_diagnosis_get_probability  (SdDiagnosis  *self,
                                                     const char   *fault_id);
GArray               *sd_diagnosis_dup_reasons      (SdDiagnosis  *self,
                                                     guint         rank);
guint                 sd_diagnosis_get_n_actions    (SdDiagnosis  *self);
const SdActionRank   *sd_diagnosis_get_action       (SdDiagnosis  *self,
                                                     guint         rank);
guint                 sd_diagnosis_get_n_questions  (SdDiagnosis  *self);
const SdQuestionRank *sd_diagnosis_get_question     (SdDiagnosis  *self,
                                                     guint         rank);
const SdAdvice       *sd_diagnosis_get_advice       (SdDiagnosis  *self);
double                sd_diagnosis_get_expected_cost (SdDiagnosis *self);
GListModel           *sd_diagnosis_get_causes       (SdDiagnosis  *self);
GListModel           *sd_diagnosis_get_questions    (SdDiagnosis  *self);
SdQuestion           *sd_diagnosis_lookup_question  (SdDiagnosis  *self,
                                                     const char   *symptom_id);
char                 *sd_reason_describe            (const SdReason *reason,
                                                     SdKnowledge    *knowledge,
                                                     SdDiagnosis    *diagnosis);

/* The car and the fault codes: sd-diagnosis-car.c. */
void                  sd_diagnosis_set_profile      (SdDiagnosis  *self,
                                                     SdVehicleProfile *profile);
SdVehicleProfile     *sd_diagnosis_get_profile      (SdDiagnosis  *self);
gboolean              sd_diagnosis_fault_applies    (SdDiagnosis  *self,
                                                     const char   *fault_id);
gboolean              sd_diagnosis_symptom_applies  (SdDiagnosis  *self,
                                                     const char   *symptom_id);
gboolean              sd_diagnosis_procedure_applies (SdDiagnosis *self,
                                                     const char   *procedure_id);
void                  sd_diagnosis_set_codes        (SdDiagnosis  *self,
                                                     SdCodes      *table,
                                                     const char * const *codes);
GPtrArray            *sd_diagnosis_get_codes        (SdDiagnosis  *self);
void                  sd_diagnosis_set_clear_modules (SdDiagnosis *self,
                                                     const char * const *modules);
SdCodes              *sd_diagnosis_get_code_table   (SdDiagnosis  *self);
gboolean              sd_diagnosis_imply_scanner    (SdDiagnosis  *self,
                                                     gboolean      answer);

/* What guides found (issue 12): sd-diagnosis-findings.c. */
void                  sd_diagnosis_set_findings     (SdDiagnosis  *self,
                                                     GPtrArray    *findings);
GPtrArray            *sd_diagnosis_get_findings     (SdDiagnosis  *self);

SdAnswer              sd_diagnosis_get_implied_answer (SdDiagnosis *self,
                                                     const char   *symptom_id,
                                                     const char  **implied_by);
char                 *sd_diagnosis_describe_implied (SdDiagnosis  *self,
                                                     const char   *symptom_id);
SdProcedure          *sd_diagnosis_get_workshop_handover (SdDiagnosis *self);

const char           *sd_cause_get_name             (const SdCause  *cause);
const char           *sd_answer_to_string           (SdAnswer      answer);

G_END_DECLS
