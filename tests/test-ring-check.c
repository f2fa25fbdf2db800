/* test-ring-check.c: the ring-break finder as a guide step (app/engine/sd-ring-check.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-problem.h"
#include "sd-run.h"
#include "sd-ring-check.h"
#include "sd-test-utils.h"

static SdVehicleProfile *
make_us_e92 (SdCatalog *catalog)
{
  const char *fitted[] = { "sdars", "amplifier", NULL };
  SdVehicleProfile *profile = sd_vehicle_profile_new (sd_catalog_get_vehicles (catalog));

  sd_vehicle_profile_set_model (profile, "e92");
  sd_vehicle_profile_set_market (profile, "na");
  sd_vehicle_profile_set_options (profile, fitted);
  sd_vehicle_profile_apply_defaults (profile);

  return profile;
}

/* Answers the planned checks as a ring broken after member @broken would, and
 * returns how many it took; fails unless that stretch is named. */
static guint
locate (SdRingCheck *check,
        guint        broken)
{
  guint k = sd_ring_check_get_n_members (check);
  guint from = 0, to = 0;
  int member;

  while ((member = sd_ring_check_get_next_check (check)) >= 0)
    {
      assert_true (member > 0 && (guint) member < k);
      assert_true (sd_ring_check_answer (check, (guint) member, broken >= (guint) member));
    }

  assert_int_equal (sd_ring_check_get_state (check), SD_RING_CHECK_LOCATED);
  assert_true (sd_ring_check_get_break (check, &from, &to));
  assert_int_equal (from, broken);
  assert_int_equal (to, (broken + 1) % k);

  return sd_ring_check_get_n_answers (check);
}

static void
assert_every_break_within_bound (const char * const *members)
{
  guint k = g_strv_length ((GStrv) members);
  guint bound = (guint) ceil (log2 (k));

  for (guint broken = 0; broken < k; broken++)
    {
      g_autoptr(SdRingCheck) check = sd_ring_check_new_for_members (members, NULL);
      guint checks = locate (check, broken);

      if (checks > bound)
        fail_msg ("%u members, break after member %u: %u checks, more than %u",
                  k, broken, checks, bound);
    }
}

static void
test_e9x_every_break (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdVehicleProfile) profile = make_us_e92 (catalog);
  g_autoptr(SdRingCheck) check = sd_ring_check_new (sd_catalog_get_knowledge (catalog), profile);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  guint k;

  assert_non_null (check);
  k = sd_ring_check_get_n_members (check);
  assert_int_equal (k, 4);
  assert_string_equal (sd_ring_check_get_member (check, 0), "head-unit");
  assert_string_equal (sd_ring_check_get_member (check, 3), "sdars");
  for (guint i = 0; i < k; i++)
    g_ptr_array_add (ids, (gpointer) sd_ring_check_get_member (check, i));
  g_ptr_array_add (ids, NULL);

  /* At equal cost, each of the four stretches, the one from the tuner back to
   * the head unit included, in at most two checks. */
  assert_every_break_within_bound ((const char * const *) ids->pdata);

  /* With the car's real reach times every break is still found. */
  for (guint broken = 0; broken < k; broken++)
    {
      g_autoptr(SdRingCheck) real = sd_ring_check_new (sd_catalog_get_knowledge (catalog), profile);

      locate (real, broken);
    }
}

static void
test_generated_ring_every_break (void **state)
{
  g_auto(GStrv) members = g_new0 (char *, 13);

  for (guint i = 0; i < 12; i++)
    members[i] = g_strdup_printf ("unit-%u", i);

  assert_every_break_within_bound ((const char * const *) members);
}

static void
test_next_guide (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdVehicleProfile) profile = make_us_e92 (catalog);
  g_autoptr(SdRingCheck) check = sd_ring_check_new (sd_catalog_get_knowledge (catalog), profile);
  g_autofree char *result = NULL;
  g_autofree char *text = NULL;

  /* The light stops after the tuner, on the stretch back to the head unit. */
  locate (check, 3);
  assert_string_equal (sd_ring_check_get_next_guide (check), "sdars-bypass");
  result = sd_ring_check_describe_result (check);
  assert_non_null (strstr (result, "Never bypass the telematics unit"));

  /* Between the telematics unit and the tuner, both in the boot: a splice. */
  sd_ring_check_reset (check);
  locate (check, 2);
  assert_string_equal (sd_ring_check_get_next_guide (check), "fibre-splice");

  /* From the head unit, behind the dashboard: a workshop. */
  sd_ring_check_reset (check);
  locate (check, 0);
  assert_null (sd_ring_check_get_next_guide (check));

  /* A check names the place. */
  text = sd_ring_check_describe_check (check, 1);
  assert_non_null (strstr (text, "Audio amplifier"));
  assert_non_null (strstr (text, "behind a trim cover"));
}

static void
test_resume (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdVehicleProfile) profile = make_us_e92 (catalog);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(SdRingCheck) check = sd_ring_check_new (knowledge, profile);
  g_autoptr(SdRingCheck) again = sd_ring_check_new (knowledge, profile);
  g_autofree char *saved = NULL;
  g_autofree char *resaved = NULL;
  g_autoptr(GError) error = NULL;
  int first;

  first = sd_ring_check_get_next_check (check);
  assert_true (first > 0);
  assert_true (sd_ring_check_answer (check, (guint) first, TRUE));
  saved = sd_ring_check_to_string (check);
  assert_string_not_equal (saved, "");

  assert_true (sd_ring_check_load_string (again, saved, &error));
  assert_null (error);
  resaved = sd_ring_check_to_string (again);
  assert_string_equal (resaved, saved);
  assert_int_equal (sd_ring_check_get_n_answers (again), 1);
  assert_int_equal (sd_ring_check_get_next_check (again), sd_ring_check_get_next_check (check));
  assert_int_equal (sd_ring_check_get_state (again), sd_ring_check_get_state (check));

  /* Something that is not this ring's is refused, and nothing is kept. */
  assert_false (sd_ring_check_load_string (again, "kombi=light", &error));
  assert_non_null (error);
  assert_int_equal (sd_ring_check_get_n_answers (again), 0);
  g_clear_error (&error);
  assert_false (sd_ring_check_load_string (again, "tcu=bright", &error));
  g_clear_error (&error);
  assert_false (sd_ring_check_load_string (again, "head-unit=light", &error));
}

static void
test_contradiction (void **state)
{
  const char *members[] = { "a", "b", "c", "d", "e", "f", NULL };
  g_autoptr(SdRingCheck) check = sd_ring_check_new_for_members (members, NULL);
  g_autofree char *result = NULL;

  /* No light at c, then light at e: no single break explains both. */
  assert_true (sd_ring_check_load_string (check, "c=dark,e=light", NULL));
  assert_int_equal (sd_ring_check_get_state (check), SD_RING_CHECK_CONTRADICTED);
  assert_int_equal (sd_ring_check_get_next_check (check), -1);
  assert_false (sd_ring_check_get_break (check, NULL, NULL));
  assert_null (sd_ring_check_get_next_guide (check));
  result = sd_ring_check_describe_result (check);
  assert_non_null (strstr (result, "do not fit one break"));
}

static void
test_node_position (void **state)
{
  const char *members[] = { "head", "b", "c", "d", "e", NULL };
  g_autoptr(SdRingCheck) check = sd_ring_check_new_for_members (members, NULL);
  g_autofree char *saved = NULL;
  guint from = 0, to = 0;

  /* The break between c and d: d counts itself 0, e 1, the head unit 2. */
  assert_true (sd_ring_check_set_node_position (check, 2));
  assert_int_equal (sd_ring_check_get_state (check), SD_RING_CHECK_LOCATED);
  assert_true (sd_ring_check_get_break (check, &from, &to));
  assert_int_equal (from, 2);
  assert_int_equal (to, 3);
  assert_int_equal (sd_ring_check_get_n_answers (check), 0);
  saved = sd_ring_check_to_string (check);
  assert_string_equal (saved, "node=2");

  /* Position 0: the head unit is the first behind the break. */
  assert_true (sd_ring_check_load_string (check, "node=0", NULL));
  assert_true (sd_ring_check_get_break (check, &from, &to));
  assert_int_equal (from, 4);
  assert_int_equal (to, 0);

  sd_ring_check_reset (check);
  assert_false (sd_ring_check_set_node_position (check, 5));
}

static void
test_generic_ring (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(SdVehicleProfile) unknown = sd_vehicle_profile_new (sd_catalog_get_vehicles (catalog));
  g_autoptr(SdRingCheck) check = sd_ring_check_new (knowledge, unknown);
  g_autoptr(SdRingCheck) without = sd_ring_check_new (knowledge, NULL);

  /* The car not known: the knowledge base's ring. */
  assert_int_equal (sd_ring_check_get_n_members (check), sd_knowledge_get_n_ring_members (knowledge));
  assert_int_equal (sd_ring_check_get_n_members (without), sd_knowledge_get_n_ring_members (knowledge));
  for (guint i = 0; i < sd_ring_check_get_n_members (check); i++)
    {
      assert_string_equal (sd_ring_check_get_member (check, i),
                           sd_knowledge_get_ring_member (knowledge, i)->component);
      assert_float_equal (sd_ring_check_get_minutes (check, i),
                          sd_knowledge_get_ring_member (knowledge, i)->reach_minutes, 1e-9);
    }
}

#define RING_STEPS \
  "<ring-check id=\"find\" component=\"fibre-ring\" found=\"found\" none=\"none\">\n" \
  "  <title>Find the break</title>\n" \
  "</ring-check>\n" \
  "<outcome id=\"found\" result=\"unresolved\"><title>Found</title><text>Found.</text></outcome>\n" \
  "<outcome id=\"none\" result=\"workshop\"><title>None</title><text>None.</text></outcome>\n"

static void
test_run_keeps_answers (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure = sd_test_load_steps (RING_STEPS, problems);
  g_autoptr(SdRun) run = NULL;
  g_autoptr(SdRun) resumed = NULL;
  SdCaseRun *saved;
  const SdStep *step;

  assert_non_null (procedure);
  step = sd_procedure_get_step (procedure, 0);
  assert_int_equal (step->kind, SD_STEP_RING_CHECK);
  assert_int_equal (step->choices->len, 2);
  assert_int_equal (((SdChoice *) g_ptr_array_index (step->choices, 0))->target, 1);
  assert_int_equal (((SdChoice *) g_ptr_array_index (step->choices, 1))->target, 2);

  run = sd_run_new (procedure);
  assert_null (sd_run_get_ring_answers (run));
  assert_false (sd_run_can_go_next (run));
  assert_true (sd_run_set_ring_answers (run, "tcu=light"));

  /* Saved with the case and read back: the checks resume. */
  saved = sd_run_to_saved (run);
  resumed = sd_run_new_from_saved (procedure, saved, NULL);
  sd_case_run_free (saved);
  assert_non_null (resumed);
  assert_string_equal (sd_run_get_ring_answers (resumed), "tcu=light");

  /* Located: on to "found", and the checks stay with the step. */
  assert_true (sd_run_set_ring_answers (resumed, "tcu=light,sdars=light"));
  assert_true (sd_run_choose (resumed, 0));
  assert_true (sd_run_is_finished (resumed));
  assert_int_equal (sd_run_get_outcome (resumed), SD_OUTCOME_UNRESOLVED);
  assert_false (sd_run_set_ring_answers (resumed, "tcu=dark"));
}

static void
test_ring_check_targets_checked (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure = NULL;

  procedure = sd_test_load_steps ("<ring-check id=\"find\" found=\"nowhere\" none=\"none\">\n"
                                  "  <title>Find the break</title>\n"
                                  "</ring-check>\n"
                                  "<outcome id=\"none\" result=\"workshop\"><title>None</title>"
                                  "<text>None.</text></outcome>\n", problems);
  assert_null (procedure);
  sd_test_assert_problem (problems, 7, "nowhere");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_e9x_every_break),
    cmocka_unit_test (test_generated_ring_every_break),
    cmocka_unit_test (test_next_guide),
    cmocka_unit_test (test_resume),
    cmocka_unit_test (test_contradiction),
    cmocka_unit_test (test_node_position),
    cmocka_unit_test (test_generic_ring),
    cmocka_unit_test (test_run_keeps_answers),
    cmocka_unit_test (test_ring_check_targets_checked),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
