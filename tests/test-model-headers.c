/* test-model-headers.c: the headers the GUI includes bring no libxml2 with them
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "sd-case.h"
#include "sd-catalog.h"
#include "sd-commands.h"
#include "sd-diagnosis.h"
#include "sd-enum-utils.h"
#include "sd-format.h"
#include "sd-knowledge.h"
#include "sd-problem.h"
#include "sd-procedure.h"
#include "sd-ring.h"
#include "sd-run.h"
#include "sd-session.h"
#include "sd-text.h"

/* Only the loader reads documents: sd-xml.h and the reader headers. */
#ifdef __XML_TREE_H__
#define MODEL_HEADERS_INCLUDE_LIBXML2 TRUE
#else
#define MODEL_HEADERS_INCLUDE_LIBXML2 FALSE
#endif

static void
test_no_libxml2 (void **state)
{
  assert_false (MODEL_HEADERS_INCLUDE_LIBXML2);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_no_libxml2),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
