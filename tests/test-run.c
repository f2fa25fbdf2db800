/* test-run.c: the wizard's state machine (app/engine/sd-run.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-run.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;
static gint64 fake_now;
static gint64 fake_monotonic;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

static gint64
fake_monotonic_clock (gpointer user_data)
{
  return fake_monotonic;
}

#define DAY (G_GINT64_CONSTANT (24 * 60 * 60) * G_USEC_PER_SEC)

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

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GHashTable *counts = user_data;
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, pspec->name));

  g_hash_table_insert (counts, (gpointer) pspec->name, GUINT_TO_POINTER (n + 1));
}

static guint
notified (GHashTable *counts,
          const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (counts, name));
}

/* The properties follow the run, each notified once per real change only. */
static void
test_properties (void **state)
{
  g_autoptr(SdRun) run = start ("sos-button-reset");
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint position, step_index, length;
  gboolean can_go_back, needs_acknowledgement, finished;
  int outcome;

  g_signal_connect (run, "notify", G_CALLBACK (count_notify), counts);
  g_object_get (run, "position", &position, "can-go-back", &can_go_back, NULL);
  assert_int_equal (position, 1);
  assert_false (can_go_back);

  assert_true (sd_run_go_next (run));
  assert_at (run, "ready");
  g_object_get (run, "position", &position, "step-index", &step_index, "length", &length,
                "can-go-back", &can_go_back, "needs-acknowledgement", &needs_acknowledgement,
                NULL);
  assert_int_equal (position, 2);
  assert_int_equal (step_index, sd_procedure_find_step (sd_run_get_procedure (run), "ready"));
  assert_int_equal (length, sd_run_get_length (run));
  assert_true (can_go_back);
  assert_true (needs_acknowledgement);
  assert_int_equal (notified (counts, "position"), 1);
  assert_int_equal (notified (counts, "step-index"), 1);
  assert_int_equal (notified (counts, "can-go-back"), 1);
  assert_int_equal (notified (counts, "needs-acknowledgement"), 1);
  assert_int_equal (notified (counts, "finished"), 0);

  /* Acknowledging twice is one change. */
  sd_run_acknowledge (run);
  sd_run_acknowledge (run);
  assert_int_equal (notified (counts, "needs-acknowledgement"), 2);
  assert_int_equal (notified (counts, "position"), 1);

  /* Ticking with nothing counting changes nothing. */
  sd_run_tick (run);
  assert_int_equal (notified (counts, "needs-acknowledgement"), 2);

  assert_true (sd_run_choose (run, choice_index (run, "skipped")));
  g_object_get (run, "finished", &finished, "outcome", &outcome, NULL);
  assert_true (finished);
  assert_int_equal (outcome, SD_OUTCOME_UNRESOLVED);
  assert_int_equal (notified (counts, "finished"), 1);
  assert_int_equal (notified (counts, "outcome"), 1);
}

static guint items_added, items_removed, items_position;

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  items_position = position;
  items_removed += removed;
  items_added += added;
}

/* The path is a list model that changes by one step at a time. */
static void
test_path_model (void **state)
{
  g_autoptr(SdRun) run = start ("idrive-reboot");
  GListModel *path = sd_run_get_path (run);
  g_autoptr(SdRunStep) last = NULL;
  g_autoptr(GListModel) from_property = NULL;

  g_object_get (run, "path", &from_property, NULL);
  assert_ptr_equal (from_property, path);
  assert_int_equal (g_list_model_get_item_type (path), SD_TYPE_RUN_STEP);
  assert_int_equal (g_list_model_get_n_items (path), 1);

  g_signal_connect (path, "items-changed", G_CALLBACK (on_items_changed), NULL);
  items_added = items_removed = 0;
  assert_true (sd_run_go_next (run));
  assert_int_equal (items_added, 1);
  assert_int_equal (items_removed, 0);
  assert_int_equal (items_position, 1);
  last = g_list_model_get_item (path, 1);
  assert_string_equal (sd_run_step_get_id (last), "hold-volume");
  assert_int_equal (sd_run_step_get_index (last), sd_run_get_step_index (run));

  assert_true (sd_run_go_back (run));
  assert_int_equal (items_added, 1);
  assert_int_equal (items_removed, 1);
  assert_int_equal (items_position, 1);
  assert_int_equal (g_list_model_get_n_items (path), 1);
}

static SdRun *
start_at_wait (const char *step_id)
{
  SdRun *run = start ("battery-disconnect");

  while (g_strcmp0 (sd_run_get_step (run)->id, step_id) != 0)
    {
      const SdStep *step = sd_run_get_step (run);

      for (guint i = 0; i < step->items->len; i++)
        sd_run_set_item (run, i, TRUE);
      if (step->kind == SD_STEP_WAIT)
        {
          assert_true (sd_run_start_wait (run, step->min_seconds));
          fake_now += (gint64) step->min_seconds * G_USEC_PER_SEC;
        }
      assert_true (sd_run_go_next (run));
    }

  return run;
}

static void
test_is_wait_over (void **state)
{
  g_autoptr(SdRun) run = NULL;
  g_autoptr(SdRun) hold = start ("idrive-reboot");

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  run = start_at_wait ("let-sleep");

  /* Not a wait; a wait not started; a wait going on: not over. */
  assert_false (sd_run_is_wait_over (hold));
  assert_false (sd_run_is_wait_over (run));
  assert_true (sd_run_start_wait (run, 600));
  assert_false (sd_run_is_wait_over (run));
  fake_now += 599 * G_USEC_PER_SEC;
  assert_false (sd_run_is_wait_over (run));
  fake_now += 1 * G_USEC_PER_SEC;
  assert_true (sd_run_is_wait_over (run));
  assert_int_equal (sd_run_get_wait_remaining (run), 0);
  assert_true (sd_run_can_go_next (run));
  assert_true (sd_run_go_next (run));
  assert_false (sd_run_is_wait_over (run));
}

/* A 30-second hold counts on the monotonic clock: the wall clock jumping a
 * day either way changes nothing. */
static void
test_hold_ignores_wall_clock (void **state)
{
  g_autoptr(SdRun) run = start ("idrive-reboot");
  gboolean running;

  sd_run_set_monotonic_clock (run, fake_monotonic_clock, NULL);
  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  fake_monotonic = G_GINT64_CONSTANT (5000) * G_USEC_PER_SEC;
  assert_true (sd_run_go_next (run));
  assert_at (run, "hold-volume");
  assert_false (sd_run_is_hold_running (run));
  assert_true (sd_run_start_hold (run));
  g_object_get (run, "hold-running", &running, NULL);
  assert_true (running);

  fake_now += DAY;
  fake_monotonic += 12 * G_USEC_PER_SEC;
  assert_true (fabs (sd_run_get_hold_remaining (run) - 18.0) < 1e-9);
  assert_false (sd_run_can_go_next (run));
  fake_now -= 2 * DAY;
  assert_true (fabs (sd_run_get_hold_remaining (run) - 18.0) < 1e-9);
  assert_true (sd_run_get_hold_remaining (run) <= 30.0);
  assert_false (sd_run_can_go_next (run));

  fake_monotonic += 18 * G_USEC_PER_SEC;
  assert_true (sd_run_get_hold_remaining (run) == 0.0);
  assert_false (sd_run_is_hold_running (run));
  assert_true (sd_run_go_next (run));
}

/* The clock set back one day during a 12-hour wait: at most 12 hours left, and
 * the run says the clock changed. */
static void
test_wait_clock_set_back (void **state)
{
  g_autoptr(SdRun) run = NULL;
  g_autoptr(GHashTable) counts = g_hash_table_new (g_str_hash, g_str_equal);
  guint changes = 0;
  gboolean clock_changed;

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  run = start_at_wait ("disconnected");
  assert_true (sd_run_start_wait (run, 12 * 60 * 60));
  assert_false (sd_run_get_clock_changed (run));
  assert_null (sd_run_get_clock_message (run));
  fake_now += G_GINT64_CONSTANT (60 * 60) * G_USEC_PER_SEC;
  assert_int_equal (sd_run_get_wait_remaining (run), 11 * 60 * 60);

  g_signal_connect (run, "notify", G_CALLBACK (count_notify), counts);
  g_signal_connect (run, "changed", G_CALLBACK (count_changes), &changes);
  fake_now -= DAY;
  sd_run_tick (run);
  assert_true (sd_run_get_wait_remaining (run) <= 12 * 60 * 60);
  assert_true (sd_run_get_wait_remaining (run) > 0);
  assert_true (sd_run_get_clock_changed (run));
  assert_non_null (sd_run_get_clock_message (run));
  g_object_get (run, "clock-changed", &clock_changed, NULL);
  assert_true (clock_changed);
  assert_int_equal (notified (counts, "clock-changed"), 1);
  /* The new deadline is saved. */
  assert_int_equal (changes, 1);
  assert_false (sd_run_can_go_next (run));

  /* It counts down from there, and ends. */
  sd_run_tick (run);
  assert_int_equal (changes, 1);
  fake_now += G_GINT64_CONSTANT (12 * 60 * 60 - 1) * G_USEC_PER_SEC;
  assert_false (sd_run_is_wait_over (run));
  fake_now += G_USEC_PER_SEC;
  sd_run_tick (run);
  assert_true (sd_run_is_wait_over (run));
  assert_int_equal (notified (counts, "wait-over"), 1);
  assert_int_equal (notified (counts, "can-go-next"), 1);
  assert_int_equal (changes, 2);
}

/* Once over, over: the clock set forward ends the wait, set back it stays ended,
 * also in the saved run read again. */
static void
test_wait_forward_then_back (void **state)
{
  g_autoptr(SdRun) run = NULL;
  g_autoptr(SdRun) resumed = NULL;
  g_autoptr(SdCaseRun) saved = NULL;
  guint changes = 0;

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  run = start_at_wait ("let-sleep");
  assert_true (sd_run_start_wait (run, 600));
  g_signal_connect (run, "changed", G_CALLBACK (count_changes), &changes);

  fake_now += DAY;
  sd_run_tick (run);
  assert_true (sd_run_is_wait_over (run));
  assert_int_equal (changes, 1);
  fake_now -= 2 * DAY;
  sd_run_tick (run);
  assert_int_equal (changes, 1);
  assert_true (sd_run_is_wait_over (run));
  assert_int_equal (sd_run_get_wait_remaining (run), 0);
  assert_false (sd_run_get_clock_changed (run));
  assert_true (sd_run_can_go_next (run));

  saved = sd_run_to_saved (run);
  resumed = sd_run_new_from_saved (sd_run_get_procedure (run), saved, NULL);
  assert_non_null (resumed);
  sd_run_set_clock (resumed, fake_clock, NULL);
  assert_true (sd_run_is_wait_over (resumed));
  assert_true (sd_run_can_go_next (resumed));

  /* Back to the ended wait, after going on from it: still over. */
  assert_true (sd_run_go_next (resumed));
  assert_true (sd_run_go_back (resumed));
  assert_at (resumed, "let-sleep");
  assert_true (sd_run_is_wait_over (resumed));
}

/* A saved wait keeps the length chosen, so a clock set back before the restart
 * is clamped to it; a deadline saved alone, as older versions did, is clamped to
 * the step's longest wait. */
static void
test_saved_wait_round_trip (void **state)
{
  g_autoptr(SdRun) run = NULL;
  g_autoptr(SdRun) resumed = NULL;
  g_autoptr(SdRun) old = NULL;
  g_autoptr(SdCaseRun) saved = NULL;
  const SdStep *step;

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  run = start_at_wait ("let-sleep");
  step = sd_run_get_step (run);
  assert_true (sd_run_start_wait (run, 120));
  saved = sd_run_to_saved (run);

  fake_now -= DAY;
  resumed = sd_run_new_from_saved (sd_run_get_procedure (run), saved, NULL);
  sd_run_set_clock (resumed, fake_clock, NULL);
  assert_int_equal (sd_run_get_wait_remaining (resumed), 120);
  assert_true (sd_run_get_clock_changed (resumed));

  g_hash_table_insert (saved->answers, g_strdup ("let-sleep"),
                       g_date_time_format_iso8601 (saved->wait_deadline));
  old = sd_run_new_from_saved (sd_run_get_procedure (run), saved, NULL);
  sd_run_set_clock (old, fake_clock, NULL);
  assert_int_equal (sd_run_get_wait_remaining (old), step->max_seconds);
  assert_true (sd_run_get_clock_changed (old));
}

static int
setup (void **state)
{
  catalog = sd_test_load_catalog ();

  return 0;
}


/* Along one way through @procedure from @index, with @taken steps behind it:
 * the progress told at each step (taken / (taken + most left)) only grows, and
 * the steps that do follow are never more than were said at most. */
static void
walk_paths (SdProcedure *procedure,
            guint        index,
            guint        taken,
            double       before,
            guint       *on_path,
            guint       *n_paths)
{
  const SdStep *step = sd_procedure_get_step (procedure, index);
  guint left = sd_procedure_get_max_steps_after (procedure, index);
  double fraction = (double) (taken + 1) / (taken + 1 + left);
  gboolean ends = step->kind == SD_STEP_OUTCOME;

  if (fraction <= before)
    fail_msg ("%s: progress goes back from %.3f to %.3f at step “%s”",
              sd_procedure_get_id (procedure), before, fraction, step->id);
  assert_true (sd_procedure_get_min_steps_after (procedure, index) <= left);
  /* A loop is gone round at most twice. */
  if (on_path[index] >= 2)
    return;

  on_path[index]++;
  for (guint i = 0; i < step->choices->len; i++)
    {
      const SdChoice *choice = g_ptr_array_index (step->choices, i);

      if (choice->outcome != SD_OUTCOME_NONE)
        ends = TRUE;
      else
        walk_paths (procedure, (guint) choice->target, taken + 1, fraction, on_path, n_paths);
    }
  if (step->kind != SD_STEP_QUESTION && step->next >= 0)
    walk_paths (procedure, (guint) step->next, taken + 1, fraction, on_path, n_paths);
  on_path[index]--;

  if (ends)
    {
      /* Where the run can end, nothing is said to follow unless something can. */
      if (step->kind == SD_STEP_OUTCOME)
        assert_int_equal (left, 0);
      (*n_paths)++;
    }
}

static void
test_progress_never_goes_back (void **state)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);

  assert_true (g_list_model_get_n_items (procedures) > 0);
  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, p);
      g_autofree guint *on_path = g_new0 (guint, sd_procedure_get_n_steps (procedure));
      guint n_paths = 0;

      walk_paths (procedure, 0, 0, 0.0, on_path, &n_paths);
      assert_true (n_paths > 0);
    }
}

static void
test_max_left (void **state)
{
  g_autoptr(SdRun) run = start ("idrive-reboot");
  SdProcedure *procedure = sd_run_get_procedure (run);
  guint first;

  fake_now = 1000 * G_USEC_PER_SEC;
  first = sd_run_get_max_left (run);
  assert_int_equal (first, sd_procedure_get_max_steps_after (procedure, 0));
  /* At least the shortest way: "step 1 of 4" has 3 more. */
  assert_true (first >= sd_run_get_length (run) - 1);
  assert_true (sd_run_go_next (run));
  /* The hold is in a "try again" loop: no more left than before, and the
   * progress grows. */
  assert_true (sd_run_get_max_left (run) <= first);
  assert_true (2.0 / (2 + sd_run_get_max_left (run)) > 1.0 / (1 + first));

  /* Ended: nothing more. */
  while (sd_run_get_step (run)->kind != SD_STEP_QUESTION)
    {
      assert_true (sd_run_start_hold (run));
      fake_now += 60 * G_USEC_PER_SEC;
      assert_true (sd_run_go_next (run));
    }
  assert_true (sd_run_choose (run, 0));
  while (!sd_run_is_finished (run))
    {
      if (sd_run_get_step (run)->kind == SD_STEP_QUESTION)
        assert_true (sd_run_choose (run, 0));
      else
        assert_true (sd_run_go_next (run));
    }
  assert_int_equal (sd_run_get_max_left (run), 0);
}

/* Back over a wait under way, then Next: the same wait, the same deadline. */
static void
test_back_over_wait_keeps_deadline (void **state)
{
  g_autoptr(SdRun) run = NULL;
  g_autoptr(GDateTime) deadline = NULL;

  fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;
  run = start_at_wait ("disconnected");
  assert_true (sd_run_start_wait (run, 12 * 60 * 60));
  deadline = g_date_time_ref (sd_run_get_wait_deadline (run));
  fake_now += 60 * G_USEC_PER_SEC;

  assert_true (sd_run_go_back (run));
  assert_at (run, "disconnect-negative");
  assert_true (sd_run_go_next (run));
  assert_at (run, "disconnected");
  assert_non_null (sd_run_get_wait_deadline (run));
  assert_true (g_date_time_equal (sd_run_get_wait_deadline (run), deadline));
  assert_false (sd_run_is_wait_over (run));
  assert_int_equal (sd_run_get_wait_remaining (run), 12 * 60 * 60 - 60);
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
    cmocka_unit_test (test_properties),
    cmocka_unit_test (test_path_model),
    cmocka_unit_test (test_is_wait_over),
    cmocka_unit_test (test_hold_ignores_wall_clock),
    cmocka_unit_test (test_wait_clock_set_back),
    cmocka_unit_test (test_wait_forward_then_back),
    cmocka_unit_test (test_saved_wait_round_trip),
    cmocka_unit_test (test_progress_never_goes_back),
    cmocka_unit_test (test_max_left),
    cmocka_unit_test (test_back_over_wait_keeps_deadline),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
