/* sd-diagnosis-findings.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What guides found, as evidence (issue 12). A symptom a guide saw is an
 * answer and a code it read is a code: the session puts those into the answers
 * and the codes, and they are weighed there. Here are the rest: a fault found,
 * a fault ruled out, a component checked OK, each weighed by how well the
 * guide that found it tests that fault (its <tests>/<fixes> chance), and the
 * reasons that say "Found in …".
 */
#include "config.h"

#include <math.h>

#include "sd-diagnosis-private.h"

/* Editorial estimates, like the numbers of the knowledge base: how often a
 * guide reports a fault found when the cause is another one, and how well it
 * tests a fault its file gives no chance for. */
#define FINDING_FALSE_ALARM      0.02
#define FINDING_DEFAULT_CHANCE   0.8

/* How well the guide @procedure tests @fault: the larger of its chances. */
static double
test_chance (SdDiagnosis *self,
             const char  *procedure,
             guint        fault)
{
  int a = sd_index_lookup (self->action_index, procedure);

  if (a >= 0)
    {
      const Action *action = &self->actions[a];

      for (guint j = 0; j < action->effects->len; j++)
        {
          const Effect *effect = &g_array_index (action->effects, Effect, j);

          if (effect->fault == fault && sd_effect_chance (effect) > 0.0)
            return sd_effect_chance (effect);
        }
    }

  return FINDING_DEFAULT_CHANCE;
}

static gboolean
is_fault (SdDiagnosis *self,
          const char  *id,
          guint        fault)
{
  return fault < self->n && g_strcmp0 (self->faults[fault]->id, id) == 0;
}

/* P(the guide reports @finding | @fault is the cause); 1 for a finding that
 * is weighed elsewhere (a symptom, a code). */
static double
finding_likelihood (SdDiagnosis     *self,
                    const SdFinding *finding,
                    guint            fault)
{
  switch (finding->kind)
    {
    case SD_OBSERVE_FAULT_FOUND:
      return is_fault (self, finding->ref, fault) ? test_chance (self, finding->procedure, fault)
                                                  : FINDING_FALSE_ALARM;
    case SD_OBSERVE_FAULT_RULED_OUT:
      return is_fault (self, finding->ref, fault)
             ? 1.0 - test_chance (self, finding->procedure, fault) : 1.0;
    case SD_OBSERVE_COMPONENT_OK:
      return fault < self->n && g_strcmp0 (self->faults[fault]->component, finding->ref) == 0
             ? 1.0 - test_chance (self, finding->procedure, fault) : 1.0;
    case SD_OBSERVE_SYMPTOM_PRESENT:
    case SD_OBSERVE_SYMPTOM_ABSENT:
    case SD_OBSERVE_CODE_READ:
    default:
      return 1.0;
    }
}

static gboolean
weighed_here (const SdFinding *finding)
{
  return finding->kind == SD_OBSERVE_FAULT_FOUND || finding->kind == SD_OBSERVE_FAULT_RULED_OUT ||
         finding->kind == SD_OBSERVE_COMPONENT_OK;
}

/**
 * sd_diagnosis_set_findings:
 * @findings: (element-type SdFinding): everything guides found so far, those
 *   of the run under way included
 *
 * A guide that said what it found (or whose file says what each branch
 * finds) is weighed by that: its outcome counts only when it fixed the car,
 * never as a blanket (1 − chance).
 */
void
sd_diagnosis_set_findings (SdDiagnosis *self,
                           GPtrArray   *findings)
{
  gboolean same;

  g_return_if_fail (SD_IS_DIAGNOSIS (self));
  g_return_if_fail (findings != NULL);

  same = findings->len == self->findings->len;
  for (guint i = 0; same && i < findings->len; i++)
    same = sd_finding_equal (g_ptr_array_index (findings, i),
                             g_ptr_array_index (self->findings, i));
  if (same)
    return;

  g_ptr_array_set_size (self->findings, 0);
  for (guint a = 0; a < self->n_actions; a++)
    self->actions[a].observed = self->actions[a].says_found;
  for (guint i = 0; i < findings->len; i++)
    {
      const SdFinding *finding = g_ptr_array_index (findings, i);
      int a = sd_index_lookup (self->action_index, finding->procedure);

      g_ptr_array_add (self->findings, sd_finding_copy (finding));
      if (a >= 0)
        self->actions[a].observed = TRUE;
    }

  sd_diagnosis_changed (self);
}

/**
 * sd_diagnosis_get_findings:
 *
 * Returns: (transfer none) (element-type SdFinding): what guides found
 */
GPtrArray *
sd_diagnosis_get_findings (SdDiagnosis *self)
{
  g_return_val_if_fail (SD_IS_DIAGNOSIS (self), NULL);

  return self->findings;
}

void
sd_diagnosis_add_finding_evidence (SdDiagnosis *self,
                                   double      *logw)
{
  for (guint f = 0; f < self->findings->len; f++)
    {
      const SdFinding *finding = g_ptr_array_index (self->findings, f);

      if (!weighed_here (finding))
        continue;
      for (guint i = 0; i <= self->n; i++)
        logw[i] += log (sd_clamp_probability (finding_likelihood (self, finding, i)));
    }
}

/* The last finding about @kind and @ref, or NULL. */
static const SdFinding *
lookup_finding (SdDiagnosis   *self,
                SdObserveKind  kind,
                const char    *ref)
{
  for (guint f = self->findings->len; f > 0; f--)
    {
      const SdFinding *finding = g_ptr_array_index (self->findings, f - 1);

      if (finding->kind == kind && g_strcmp0 (finding->ref, ref) == 0)
        return finding;
    }

  return NULL;
}

static void
mark_found (SdReason        *reason,
            const SdFinding *finding)
{
  if (finding == NULL)
    return;

  reason->source = finding->procedure;
  reason->text = finding->text;
}

/* Adds the reasons of what guides found, and says "found in" on the symptom
 * and code reasons that came from a guide. */
void
sd_diagnosis_add_finding_reasons (SdDiagnosis *self,
                                  guint        fault,
                                  GArray      *reasons)
{
  double others = 1.0 - self->prior[fault];

  for (guint r = 0; r < reasons->len; r++)
    {
      SdReason *reason = &g_array_index (reasons, SdReason, r);

      if (reason->kind == SD_REASON_SYMPTOM)
        mark_found (reason, lookup_finding (self, reason->answer == SD_ANSWER_YES
                                                  ? SD_OBSERVE_SYMPTOM_PRESENT
                                                  : SD_OBSERVE_SYMPTOM_ABSENT, reason->id));
      else if (reason->kind == SD_REASON_CODE && self->code_table != NULL)
        for (guint f = 0; f < self->findings->len && reason->source == NULL; f++)
          {
            const SdFinding *finding = g_ptr_array_index (self->findings, f);
            g_autofree char *code = sd_finding_dup_code (finding, self->code_table);

            if (code != NULL && (g_ascii_strcasecmp (code, reason->id) == 0 ||
                                 g_ascii_strcasecmp (finding->ref, reason->id) == 0))
              mark_found (reason, finding);
          }
    }

  for (guint f = 0; f < self->findings->len; f++)
    {
      const SdFinding *finding = g_ptr_array_index (self->findings, f);
      SdReason reason = { SD_REASON_FINDING, finding->ref, SD_ANSWER_UNKNOWN, SD_OUTCOME_NONE,
                          1.0, finding->procedure, finding->text };
      double here, rest = 0.0;

      if (!weighed_here (finding))
        continue;

      here = finding_likelihood (self, finding, fault);
      for (guint i = 0; i <= self->n; i++)
        if (i != fault)
          rest += self->prior[i] * finding_likelihood (self, finding, i);
      reason.ratio = here / (rest / others);
      if (fabs (log (reason.ratio)) >= log (1.05))
        g_array_append_val (reasons, reason);
    }
}
