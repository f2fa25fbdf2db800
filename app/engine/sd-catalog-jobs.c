/* sd-catalog-jobs.c: reading many data files on every core
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each file is read, parsed, validated and, for a procedure, turned into its
 * model by one thread; its document is freed as soon as the model is built,
 * so that a thousand files never sit in memory as a thousand documents.
 * libxml2 2.9 parses and validates separate documents in separate threads
 * once xmlInitParser() has run (sd_xml_init()): its error handlers are per
 * thread, and a compiled RELAX NG schema is only read while validating, each
 * thread with its own validation context (sd_xml_validate()); the schemas are
 * compiled one at a time (sd-xml-schema.c), the procedure schema before the
 * workers start. Each job keeps its problems apart, and the
 * caller reports them in file order, as if the files were read one by one.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-catalog-jobs.h"
#include "sd-problem.h"
#include "sd-text-reader.h"

typedef struct
{
  GPtrArray         *jobs;
  gint               next;
  SdCatalogJobCheck  check;
  gpointer           user_data;
} Work;

/* 0: one thread per core. */
static guint max_threads;

SdCatalogJob *
sd_catalog_job_new (GFile      *file,
                    const char *display_name,
                    const char *locale_dir)
{
  SdCatalogJob *job = g_new0 (SdCatalogJob, 1);

  job->file = g_object_ref (file);
  job->display_name = g_strdup (display_name);
  job->locale_dir = g_strdup (locale_dir);
  job->problems = sd_problems_new ();
  job->model_problems = sd_problems_new ();
  job->late_problems = sd_problems_new ();
  job->unknown_next = g_ptr_array_new_with_free_func (g_free);
  job->unknown_next_problems = sd_problems_new ();

  return job;
}

void
sd_catalog_job_free (SdCatalogJob *job)
{
  g_clear_object (&job->file);
  g_free (job->display_name);
  g_free (job->locale_dir);
  g_clear_pointer (&job->problems, g_ptr_array_unref);
  g_clear_pointer (&job->model_problems, g_ptr_array_unref);
  g_clear_pointer (&job->late_problems, g_ptr_array_unref);
  g_free (job->procedure_id);
  g_clear_pointer (&job->unknown_next, g_ptr_array_unref);
  g_clear_pointer (&job->unknown_next_problems, g_ptr_array_unref);
  g_clear_pointer (&job->doc, xmlFreeDoc);
  g_clear_object (&job->procedure);
  g_free (job);
}

/* A workshop translates its own files in a gettext domain of its own, whose
 * catalogs sit in the locale folder beside them. The app's own domain is never
 * taken over from a data directory. */
static void
bind_own_translations (xmlDoc     *doc,
                       const char *locale_dir)
{
  const char *domain = sd_text_get_domain (doc);

  if (locale_dir == NULL || g_str_equal (domain, GETTEXT_PACKAGE) ||
      !g_file_test (locale_dir, G_FILE_TEST_IS_DIR))
    return;

  bindtextdomain (domain, locale_dir);
  bind_textdomain_codeset (domain, "UTF-8");
}

static gboolean
is_builtin (SdCatalogJob *job)
{
  return g_file_has_uri_scheme (job->file, "resource");
}

static void
run_job (SdCatalogJob *job,
         Work         *work)
{
  g_autoptr(xmlDoc) doc = NULL;

  /* The test suite validates the built-in files against the schemas. */
  if (is_builtin (job))
    doc = sd_xml_load_builtin (job->file, job->display_name, &job->kind, job->problems);
  else
    doc = sd_xml_load (job->file, job->display_name, &job->kind, job->problems);
  if (doc == NULL)
    return;

  job->loaded = TRUE;
  bind_own_translations (doc, job->locale_dir);

  if (job->kind != SD_XML_KIND_PROCEDURE)
    {
      job->doc = g_steal_pointer (&doc);
      return;
    }

  job->procedure = sd_procedure_new_from_document (doc, job->display_name, job->model_problems);
  g_clear_pointer (&doc, xmlFreeDoc);

  /* Once checked, the model is not needed any more. */
  if (job->procedure != NULL && work->check != NULL)
    {
      job->valid = work->check (job, work->user_data);
      job->checked = TRUE;
      g_clear_object (&job->procedure);
    }
}

static gpointer
work_thread (gpointer data)
{
  Work *work = data;
  guint i;

  while ((i = (guint) g_atomic_int_add (&work->next, 1)) < work->jobs->len)
    run_job (g_ptr_array_index (work->jobs, i), work);

  return NULL;
}

/**
 * sd_catalog_jobs_run:
 * @jobs: (element-type SdCatalogJob): the files
 * @check: (nullable): what to check on each procedure's model in its worker,
 *   after which the model is dropped
 * @user_data: for @check
 *
 * Runs the jobs on every available core, the calling thread being one of the
 * workers, and returns when all are done.
 */
void
sd_catalog_jobs_run (GPtrArray         *jobs,
                     SdCatalogJobCheck  check,
                     gpointer           user_data)
{
  g_autoptr(GPtrArray) threads = g_ptr_array_new ();
  Work work = { jobs, 0, check, user_data };
  guint n_threads;

  sd_xml_init ();
  for (guint i = 0; i < jobs->len; i++)
    {
      if (!is_builtin (g_ptr_array_index (jobs, i)))
        {
          sd_xml_prepare_schemas ();
          break;
        }
    }

  /* GLib sets a class up safely in any thread, but then hands it to the
   * others through its lock-free fast path, which ThreadSanitizer cannot
   * follow: the model's class is set up before the threads start. */
  g_type_class_unref (g_type_class_ref (SD_TYPE_PROCEDURE));

  n_threads = max_threads > 0 ? max_threads : (guint) g_get_num_processors ();
  n_threads = MIN (n_threads, jobs->len);
  for (guint i = 1; i < n_threads; i++)
    {
      GThread *thread = g_thread_try_new ("sd-catalog-load", work_thread, &work, NULL);

      if (thread != NULL)
        g_ptr_array_add (threads, thread);
    }

  work_thread (&work);

  for (guint i = 0; i < threads->len; i++)
    g_thread_join (g_ptr_array_index (threads, i));
}

/**
 * sd_catalog_jobs_set_max_threads:
 * @n: the most threads to read with, or 0 for one per core
 *
 * For tests, which compare a load on one thread with a load on several.
 */
void
sd_catalog_jobs_set_max_threads (guint n)
{
  max_threads = n;
}

/* Moves what @from holds to the end of @to, or frees it if @to is %NULL. */
void
sd_catalog_jobs_move_problems (GPtrArray *to,
                               GPtrArray *from)
{
  GDestroyNotify free_func = (GDestroyNotify) sd_problem_free;
  gsize n = 0;
  g_autofree gpointer *items = g_ptr_array_steal (from, &n);

  for (gsize i = 0; i < n; i++)
    {
      if (to != NULL)
        g_ptr_array_add (to, items[i]);
      else
        free_func (items[i]);
    }
}
