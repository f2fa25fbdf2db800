/* sd-procedure-loader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The user's own procedures ($XDG_DATA_HOME/sos-doctor/procedures), read in a
 * thread of their own once the app shows its window, and handed to the
 * catalog in batches as they are read, so that the pages fill in while the
 * rest loads. Each batch is read on every core by the catalog's job runner
 * (sd-catalog-jobs.c), which also binds a file's own translations. Each file is checked as sd_catalog_load() checks it, against
 * the catalog's knowledge base and vehicle table, which nothing changes after
 * the catalog is loaded; a file with a problem is reported with its line, as
 * ever, and no document is kept once its procedure is built.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-applies-reader.h"
#include "sd-catalog-jobs.h"
#include "sd-problem.h"
#include "sd-procedure-loader.h"
#include "sd-procedure-reader.h"

/* A batch goes to the main thread after this many files. */
#define BATCH_FILES 64

struct _SdProcedureLoader
{
  GObject        parent_instance;

  SdCatalog     *catalog;
  char          *folder;
  char          *locale_dir;
  GCancellable  *cancellable;
  gboolean       started;
  gboolean       loading;
  /* Whether the thread runs, under @lock: sd_procedure_loader_stop() waits. */
  GMutex         lock;
  GCond          stopped;
  gboolean       thread_running;
  guint          n_files;
  guint          n_loaded;
};

enum {
  PROP_0,
  PROP_LOADING,
  PROP_N_FILES,
  PROP_N_LOADED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdProcedureLoader, sd_procedure_loader, G_TYPE_OBJECT)

typedef struct
{
  SdProcedureLoader *loader;
  GPtrArray         *procedures;
  GPtrArray         *problems;
  guint              n_files;
  guint              n_done;
  gboolean           last;
} Batch;

static Batch *
batch_new (SdProcedureLoader *loader,
           guint              n_files)
{
  Batch *batch = g_new0 (Batch, 1);

  batch->loader = g_object_ref (loader);
  batch->procedures = g_ptr_array_new_with_free_func (g_object_unref);
  batch->problems = sd_problems_new ();
  batch->n_files = n_files;

  return batch;
}

static void
batch_free (Batch *batch)
{
  g_clear_object (&batch->loader);
  g_clear_pointer (&batch->procedures, g_ptr_array_unref);
  g_clear_pointer (&batch->problems, g_ptr_array_unref);
  g_free (batch);
}

static void
set_loading (SdProcedureLoader *self,
             gboolean           loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

/* In the main thread: the batch into the catalog, and the count on. */
static gboolean
deliver_batch (gpointer user_data)
{
  Batch *batch = user_data;
  SdProcedureLoader *self = batch->loader;

  if (g_cancellable_is_cancelled (self->cancellable))
    return G_SOURCE_REMOVE;

  sd_catalog_add_procedures (self->catalog, batch->procedures, batch->problems);
  if (self->n_files != batch->n_files)
    {
      self->n_files = batch->n_files;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILES]);
    }
  if (self->n_loaded != batch->n_done)
    {
      self->n_loaded = batch->n_done;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_LOADED]);
    }
  if (batch->last)
    set_loading (self, FALSE);

  return G_SOURCE_REMOVE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* The *.xml files of the folder, in the order sd_catalog_load() reads them. */
static GPtrArray *
list_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return paths;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (paths, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (paths, compare_strings);

  return paths;
}

/* What a job read, into the batch: the procedure once checked against the
 * catalog as sd_catalog_load() checks it, and the file's problems in order. */
static void
take_job (SdProcedureLoader *self,
          SdCatalogJob      *job,
          Batch             *batch)
{
  guint first_problem = batch->problems->len;

  sd_catalog_jobs_move_problems (batch->problems, job->problems);
  if (job->loaded && job->kind != SD_XML_KIND_PROCEDURE)
    /* Translators: a knowledge or vehicle file among the user's procedures. */
    sd_problems_add (batch->problems, job->display_name, 1,
                     _("only procedures are read from this folder; knowledge files go "
                       "in the knowledge folder beside it"));
  sd_catalog_jobs_move_problems (batch->problems, job->model_problems);

  if (job->procedure != NULL &&
      sd_procedure_check_references (job->procedure, sd_catalog_get_knowledge (self->catalog),
                                     batch->problems))
    {
      /* Translators: the kind of entry in "… in the conditions of this %s". */
      sd_applies_check (sd_procedure_get_applies (job->procedure),
                        sd_catalog_get_vehicles (self->catalog), _("procedure"),
                        job->display_name, 1, batch->problems);
      g_ptr_array_add (batch->procedures, g_steal_pointer (&job->procedure));
    }

  sd_problems_cap (batch->problems, first_problem, SD_PROBLEMS_MAX_PER_FILE);
}

/* Reads every file, BATCH_FILES at a time on every core (sd-catalog-jobs.c,
 * this thread being one of the workers), handing each batch to @deliver
 * (from the thread, a call into the main context). */
static void
load_all (SdProcedureLoader *self,
          void             (*deliver) (Batch *batch))
{
  g_autoptr(GPtrArray) paths = list_files (self->folder);
  guint done = 0;

  while (done < paths->len && !g_cancellable_is_cancelled (self->cancellable))
    {
      g_autoptr(GPtrArray) jobs = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_catalog_job_free);
      Batch *batch = batch_new (self, paths->len);

      for (guint i = done; i < paths->len && jobs->len < BATCH_FILES; i++)
        {
          const char *path = g_ptr_array_index (paths, i);
          g_autoptr(GFile) file = g_file_new_for_path (path);

          g_ptr_array_add (jobs, sd_catalog_job_new (file, path, self->locale_dir));
        }
      sd_catalog_jobs_run (jobs, NULL, NULL);
      for (guint i = 0; i < jobs->len; i++)
        take_job (self, g_ptr_array_index (jobs, i), batch);

      done += jobs->len;
      batch->n_done = done;
      batch->last = done == paths->len;
      deliver (batch);
    }

  if (paths->len == 0)
    {
      Batch *batch = batch_new (self, 0);

      batch->last = TRUE;
      deliver (batch);
    }
}

static void
deliver_from_thread (Batch *batch)
{
  /* Below redrawing, so that the window stays responsive while it fills in. */
  g_main_context_invoke_full (NULL, G_PRIORITY_DEFAULT_IDLE, deliver_batch, batch,
                              (GDestroyNotify) batch_free);
}

static void
deliver_now (Batch *batch)
{
  deliver_batch (batch);
  batch_free (batch);
}

static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SdProcedureLoader *self = source_object;

  load_all (self, deliver_from_thread);

  g_mutex_lock (&self->lock);
  self->thread_running = FALSE;
  g_cond_broadcast (&self->stopped);
  g_mutex_unlock (&self->lock);

  g_task_return_boolean (task, TRUE);
}

/**
 * sd_procedure_loader_start:
 *
 * Starts reading the files in a thread; the catalog gets them in batches,
 * in the main context, and #SdProcedureLoader:n-loaded counts them. Does
 * nothing if the loader was started before.
 */
void
sd_procedure_loader_start (SdProcedureLoader *self)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (SD_IS_PROCEDURE_LOADER (self));

  if (self->started)
    return;

  self->started = TRUE;
  set_loading (self, TRUE);
  self->thread_running = TRUE;
  task = g_task_new (self, self->cancellable, NULL, NULL);
  g_task_set_source_tag (task, sd_procedure_loader_start);
  g_task_run_in_thread (task, load_in_thread);
}

/**
 * sd_procedure_loader_load_now:
 *
 * Reads the files at once, in this thread: for when something already needs
 * them, such as a saved case in the middle of one of them.
 */
void
sd_procedure_loader_load_now (SdProcedureLoader *self)
{
  g_return_if_fail (SD_IS_PROCEDURE_LOADER (self));

  if (self->started)
    return;

  self->started = TRUE;
  set_loading (self, TRUE);
  load_all (self, deliver_now);
}

/**
 * sd_procedure_loader_stop:
 *
 * Stops reading and waits for the thread to end, which it does after the
 * file it is reading: for the app's shutdown, so that nothing parses while the
 * process exits. What was not yet handed to the catalog never is.
 */
void
sd_procedure_loader_stop (SdProcedureLoader *self)
{
  g_return_if_fail (SD_IS_PROCEDURE_LOADER (self));

  g_cancellable_cancel (self->cancellable);
  g_mutex_lock (&self->lock);
  while (self->thread_running)
    g_cond_wait (&self->stopped, &self->lock);
  g_mutex_unlock (&self->lock);
}

gboolean
sd_procedure_loader_get_loading (SdProcedureLoader *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE_LOADER (self), FALSE);

  return self->loading;
}

/**
 * sd_procedure_loader_get_n_files:
 *
 * Returns: how many files there are to read, once that is known; 0 before
 */
guint
sd_procedure_loader_get_n_files (SdProcedureLoader *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE_LOADER (self), 0);

  return self->n_files;
}

guint
sd_procedure_loader_get_n_loaded (SdProcedureLoader *self)
{
  g_return_val_if_fail (SD_IS_PROCEDURE_LOADER (self), 0);

  return self->n_loaded;
}

static void
sd_procedure_loader_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  SdProcedureLoader *self = SD_PROCEDURE_LOADER (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_N_FILES:
      g_value_set_uint (value, self->n_files);
      break;
    case PROP_N_LOADED:
      g_value_set_uint (value, self->n_loaded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_procedure_loader_dispose (GObject *object)
{
  SdProcedureLoader *self = SD_PROCEDURE_LOADER (object);

  /* A batch still on its way is dropped; the thread stops at its next file. */
  g_cancellable_cancel (self->cancellable);

  G_OBJECT_CLASS (sd_procedure_loader_parent_class)->dispose (object);
}

static void
sd_procedure_loader_finalize (GObject *object)
{
  SdProcedureLoader *self = SD_PROCEDURE_LOADER (object);

  g_clear_object (&self->catalog);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->folder, g_free);
  g_clear_pointer (&self->locale_dir, g_free);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->stopped);

  G_OBJECT_CLASS (sd_procedure_loader_parent_class)->finalize (object);
}

static void
sd_procedure_loader_class_init (SdProcedureLoaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sd_procedure_loader_get_property;
  object_class->dispose = sd_procedure_loader_dispose;
  object_class->finalize = sd_procedure_loader_finalize;

  /**
   * SdProcedureLoader:loading:
   *
   * Whether files are being read: from the start until the catalog has them all.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdProcedureLoader:n-files:
   *
   * How many files there are to read.
   */
  properties[PROP_N_FILES] =
    g_param_spec_uint ("n-files", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdProcedureLoader:n-loaded:
   *
   * How many files the catalog has been given, procedures and problems.
   */
  properties[PROP_N_LOADED] =
    g_param_spec_uint ("n-loaded", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_procedure_loader_init (SdProcedureLoader *self)
{
  self->cancellable = g_cancellable_new ();
  g_mutex_init (&self->lock);
  g_cond_init (&self->stopped);
}

/**
 * sd_procedure_loader_new:
 * @catalog: a loaded catalog, which sd_catalog_set_defer_user_procedures()
 *   told to leave @directory's procedures out
 * @directory: a data directory, such as $XDG_DATA_HOME/sos-doctor: its
 *   procedures folder is read, with the translations of its locale folder
 *
 * Returns: (transfer full): a loader, not started
 */
SdProcedureLoader *
sd_procedure_loader_new (SdCatalog  *catalog,
                         const char *directory)
{
  SdProcedureLoader *self;

  g_return_val_if_fail (SD_IS_CATALOG (catalog), NULL);
  g_return_val_if_fail (directory != NULL, NULL);

  self = g_object_new (SD_TYPE_PROCEDURE_LOADER, NULL);
  self->catalog = g_object_ref (catalog);
  self->folder = g_build_filename (directory, "procedures", NULL);
  self->locale_dir = g_build_filename (directory, "locale", NULL);

  return self;
}
