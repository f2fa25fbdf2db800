/* sd-catalog.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sd-codes.h"
#include "sd-knowledge.h"
#include "sd-procedure.h"
#include "sd-vehicles.h"

G_BEGIN_DECLS

#define SD_TYPE_CATALOG (sd_catalog_get_type ())

G_DECLARE_FINAL_TYPE (SdCatalog, sd_catalog, SD, CATALOG, GObject)

SdCatalog    *sd_catalog_new                   (void);
SdCatalog *sd_catalog_new_for_directories (const char * const *data_dirs);
void          sd_catalog_set_use_system_dirs   (SdCatalog   *self,
                                                gboolean     use_system_dirs);
void          sd_catalog_add_directory         (SdCatalog   *self,
                                                const char  *path);
void          sd_catalog_load                  (SdCatalog   *self);
SdKnowledge  *sd_catalog_get_knowledge         (SdCatalog   *self);
SdVehicles   *sd_catalog_get_vehicles          (SdCatalog   *self);
SdCodes      *sd_catalog_get_codes             (SdCatalog   *self);
GListModel   *sd_catalog_get_procedures        (SdCatalog   *self);
SdProcedure  *sd_catalog_lookup_procedure      (SdCatalog   *self,
                                                const char  *id);
GPtrArray    *sd_catalog_get_problems          (SdCatalog   *self);
GPtrArray    *sd_catalog_get_notices           (SdCatalog   *self);
char        **sd_catalog_dup_skipped_files     (SdCatalog   *self);
const char   *sd_catalog_get_replaced_source   (SdCatalog   *self,
                                                const char  *procedure_id);
gboolean      sd_catalog_replaces_builtin      (SdCatalog   *self,
                                                const char  *procedure_id);
gboolean      sd_catalog_validate_files        (SdCatalog   *self,
                                                const char * const *paths,
                                                GPtrArray   *problems);

/* Procedures loaded elsewhere, after sd_catalog_load(). */
void          sd_catalog_set_defer_user_procedures (SdCatalog *self,
                                                    gboolean   defer);
void          sd_catalog_add_procedures        (SdCatalog   *self,
                                                GPtrArray   *procedures,
                                                GPtrArray   *problems);

G_END_DECLS
