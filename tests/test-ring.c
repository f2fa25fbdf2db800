/* test-ring.c: the fibre-optic ring break finder (app/engine/sd-ring.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-ring.h"
#include "sd-test-utils.h"

static GStrv
make_members (guint k)
{
  GStrv members = g_new0 (char *, k + 1);

  for (guint i = 0; i < k; i++)
    members[i] = g_strdup_printf ("unit-%u", i);

  return members;
}

/* Answers the finder's checks as a ring broken in segment @broken would, and
 * returns how many checks it took; fails if it names the wrong segment. */
static guint
locate (SdRingFinder *finder,
        guint         broken)
{
  int check;
  guint from = 0, to = 0;

  while ((check = sd_ring_finder_get_next_check (finder)) >= 0)
    assert_true (sd_ring_finder_answer (finder, (guint) check, broken >= (guint) check));

  assert_true (sd_ring_finder_get_break (finder, &from, &to));
  assert_int_equal (from, broken);
  assert_int_equal (to, (broken + 1) % sd_ring_finder_get_n_members (finder));

  return sd_ring_finder_get_n_checks (finder);
}

static void
test_equal_costs_bisect (void **state)
{
  for (guint k = 2; k <= 16; k++)
    {
      g_auto(GStrv) members = make_members (k);
      guint bound = (guint) ceil (log2 (k));

      for (guint broken = 0; broken < k; broken++)
        {
          g_autoptr(SdRingFinder) finder = sd_ring_finder_new ((const char * const *) members, NULL);
          guint checks = locate (finder, broken);

          if (checks > bound)
            fail_msg ("%u members, break after member %u: %u checks, more than %u",
                      k, broken, checks, bound);
        }
    }
}

static void
test_prefers_cheap_connectors (void **state)
{
  g_auto(GStrv) members = make_members (8);
  const double equal[8] = { 5, 5, 5, 5, 5, 5, 5, 5 };
  /* The middle connector, which bisection would take, is behind the dashboard. */
  const double uneven[8] = { 5, 5, 5, 5, 60, 5, 5, 5 };
  g_autoptr(SdRingFinder) plain = sd_ring_finder_new ((const char * const *) members, equal);
  g_autoptr(SdRingFinder) cheap = sd_ring_finder_new ((const char * const *) members, uneven);

  assert_int_equal (sd_ring_finder_get_next_check (plain), 4);
  assert_int_not_equal (sd_ring_finder_get_next_check (cheap), 4);

  /* Avoiding it costs fewer expected minutes than taking it would. */
  assert_true (sd_ring_finder_get_expected_cost (cheap) < 60.0 + 2 * 5.0);

  /* And every break is still found. */
  for (guint broken = 0; broken < 8; broken++)
    {
      g_autoptr(SdRingFinder) finder = sd_ring_finder_new ((const char * const *) members, uneven);

      locate (finder, broken);
    }
}

static void
test_contradiction_is_refused (void **state)
{
  g_auto(GStrv) members = make_members (6);
  g_autoptr(SdRingFinder) finder = sd_ring_finder_new ((const char * const *) members, NULL);

  /* No light at member 2 puts the break before it; light at member 4 cannot be. */
  assert_true (sd_ring_finder_answer (finder, 2, FALSE));
  assert_false (sd_ring_finder_answer (finder, 4, TRUE));
  assert_true (sd_ring_finder_answer (finder, 1, TRUE));
  assert_int_equal (sd_ring_finder_get_next_check (finder), -1);
  assert_true (sd_ring_finder_get_break (finder, NULL, NULL));
}

static void
test_node_position (void **state)
{
  /* Break between members 2 and 3 of 5: member 3 counts 0, 4 counts 1, and the
   * gateway (member 0) reports 2. */
  assert_int_equal (sd_ring_break_from_node_position (5, 0, 2), 2);
  /* Right behind the gateway: it is the first after the break and reports 0. */
  assert_int_equal (sd_ring_break_from_node_position (5, 0, 0), 4);
  /* Every break, seen from every gateway. */
  for (guint k = 2; k <= 10; k++)
    for (guint gateway = 0; gateway < k; gateway++)
      for (guint broken = 0; broken < k; broken++)
        {
          guint first_behind = (broken + 1) % k;
          guint position = (gateway + k - first_behind) % k;

          assert_int_equal (sd_ring_break_from_node_position (k, gateway, position), broken);
        }
}

static void
test_shipped_ring (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdRingFinder) all = NULL;
  g_autoptr(SdRingFinder) no_tuner = NULL;
  const char *fitted[] = { "head-unit", "amplifier", "tcu", NULL };
  const char *too_few[] = { "head-unit", NULL };
  SdKnowledge *knowledge;

  knowledge = sd_catalog_get_knowledge (catalog);

  all = sd_ring_finder_new_for_knowledge (knowledge, NULL);
  assert_non_null (all);
  assert_int_equal (sd_ring_finder_get_n_members (all), sd_knowledge_get_n_ring_members (knowledge));
  assert_string_equal (sd_ring_finder_get_member (all, 0), "head-unit");

  /* A car without the satellite tuner has a ring without it. */
  no_tuner = sd_ring_finder_new_for_knowledge (knowledge, fitted);
  assert_int_equal (sd_ring_finder_get_n_members (no_tuner), 3);
  locate (no_tuner, 2);

  assert_null (sd_ring_finder_new_for_knowledge (knowledge, too_few));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_equal_costs_bisect),
    cmocka_unit_test (test_prefers_cheap_connectors),
    cmocka_unit_test (test_contradiction_is_refused),
    cmocka_unit_test (test_node_position),
    cmocka_unit_test (test_shipped_ring),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
