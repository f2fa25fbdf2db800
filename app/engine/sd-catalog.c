/* sd-catalog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the data comes from, in this order, each later source able to replace a
 * procedure or knowledge entry of an earlier one by using its id:
 *
 *  1. the files compiled into the app (GResource),
 *  2. $XDG_DATA_DIRS/sos-doctor/ (least important directory first),
 *  3. $XDG_DATA_HOME/sos-doctor/,
 *  4. every directory given with --data-dir, in order.
 *
 * In a directory, *.xml files directly in it and in its knowledge/ and
 * procedures/ subdirectories are read; the root element says what a file is. A
 * file with a problem is skipped and reported; it never stops the others.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-catalog.h"
#include "sd-catalog-jobs.h"
#include "sd-catalog-private.h"
#include "sd-catalog-tables.h"
#include "sd-problem.h"
#include "sd-safety.h"
#include "sd-xml.h"

G_DEFINE_FINAL_TYPE (SdCatalog, sd_catalog, G_TYPE_OBJECT)

static void
source_free (Source *source)
{
  g_clear_object (&source->file);
  g_free (source->display_name);
  g_free (source->locale_dir);
  g_free (source);
}

static void
sd_catalog_finalize (GObject *object)
{
  SdCatalog *self = (SdCatalog *) object;

  g_clear_pointer (&self->extra_dirs, g_ptr_array_unref);
  g_clear_object (&self->knowledge);
  g_clear_object (&self->vehicles);
  g_clear_object (&self->codes);
  g_clear_object (&self->procedures);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->notices, g_ptr_array_unref);
  g_clear_pointer (&self->knowledge_sources, g_ptr_array_unref);
  g_clear_pointer (&self->replaced, g_hash_table_unref);
  g_clear_pointer (&self->builtin_ids, g_hash_table_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);

  G_OBJECT_CLASS (sd_catalog_parent_class)->finalize (object);
}

static void
sd_catalog_class_init (SdCatalogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_catalog_finalize;
}

static void
sd_catalog_init (SdCatalog *self)
{
  /* Registers the built-in data, which the catalog lists before parsing any of it. */
  sd_xml_init ();

  self->use_system_dirs = TRUE;
  self->extra_dirs = g_ptr_array_new_with_free_func (g_free);
  self->knowledge = sd_knowledge_new ();
  self->procedures = g_list_store_new (SD_TYPE_PROCEDURE);
  self->problems = sd_problems_new ();
  self->notices = sd_problems_new ();
  self->knowledge_sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
  self->replaced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->builtin_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

SdCatalog *
sd_catalog_new (void)
{
  return g_object_new (SD_TYPE_CATALOG, NULL);
}

/**
 * sd_catalog_set_use_system_dirs:
 * @self: a #SdCatalog
 * @use_system_dirs: whether to read the XDG data directories
 *
 * Tests turn this off so that nothing installed on the machine changes them.
 */
void
sd_catalog_set_use_system_dirs (SdCatalog *self,
                                gboolean   use_system_dirs)
{
  g_return_if_fail (SD_IS_CATALOG (self));

  self->use_system_dirs = !!use_system_dirs;
}

void
sd_catalog_add_directory (SdCatalog  *self,
                          const char *path)
{
  g_return_if_fail (SD_IS_CATALOG (self));
  g_return_if_fail (path != NULL);

  g_ptr_array_add (self->extra_dirs, g_strdup (path));
}

static void
add_source (GPtrArray  *sources,
            GFile      *file,
            const char *display_name,
            const char *locale_dir)
{
  Source *source = g_new0 (Source, 1);

  source->file = g_object_ref (file);
  source->display_name = g_strdup (display_name);
  source->locale_dir = g_strdup (locale_dir);
  g_ptr_array_add (sources, source);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
add_resource_sources (GPtrArray  *sources,
                      const char *folder)
{
  g_autofree char *path = g_strdup_printf (RESOURCE_BASE "/%s/", folder);
  g_auto(GStrv) names = NULL;

  names = g_resources_enumerate_children (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    return;

  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *uri = g_strdup_printf ("resource://%s%s", path, names[i]);
      g_autoptr(GFile) file = g_file_new_for_uri (uri);

      add_source (sources, file, uri, NULL);
    }
}

static void
add_folder_sources (GPtrArray  *sources,
                    const char *folder,
                    const char *locale_dir)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  if (dir == NULL)
    return;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (names, g_strdup (name));

  g_ptr_array_sort (names, compare_strings);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (folder, g_ptr_array_index (names, i), NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      /* Whatever is named *.xml is a source: a FIFO, a device, a folder or a
       * dangling link is refused by sd_xml_read_file(), which says so, instead
       * of being left out without a word. */
      add_source (sources, file, path, locale_dir);
    }
}

static void
add_directory_sources (GPtrArray  *sources,
                       const char *directory)
{
  g_autofree char *knowledge = g_build_filename (directory, "knowledge", NULL);
  g_autofree char *procedures = g_build_filename (directory, "procedures", NULL);
  g_autofree char *locale = g_build_filename (directory, "locale", NULL);

  add_folder_sources (sources, directory, locale);
  add_folder_sources (sources, knowledge, locale);
  add_folder_sources (sources, procedures, locale);
}

static GPtrArray *
collect_sources (SdCatalog *self)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);

  add_resource_sources (sources, "knowledge");
  add_resource_sources (sources, "procedures");

  if (self->use_system_dirs)
    {
      const char * const *system_dirs = g_get_system_data_dirs ();
      g_autofree char *user_dir = g_build_filename (g_get_user_data_dir (), "sos-doctor", NULL);

      /* The first system directory is the most important one, so it goes last. */
      for (int i = (int) g_strv_length ((GStrv) system_dirs) - 1; i >= 0; i--)
        {
          g_autofree char *dir = g_build_filename (system_dirs[i], "sos-doctor", NULL);

          add_directory_sources (sources, dir);
        }

      if (self->defer_user_procedures)
        {
          g_autofree char *knowledge = g_build_filename (user_dir, "knowledge", NULL);
          g_autofree char *locale = g_build_filename (user_dir, "locale", NULL);

          add_folder_sources (sources, user_dir, locale);
          add_folder_sources (sources, knowledge, locale);
        }
      else
        add_directory_sources (sources, user_dir);
    }

  for (guint i = 0; i < self->extra_dirs->len; i++)
    add_directory_sources (sources, g_ptr_array_index (self->extra_dirs, i));

  return sources;
}

/* Reads the sources on every core; the jobs are in the order of @sources. */
GPtrArray *
sd_catalog_run_sources (GPtrArray         *sources,
                        SdCatalogJobCheck  check,
                        gpointer           user_data)
{
  GPtrArray *jobs = g_ptr_array_new_full (sources->len, (GDestroyNotify) sd_catalog_job_free);

  for (guint i = 0; i < sources->len; i++)
    {
      Source *source = g_ptr_array_index (sources, i);

      g_ptr_array_add (jobs, sd_catalog_job_new (source->file, source->display_name,
                                                 source->locale_dir));
    }
  sd_catalog_jobs_run (jobs, check, user_data);

  return jobs;
}

static gboolean
is_builtin (SdProcedure *procedure)
{
  return g_str_has_prefix (sd_procedure_get_source (procedure), "resource://");
}

/* Adds @procedure, or has it replace the one with its id. New guides go to
 * @pending, which the caller appends to the model in one items-changed: the
 * pages and the diagnosis hear of a batch once, not per guide. */
static void
add_procedure (SdCatalog   *self,
               SdProcedure *procedure,
               GPtrArray   *pending)
{
  const char *id = sd_procedure_get_id (procedure);
  SdProcedure *old = g_hash_table_lookup (self->by_id, id);
  guint position = 0;
  gboolean found;

  if (old == NULL)
    {
      if (is_builtin (procedure))
        g_hash_table_add (self->builtin_ids, g_strdup (id));
      g_hash_table_insert (self->by_id, g_strdup (id), procedure);
      g_ptr_array_add (pending, g_object_ref (procedure));
      return;
    }

  /* A guide with a danger caution is only replaced by one that keeps its
   * safety rules; otherwise the file is skipped and the old guide stays. */
  if (!sd_safety_check_replacement (procedure, old, self->problems))
    return;

  if (is_builtin (old))
    /* Translators: a user's data file has a guide with a built-in one's id. */
    sd_problems_add (self->notices, sd_procedure_get_source (procedure), 1,
                     _("procedure “%s” replaces the built-in one"), id);
  else
    sd_problems_add (self->notices, sd_procedure_get_source (procedure), 1,
                     _("procedure “%s” replaces the one from %s"),
                     id, sd_procedure_get_source (old));
  g_hash_table_replace (self->replaced, g_strdup (id), g_strdup (sd_procedure_get_source (old)));
  g_hash_table_insert (self->by_id, g_strdup (id), procedure);

  if (g_ptr_array_find (pending, old, &position))
    {
      g_ptr_array_index (pending, position) = g_object_ref (procedure);
      g_object_unref (old);
      return;
    }

  found = g_list_store_find (self->procedures, old, &position);
  g_assert (found);
  g_list_store_splice (self->procedures, position, 1, (gpointer *) &procedure, 1);
}

static void
append_pending (SdCatalog *self,
                GPtrArray *pending)
{
  if (pending->len > 0)
    g_list_store_splice (self->procedures, g_list_model_get_n_items (G_LIST_MODEL (self->procedures)),
                         0, pending->pdata, pending->len);
}

/**
 * sd_catalog_load:
 * @self: a #SdCatalog
 *
 * Reads every source. Files with problems are skipped; their problems are in
 * sd_catalog_get_problems(), and procedures or entries replaced by a later source
 * are in sd_catalog_get_notices().
 */
void
sd_catalog_load (SdCatalog *self)
{
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GPtrArray) jobs = NULL;
  g_autoptr(GPtrArray) pending = NULL;

  g_return_if_fail (SD_IS_CATALOG (self));

  g_clear_object (&self->knowledge);
  self->knowledge = sd_knowledge_new ();
  g_clear_object (&self->vehicles);
  g_clear_object (&self->codes);
  self->vehicles = sd_vehicles_new ();
  self->codes = sd_codes_new ();
  g_list_store_remove_all (self->procedures);
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->notices, 0);
  g_ptr_array_set_size (self->knowledge_sources, 0);
  g_hash_table_remove_all (self->replaced);
  g_hash_table_remove_all (self->builtin_ids);
  g_hash_table_remove_all (self->by_id);

  /* The files are read at once on every core, then taken in file order, as
   * if read one by one: the same models, problems and notices. */
  sources = collect_sources (self);
  jobs = sd_catalog_run_sources (sources, NULL, NULL);
  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      sd_catalog_jobs_move_problems (self->problems, job->problems);
      if (!job->loaded || job->kind == SD_XML_KIND_PROCEDURE)
        continue;

      sd_catalog_tables_add (self->vehicles, self->codes, job->doc, job->kind,
                             job->display_name, self->problems);
      if (job->kind == SD_XML_KIND_KNOWLEDGE)
        {
          /* All or nothing: a file reported as skipped is never used. */
          if (sd_knowledge_add_document_checked (self->knowledge, job->doc, job->display_name,
                                                 self->problems, self->notices))
            add_source (self->knowledge_sources, job->file, job->display_name, NULL);
        }
      g_clear_pointer (&job->doc, xmlFreeDoc);
    }

  /* Procedures are checked against the whole knowledge base, wherever its parts
   * came from. */
  sd_knowledge_check (self->knowledge, self->problems);

  pending = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < jobs->len; i++)
    {
      SdCatalogJob *job = g_ptr_array_index (jobs, i);

      if (!job->loaded || job->kind != SD_XML_KIND_PROCEDURE)
        continue;

      sd_catalog_jobs_move_problems (self->problems, job->model_problems);
      if (job->procedure == NULL ||
          !sd_procedure_check_references (job->procedure, self->knowledge, self->problems))
        continue;

      add_procedure (self, job->procedure, pending);
    }
  append_pending (self, pending);

  sd_catalog_tables_check (self->vehicles, self->codes, self->knowledge,
                           G_LIST_MODEL (self->procedures), self->problems);
  sd_catalog_tables_check_next_guides (G_LIST_MODEL (self->procedures), NULL, self->problems);
  sd_problems_cap (self->problems, 0, SD_PROBLEMS_MAX_PER_FILE);
}

SdKnowledge *
sd_catalog_get_knowledge (SdCatalog *self)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return self->knowledge;
}

/**
 * sd_catalog_get_vehicles:
 *
 * Returns: (transfer none): the vehicle table, checked against the knowledge base
 */
SdVehicles *
sd_catalog_get_vehicles (SdCatalog *self)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return self->vehicles;
}

/**
 * sd_catalog_get_codes:
 *
 * Returns: (transfer none): the fault-code table, checked against the knowledge base
 */
SdCodes *
sd_catalog_get_codes (SdCatalog *self)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return self->codes;
}

/**
 * sd_catalog_get_procedures:
 *
 * Returns: (transfer none): a list model of #SdProcedure, in load order
 */
GListModel *
sd_catalog_get_procedures (SdCatalog *self)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return G_LIST_MODEL (self->procedures);
}

/**
 * sd_catalog_lookup_procedure:
 *
 * Returns: (transfer none) (nullable): the procedure with @id
 */
SdProcedure *
sd_catalog_lookup_procedure (SdCatalog  *self,
                             const char *id)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/**
 * sd_catalog_get_problems:
 *
 * Returns: (transfer none) (element-type SdProblem): why files were skipped
 */
GPtrArray *
sd_catalog_get_problems (SdCatalog *self)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return self->problems;
}

/**
 * sd_catalog_get_notices:
 *
 * Returns: (transfer none) (element-type SdProblem): what a later source replaced
 */
GPtrArray *
sd_catalog_get_notices (SdCatalog *self)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  return self->notices;
}

/**
 * sd_catalog_dup_skipped_files:
 *
 * Returns: (transfer full): the files that had problems, each named once
 */
char **
sd_catalog_dup_skipped_files (SdCatalog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);

  for (guint i = 0; i < self->problems->len; i++)
    {
      const SdProblem *problem = g_ptr_array_index (self->problems, i);

      if (g_hash_table_add (seen, problem->file))
        g_strv_builder_add (builder, problem->file);
    }

  return g_strv_builder_end (builder);
}

/**
 * sd_catalog_new_for_directories:
 * @data_dirs: (nullable) (array zero-terminated=1): directories given with
 *   --data-dir, added after the built-in, system and user data
 *
 * Returns: (transfer full): a catalog, loaded
 */
SdCatalog *
sd_catalog_new_for_directories (const char * const *data_dirs)
{
  SdCatalog *self = sd_catalog_new ();

  for (guint i = 0; data_dirs != NULL && data_dirs[i] != NULL; i++)
    sd_catalog_add_directory (self, data_dirs[i]);
  sd_catalog_load (self);

  return self;
}

/**
 * sd_catalog_get_replaced_source:
 * @self: a loaded #SdCatalog
 * @procedure_id: the id of a procedure in the catalog
 *
 * Returns: (nullable): the source (a file name, or a resource:// URI for a
 *   built-in guide) of the procedure that the one with @procedure_id replaced,
 *   or %NULL if it replaced none
 */
const char *
sd_catalog_get_replaced_source (SdCatalog  *self,
                                const char *procedure_id)
{
  g_return_val_if_fail (SD_IS_CATALOG (self), NULL);
  g_return_val_if_fail (procedure_id != NULL, NULL);

  return g_hash_table_lookup (self->replaced, procedure_id);
}

/**
 * sd_catalog_replaces_builtin:
 * @self: a loaded #SdCatalog
 * @procedure_id: the id of a procedure in the catalog
 *
 * Returns: %TRUE if the procedure with @procedure_id comes from a data file
 *   and is used instead of the built-in guide of that id (for "From FILE,
 *   replaces the built-in guide")
 */
gboolean
sd_catalog_replaces_builtin (SdCatalog  *self,
                             const char *procedure_id)
{
  SdProcedure *procedure;

  g_return_val_if_fail (SD_IS_CATALOG (self), FALSE);
  g_return_val_if_fail (procedure_id != NULL, FALSE);

  procedure = sd_catalog_lookup_procedure (self, procedure_id);

  return procedure != NULL && !is_builtin (procedure) &&
         g_hash_table_contains (self->builtin_ids, procedure_id);
}

/* Procedures loaded elsewhere (sd-procedure-loader.c, off the main thread). */

/**
 * sd_catalog_set_defer_user_procedures:
 * @defer: whether sd_catalog_load() leaves out $XDG_DATA_HOME/sos-doctor/procedures
 *
 * The app loads the user's own procedures after its first frame, in a thread
 * of their own, and adds them with sd_catalog_add_procedures().
 */
void
sd_catalog_set_defer_user_procedures (SdCatalog *self,
                                      gboolean   defer)
{
  g_return_if_fail (SD_IS_CATALOG (self));

  self->defer_user_procedures = !!defer;
}

/**
 * sd_catalog_add_procedures:
 * @procedures: (element-type SdProcedure): procedures read and checked
 *   against this catalog's knowledge base and vehicle table
 * @problems: (element-type SdProblem) (nullable): the problems of the files
 *   they came from, which the catalog takes
 *
 * Adds procedures after sd_catalog_load(), as if read last: one with the id
 * of another replaces it, by the same rules. A procedure replaced stays alive
 * as long as the catalog, as a diagnosis made before may still hold it.
 */
void
sd_catalog_add_procedures (SdCatalog *self,
                           GPtrArray *procedures,
                           GPtrArray *problems)
{
  g_autoptr(GPtrArray) pending = NULL;
  GPtrArray *kept;

  g_return_if_fail (SD_IS_CATALOG (self));
  g_return_if_fail (procedures != NULL);

  kept = g_object_get_data (G_OBJECT (self), "sd-catalog-replaced-procedures");
  if (kept == NULL)
    {
      kept = g_ptr_array_new_with_free_func (g_object_unref);
      g_object_set_data_full (G_OBJECT (self), "sd-catalog-replaced-procedures", kept,
                              (GDestroyNotify) g_ptr_array_unref);
    }

  pending = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < procedures->len; i++)
    {
      SdProcedure *procedure = g_ptr_array_index (procedures, i);
      SdProcedure *old = g_hash_table_lookup (self->by_id, sd_procedure_get_id (procedure));

      if (old != NULL)
        g_ptr_array_add (kept, g_object_ref (old));
      add_procedure (self, procedure, pending);
    }
  append_pending (self, pending);

  if (problems != NULL)
    g_ptr_array_extend_and_steal (self->problems, g_ptr_array_ref (problems));
}
