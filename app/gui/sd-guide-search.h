/* sd-guide-search.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sd-procedure.h"

G_BEGIN_DECLS

#define SD_TYPE_GUIDE_SEARCH (sd_guide_search_get_type ())

G_DECLARE_FINAL_TYPE (SdGuideSearch, sd_guide_search, SD, GUIDE_SEARCH, GObject)

SdGuideSearch *sd_guide_search_new            (void);
void           sd_guide_search_set_procedures (SdGuideSearch *self,
                                               GListModel    *procedures);
gboolean       sd_guide_search_fold_some      (SdGuideSearch *self,
                                               guint          n_guides);
void           sd_guide_search_set_query      (SdGuideSearch *self,
                                               const char    *query,
                                               GPtrArray     *found,
                                               GPtrArray     *lost);
gboolean       sd_guide_search_matches        (SdGuideSearch *self,
                                               SdProcedure   *procedure);

G_END_DECLS
