/* sd-catalog-private.h: shared by the sd-catalog*.c files only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-catalog.h"
#include "sd-catalog-jobs.h"

G_BEGIN_DECLS

struct _SdCatalog
{
  GObject      parent_instance;

  gboolean     use_system_dirs;
  GPtrArray   *extra_dirs;

  SdKnowledge *knowledge;
  SdVehicles  *vehicles;
  SdCodes     *codes;
  GListStore  *procedures;
  GPtrArray   *problems;
  GPtrArray   *notices;
  /* Where the knowledge came from, to rebuild it when validating files. */
  GPtrArray   *knowledge_sources;
  /* Procedure id to the source of the procedure it replaced. */
  GHashTable  *replaced;
  /* The ids of the built-in procedures. */
  GHashTable  *builtin_ids;
  /* Procedure id to the procedure in @procedures, which holds the reference. */
  GHashTable  *by_id;
  /* The user's procedures folder is left to sd_catalog_add_procedures(). */
  gboolean     defer_user_procedures;
};

typedef struct
{
  GFile *file;
  char  *display_name;
  /* The locale folder of the data directory, for its own translations. */
  char  *locale_dir;
} Source;

GPtrArray *sd_catalog_run_sources (GPtrArray         *sources,
                                   SdCatalogJobCheck  check,
                                   gpointer           user_data);

G_END_DECLS
