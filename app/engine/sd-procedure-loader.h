/* sd-procedure-loader.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-catalog.h"

G_BEGIN_DECLS

#define SD_TYPE_PROCEDURE_LOADER (sd_procedure_loader_get_type ())

G_DECLARE_FINAL_TYPE (SdProcedureLoader, sd_procedure_loader, SD, PROCEDURE_LOADER, GObject)

SdProcedureLoader *sd_procedure_loader_new          (SdCatalog         *catalog,
                                                     const char        *directory);
void               sd_procedure_loader_start        (SdProcedureLoader *self);
void               sd_procedure_loader_load_now     (SdProcedureLoader *self);
void               sd_procedure_loader_stop         (SdProcedureLoader *self);
gboolean           sd_procedure_loader_get_loading  (SdProcedureLoader *self);
guint              sd_procedure_loader_get_n_files  (SdProcedureLoader *self);
guint              sd_procedure_loader_get_n_loaded (SdProcedureLoader *self);

G_END_DECLS
