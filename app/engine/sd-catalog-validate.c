/* sd-catalog-validate.c: checking files as the catalog would load them (--validate)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-catalog.h"
#include "sd-catalog-jobs.h"
#include "sd-catalog-private.h"
#include "sd-catalog-tables.h"
#include "sd-problem.h"
#include "sd-safety.h"

/* Whether a procedure's references are valid against @knowledge, and whether
 * it may replace the catalog's guide of its id if there is one; %NULL if its
 * references are not valid, the procedure otherwise. */
static SdProcedure *
check_procedure (SdCatalog   *self,
                 SdProcedure *procedure,
                 SdKnowledge *knowledge,
                 gboolean    *ok,
                 GPtrArray   *problems)
{
  SdProcedure *replaced;

  if (procedure == NULL || !sd_procedure_check_references (procedure, knowledge, problems))
    {
      *ok = FALSE;
      return NULL;
    }

  /* What the catalog would refuse to replace, --validate refuses too. */
  replaced = sd_catalog_lookup_procedure (self, sd_procedure_get_id (procedure));
  if (replaced != NULL && !sd_safety_check_replacement (procedure, replaced, problems))
    *ok = FALSE;

  return procedure;
}

/* In a worker, against the catalog's knowledge and tables, which no thread
 * changes meanwhile. */
static gboolean
check_in_worker (SdCatalogJob *job,
                 gpointer      user_data)
{
  SdCatalog *self = user_data;
  gboolean ok = TRUE;

  if (check_procedure (self, job->procedure, self->knowledge, &ok, job->model_problems) != NULL &&
      !sd_catalog_tables_check_procedure (self->vehicles, self->codes, job->procedure,
                                            job->late_problems))
    ok = FALSE;

  /* The guides "found" outcomes send to: the catalog's, or else perhaps
   * another file's; that is known once every worker is done. */
  if (job->procedure != NULL)
    {
      job->procedure_id = g_strdup (sd_procedure_get_id (job->procedure));
      for (guint i = 0; i < sd_procedure_get_n_steps (job->procedure); i++)
        {
          const SdStep *step = sd_procedure_get_step (job->procedure, i);

          if (step->next_guide == NULL || sd_catalog_lookup_procedure (self, step->next_guide) != NULL)
            continue;
          g_ptr_array_add (job->unknown_next, g_strdup (step->next_guide));
          sd_catalog_tables_add_unknown_next (job->unknown_next_problems, job->procedure, step);
        }
    }

  return ok;
}

/* The guides named by next="ID" that neither the catalog nor any of @jobs has. */
static gboolean
check_next_guides (GPtrArray *jobs,
                   GPtrArray *problems)
{
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean ok = TRUE;

  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      if (job->procedure_id != NULL)
        g_hash_table_add (ids, job->procedure_id);
    }

  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);
      SdProblem *problem;
      guint taken = 0;

      for (guint n = 0; n < job->unknown_next->len; n++)
        {
          if (g_hash_table_contains (ids, g_ptr_array_index (job->unknown_next, n)))
            continue;
          /* Each taken one moves the rest one place down. */
          problem = g_ptr_array_steal_index (job->unknown_next_problems, n - taken);
          taken++;
          if (problems != NULL)
            g_ptr_array_add (problems, problem);
          else
            sd_problem_free (problem);
          ok = FALSE;
        }
    }

  return ok;
}

/* The files are procedures only: each is read, checked against the catalog
 * and dropped in its worker, so that only a few documents and models exist at
 * a time. The problems are said in the same order as by validate_in_order(). */
static gboolean
validate_procedures (SdCatalog *self,
                     GPtrArray *jobs,
                     GPtrArray *knowledge_problems,
                     GPtrArray *problems)
{
  gboolean ok = knowledge_problems->len == 0;

  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      sd_catalog_jobs_move_problems (problems, job->problems);
      ok &= job->loaded;
    }
  sd_catalog_jobs_move_problems (problems, knowledge_problems);

  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      sd_catalog_jobs_move_problems (problems, job->model_problems);
      ok &= !job->loaded || (job->checked && job->valid);
    }

  if (!sd_catalog_tables_check (self->vehicles, self->codes, self->knowledge, NULL, problems))
    ok = FALSE;
  for (guint i = 0; i < jobs->len; i++)
    sd_catalog_jobs_move_problems (problems, ((SdCatalogJob *) jobs->pdata[i])->late_problems);
  if (!check_next_guides (jobs, problems))
    ok = FALSE;

  return ok;
}

/* Knowledge or tables among the files: the knowledge base is the catalog's
 * sources with those files added, and the procedures are checked against it
 * once it is whole. */
static gboolean
validate_in_order (SdCatalog *self,
                   GPtrArray *jobs,
                   GPtrArray *problems)
{
  g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new ();
  g_autoptr(SdCodes) codes = sd_codes_new ();
  g_autoptr(GListStore) procedures = g_list_store_new (SD_TYPE_PROCEDURE);
  g_autoptr(GPtrArray) known = sd_catalog_run_sources (self->knowledge_sources, NULL, NULL);
  gboolean has_tables = FALSE;
  gboolean ok = TRUE;

  for (guint i = 0; i < known->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (known, i);

      if (job->doc != NULL && job->kind == SD_XML_KIND_KNOWLEDGE)
        sd_knowledge_add_document (knowledge, job->doc, job->display_name, NULL, NULL);
    }

  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      sd_catalog_jobs_move_problems (problems, job->problems);
      if (!job->loaded)
        {
          ok = FALSE;
          continue;
        }
      if (job->kind == SD_XML_KIND_PROCEDURE)
        continue;

      has_tables |= job->kind == SD_XML_KIND_VEHICLES || job->kind == SD_XML_KIND_CODES;
      if (!sd_catalog_tables_add (vehicles, codes, job->doc, job->kind, job->display_name,
                                  problems))
        ok = FALSE;
      if (job->kind == SD_XML_KIND_KNOWLEDGE &&
          !sd_knowledge_add_document_checked (knowledge, job->doc, job->display_name,
                                              problems, NULL))
        ok = FALSE;
      g_clear_pointer (&job->doc, xmlFreeDoc);
    }

  if (!sd_knowledge_check (knowledge, problems))
    ok = FALSE;

  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      if (!job->loaded || job->kind != SD_XML_KIND_PROCEDURE)
        continue;

      sd_catalog_jobs_move_problems (problems, job->model_problems);
      if (check_procedure (self, job->procedure, knowledge, &ok, problems) != NULL)
        g_list_store_append (procedures, job->procedure);
    }

  /* The tables among the files, or else the catalog's, against what was checked. */
  if (!has_tables && self->vehicles != NULL)
    {
      g_set_object (&vehicles, self->vehicles);
      g_set_object (&codes, self->codes);
    }
  if (!sd_catalog_tables_check (vehicles, codes, knowledge, G_LIST_MODEL (procedures), problems))
    ok = FALSE;
  if (!sd_catalog_tables_check_next_guides (G_LIST_MODEL (procedures), G_LIST_MODEL (self->procedures),
                                            problems))
    ok = FALSE;

  return ok;
}

static gboolean
has_other_kinds (GPtrArray *jobs)
{
  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      if (job->loaded && job->kind != SD_XML_KIND_PROCEDURE)
        return TRUE;
    }

  return FALSE;
}

/**
 * sd_catalog_validate_files:
 * @self: a loaded #SdCatalog
 * @paths: the files to check
 * @problems: where to add what is wrong
 *
 * Checks files as the catalog would load them, against the knowledge base the
 * catalog has plus any knowledge file among @paths, so a workshop can check a
 * new fault and the procedure that fixes it together. The files are read on
 * every core; the problems are in the order of @paths, as if read one by one.
 *
 * Returns: %TRUE if every file is valid
 */
gboolean
sd_catalog_validate_files (SdCatalog          *self,
                           const char * const *paths,
                           GPtrArray          *problems)
{
  g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_catalog_job_free);
  g_autoptr(GPtrArray) knowledge_problems = sd_problems_new ();
  guint first_problem = problems != NULL ? problems->len : 0;
  gboolean loaded;
  gboolean ok;

  g_return_val_if_fail (SD_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (paths[i]);

      g_ptr_array_add (jobs, sd_catalog_job_new (file, paths[i], NULL));
    }

  /* Checked before the workers read the knowledge base, which the check
   * touches; a loaded catalog's knowledge base is the one the files are
   * checked against unless a knowledge file is among them. */
  loaded = self->vehicles != NULL;
  if (loaded)
    sd_knowledge_check (self->knowledge, knowledge_problems);
  sd_catalog_jobs_run (jobs, loaded ? check_in_worker : NULL, self);

  if (loaded && !has_other_kinds (jobs))
    {
      ok = validate_procedures (self, jobs, knowledge_problems, problems);
    }
  else
    {
      /* The procedures were checked against what is not the whole knowledge
       * base: they are read again, and checked once it is. */
      g_autoptr(GPtrArray) again = g_ptr_array_new ();

      for (guint i = 0; loaded && i < jobs->len; i++)
        {
          SdCatalogJob *job = g_ptr_array_index (jobs, i);

          if (job->loaded && job->kind == SD_XML_KIND_PROCEDURE)
            {
              jobs->pdata[i] = sd_catalog_job_new (job->file, job->display_name, NULL);
              g_ptr_array_add (again, jobs->pdata[i]);
              sd_catalog_job_free (job);
            }
        }
      sd_catalog_jobs_run (again, NULL, NULL);
      ok = validate_in_order (self, jobs, problems);
    }

  sd_problems_cap (problems, first_problem, SD_PROBLEMS_MAX_PER_FILE);

  return ok;
}
