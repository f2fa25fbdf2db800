/* sd-procedure.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-codes.h"
#include "sd-knowledge.h"
#include "sd-text.h"

G_BEGIN_DECLS

/* Allowed durations; outside them a step is a typo, not a procedure. */
#define SD_HOLD_MIN_SECONDS 1
#define SD_HOLD_MAX_SECONDS 600
#define SD_WAIT_MIN_SECONDS 60
#define SD_WAIT_MAX_SECONDS (48 * 60 * 60)

typedef enum
{
  SD_DIFFICULTY_EASY,
  SD_DIFFICULTY_MODERATE,
  SD_DIFFICULTY_HARD,
  SD_DIFFICULTY_WORKSHOP,
} SdDifficulty;

typedef enum
{
  SD_SEVERITY_INFO,
  SD_SEVERITY_WARNING,
  SD_SEVERITY_DANGER,
} SdSeverity;

typedef enum
{
  SD_STEP_INSTRUCTION,
  SD_STEP_HOLD,
  SD_STEP_WAIT,
  SD_STEP_QUESTION,
  SD_STEP_CHECKLIST,
  SD_STEP_OUTCOME,
  /* The ring-break finder (sd-ring-check.c): choice 0 goes on once it has
   * located the break, choice 1 when its answers fit no single break. */
  SD_STEP_RING_CHECK,
} SdStepKind;

typedef enum
{
  SD_OUTCOME_NONE,
  SD_OUTCOME_RESOLVED,
  SD_OUTCOME_UNRESOLVED,
  SD_OUTCOME_WORKSHOP,
  /* The cause is located; the next step is its repair (issue 12). */
  SD_OUTCOME_FOUND,
} SdOutcome;

/* What a guide found, stated by a choice, a checklist item's "not OK" branch or
 * an outcome: <observe kind="…" ref="…">. */
typedef enum
{
  SD_OBSERVE_SYMPTOM_PRESENT,
  SD_OBSERVE_SYMPTOM_ABSENT,
  SD_OBSERVE_CODE_READ,
  SD_OBSERVE_FAULT_FOUND,
  SD_OBSERVE_FAULT_RULED_OUT,
  SD_OBSERVE_COMPONENT_OK,
} SdObserveKind;

/**
 * SdObservation:
 * @kind: what was found
 * @ref: the symptom, code (codes.xml id), fault or component it is about
 * @text: a short text saying what was found; its msgid is %NULL when the file
 *   gives none (sd_observation_dup_text() then makes one)
 */
typedef struct
{
  SdObserveKind  kind;
  char          *ref;
  SdText         text;
  guint          line;
} SdObservation;

typedef struct
{
  char       *id;
  guint       line;
  SdSeverity  severity;
  SdText      text;
} SdCaution;

typedef struct
{
  guint      line;
  SdText     label;
  /* Either the step the choice goes to, resolved to its index, or an outcome. */
  char      *goto_id;
  int        target;
  SdOutcome  outcome;
  GPtrArray *observations;  /* of SdObservation */
} SdChoice;

/* A checklist item: a thing to check, answered "OK" or "not OK". */
typedef struct
{
  guint      line;
  SdText     label;
  gboolean   workshop;      /* where="workshop": never a gate at home */
  /* Where "not OK" goes, resolved to its index; -1 to go on as "OK" does. */
  char      *not_ok_id;
  int        not_ok;
  GPtrArray *observations;  /* of SdObservation, given when it is "not OK" */
} SdItem;

typedef struct
{
  char       *id;
  guint       line;
  SdStepKind  kind;
  char       *component;
  SdText      title;
  GPtrArray  *texts;     /* of SdText */
  GPtrArray  *cautions;  /* of SdCaution */
  /* The step that follows, resolved to its index; -1 after an outcome. */
  char       *next_id;
  int         next;
  guint       seconds;
  guint       min_seconds;
  guint       max_seconds;
  GPtrArray  *choices;   /* of SdChoice, for questions */
  GPtrArray  *items;     /* of SdItem, for checklists */
  SdOutcome   result;
  /* For outcomes: what the guide found, the guide that follows a "found"
   * (next="ID") and why a workshop is needed. */
  GPtrArray  *observations;  /* of SdObservation */
  char       *next_guide;
  SdText      because;
  /* tried="no": the guide's work was not done on the way here; finishing
   * records no try (issue 12). */
  gboolean    not_tried;
} SdStep;

typedef struct
{
  char     *fault;
  double    chance;
  gboolean  fixes;
  guint     line;
} SdEffect;

typedef struct
{
  SdText  name;
  double  cost;
} SdPart;

#define SD_TYPE_PROCEDURE (sd_procedure_get_type ())

G_DECLARE_FINAL_TYPE (SdProcedure, sd_procedure, SD, PROCEDURE, GObject)

gboolean          sd_procedure_check_references    (SdProcedure  *self,
                                                    SdKnowledge  *knowledge,
                                                    GPtrArray    *problems);
const char       *sd_procedure_get_id              (SdProcedure  *self);
const char       *sd_procedure_get_source          (SdProcedure  *self);
guint             sd_procedure_get_version         (SdProcedure  *self);
const char       *sd_procedure_get_title           (SdProcedure  *self);
const char       *sd_procedure_get_summary         (SdProcedure  *self);
guint             sd_procedure_get_minutes         (SdProcedure  *self);
SdDifficulty      sd_procedure_get_difficulty      (SdProcedure  *self);
double            sd_procedure_get_parts_cost      (SdProcedure  *self);
GPtrArray        *sd_procedure_get_tools           (SdProcedure  *self);
GPtrArray        *sd_procedure_get_parts           (SdProcedure  *self);
GPtrArray        *sd_procedure_get_cautions        (SdProcedure  *self);
const char * const *sd_procedure_get_components    (SdProcedure  *self);
GPtrArray        *sd_procedure_get_effects         (SdProcedure  *self);
guint             sd_procedure_get_n_steps         (SdProcedure  *self);
const SdStep     *sd_procedure_get_step            (SdProcedure  *self,
                                                    guint         index);
int               sd_procedure_find_step           (SdProcedure  *self,
                                                    const char   *id);
void              sd_procedure_foreach_text        (SdProcedure  *self,
                                                    SdTextFunc    func,
                                                    gpointer      user_data);
guint             sd_procedure_get_min_steps_after (SdProcedure  *self,
                                                    guint         index);
guint             sd_procedure_get_max_steps_after (SdProcedure  *self,
                                                    guint         index);
guint             sd_procedure_get_work_minutes    (SdProcedure  *self);
guint             sd_procedure_get_wait_seconds    (SdProcedure  *self);
char             *sd_procedure_format_time         (SdProcedure  *self);

const char       *sd_difficulty_to_string          (SdDifficulty  difficulty);
const char       *sd_difficulty_get_label          (SdDifficulty  difficulty);
const char       *sd_outcome_to_string             (SdOutcome     outcome);
gboolean          sd_outcome_from_string           (const char   *text,
                                                    SdOutcome    *outcome);

/* Which cars it is for (helper Q, issue 11). */
const SdApplies *sd_procedure_get_applies (SdProcedure *self);

/* What a guide found (issue 12). */
gboolean          sd_procedure_check_codes         (SdProcedure  *self,
                                                    SdCodes      *codes,
                                                    GPtrArray    *problems);
gboolean          sd_procedure_has_observations    (SdProcedure  *self);
const char       *sd_observe_kind_to_string        (SdObserveKind kind);

G_END_DECLS
