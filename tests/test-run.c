/* test-run.c: the wizard's state machine (app/engine/sd-run.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-catalog.h"
#include "sd-run.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;
static gint64 fake_now;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static SdRun *
start (const char *id)
{
  SdProcedure *procedure = sd_catalog_lookup_procedure (catalog, id);
  SdRun *run;

  assert_non_null (procedure);
  run = sd_run_new (procedure);
  sd_run_set_clock (run, fake_clock, NULL);
  sd_run_set_monotonic_clock (run, fake_clock, NULL);

  return run;
}

static void
assert_at (SdRun      *run,
           const char *step_id)
{
  if (g_strcmp0 (sd_run_get_step (run)->id, step_id) != 0)
    fail_msg ("at step “%s”, expected “%s”", sd_run_get_step (run)->id, step_id);
}

static guint
choice_index (SdRun      *run,
              const char *target_or_outcome)
{
  const SdStep *step = sd_run_get_step (run);

  for (guint i = 0; i < step->choices->len; i++)
    {
      const SdChoice *choice = g_ptr_array_index (step->choices, i);

      if (g_strcmp0 (choice->goto_id, target_or_outcome) == 0 ||
          g_strcmp0 (sd_outcome_to_string (choice->outcome), target_or_outcome) == 0)
        return i;
    }

  fail_msg ("step “%s” has no choice for “%s”", step->id, target_or_outcome);
  return 0;
}

static void
test_idrive_reboot_to_outcome (void **state)
{
  g_autoptr(SdRun) run = start ("idrive-reboot");

  fake_now = 1000 * G_USEC_PER_SEC;
  assert_at (run, "engine-off");
  assert_int_equal (sd_run_get_position (run), 1);
  /* engine-off → hold-volume → screen-dark → no-shutdown is the shortest way. */
  assert_int_equal (sd_run_get_length (run), 4);
  assert_false (sd_run_can_go_back (run));
  assert_true (sd_run_go_next (run));

  /* The 30-second hold: not done until it has been held that long. */
  assert_at (run, "hold-volume");
  assert_false (sd_run_can_go_next (run));
  assert_true (sd_run_get_hold_remaining (run) == 30.0);
  assert_true (sd_run_start_hold (run));
  fake_now += 29 * G_USEC_PER_SEC;
  assert_true (sd_run_get_hold_remaining (run) > 0.9 && sd_run_get_hold_remaining (run) < 1.1);
  assert_false (sd_run_go_next (run));
  fake_now += 1 * G_USEC_PER_SEC;
  assert_true (sd_run_get_hold_remaining (run) == 0.0);
  assert_true (sd_run_go_next (run));

  /* "I let go too early" loops back: the hold must be done again. */
  assert_at (run, "screen-dark");
  assert_true (sd_run_choose (run, choice_index (run, "hold-volume")));
  assert_at (run, "hold-volume");
  assert_false (sd_run_can_go_next (run));
  assert_true (sd_run_start_hold (run));
  fake_now += 31 * G_USEC_PER_SEC;
  assert_true (sd_run_go_next (run));

  assert_true (sd_run_choose (run, choice_index (run, "press-again")));
  assert_at (run, "press-again");
  assert_true (sd_run_go_next (run));
  assert_true (sd_run_go_next (run));
  assert_at (run, "warning-gone");
  assert_int_equal (sd_run_get_position (run), 8);
  assert_false (sd_run_is_finished (run));

  assert_true (sd_run_choose (run, choice_index (run, "unresolved")));
  assert_at (run, "unresolved");
  assert_true (sd_run_is_finished (run));
  assert_int_equal (sd_run_get_outcome (run), SD_OUTCOME_UNRESOLVED);
  assert_int_equal (sd_run_get_length (run), sd_run_get_position (run));
  assert_false (sd_run_go_next (run));

  /* Back retraces the path actually taken, loop included. */
  assert_true (sd_run_go_back (run));
  assert_at (run, "warning-gone");
  assert_false (sd_run_is_finished (run));
  assert_true (sd_run_go_back (run));
  assert_true (sd_run_go_back (run));
  assert_true (sd_run_go_back (run));
  assert_at (run, "screen-dark");
  assert_true (sd_run_go_back (run));
  assert_at (run, "hold-volume");
  /* Returning by Back finds the hold as it was left: done. */
  assert_true (sd_run_can_go_next (run));
}

static void
test_battery_disconnect_waits (void **state)
{
  g_autoptr(SdRun) run = start ("battery-disconnect");
  g_autoptr(SdRun) resumed = NULL;
  g_autoptr(SdCaseRun) saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) deadline = NULL;
  const SdStep *step = sd_run_get_step (run);

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

  /* A checklist goes on only when every item is ticked. */
  assert_at (run, "prepare");
  for (guint i = 0; i < step->items->len; i++)
    {
      assert_false (sd_run_can_go_next (run));
      sd_run_set_item (run, i, TRUE);
    }
  assert_true (sd_run_go_next (run));

  /* A wait: the duration is the user's, within the step's range. */
  assert_at (run, "let-sleep");
  assert_int_equal (sd_run_get_wait_remaining (run), -1);
  assert_false (sd_run_can_go_next (run));
  assert_false (sd_run_start_wait (run, 10));
  assert_true (sd_run_start_wait (run, 600));
  assert_int_equal (sd_run_get_wait_remaining (run), 600);
  fake_now += 599 * G_USEC_PER_SEC;
  assert_false (sd_run_go_next (run));
  fake_now += 1 * G_USEC_PER_SEC;
  assert_int_equal (sd_run_get_wait_remaining (run), 0);
  assert_true (sd_run_go_next (run));

  assert_true (sd_run_go_next (run));
  assert_true (sd_run_go_next (run));
  assert_at (run, "disconnected");
  assert_true (sd_run_start_wait (run, 12 * 60 * 60));
  deadline = g_date_time_ref (sd_run_get_wait_deadline (run));
  assert_int_equal (g_date_time_to_unix (deadline), 1795000000 + 600 + 12 * 60 * 60);

  /* Quit in the middle of the wait: the saved run comes back on the same step
   * with the same deadline, and the time spent away counts. */
  saved = sd_run_to_saved (run);
  assert_true (g_date_time_equal (saved->wait_deadline, deadline));
  g_clear_object (&run);

  fake_now += G_GINT64_CONSTANT (5 * 60 * 60) * G_USEC_PER_SEC;
  resumed = sd_run_new_from_saved (sd_catalog_lookup_procedure (catalog, "battery-disconnect"),
                                   saved, &error);
  assert_null (error);
  sd_run_set_clock (resumed, fake_clock, NULL);
  assert_at (resumed, "disconnected");
  assert_true (g_date_time_equal (sd_run_get_wait_deadline (resumed), deadline));
  assert_int_equal (sd_run_get_wait_remaining (resumed), 7 * 60 * 60);
  assert_int_equal (sd_run_get_position (resumed), 5);
  assert_false (sd_run_go_next (resumed));

  fake_now += G_GINT64_CONSTANT (7 * 60 * 60) * G_USEC_PER_SEC;
  assert_true (sd_run_go_next (resumed));
  while (sd_run_get_step (resumed)->kind == SD_STEP_INSTRUCTION)
    assert_true (sd_run_go_next (resumed));
  assert_at (resumed, "result");
  assert_true (sd_run_choose (resumed, choice_index (resumed, "resolved")));
  assert_int_equal (sd_run_get_outcome (resumed), SD_OUTCOME_RESOLVED);

  /* And Back from there finds the finished wait as it was. */
  assert_true (sd_run_go_back (resumed));
  while (sd_run_get_step (resumed)->kind != SD_STEP_WAIT)
    assert_true (sd_run_go_back (resumed));
  assert_true (g_date_time_equal (sd_run_get_wait_deadline (resumed), deadline));
}

static void
test_sos_reset_needs_acknowledgement (void **state)
{
  g_autoptr(SdRun) run = start ("sos-button-reset");
  g_autoptr(SdRun) declined = start ("sos-button-reset");

  assert_true (sd_run_go_next (run));
  assert_at (run, "ready");

  /* The danger caution comes first: no choice counts until it is acknowledged. */
  assert_true (sd_run_needs_acknowledgement (run));
  assert_false (sd_run_choose (run, 0));
  assert_at (run, "ready");
  sd_run_acknowledge (run);
  assert_false (sd_run_needs_acknowledgement (run));
  assert_true (sd_run_choose (run, choice_index (run, "press-sos")));

  /* The press itself carries the caution again. */
  assert_at (run, "press-sos");
  assert_true (sd_run_needs_acknowledgement (run));
  assert_false (sd_run_start_hold (run));
  sd_run_acknowledge (run);
  assert_true (sd_run_start_hold (run));

  /* Declining ends the guide without pressing anything. */
  assert_true (sd_run_go_next (declined));
  sd_run_acknowledge (declined);
  assert_true (sd_run_choose (declined, choice_index (declined, "skipped")));
  assert_at (declined, "skipped");
  assert_int_equal (sd_run_get_outcome (declined), SD_OUTCOME_UNRESOLVED);
}

static void
test_saved_run_for_changed_procedure (void **state)
{
  g_autoptr(SdCaseRun) saved = sd_case_run_new ("idrive-reboot");
  g_autoptr(GError) error = NULL;
  g_autoptr(SdRun) run = NULL;

  g_ptr_array_add (saved->path, g_strdup ("engine-off"));
  g_ptr_array_add (saved->path, g_strdup ("a-step-that-was-removed"));
  run = sd_run_new_from_saved (sd_catalog_lookup_procedure (catalog, "idrive-reboot"), saved, &error);
  assert_null (run);
  assert_non_null (error);
  assert_non_null (strstr (error->message, "a-step-that-was-removed"));
}

static void
count_changes (SdRun    *run,
               gpointer  user_data)
{
  (*(guint *) user_data)++;
}

static void
test_changed_signal (void **state)
{
  g_autoptr(SdRun) run = start ("idrive-reboot");
  guint changes = 0;

  g_signal_connect (run, "changed", G_CALLBACK (count_changes), &changes);
  assert_true (sd_run_go_next (run));
  assert_true (sd_run_start_hold (run));
  assert_true (sd_run_go_back (run));
  assert_int_equal (changes, 3);
}

static int
setup (void **state)
{
  catalog = sd_test_load_catalog ();

  return 0;
}

static int
teardown (void **state)
{
  g_clear_object (&catalog);

  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_idrive_reboot_to_outcome),
    cmocka_unit_test (test_battery_disconnect_waits),
    cmocka_unit_test (test_sos_reset_needs_acknowledgement),
    cmocka_unit_test (test_saved_run_for_changed_procedure),
    cmocka_unit_test (test_changed_signal),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
