/* test-findings.c: what guides find, as evidence (issue 12; sd-run-observe.c,
 * sd-session-findings.c, sd-diagnosis-findings.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <math.h>

#include "sd-problem.h"
#include "sd-procedure-private.h"
#include "sd-procedure-reader.h"
#include "sd-session.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;
static gint64 fake_now = G_GINT64_CONSTANT (1795000000) * G_USEC_PER_SEC;

static gint64
fake_clock (gpointer user_data)
{
  return fake_now;
}

/* One way through a guide: at each step, the choice taken (a question), the
 * item answered "not OK" or -1 for every item OK (a checklist), or 0. */
typedef struct
{
  GArray *moves;
  guint   n_paths;
  guint   n_observed;
} Walk;

static SdSession *
new_session (char **dir)
{
  g_autofree char *path = NULL;
  SdSession *session;

  *dir = sd_test_make_tmpdir ();
  path = g_build_filename (*dir, "case.ini", NULL);
  session = sd_session_new (catalog, path);
  sd_session_set_clock (session, fake_clock, NULL);
  sd_session_set_monotonic_clock (session, fake_clock, NULL);

  return session;
}

/* Does the step's move; returns FALSE if the run did not take it. */
static gboolean
play (SdRun *run,
      int    move)
{
  const SdStep *step = sd_run_get_step (run);

  sd_run_acknowledge (run);
  switch (step->kind)
    {
    case SD_STEP_QUESTION:
    case SD_STEP_RING_CHECK:
      return sd_run_choose (run, (guint) move);
    case SD_STEP_CHECKLIST:
      for (guint i = 0; i < step->items->len; i++)
        sd_run_set_item_answer (run, i, (int) i == move ? SD_ITEM_NOT_OK : SD_ITEM_OK);
      return sd_run_go_next (run);
    case SD_STEP_HOLD:
      assert_true (sd_run_start_hold (run));
      fake_now += (gint64) (step->seconds + 1) * G_USEC_PER_SEC;
      sd_run_tick (run);
      return sd_run_go_next (run);
    case SD_STEP_WAIT:
      assert_true (sd_run_start_wait (run, step->seconds));
      fake_now += (gint64) (step->seconds + 1) * G_USEC_PER_SEC;
      sd_run_tick (run);
      return sd_run_go_next (run);
    case SD_STEP_INSTRUCTION:
    case SD_STEP_OUTCOME:
    default:
      return sd_run_go_next (run);
    }
}

static gboolean
is_about (GPtrArray     *observations,
          SdObserveKind  kind,
          const char    *ref)
{
  for (guint i = 0; i < observations->len; i++)
    {
      const SdObservation *observation = g_ptr_array_index (observations, i);

      if (observation->kind == kind && g_strcmp0 (observation->ref, ref) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Whether another observation of the path names @fault itself. */
static gboolean
names_fault (GPtrArray  *observations,
             const char *fault)
{
  return is_about (observations, SD_OBSERVE_FAULT_FOUND, fault) ||
         is_about (observations, SD_OBSERVE_FAULT_RULED_OUT, fault);
}

static guint
fault_index (SdKnowledge *knowledge,
             const char  *id)
{
  for (guint f = 0; f < sd_knowledge_get_n_faults (knowledge); f++)
    if (g_strcmp0 (sd_knowledge_get_fault (knowledge, f)->id, id) == 0)
      return f;

  fail_msg ("no fault “%s”", id);
  return 0;
}

/* Checks that each thing the path found moved the diagnosis its way. */
static void
check_moved (SdProcedure *procedure,
             SdSession   *session,
             GPtrArray   *observations,
             SdOutcome    outcome,
             const double *before)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  const char *id = sd_procedure_get_id (procedure);

  for (guint i = 0; i < observations->len; i++)
    {
      const SdObservation *observation = g_ptr_array_index (observations, i);
      const char *ref = observation->ref;
      const SdFault *fault = sd_knowledge_lookup_fault (knowledge, ref);
      const SdAdvice *advice = sd_diagnosis_get_advice (diagnosis);
      guint f;

      switch (observation->kind)
        {
        case SD_OBSERVE_FAULT_FOUND:
          f = fault_index (knowledge, ref);
          if (!(sd_diagnosis_get_probability (diagnosis, ref) > before[f]))
            fail_msg ("%s: found %s, but it went from %.4f to %.4f", id, ref, before[f],
                      sd_diagnosis_get_probability (diagnosis, ref));
          break;
        case SD_OBSERVE_FAULT_RULED_OUT:
          /* "Fixed" weighs its repairs too: then the case is closed anyway. */
          if (outcome == SD_OUTCOME_RESOLVED)
            break;
          f = fault_index (knowledge, ref);
          if (!(sd_diagnosis_get_probability (diagnosis, ref) < before[f]))
            fail_msg ("%s: ruled out %s, but it went from %.4f to %.4f", id, ref, before[f],
                      sd_diagnosis_get_probability (diagnosis, ref));
          break;
        case SD_OBSERVE_COMPONENT_OK:
          if (outcome == SD_OUTCOME_RESOLVED)
            break;
          for (f = 0; f < sd_knowledge_get_n_faults (knowledge); f++)
            {
              fault = sd_knowledge_get_fault (knowledge, f);
              if (g_strcmp0 (fault->component, ref) != 0 || names_fault (observations, fault->id))
                continue;
              if (!(sd_diagnosis_get_probability (diagnosis, fault->id) < before[f]))
                fail_msg ("%s: %s checked OK, but %s went from %.4f to %.4f", id, ref, fault->id,
                          before[f], sd_diagnosis_get_probability (diagnosis, fault->id));
            }
          break;
        case SD_OBSERVE_SYMPTOM_PRESENT:
        case SD_OBSERVE_SYMPTOM_ABSENT:
          /* Its answer, in the case too, and never asked again. */
          assert_int_equal (sd_diagnosis_get_answer (diagnosis, ref),
                            observation->kind == SD_OBSERVE_SYMPTOM_PRESENT ? SD_ANSWER_YES
                                                                            : SD_ANSWER_NO);
          assert_int_equal (sd_case_get_answer (sd_session_get_case (session), ref),
                            sd_diagnosis_get_answer (diagnosis, ref));
          if (advice->kind == SD_ADVICE_ASK)
            assert_string_not_equal (advice->symptom->id, ref);
          break;
        case SD_OBSERVE_CODE_READ:
        default:
          {
            const SdCode *code = sd_codes_lookup_id (sd_catalog_get_codes (catalog), ref);

            assert_non_null (code);
            assert_true (g_ptr_array_find_with_equal_func (sd_diagnosis_get_codes (diagnosis),
                                                           code->hex, g_str_equal, NULL));
          }
          break;
        }
    }

  /* A branch that found nothing and fixed nothing is no evidence: "no
   * scanner", "I have not been yet"; in every guide that says what its
   * branches find. */
  if (observations->len == 0 && outcome != SD_OUTCOME_RESOLVED && outcome != SD_OUTCOME_UNRESOLVED &&
      sd_procedure_has_observations (procedure))
    for (guint f = 0; f < sd_knowledge_get_n_faults (knowledge); f++)
      {
        const SdFault *fault = sd_knowledge_get_fault (knowledge, f);

        if (fabs (sd_diagnosis_get_probability (diagnosis, fault->id) - before[f]) > 1e-9)
          fail_msg ("%s: a branch that found nothing moved %s from %.4f to %.4f", id, fault->id,
                    before[f], sd_diagnosis_get_probability (diagnosis, fault->id));
      }
}

/* Replays @walk's moves on a new run, then finishes it and checks the moves. */
static void
replay_and_check (SdProcedure *procedure,
                  SdSession   *session,
                  Walk        *walk)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autofree double *before = g_new0 (double, sd_knowledge_get_n_faults (knowledge));
  g_autoptr(GPtrArray) observations = g_ptr_array_new ();
  SdOutcome outcome;
  SdRun *run;

  sd_session_new_case (session);
  for (guint f = 0; f < sd_knowledge_get_n_faults (knowledge); f++)
    before[f] = sd_diagnosis_get_probability (sd_session_get_diagnosis (session),
                                              sd_knowledge_get_fault (knowledge, f)->id);

  run = sd_session_start_run (session, procedure);
  for (guint i = 0; i < walk->moves->len; i++)
    assert_true (play (run, g_array_index (walk->moves, int, i)));
  assert_true (sd_run_is_finished (run));
  g_ptr_array_extend (observations, sd_run_get_observations (run), NULL, NULL);
  outcome = sd_run_get_outcome (run);
  assert_true (sd_session_finish_run (session));

  check_moved (procedure, session, observations, outcome, before);
  walk->n_paths++;
  if (observations->len > 0)
    walk->n_observed++;
}

/* Every way through the guide without going round a loop. */
static void
walk_from (SdProcedure *procedure,
           SdSession   *session,
           int          index,
           gboolean    *on_path,
           Walk        *walk)
{
  const SdStep *step = sd_procedure_get_step (procedure, (guint) index);
  int move;

  if (on_path[index])
    return;
  on_path[index] = TRUE;

  switch (step->kind)
    {
    case SD_STEP_QUESTION:
    case SD_STEP_RING_CHECK:
      for (guint i = 0; i < step->choices->len; i++)
        {
          const SdChoice *choice = g_ptr_array_index (step->choices, i);

          move = (int) i;
          g_array_append_val (walk->moves, move);
          if (choice->outcome != SD_OUTCOME_NONE)
            replay_and_check (procedure, session, walk);
          else
            walk_from (procedure, session, choice->target, on_path, walk);
          g_array_set_size (walk->moves, walk->moves->len - 1);
        }
      break;
    case SD_STEP_CHECKLIST:
      for (int i = -1; i < (int) step->items->len; i++)
        {
          const SdItem *item = i >= 0 ? g_ptr_array_index (step->items, i) : NULL;

          /* "Not OK" on an item that neither branches nor finds is as "OK". */
          if (item != NULL && item->not_ok < 0 && item->observations->len == 0)
            continue;
          g_array_append_val (walk->moves, i);
          walk_from (procedure, session, item != NULL && item->not_ok >= 0 ? item->not_ok : step->next,
                     on_path, walk);
          g_array_set_size (walk->moves, walk->moves->len - 1);
        }
      break;
    case SD_STEP_OUTCOME:
      replay_and_check (procedure, session, walk);
      break;
    case SD_STEP_INSTRUCTION:
    case SD_STEP_HOLD:
    case SD_STEP_WAIT:
    default:
      move = 0;
      g_array_append_val (walk->moves, move);
      walk_from (procedure, session, step->next, on_path, walk);
      g_array_set_size (walk->moves, walk->moves->len - 1);
      break;
    }

  on_path[index] = FALSE;
}

static gboolean
tests_something (SdProcedure *procedure)
{
  GPtrArray *effects = sd_procedure_get_effects (procedure);

  for (guint i = 0; i < effects->len; i++)
    if (!((SdEffect *) g_ptr_array_index (effects, i))->fixes)
      return TRUE;

  return FALSE;
}

static void
test_every_branch_moves_the_diagnosis_its_way (void **state)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  g_autofree char *dir = NULL;
  g_autoptr(SdSession) session = new_session (&dir);
  guint observed = 0;

  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, p);
      g_autofree gboolean *on_path = g_new0 (gboolean, sd_procedure_get_n_steps (procedure));
      Walk walk = { g_array_new (FALSE, FALSE, sizeof (int)), 0, 0 };

      walk_from (procedure, session, 0, on_path, &walk);
      assert_true (walk.n_paths > 0);
      /* Every guide that tests something (fibre-inspect is helper V's) says
       * what some branch finds. */
      if (g_strcmp0 (sd_procedure_get_id (procedure), "fibre-inspect") != 0 &&
          tests_something (procedure) && walk.n_observed == 0)
        fail_msg ("%s: no branch says what it found", sd_procedure_get_id (procedure));
      observed += walk.n_observed;
      g_array_unref (walk.moves);
    }

  assert_true (observed > 20);
  sd_test_rm_rf (dir);
}

/* Every shipped guide (fibre-inspect is helper V's) says why a workshop is
 * needed, and which guide follows a cause found. */
static void
test_outcomes_say_why_and_what_next (void **state)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);

  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, p);

      if (g_strcmp0 (sd_procedure_get_id (procedure), "fibre-inspect") == 0)
        continue;
      for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
        {
          const SdStep *step = sd_procedure_get_step (procedure, i);

          if (step->kind != SD_STEP_OUTCOME)
            continue;
          if (step->result == SD_OUTCOME_WORKSHOP && step->because.msgid == NULL)
            fail_msg ("%s: outcome “%s” does not say why a workshop is needed",
                      sd_procedure_get_id (procedure), step->id);
          if (step->result == SD_OUTCOME_FOUND &&
              (step->next_guide == NULL ||
               sd_catalog_lookup_procedure (catalog, step->next_guide) == NULL))
            fail_msg ("%s: outcome “%s” does not name the guide that follows",
                      sd_procedure_get_id (procedure), step->id);
        }
    }
}

/* Chooses the choice of the current question whose label starts with @label. */
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

/* The scanner read inside the guide is an answer and a code at once: Diagnose
 * does not ask it again, and the finding is a reason of the cause. */
static void
test_scanner_read_is_not_asked_again (void **state)
{
  g_autofree char *dir = NULL;
  g_autoptr(SdSession) session = new_session (&dir);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  SdRun *run;
  double before = sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn");
  g_autoptr(GArray) reasons = NULL;
  gboolean found = FALSE;

  run = sd_session_start_run (session, sd_catalog_lookup_procedure (catalog, "emergency-battery"));
  sd_run_go_next (run);
  choose (run, "It has been replaced");
  choose (run, "Yes");
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "has-scanner"), SD_ANSWER_YES);
  sd_run_go_next (run);
  choose (run, "B7F341");

  /* At once, before the run is finished. */
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "scanner-emergency-battery-code"),
                    SD_ANSWER_YES);
  assert_true (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn") > before);
  assert_true (sd_diagnosis_get_advice (diagnosis)->kind != SD_ADVICE_ASK ||
               g_strcmp0 (sd_diagnosis_get_advice (diagnosis)->symptom->id,
                          "scanner-emergency-battery-code") != 0);
  assert_true (g_ptr_array_find_with_equal_func (sd_diagnosis_get_codes (diagnosis), "B7F341",
                                                 g_str_equal, NULL));

  reasons = sd_diagnosis_dup_reasons (diagnosis, 0);
  assert_string_equal (sd_diagnosis_get_cause (diagnosis, 0)->fault->id, "emergency-battery-worn");
  for (guint i = 0; i < reasons->len; i++)
    {
      const SdReason *reason = &g_array_index (reasons, SdReason, i);
      g_autofree char *text = sd_reason_describe (reason, sd_catalog_get_knowledge (catalog),
                                                  diagnosis);

      if (g_str_has_prefix (text, "Found in “Check the emergency call backup battery”: "))
        found = TRUE;
    }
  assert_true (found);

  /* Going back takes the answer back. */
  assert_true (sd_run_go_back (run));
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "scanner-emergency-battery-code"),
                    SD_ANSWER_UNKNOWN);
  assert_false (g_ptr_array_find_with_equal_func (sd_diagnosis_get_codes (diagnosis), "B7F341",
                                                  g_str_equal, NULL));
  sd_test_rm_rf (dir);
}

/* "No sound from any source" is any ring break: it does not conclude a faulty amplifier. */
static void
test_no_sound_is_not_the_amplifier (void **state)
{
  g_autofree char *dir = NULL;
  g_autoptr(SdSession) session = new_session (&dir);
  SdRun *run;

  run = sd_session_start_run (session, sd_catalog_lookup_procedure (catalog, "amplifier-check"));
  choose (run, "No");
  sd_run_go_next (run);
  for (guint i = 0; i < sd_run_get_step (run)->items->len; i++)
    sd_run_set_item_answer (run, i, SD_ITEM_OK);
  assert_true (sd_run_go_next (run));
  sd_run_go_next (run);
  choose (run, "No sound at all");
  assert_true (sd_run_is_finished (run));
  assert_int_equal (sd_run_get_outcome (run), SD_OUTCOME_UNRESOLVED);
  assert_false (is_about (sd_run_get_observations (run), SD_OBSERVE_FAULT_FOUND,
                          "amplifier-defective"));
  assert_true (is_about (sd_run_get_observations (run), SD_OBSERVE_SYMPTOM_PRESENT,
                         "radio-no-sound"));
  sd_test_rm_rf (dir);
}

/* What a run found survives quitting, during the run and after it. */
static void
test_findings_survive_restart (void **state)
{
  g_autofree char *dir = NULL;
  g_autoptr(SdSession) first = new_session (&dir);
  g_autoptr(SdSession) second = NULL;
  g_autoptr(SdSession) third = NULL;
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autofree char *log = NULL;
  SdRun *run;
  double during, after;

  run = sd_session_start_run (first, sd_catalog_lookup_procedure (catalog, "fuse-check"));
  while (sd_run_get_step (run)->kind != SD_STEP_QUESTION)
    {
      sd_run_acknowledge (run);
      assert_true (sd_run_go_next (run));
    }
  choose (run, "Yes, at least one is blown");
  during = sd_diagnosis_get_probability (sd_session_get_diagnosis (first), "wiring-fault");
  assert_int_equal (sd_run_get_observations (run)->len, 1);
  sd_session_flush (first);

  second = sd_session_new (catalog, path);
  run = sd_session_get_run (second);
  assert_non_null (run);
  assert_int_equal (sd_run_get_observations (run)->len, 1);
  assert_true (fabs (sd_diagnosis_get_probability (sd_session_get_diagnosis (second), "wiring-fault")
                     - during) < 1e-12);

  /* Finished, what it found stays in the case, and in the repair log. */
  while (!sd_run_is_finished (run))
    {
      sd_run_acknowledge (run);
      if (sd_run_get_step (run)->kind == SD_STEP_QUESTION)
        choose (run, "No,");
      else
        assert_true (sd_run_go_next (run));
    }
  assert_true (sd_session_finish_run (second));
  after = sd_diagnosis_get_probability (sd_session_get_diagnosis (second), "wiring-fault");
  assert_int_equal (sd_case_get_n_findings (sd_session_get_case (second)), 1);
  sd_session_flush (second);

  third = sd_session_new (catalog, path);
  assert_int_equal (sd_case_get_n_findings (sd_session_get_case (third)), 1);
  assert_string_equal (sd_case_get_finding (sd_session_get_case (third), 0)->text, "a blown fuse");
  assert_true (fabs (sd_diagnosis_get_probability (sd_session_get_diagnosis (third), "wiring-fault")
                     - after) < 1e-12);
  log = sd_session_dup_repair_log (third);
  assert_non_null (strstr (log, "Found in “Check the fuses and plugs”: a blown fuse"));
  sd_test_rm_rf (dir);
}

static const char *procedure_head =
  "<?xml version=\"1.0\"?>\n"
  "<procedure id=\"p\" version=\"1\" minutes=\"5\" difficulty=\"easy\">\n"
  "  <title>P</title><summary>S</summary>\n"
  "  <concerns component=\"amplifier\"/>\n"
  "  <steps>\n";

static SdProcedure *
read_procedure (const char *steps,
                GPtrArray  *problems)
{
  g_autofree char *xml = g_strconcat (procedure_head, steps, "  </steps>\n</procedure>\n", NULL);
  xmlDoc *doc = sd_test_parse (xml, "p.xml", problems);
  SdProcedure *procedure;

  assert_non_null (doc);
  procedure = sd_procedure_new_from_document (doc, "p.xml", problems);
  xmlFreeDoc (doc);

  return procedure;
}

static void
test_bad_refs_give_file_and_line (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure =
    read_procedure ("    <question id=\"q\"><title>Q</title>\n"
                    "      <choice goto=\"end\"><label>A</label>\n"
                    "        <observe kind=\"fault-found\" ref=\"no-such-fault\"/></choice>\n"
                    "      <choice goto=\"end\"><label>B</label>\n"
                    "        <observe kind=\"symptom-absent\" ref=\"no-such-symptom\"/>\n"
                    "        <observe kind=\"code-read\" ref=\"no-such-code\"/></choice>\n"
                    "    </question>\n"
                    "    <outcome id=\"end\" result=\"not-found\"><title>E</title><text>T</text>\n"
                    "      <observe kind=\"component-ok\" ref=\"no-such-component\"/></outcome>\n",
                    problems);

  assert_non_null (procedure);
  assert_false (sd_procedure_check_references (procedure, sd_catalog_get_knowledge (catalog),
                                               problems));
  assert_false (sd_procedure_check_codes (procedure, sd_catalog_get_codes (catalog), problems));
  sd_test_assert_problem (problems, 8, "names fault “no-such-fault”");
  sd_test_assert_problem (problems, 10, "names symptom “no-such-symptom”");
  sd_test_assert_problem (problems, 14, "names component “no-such-component”");
  sd_test_assert_problem (problems, 11, "names code “no-such-code”");
}

static void
test_old_and_new_results_load (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure =
    read_procedure ("    <question id=\"q\"><title>Q</title>\n"
                    "      <choice outcome=\"resolved\">Old fixed</choice>\n"
                    "      <choice outcome=\"not-found\">New not found</choice>\n"
                    "      <choice goto=\"a\">A</choice><choice goto=\"b\">B</choice>\n"
                    "      <choice goto=\"c\">C</choice><choice goto=\"d\">D</choice>\n"
                    "    </question>\n"
                    "    <outcome id=\"a\" result=\"unresolved\"><title>A</title><text>T</text></outcome>\n"
                    "    <outcome id=\"b\" result=\"fixed\"><title>B</title><text>T</text></outcome>\n"
                    "    <outcome id=\"c\" result=\"found\" next=\"fuse-check\"><title>C</title><text>T</text>\n"
                    "      <observe kind=\"fault-found\" ref=\"amplifier-defective\">it</observe></outcome>\n"
                    "    <outcome id=\"d\" result=\"workshop\"><title>D</title><text>T</text>\n"
                    "      <because>Why</because></outcome>\n",
                    problems);
  const SdStep *question;

  assert_non_null (procedure);
  question = sd_procedure_get_step (procedure, 0);
  assert_int_equal (((SdChoice *) g_ptr_array_index (question->choices, 0))->outcome,
                    SD_OUTCOME_RESOLVED);
  assert_int_equal (((SdChoice *) g_ptr_array_index (question->choices, 1))->outcome,
                    SD_OUTCOME_UNRESOLVED);
  assert_int_equal (sd_procedure_get_step (procedure, 1)->result, SD_OUTCOME_UNRESOLVED);
  assert_int_equal (sd_procedure_get_step (procedure, 2)->result, SD_OUTCOME_RESOLVED);
  assert_int_equal (sd_procedure_get_step (procedure, 3)->result, SD_OUTCOME_FOUND);
  assert_string_equal (sd_procedure_get_step (procedure, 3)->next_guide, "fuse-check");
  assert_int_equal (sd_procedure_get_step (procedure, 3)->observations->len, 1);
  assert_string_equal (sd_procedure_get_step (procedure, 4)->because.msgid, "Why");
  assert_true (sd_procedure_has_observations (procedure));
}

/* "Not OK" branches; an item only a workshop can check is no gate. */
static void
test_checklist_not_ok_branches (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdProcedure) procedure =
    read_procedure ("    <checklist id=\"k\"><title>K</title>\n"
                    "      <item>Plain</item>\n"
                    "      <item><label>Branches</label><not-ok goto=\"bad\">\n"
                    "        <observe kind=\"fault-found\" ref=\"amplifier-defective\"/></not-ok></item>\n"
                    "      <item where=\"workshop\">Shop only</item>\n"
                    "    </checklist>\n"
                    "    <outcome id=\"good\" result=\"fixed\"><title>G</title><text>T</text></outcome>\n"
                    "    <outcome id=\"bad\" result=\"found\"><title>B</title><text>T</text></outcome>\n",
                    problems);
  g_autoptr(SdRun) run = NULL;
  const SdItem *item;

  assert_non_null (procedure);
  item = g_ptr_array_index (sd_procedure_get_step (procedure, 0)->items, 1);
  assert_string_equal (item->label.msgid, "Branches");
  /* The label keeps the item's own msgctxt, as the ITS rules extract it. */
  assert_string_equal (item->label.context, "p:k:item");
  assert_true (((SdItem *) g_ptr_array_index (sd_procedure_get_step (procedure, 0)->items, 2))->workshop);

  run = sd_run_new (procedure);
  sd_run_set_item_answer (run, 0, SD_ITEM_OK);
  assert_false (sd_run_can_go_next (run));
  sd_run_set_item_answer (run, 1, SD_ITEM_OK);
  /* The workshop's item is left unanswered. */
  assert_true (sd_run_can_go_next (run));
  sd_run_set_item_answer (run, 1, SD_ITEM_NOT_OK);
  assert_int_equal (sd_run_get_observations (run)->len, 0);
  assert_true (sd_run_go_next (run));
  assert_string_equal (sd_run_get_step (run)->id, "bad");
  assert_int_equal (sd_run_get_observations (run)->len, 1);
  assert_int_equal (sd_run_get_outcome (run), SD_OUTCOME_FOUND);

  /* Back: the answers are as they were left, and what "not OK" found is taken back. */
  assert_true (sd_run_go_back (run));
  assert_int_equal (sd_run_get_item_answer (run, 1), SD_ITEM_NOT_OK);
  assert_int_equal (sd_run_get_observations (run)->len, 0);
  sd_run_set_item_answer (run, 1, SD_ITEM_OK);
  assert_true (sd_run_go_next (run));
  assert_string_equal (sd_run_get_step (run)->id, "good");
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
    cmocka_unit_test (test_every_branch_moves_the_diagnosis_its_way),
    cmocka_unit_test (test_outcomes_say_why_and_what_next),
    cmocka_unit_test (test_scanner_read_is_not_asked_again),
    cmocka_unit_test (test_no_sound_is_not_the_amplifier),
    cmocka_unit_test (test_findings_survive_restart),
    cmocka_unit_test (test_bad_refs_give_file_and_line),
    cmocka_unit_test (test_old_and_new_results_load),
    cmocka_unit_test (test_checklist_not_ok_branches),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
