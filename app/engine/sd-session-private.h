/* sd-session-private.h: what the files of SdSession share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case-writer.h"
#include "sd-session.h"

G_BEGIN_DECLS

struct _SdSession
{
  GObject      parent_instance;

  SdCatalog   *catalog;
  SdDiagnosis *diagnosis;
  SdCase      *kase;
  SdRun       *run;
  char        *case_path;
  GString     *notice;
  SdClockFunc  clock;
  gpointer     clock_data;
  SdClockFunc  monotonic;
  gpointer     monotonic_data;

  guint        watch_id;
  GDateTime   *watched_deadline;  /* a wait seen going on, not yet told over */
  gboolean     saved;
  guint        retry_id;
  SdCaseWriter *writer;
  /* Symptoms the run under way found, as the diagnosis has them (sd-session-findings.c). */
  GHashTable  *found_answers;
};

enum {
  PROP_0,
  PROP_CATALOG,
  PROP_DIAGNOSIS,
  PROP_CASE,
  PROP_RUN,
  PROP_SAVED,
  N_PROPS
};

extern GParamSpec *_sd_session_properties[N_PROPS];

enum {
  CHANGED,
  RUN_CHANGED,
  WAIT_ENDED,
  SAVE_FAILED,
  N_SIGNALS
};

extern guint _sd_session_signals[N_SIGNALS];

void _sd_session_save_case (SdSession *self,
                            gboolean   quietly);
void _sd_session_set_up_saving (SdSession *self);
void _sd_session_apply_codes   (SdSession *self);

/* sd-session-findings.c */
void _sd_session_sync_findings      (SdSession *self);
void _sd_session_keep_run_findings  (SdSession *self);

G_END_DECLS
