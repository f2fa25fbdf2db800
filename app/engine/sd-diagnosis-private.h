/* sd-diagnosis-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The state the diagnosis's files share: the model and its inference
 * (sd-diagnosis.c, sd-inference.c), the plan (sd-plan.c) and the advice
 * (sd-advice.c). Only they include it.
 */
#pragma once

#include "sd-codes.h"
#include "sd-diagnosis.h"
#include "sd-finding.h"
#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

#define SD_EPSILON 1e-12

typedef struct
{
  guint  fault;
  double q;
  /* P(yes | this fault) and the logs of both answers' likelihoods, fixed once
   * the knowledge base is read. */
  double yes;
  double log_yes;
  double log_no;
} Link;

typedef struct
{
  guint  fault;
  double fix;
  double test;
} Effect;

typedef struct
{
  const SdSymptom *symptom;
  double           leak;
  GArray          *links;
  SdAnswer         answer;
  gboolean         skipped;
  SdQuestion      *question;   /* once the questions model was asked for */
  gboolean         excluded;   /* not for the car of the profile */
  int              after;      /* asked only once this symptom is yes; -1 for none */
} Symptom;

typedef struct
{
  SdProcedure *procedure;
  double       cost;
  gboolean     workshop;
  GArray      *effects;
  SdOutcome    tried;
  gboolean     excluded;       /* not for the car of the profile */
  gboolean     says_found;     /* its file says what each branch finds */
  gboolean     observed;       /* that, or it found something: no blanket for its outcome */
} Action;

/* The plan's tables and scratch space (sd-plan.c), made on first use. */
typedef struct _SdPlan SdPlan;

struct _SdDiagnosis
{
  GObject         parent_instance;

  SdKnowledge    *knowledge;
  GListModel     *procedures;
  gulong          procedures_handler;
  /* One recomputation for the changes of the procedures model in a batch. */
  guint           procedures_idle;
  SdSkill         skill;

  /* Faults 0 … n-1 from the knowledge base; n is "something else". */
  guint           n;
  const SdFault **faults;
  double         *prior;
  GHashTable     *fault_index;

  Symptom        *symptoms;
  guint           n_symptoms;
  GHashTable     *symptom_index;

  Action         *actions;
  guint           n_actions;
  GHashTable     *action_index;

  gboolean        dirty;
  double         *posterior;
  double         *log_posterior;
  double         *scratch;
  double         *scratch_answer;
  GArray         *causes;
  guint          *cause_fault;
  GArray         *action_ranks;
  GArray         *question_ranks;
  SdAdvice        advice;
  double          expected_cost;
  guint           worth_doing;

  /* The car (sd-diagnosis-car.c): what is not for it has prior 0, and the
   * fault codes entered with the code table. */
  SdVehicleProfile *profile;
  gulong          profile_handler;
  double         *base_prior;
  gboolean       *fault_excluded;
  SdCodes        *code_table;
  GPtrArray      *codes;          /* normalised, as entered, known or not */
  GPtrArray      *clear_modules;  /* modules a scanner read and found no codes in */
  /* What the codes and modules add to the log weights, made on first use
   * after they changed (sd_diagnosis_forget_codes()): the codes entered as
   * the table knows them (NULL if not), and the terms, in the order added. */
  GPtrArray      *entered_codes;
  GArray         *code_terms;
  guint           code_terms_n_codes;

  /* What guides found (sd-diagnosis-findings.c): of SdFinding. */
  GPtrArray      *findings;

  /* The models, made when first asked for; from then on every change is
   * recomputed at once so that they follow it. */
  GListStore     *cause_store;
  SdCauseItem   **cause_items;    /* by fault index, n + 1 */
  GListStore     *question_store;

  SdPlan         *plan;
};

static inline double
sd_clamp_probability (double p)
{
  return CLAMP (p, SD_EPSILON, 1.0 - SD_EPSILON);
}

static inline double
sd_effect_chance (const Effect *effect)
{
  return MAX (effect->fix, effect->test);
}

static inline double
sd_yes_given_link (const Symptom *symptom,
                   double         q)
{
  return 1.0 - (1.0 - symptom->leak) * (1.0 - q);
}

static inline int
sd_index_lookup (GHashTable *index,
                 const char *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (index, id)) - 1;
}

/* sd-inference.c */
void    sd_diagnosis_build             (SdDiagnosis  *self);
void    sd_diagnosis_compute_posterior (SdDiagnosis  *self);
void    sd_diagnosis_rank_causes       (SdDiagnosis  *self);
GArray *sd_diagnosis_reasons_for       (SdDiagnosis  *self,
                                        guint         fault);
void    sd_diagnosis_ensure_updated    (SdDiagnosis  *self);
void    sd_diagnosis_rebuild_actions   (SdDiagnosis  *self);
void    sd_diagnosis_free_actions      (SdDiagnosis  *self);

/* sd-diagnosis.c */
void    sd_diagnosis_changed           (SdDiagnosis  *self);

/* sd-diagnosis-car.c */
void    sd_diagnosis_build_car         (SdDiagnosis  *self);
void    sd_diagnosis_finalize_car      (SdDiagnosis  *self);
void    sd_diagnosis_exclude_actions   (SdDiagnosis  *self);
void    sd_diagnosis_forget_codes      (SdDiagnosis  *self);
void    sd_diagnosis_add_code_evidence (SdDiagnosis  *self,
                                        double       *logw);
void    sd_diagnosis_add_code_reasons  (SdDiagnosis  *self,
                                        guint         fault,
                                        GArray       *reasons);
gboolean sd_diagnosis_symptom_is_open  (SdDiagnosis  *self,
                                        const Symptom *symptom);
void    sd_diagnosis_sync_questions    (SdDiagnosis  *self);

/* sd-diagnosis-findings.c */
void    sd_diagnosis_add_finding_evidence (SdDiagnosis *self,
                                           double      *logw);
void    sd_diagnosis_add_finding_reasons  (SdDiagnosis *self,
                                           guint        fault,
                                           GArray      *reasons);

/* sd-diagnosis-models.c */
void    sd_diagnosis_sync_causes       (SdDiagnosis  *self);

/* sd-plan.c */
void    sd_diagnosis_rank_actions      (SdDiagnosis  *self,
                                        const double *posterior,
                                        GArray       *ranks);
double  sd_diagnosis_cost_of_repair    (SdDiagnosis  *self,
                                        const double *posterior,
                                        GArray       *ranks,
                                        double       *open,
                                        guint        *worth);
void    sd_diagnosis_rank_questions    (SdDiagnosis  *self);
void    sd_diagnosis_plan_free         (SdPlan       *plan);

/* sd-advice.c */
void    sd_diagnosis_decide            (SdDiagnosis  *self);

/* sd-cause-item.c, sd-question.c: made and updated only by the diagnosis. */
SdCauseItem *sd_cause_item_new              (SdDiagnosis     *diagnosis,
                                             guint            fault);
void         sd_cause_item_set_probability  (SdCauseItem     *self,
                                             double           probability);
void         sd_cause_item_evidence_changed (SdCauseItem     *self);
void         sd_cause_item_texts_changed    (SdCauseItem     *self);
guint        sd_cause_item_get_index        (SdCauseItem     *self);
SdQuestion  *sd_question_new                (SdKnowledge     *knowledge,
                                             const SdSymptom *symptom,
                                             SdAnswer         answer);
void         sd_question_set_answer         (SdQuestion      *self,
                                             SdAnswer         answer);
void         sd_question_texts_changed      (SdQuestion      *self);

G_END_DECLS
