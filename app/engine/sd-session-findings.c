/* sd-session-findings.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What guides find, into the case and the diagnosis the moment it is found
 * (issue 12). The run under way finds things along its path (going back takes
 * them back); they count at once, are saved with the run, and enter the case
 * for good when the run finishes (a run left without an outcome takes them
 * with it). A symptom found is that symptom's answer, so it is not
 * asked again; a code read is a code of the case; the rest are findings the
 * diagnosis weighs itself (sd-diagnosis-findings.c).
 */
#include "config.h"

#include "sd-session-private.h"

/* The run's observations as findings, in the order found. */
static GPtrArray *
run_findings (SdSession *self)
{
  GPtrArray *findings = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_finding_free);
  GPtrArray *observations;

  if (self->run == NULL)
    return findings;

  observations = sd_run_get_observations (self->run);
  for (guint i = 0; i < observations->len; i++)
    g_ptr_array_add (findings,
                     sd_finding_new_from_observation (g_ptr_array_index (observations, i),
                                                      sd_run_get_procedure (self->run),
                                                      sd_catalog_get_knowledge (self->catalog),
                                                      sd_catalog_get_codes (self->catalog)));

  return findings;
}

static gboolean
is_symptom (const SdFinding *finding)
{
  return finding->kind == SD_OBSERVE_SYMPTOM_PRESENT || finding->kind == SD_OBSERVE_SYMPTOM_ABSENT;
}

static SdAnswer
symptom_answer (const SdFinding *finding)
{
  return finding->kind == SD_OBSERVE_SYMPTOM_PRESENT ? SD_ANSWER_YES : SD_ANSWER_NO;
}

/* The case's codes and those of @findings, as the diagnosis takes them. */
static GStrv
all_codes (SdSession *self,
           GPtrArray *findings)
{
  const char * const *codes = sd_case_get_codes (self->kase);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    g_strv_builder_add (builder, codes[i]);
  for (guint i = 0; i < findings->len; i++)
    {
      g_autofree char *code = sd_finding_dup_code (g_ptr_array_index (findings, i),
                                                   sd_catalog_get_codes (self->catalog));

      if (code != NULL && (codes == NULL || !g_strv_contains (codes, code)))
        g_strv_builder_add (builder, code);
    }

  return g_strv_builder_end (builder);
}

/**
 * _sd_session_sync_findings:
 *
 * Makes the diagnosis weigh what the case's guides and the run under way
 * found: the case's findings and codes as saved, the run's on top.
 */
void
_sd_session_sync_findings (SdSession *self)
{
  g_autoptr(GPtrArray) found = run_findings (self);
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_finding_free);
  g_autoptr(GHashTable) answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) codes = NULL;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = 0; i < sd_case_get_n_findings (self->kase); i++)
    g_ptr_array_add (all, sd_finding_copy (sd_case_get_finding (self->kase, i)));
  for (guint i = 0; i < found->len; i++)
    {
      const SdFinding *finding = g_ptr_array_index (found, i);

      g_ptr_array_add (all, sd_finding_copy (finding));
      if (is_symptom (finding))
        g_hash_table_insert (answers, g_strdup (finding->ref),
                             GINT_TO_POINTER (symptom_answer (finding)));
    }

  /* A symptom the run no longer finds has the case's answer again. */
  g_hash_table_iter_init (&iter, self->found_answers);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (answers, key))
      sd_diagnosis_set_answer (self->diagnosis, key, sd_case_get_answer (self->kase, key));
  g_hash_table_iter_init (&iter, answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    sd_diagnosis_set_answer (self->diagnosis, key, GPOINTER_TO_INT (value));
  g_clear_pointer (&self->found_answers, g_hash_table_unref);
  self->found_answers = g_steal_pointer (&answers);

  codes = all_codes (self, found);
  sd_diagnosis_set_codes (self->diagnosis, sd_catalog_get_codes (self->catalog),
                          (const char * const *) codes);
  sd_diagnosis_set_findings (self->diagnosis, all);
}

/**
 * _sd_session_keep_run_findings:
 *
 * What the run under way found enters the case for good, as it finishes. A
 * symptom found becomes the case's answer, a code read one of its
 * codes.
 */
void
_sd_session_keep_run_findings (SdSession *self)
{
  g_autoptr(GPtrArray) found = run_findings (self);
  g_auto(GStrv) codes = NULL;

  if (found->len == 0)
    return;

  for (guint i = 0; i < found->len; i++)
    {
      const SdFinding *finding = g_ptr_array_index (found, i);

      sd_case_add_finding (self->kase, finding);
      if (is_symptom (finding))
        sd_case_set_answer (self->kase, finding->ref, symptom_answer (finding));
    }

  codes = all_codes (self, found);
  sd_case_set_codes (self->kase, (const char * const *) codes);
  g_hash_table_remove_all (self->found_answers);
}
