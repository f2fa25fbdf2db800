/* sd-test-case.h: a case the case tests share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-test-utils.h"

#include "sd-case.h"

/* A state folder of a test's own, for cmocka's setup and teardown. */
typedef struct
{
  char *dir;
  char *path;   /* DIR/state/case.ini */
} SdTestCaseFiles;

SdCase *sd_test_case_a               (void);
void    sd_test_assert_is_case_a     (SdCase          *self);
int     sd_test_case_files_setup     (void           **state);
int     sd_test_case_files_teardown  (void           **state);
guint   sd_test_count_damaged_copies (SdTestCaseFiles *files);
void    sd_test_case_files_make_dir  (SdTestCaseFiles *files);
