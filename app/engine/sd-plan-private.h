/* sd-plan-private.h: the plan's tables, shared by sd-plan.c (actions and the
 * expected cost of repair) and sd-plan-questions.c (questions and implied answers)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <math.h>

#include "sd-diagnosis-private.h"

G_BEGIN_DECLS

typedef struct
{
  guint    target;
  gboolean when_yes;
  gboolean answer_yes;
} Implication;

/* An allowed ranked action naming a fault, and its chance for it. */
typedef struct
{
  guint  rank;        /* in action_ranks */
  double chance;
} FaultAction;

/* A ranked action whose chance an answer changes other than by the common factor. */
typedef struct
{
  guint    rank;          /* in action_ranks */
  guint    position;
  double   chance[2];     /* after a yes, after a no */
  double   efficiency[2];
  gboolean walked;
} Touched;

struct _SdPlan
{
  /* Per fault, n + 1. */
  double   *repair;       /* minutes of the repair once it is found */
  guint    *like_stamp;
  double   *like[2];      /* P(answer | fault) / P(answer) for the faults the answer names */
  guint    *open_stamp;   /* by open_generation */
  double   *open;         /* still open after the steps walked so far */
  /* The allowed ranked actions by the faults they name: those of fault f are
   * by_fault[fault_start[f] … fault_start[f + 1]) (FaultAction). */
  guint    *fault_start;
  GArray   *by_fault;
  /* Per ranked action. */
  guint    *touched_stamp;
  guint    *touched_index;  /* in touched */
  GArray   *touched;
  guint     stamp;
  guint     open_generation;
  /* Per symptom. */
  GArray  **implications;
  SdAnswer *implied;
  int      *implied_by;   /* the answered symptom it follows from */
  GArray   *queue;
};

/* Chance per minute, best first, compared with a tolerance: two that differ only
 * by rounding (sums taken in another order) are a tie, and ties keep the
 * catalog's order, so the plan does not hang on the last bit. */
static inline int
sd_plan_compare_efficiency (double a,
                            guint  position_a,
                            double b,
                            guint  position_b)
{
  if (fabs (a - b) > 1e-9 * MAX (fabs (a), fabs (b)))
    return a > b ? -1 : 1;

  return position_a < position_b ? -1 : position_a > position_b;
}

SdPlan *sd_plan_get                (SdDiagnosis   *self);
void    sd_plan_build_implications (SdDiagnosis   *self,
                                    SdPlan        *plan);
void    sd_plan_costs_after        (SdDiagnosis   *self,
                                    SdPlan        *plan,
                                    const Symptom *symptom,
                                    double         p_yes,
                                    double        *costs);

G_END_DECLS
