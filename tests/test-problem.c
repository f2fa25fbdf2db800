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

static void
test_cap_per_file (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autofree char *text = NULL;

  sd_problems_add (problems, "before.xml", 1, "not counted");
  for (guint i = 0; i < 5; i++)
    {
      sd_problems_add (problems, "a.xml", 10 + i, "a%u", i);
      sd_problems_add (problems, "b.xml", 20 + i, "b%u", i);
    }
  /* An earlier "… and N more" is merged into the new one. */
  sd_problems_add_more (problems, "a.xml", 99, 100);

  sd_problems_cap (problems, 1, 2);
  text = sd_problems_format (problems);
  assert_string_equal (text,
                       "before.xml:1: not counted\n"
                       "a.xml:10: a0\n"
                       "b.xml:20: b0\n"
                       "a.xml:11: a1\n"
                       "b.xml:21: b1\n"
                       "a.xml:12: … and 103 more problems\n"
                       "b.xml:22: … and 3 more problems\n");

  /* Capping again changes nothing. */
  sd_problems_cap (problems, 1, 2);
  g_free (text);
  text = sd_problems_format (problems);
  assert_non_null (strstr (text, "a.xml:12: … and 103 more problems\n"));
  assert_int_equal (problems->len, 7);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_format),
    cmocka_unit_test (test_null_array_is_ignored),
    cmocka_unit_test (test_cap_per_file),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
