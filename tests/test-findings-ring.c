/* test-findings-ring.c: issue 12 end to end in the engine: fibre-inspect on a
 * US E92, through the ring-break finder's light checks, to what it found, and
 * what the diagnosis makes of it; a branch that ends before the guide's work
 * was done (tried="no") is no evidence
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-ring-check.h"
#include "sd-session.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;
static gint64 fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

typedef struct
{
  /* The member whose input has no light: 3 the tuner, 4 the head unit again. */
  guint       dark_from;
  const char *choice;
  const char *outcome;
  const char *next_guide;
  const char *fault;
} Case;

static void
choose (SdRun      *run,
        const char *label)
{
  const SdStep *step = sd_run_get_step (run);

  sd_run_acknowledge (run);
  for (guint i = 0; i < step->choices->len; i++)
    if (g_str_has_prefix (((SdChoice *) g_ptr_array_index (step->choices, i))->label.msgid, label))
      {
        assert_true (sd_run_choose (run, i));
        return;
      }

  fail_msg ("no choice “%s” at step “%s”", label, step->id);
}

/* Goes on to @step_id, counting down holds and waits on the fake clock. */
static void
go_to (SdRun      *run,
       const char *step_id)
{
  while (g_strcmp0 (sd_run_get_step (run)->id, step_id) != 0)
    {
      const SdStep *step = sd_run_get_step (run);

      sd_run_acknowledge (run);
      if (step->kind == SD_STEP_HOLD)
        assert_true (sd_run_start_hold (run));
      else if (step->kind == SD_STEP_WAIT)
        assert_true (sd_run_start_wait (run, step->seconds));
      fake_now += (gint64) (step->seconds + 1) * G_USEC_PER_SEC;
      sd_run_tick (run);
      assert_true (sd_run_go_next (run));
    }
}

static int
cause_rank (SdDiagnosis *diagnosis,
            const char  *fault)
{
  for (guint r = 0; r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);

      if (cause->fault != NULL && g_strcmp0 (cause->fault->id, fault) == 0)
        return (int) r;
    }

  return -1;
}

static gboolean
has_found_reason (SdDiagnosis *diagnosis,
                  const char  *fault)
{
  int rank = cause_rank (diagnosis, fault);
  g_autoptr(GArray) reasons = NULL;

  assert_true (rank >= 0);
  reasons = sd_diagnosis_dup_reasons (diagnosis, (guint) rank);
  for (guint i = 0; i < reasons->len; i++)
    {
      g_autofree char *text = sd_reason_describe (&g_array_index (reasons, SdReason, i),
                                                  sd_catalog_get_knowledge (catalog), diagnosis);

      if (g_str_has_prefix (text, "Found in “Inspect the fibre-optic ring"))
        return TRUE;
    }

  return FALSE;
}

static void
run_case (const Case *c)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autoptr(SdVehicleProfile) car = sd_vehicle_profile_new (sd_catalog_get_vehicles (catalog));
  g_autoptr(SdRingCheck) check = NULL;
  g_autofree char *answers = NULL;
  const char *fitted[] = { "sdars", "amplifier", NULL };
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  const SdAdvice *advice;
  double before;
  int next;
  SdRun *run;

  /* A US E92 with the separate tuner: head unit, amplifier, telematics unit, tuner. */
  sd_vehicle_profile_set_model (car, "e92");
  sd_vehicle_profile_set_market (car, "na");
  sd_vehicle_profile_set_options (car, fitted);
  sd_vehicle_profile_apply_defaults (car);
  sd_session_set_profile (session, car);
  before = sd_diagnosis_get_probability (diagnosis, c->fault);
  assert_false (has_found_reason (diagnosis, c->fault));

  run = sd_session_start_run (session, sd_catalog_lookup_procedure (catalog, "fibre-inspect"));
  go_to (run, "visual");
  for (guint i = 0; i < sd_run_get_step (run)->items->len; i++)
    sd_run_set_item_answer (run, i, SD_ITEM_OK);
  assert_true (sd_run_go_next (run));
  go_to (run, "ring-down");
  choose (run, "Yes, there is no sound");
  go_to (run, "find-break");

  /* The light checks the finder plans, answered as the car's one break has it. */
  check = sd_ring_check_new (sd_catalog_get_knowledge (catalog),
                             sd_case_get_profile (sd_session_get_case (session)));
  assert_non_null (check);
  assert_int_equal (sd_ring_check_get_n_members (check), 4);
  assert_string_equal (sd_ring_check_get_member (check, 3), "sdars");
  while ((next = sd_ring_check_get_next_check (check)) > 0)
    assert_true (sd_ring_check_answer (check, (guint) next, (guint) next < c->dark_from));
  assert_int_equal (sd_ring_check_get_state (check), SD_RING_CHECK_LOCATED);
  assert_true (sd_ring_check_get_n_answers (check) <= 2);
  assert_string_equal (sd_ring_check_get_next_guide (check), c->next_guide);
  answers = sd_ring_check_to_string (check);
  assert_true (sd_run_set_ring_answers (run, answers));
  assert_true (sd_run_choose (run, 0));

  assert_string_equal (sd_run_get_step (run)->id, "check-segment");
  choose (run, c->choice);
  assert_string_equal (sd_run_get_step (run)->id, c->outcome);
  assert_int_equal (sd_run_get_outcome (run), SD_OUTCOME_FOUND);
  assert_string_equal (sd_run_get_step (run)->next_guide, c->next_guide);
  assert_true (sd_session_finish_run (session));

  /* The fault found rises, says where it was found, and its repair is advised. */
  assert_true (sd_diagnosis_get_probability (diagnosis, c->fault) > before);
  assert_true (has_found_reason (diagnosis, c->fault));
  advice = sd_diagnosis_get_advice (diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_DO);
  assert_non_null (advice->procedure);
  assert_string_equal (sd_procedure_get_id (advice->procedure), c->next_guide);

  sd_test_rm_rf (dir);
}

static void
test_damaged_fibre (void **state)
{
  static const Case c = {
    3, "The fibre between them is damaged", "damaged", "fibre-splice", "fibre-damaged"
  };

  run_case (&c);
}

static void
test_before_is_tuner (void **state)
{
  static const Case c = {
    4, "The fibre looks fine; the unit before is the satellite tuner", "before-is-tuner",
    "sdars-bypass", "sdars-faulty"
  };

  run_case (&c);
}

typedef struct
{
  const char *procedure;
  /* Steps to go to and choices to take, in turn: "@step" goes on to it. */
  const char *moves[6];
  const char *outcome;
} Branch;

/* Finishes @branch in a fresh session; returns the session. */
static SdSession *
finish_branch (const Branch *branch,
               char        **dir)
{
  g_autofree char *path = NULL;
  SdSession *session;
  SdRun *run;

  *dir = sd_test_make_tmpdir ();
  path = g_build_filename (*dir, "case.ini", NULL);
  session = sd_session_new (catalog, path);
  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);
  run = sd_session_start_run (session, sd_catalog_lookup_procedure (catalog, branch->procedure));
  for (guint i = 0; i < G_N_ELEMENTS (branch->moves) && branch->moves[i] != NULL; i++)
    {
      if (branch->moves[i][0] == '@')
        go_to (run, branch->moves[i] + 1);
      else
        choose (run, branch->moves[i]);
    }
  assert_string_equal (sd_run_get_step (run)->id, branch->outcome);
  assert_true (sd_run_is_finished (run));
  assert_true (sd_session_finish_run (session));

  return session;
}

/* The work of the guide was not done on these branches: finishing them moves
 * nothing and records no try, so the guide is still offered. */
static void
test_not_done_is_no_evidence (void **state)
{
  static const Branch branches[] = {
    /* The knob did not restart the iDrive: nothing was restarted. */
    { "idrive-reboot", { "@screen-dark", "No, the screen stayed on" }, "no-shutdown" },
    /* The SOS button was never pressed. */
    { "sos-button-reset", { "@ready", "No, I would rather not" }, "skipped" },
    /* No tuner found: nothing was bypassed. */
    { "sdars-bypass", { "No, or I cannot find one" }, "no-tuner" },
  };
  g_autofree char *empty_dir = sd_test_make_tmpdir ();
  g_autofree char *empty_path = g_build_filename (empty_dir, "case.ini", NULL);
  g_autoptr(SdSession) untouched = sd_session_new (catalog, empty_path);
  SdDiagnosis *before = sd_session_get_diagnosis (untouched);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);

  for (guint b = 0; b < G_N_ELEMENTS (branches); b++)
    {
      g_autofree char *dir = NULL;
      g_autoptr(SdSession) session = finish_branch (&branches[b], &dir);
      SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
      SdProcedure *procedure = sd_catalog_lookup_procedure (catalog, branches[b].procedure);
      int end = sd_procedure_find_step (procedure, branches[b].outcome);

      assert_true (end >= 0);
      assert_true (sd_procedure_get_step (procedure, (guint) end)->not_tried);
      assert_int_equal (sd_diagnosis_get_tried (diagnosis, branches[b].procedure), SD_OUTCOME_NONE);
      assert_int_equal (sd_case_get_n_tried (sd_session_get_case (session)), 0);
      for (guint f = 0; f < sd_knowledge_get_n_faults (knowledge); f++)
        {
          const char *fault = sd_knowledge_get_fault (knowledge, f)->id;

          assert_float_equal (sd_diagnosis_get_probability (diagnosis, fault),
                              sd_diagnosis_get_probability (before, fault), 1e-12);
        }
      sd_test_rm_rf (dir);
    }
  sd_test_rm_rf (empty_dir);
}

/* Restarted, the restart was done: the same guide's other branch is a try,
 * and the head unit's lock-up becomes less likely. */
static void
test_reboot_done_is_a_try (void **state)
{
  static const Branch branch = {
    "idrive-reboot",
    { "@screen-dark", "Yes, the screen switched off", "@warning-gone",
      "No, the warning is still there" },
    "unresolved"
  };
  g_autofree char *dir = NULL;
  g_autofree char *empty_dir = sd_test_make_tmpdir ();
  g_autofree char *empty_path = g_build_filename (empty_dir, "case.ini", NULL);
  g_autoptr(SdSession) untouched = sd_session_new (catalog, empty_path);
  g_autoptr(SdSession) session = finish_branch (&branch, &dir);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  SdDiagnosis *before = sd_session_get_diagnosis (untouched);

  assert_int_equal (sd_diagnosis_get_tried (diagnosis, "idrive-reboot"), SD_OUTCOME_UNRESOLVED);
  assert_true (sd_diagnosis_get_probability (diagnosis, "head-unit-defective") <
               sd_diagnosis_get_probability (before, "head-unit-defective"));
  sd_test_rm_rf (dir);
  sd_test_rm_rf (empty_dir);
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
    cmocka_unit_test (test_damaged_fibre),
    cmocka_unit_test (test_before_is_tuner),
    cmocka_unit_test (test_not_done_is_no_evidence),
    cmocka_unit_test (test_reboot_done_is_a_try),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
