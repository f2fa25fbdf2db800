/* sd-catalog-tables.h: the vehicle and code tables of the catalog
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sd-codes.h"
#include "sd-knowledge.h"
#include "sd-procedure.h"
#include "sd-vehicles.h"
#include "sd-xml.h"

G_BEGIN_DECLS

gboolean sd_catalog_tables_add   (SdVehicles  *vehicles,
                                  SdCodes     *codes,
                                  xmlDoc      *doc,
                                  SdXmlKind    kind,
                                  const char  *source,
                                  GPtrArray   *problems);
gboolean sd_catalog_tables_check (SdVehicles  *vehicles,
                                  SdCodes     *codes,
                                  SdKnowledge *knowledge,
                                  GListModel  *procedures,
                                  GPtrArray   *problems);
gboolean sd_catalog_tables_check_procedure (SdVehicles  *vehicles,
                                            SdCodes     *codes,
                                            SdProcedure *procedure,
                                            GPtrArray   *problems);

void        sd_catalog_tables_add_unknown_next (GPtrArray    *problems,
                                                SdProcedure  *procedure,
                                                const SdStep *step);
gboolean    sd_catalog_tables_check_next_guides (GListModel  *checked,
                                                 GListModel  *known,
                                                 GPtrArray   *problems);

G_END_DECLS
