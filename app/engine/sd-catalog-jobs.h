/* sd-catalog-jobs.h: reading many data files on every core (SdCatalog, SdProcedureLoader)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>
#include <libxml/tree.h>

#include "sd-procedure.h"
#include "sd-xml.h"

G_BEGIN_DECLS

typedef struct
{
  GFile       *file;
  char        *display_name;
  /* The locale folder of the data directory, for its own translations. */
  char        *locale_dir;

  /* Filled in by sd_catalog_jobs_run(): what reading, parsing and validating
   * found, and what the file is. */
  GPtrArray   *problems;
  SdXmlKind    kind;
  gboolean     loaded;
  /* Any other kind of file keeps its document, which the caller adds to the
   * knowledge base or the tables in file order; a procedure keeps only its
   * model (or nothing, once checked). */
  xmlDoc      *doc;
  SdProcedure *procedure;
  /* What building the procedure's model and the check found, and what the
   * check found that is said after the tables' own problems. */
  GPtrArray   *model_problems;
  GPtrArray   *late_problems;
  /* The procedure's id, and the guides its "found" outcomes send to that the
   * catalog does not have, each with the problem to say if no other file
   * checked with it has that id either (next="ID", issue 12). */
  char        *procedure_id;
  GPtrArray   *unknown_next;
  GPtrArray   *unknown_next_problems;
  /* Whether the check ran, and its verdict. */
  gboolean     checked;
  gboolean     valid;
} SdCatalogJob;

/* Checks a procedure's model in the worker, adding to job->model_problems and
 * job->late_problems; may only read what it shares with other threads. */
typedef gboolean (*SdCatalogJobCheck) (SdCatalogJob *job,
                                       gpointer      user_data);

SdCatalogJob *sd_catalog_job_new              (GFile             *file,
                                               const char        *display_name,
                                               const char        *locale_dir);
void          sd_catalog_job_free             (SdCatalogJob      *job);
void          sd_catalog_jobs_run             (GPtrArray         *jobs,
                                               SdCatalogJobCheck  check,
                                               gpointer           user_data);
void          sd_catalog_jobs_set_max_threads (guint              n);
void          sd_catalog_jobs_move_problems   (GPtrArray         *to,
                                               GPtrArray         *from);

G_END_DECLS
