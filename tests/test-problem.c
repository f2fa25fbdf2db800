/* test-problem.c: problem reports (app/engine/sd-problem.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-test-utils.h"

static void
test_format (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autofree char *text = NULL;

  sd_problems_add (problems, "a.xml", 12, "step “%s” is odd", "x");
  sd_problems_add (problems, "b.xml", 0, "whole file");
  text = sd_problems_format (problems);

  /* Line 0 means "the whole file", which is reported as line 1. */
  assert_string_equal (text, "a.xml:12: step “x” is odd\nb.xml:1: whole file\n");
}

static void
test_null_array_is_ignored (void **state)
{
  g_autofree char *text = sd_problems_format (NULL);

  sd_problems_add (NULL, "a.xml", 1, "nobody listens");
  assert_string_equal (text, "");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_format),
    cmocka_unit_test (test_null_array_is_ignored),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
