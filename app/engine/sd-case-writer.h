/* sd-case-writer.h: saving a case off the main thread, in order
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"

G_BEGIN_DECLS

typedef struct _SdCaseWriter SdCaseWriter;

/* Called in the writer's main context, once per write, in the order written;
 * @error is %NULL when the case was saved. */
typedef void (*SdCaseWriterDone) (gboolean      quietly,
                                  const GError *error,
                                  gpointer      user_data);

SdCaseWriter *sd_case_writer_new   (SdCaseWriterDone  done,
                                    gpointer          user_data);
void          sd_case_writer_save  (SdCaseWriter     *self,
                                    SdCase           *kase,
                                    const char       *path,
                                    gboolean          quietly);
void          sd_case_writer_flush (SdCaseWriter     *self);
void          sd_case_writer_free  (SdCaseWriter     *self);

G_END_DECLS
