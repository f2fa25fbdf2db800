/* sd-case-list.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"

G_BEGIN_DECLS

/**
 * SdCaseInfo:
 * @id: the case's id, its file's name without `.ini`
 * @title: what it is called in a list (sd_case_dup_title())
 * @name: (nullable): the name the user gave it
 * @car: (nullable): the car's label
 * @created: when it was started, in UTC
 * @n_answers: how many questions are answered
 * @outcome: how the last guide tried ended; %SD_OUTCOME_NONE if none was
 *
 * One line of the list of cases.
 */
typedef struct
{
  char      *id;
  char      *title;
  char      *name;
  char      *car;
  GDateTime *created;
  guint      n_answers;
  SdOutcome  outcome;
} SdCaseInfo;

void        sd_case_info_free             (SdCaseInfo  *info);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdCaseInfo, sd_case_info_free)

char       *sd_case_store_dup_state_dir   (void);
gboolean    sd_case_store_id_is_valid     (const char  *id);
char       *sd_case_store_dup_path        (const char  *state_dir,
                                           const char  *id);
char       *sd_case_store_dup_current_id  (const char  *state_dir);
char       *sd_case_store_dup_current_path (const char *state_dir);
gboolean    sd_case_store_set_current     (const char  *state_dir,
                                           const char  *id,
                                           GError     **error);
char       *sd_case_store_create          (const char  *state_dir,
                                           GError     **error);
GPtrArray  *sd_case_store_list            (const char  *state_dir);
gboolean    sd_case_store_rename          (const char  *state_dir,
                                           const char  *id,
                                           const char  *name,
                                           GError     **error);
gboolean    sd_case_store_delete          (const char  *state_dir,
                                           const char  *id,
                                           GError     **error);
SdCase     *sd_case_store_open            (const char  *state_dir,
                                           const char  *id,
                                           char       **notice,
                                           GError     **error);

G_END_DECLS
