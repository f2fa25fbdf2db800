/* sd-test-utils.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the cmocka tests: cmocka's headers want these includes first.
 */
#pragma once

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <glib.h>
#include <libxml/tree.h>

#include "sd-catalog.h"
#include "sd-problem.h"
#include "sd-xml.h"

/* A procedure file with a placeholder for its steps, valid against the schema and
 * the built-in knowledge base when the steps are. */
#define SD_TEST_PROCEDURE_HEAD \
  "<?xml version=\"1.0\"?>\n" \
  "<procedure id=\"test-proc\" version=\"1\" minutes=\"5\" difficulty=\"easy\">\n" \
  "  <title>Test procedure</title>\n" \
  "  <summary>A procedure used by the tests.</summary>\n" \
  "  <concerns component=\"head-unit\"/>\n" \
  "  <steps>\n"
#define SD_TEST_PROCEDURE_TAIL \
  "  </steps>\n" \
  "</procedure>\n"

SdCatalog *sd_test_load_catalog       (void);
char     **sd_test_dup_languages      (void);
xmlDoc    *sd_test_parse              (const char *xml,
                                       const char *name,
                                       GPtrArray  *problems);
char      *sd_test_problems_text      (GPtrArray  *problems);
void       sd_test_assert_problem     (GPtrArray  *problems,
                                       guint       line,
                                       const char *message_part);
void       sd_test_assert_confidence_everywhere (const char         *path,
                                                 const char * const *exempt);
char      *sd_test_make_tmpdir        (void);
void       sd_test_rm_rf              (const char *path);
SdProcedure *sd_test_load_steps       (const char *steps,
                                       GPtrArray  *problems);
