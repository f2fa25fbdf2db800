/* test-content.c: the shipped knowledge base and procedures keep the safety rules
 * of DESIGN.md and cover everything the source article names.
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These tests read the data through the engine, in English (the msgids), so a
 * change to a procedure file that breaks a rule fails here.
 */
#include "config.h"

#include "sd-catalog.h"
#include "sd-safety.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;

static int
load_catalog (void **state)
{
  catalog = sd_test_load_catalog ();

  return sd_catalog_get_problems (catalog)->len == 0 ? 0 : -1;
}

static int
free_catalog (void **state)
{
  g_clear_object (&catalog);

  return 0;
}

/* The safety rules live in the engine (sd-safety.c), which also holds a user
 * file that replaces a guide to them; these tests apply them to the shipped data. */

static SdProcedure *
procedure (const char *id)
{
  SdProcedure *found = sd_catalog_lookup_procedure (catalog, id);

  if (found == NULL)
    fail_msg ("no procedure “%s”", id);

  return found;
}

static void
test_sos_live_call_interlock (void **state)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  guint press_steps = 0;
  gboolean hold_found = FALSE;

  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, p);
      g_autofree gboolean *guarded = NULL;
      g_autofree gboolean *acknowledged = NULL;

      guarded = sd_safety_guarded_steps (proc, sd_safety_warns_of_live_call);
      acknowledged = sd_safety_guarded_steps (proc, sd_safety_acknowledges_live_call);

      for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
        {
          const SdStep *step = sd_procedure_get_step (proc, i);

          if (!sd_safety_presses_sos (step))
            continue;

          press_steps++;
          if (!guarded[i])
            fail_msg ("%s: step “%s” presses SOS without a danger caution before it that "
                      "says the call can be real and what to tell the operator",
                      sd_procedure_get_id (proc), step->id);
          if (!acknowledged[i])
            fail_msg ("%s: step “%s” presses SOS before the user has acknowledged, in a "
                      "question, that a real call may connect",
                      sd_procedure_get_id (proc), step->id);

          /* The press itself carries the caution, so the wizard asks for an
           * explicit acknowledgement right before it. */
          if (step->kind == SD_STEP_HOLD)
            {
              hold_found = TRUE;
              assert_true (sd_safety_warns_of_live_call (step));
            }
        }
    }

  assert_true (press_steps >= 1);
  assert_true (hold_found);

  /* The engine's check of a replacement says the same of every shipped guide. */
  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, p);
      g_autoptr(GPtrArray) problems = sd_problems_new ();

      if (!sd_safety_check_live_call (proc, problems))
        fail_msg ("%s", sd_problems_format (problems));
    }

  /* The reset itself is unverified folklore, and says so. */
  assert_true (sd_safety_matches (sd_procedure_get_summary (procedure ("sos-button-reset")),
                                 "unverified"));
  assert_true (sd_safety_has_caution (sd_procedure_get_cautions (procedure ("sos-button-reset")),
                            SD_SEVERITY_DANGER, "real emergency call", "operator"));
}

static void
test_only_the_satellite_tuner_is_bypassed (void **state)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  guint bypasses = 0;

  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, p);
      const char * const *components = sd_procedure_get_components (proc);

      for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
        {
          g_autofree char *text = sd_safety_dup_step_text (sd_procedure_get_step (proc, i));

          /* Any mention of bypassing the telematics unit is a warning against it. */
          if (sd_safety_matches (text, "bypass[^.]*(telematics|TCU)|(telematics|TCU)[^.]*bypass"))
            assert_true (sd_safety_matches (text, "never|disables|not the telematics"));
        }

      if (!sd_safety_matches (sd_procedure_get_id (proc), "bypass") &&
          !sd_safety_matches (sd_procedure_get_title (proc), "bypass"))
        continue;

      bypasses++;
      assert_true (g_strv_contains (components, "sdars"));
      assert_false (g_strv_contains (components, "tcu"));
      assert_true (sd_safety_has_caution (sd_procedure_get_cautions (proc), SD_SEVERITY_DANGER,
                                "bypass[^.]*(telematics|TCU)", "disables emergency calling"));
      assert_true (sd_safety_matches (sd_procedure_get_summary (proc), "only satellite radio"));
    }

  assert_int_equal (bypasses, 1);
}

static gboolean
asks_spliced_before (const SdStep *step)
{
  return step->kind == SD_STEP_QUESTION && sd_safety_matches (step->title.msgid, "spliced before");
}

static gboolean
ends_in_workshop (SdProcedure    *proc,
                  const SdChoice *choice)
{
  const SdStep *target;

  if (choice->outcome == SD_OUTCOME_WORKSHOP)
    return TRUE;
  if (choice->target < 0)
    return FALSE;

  target = sd_procedure_get_step (proc, choice->target);

  return target->kind == SD_STEP_OUTCOME && target->result == SD_OUTCOME_WORKSHOP;
}

static void
test_fibre_repair_limits (void **state)
{
  SdProcedure *splice = procedure ("fibre-splice");
  GPtrArray *cautions = sd_procedure_get_cautions (splice);
  g_autofree gboolean *guarded = sd_safety_guarded_steps (splice, asks_spliced_before);
  gboolean asked = FALSE;
  guint cutting_steps = 0;

  assert_true (sd_safety_has_caution (cautions, SD_SEVERITY_DANGER, "one splice per fibre", NULL));
  assert_true (sd_safety_has_caution (cautions, SD_SEVERITY_WARNING, "25 mm", "radius"));
  assert_true (sd_safety_has_caution (cautions, SD_SEVERITY_WARNING, "85 °C", "heat"));
  assert_true (sd_safety_has_caution (cautions, SD_SEVERITY_WARNING, "repair fibre", NULL));

  for (guint i = 0; i < sd_procedure_get_n_steps (splice); i++)
    {
      const SdStep *step = sd_procedure_get_step (splice, i);
      g_autofree char *text = sd_safety_dup_step_text (step);

      if (asks_spliced_before (step))
        {
          /* "Yes, it was spliced before" stops at a workshop. */
          for (guint j = 0; j < step->choices->len; j++)
            {
              const SdChoice *choice = g_ptr_array_index (step->choices, j);

              if (sd_safety_matches (choice->label.msgid, "^yes"))
                {
                  assert_true (ends_in_workshop (splice, choice));
                  asked = TRUE;
                }
            }
        }

      /* Nothing is cut before the question has been answered. */
      if (sd_safety_matches (text, "\\bcut\\b") && !asks_spliced_before (step))
        {
          cutting_steps++;
          if (!guarded[i])
            fail_msg ("step “%s” cuts the fibre before asking whether it was spliced before",
                      step->id);
        }
    }

  assert_true (asked);
  assert_true (cutting_steps >= 1);
}

static void
check_coding_text (const char *where,
                   const char *text,
                   guint      *count)
{
  if (!sd_safety_matches (text, "\\bcod(ed|ing)\\b|\\bcode\\b[^.]*\\b(away|out)\\b"))
    return;

  (*count)++;
  if (!sd_safety_matches (text, "hides?") || !sd_safety_matches (text, "not a fix"))
    fail_msg ("%s mentions coding without saying it hides a failed safety system and is "
              "not a fix: %s", where, text);
}

static void
test_coding_away_is_not_a_fix (void **state)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  guint count = 0;

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

      check_coding_text (fault->id, fault->explanation.msgid, &count);
    }

  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, p);
      GPtrArray *cautions = sd_procedure_get_cautions (proc);

      check_coding_text (sd_procedure_get_id (proc), sd_procedure_get_summary (proc), &count);
      for (guint i = 0; i < cautions->len; i++)
        check_coding_text (sd_procedure_get_id (proc),
                           ((SdCaution *) g_ptr_array_index (cautions, i))->text.msgid, &count);
      for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
        {
          const SdStep *step = sd_procedure_get_step (proc, i);

          for (guint j = 0; j < step->texts->len; j++)
            check_coding_text (step->id, ((SdText *) g_ptr_array_index (step->texts, j))->msgid,
                               &count);
          for (guint j = 0; j < step->cautions->len; j++)
            check_coding_text (step->id,
                               ((SdCaution *) g_ptr_array_index (step->cautions, j))->text.msgid,
                               &count);
        }
    }

  /* The article's remark is covered where the telephone box and the workshop
   * hand-over are explained. */
  assert_true (count >= 2);
}

static gboolean
can_end_in (SdProcedure *proc,
            SdOutcome    outcome)
{
  for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
    {
      const SdStep *step = sd_procedure_get_step (proc, i);

      if (step->kind == SD_STEP_OUTCOME && step->result == outcome)
        return TRUE;
      for (guint j = 0; j < step->choices->len; j++)
        if (((SdChoice *) g_ptr_array_index (step->choices, j))->outcome == outcome)
          return TRUE;
    }

  return FALSE;
}

static void
test_beyond_diy_ends_at_a_workshop (void **state)
{
  static const char *workshop_faults[] = {
    "tcu-failed", "telephone-box-broken", "crash-line-fault", "amplifier-defective", NULL
  };
  GListModel *procedures = sd_catalog_get_procedures (catalog);

  for (guint p = 0; p < g_list_model_get_n_items (procedures); p++)
    {
      g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, p);
      SdDifficulty difficulty = sd_procedure_get_difficulty (proc);
      GPtrArray *effects = sd_procedure_get_effects (proc);

      /* A way on when the fix does not work: never only "resolved". */
      if (!can_end_in (proc, SD_OUTCOME_UNRESOLVED) && !can_end_in (proc, SD_OUTCOME_WORKSHOP))
        fail_msg ("%s can only end as resolved", sd_procedure_get_id (proc));

      if (difficulty >= SD_DIFFICULTY_HARD && !can_end_in (proc, SD_OUTCOME_WORKSHOP))
        fail_msg ("%s is %s but never sends the user to a workshop", sd_procedure_get_id (proc),
                  sd_difficulty_to_string (difficulty));

      /* Replacing the telematics unit or amplifier, or airbag and crash-line
       * wiring, is only ever fixed by a workshop hand-over. */
      for (guint i = 0; i < effects->len; i++)
        {
          const SdEffect *effect = g_ptr_array_index (effects, i);

          if (effect->fixes && effect->chance >= 0.5 &&
              g_strv_contains (workshop_faults, effect->fault) &&
              difficulty != SD_DIFFICULTY_WORKSHOP)
            fail_msg ("%s fixes %s as a DIY job", sd_procedure_get_id (proc), effect->fault);
        }

      for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
        {
          const SdStep *step = sd_procedure_get_step (proc, i);
          g_autofree char *text = sd_safety_dup_step_text (step);

          if (step->kind == SD_STEP_OUTCOME && step->result == SD_OUTCOME_WORKSHOP &&
              !sd_safety_matches (text, "workshop|dealer|specialist"))
            fail_msg ("%s: workshop outcome “%s” does not say where to go",
                      sd_procedure_get_id (proc), step->id);
        }
    }

  assert_int_equal (sd_procedure_get_difficulty (procedure ("workshop-crash-line")),
                    SD_DIFFICULTY_WORKSHOP);
  assert_int_equal (sd_procedure_get_difficulty (procedure ("workshop-telematics")),
                    SD_DIFFICULTY_WORKSHOP);
  assert_int_equal (sd_procedure_get_difficulty (procedure ("workshop-amplifier")),
                    SD_DIFFICULTY_WORKSHOP);
}

static void
test_battery_disconnect_wait (void **state)
{
  SdProcedure *proc = procedure ("battery-disconnect");
  const SdStep *wait = NULL;
  g_autoptr(GString) all = g_string_new (sd_procedure_get_summary (proc));
  GPtrArray *cautions = sd_procedure_get_cautions (proc);

  for (guint i = 0; i < cautions->len; i++)
    g_string_append_printf (all, " %s", ((SdCaution *) g_ptr_array_index (cautions, i))->text.msgid);
  for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
    {
      const SdStep *step = sd_procedure_get_step (proc, i);
      g_autofree char *text = sd_safety_dup_step_text (step);

      g_string_append_printf (all, " %s", text);
      if (step->kind == SD_STEP_WAIT)
        wait = step;
    }

  /* Twelve hours by default, shorter or longer at the user's choice. */
  assert_non_null (wait);
  assert_int_equal (wait->seconds, 12 * 60 * 60);
  assert_true (wait->min_seconds < wait->seconds);
  assert_true (wait->max_seconds > wait->seconds);

  /* Common practice, not a verified requirement; and what a disconnect resets. */
  assert_true (sd_safety_matches (all->str, "common practice"));
  assert_true (sd_safety_matches (all->str, "not a (verified|confirmed) requirement|not (verified|confirmed)"));
  assert_true (sd_safety_matches (all->str, "clock"));
  assert_true (sd_safety_matches (all->str, "radio (presets|stations)"));
  assert_true (sd_safety_matches (all->str, "window"));
}

static void
test_idrive_reboot_holds_30_seconds (void **state)
{
  SdProcedure *proc = procedure ("idrive-reboot");
  gboolean hold = FALSE;

  for (guint i = 0; i < sd_procedure_get_n_steps (proc); i++)
    {
      const SdStep *step = sd_procedure_get_step (proc, i);

      if (step->kind == SD_STEP_HOLD && step->seconds == 30 &&
          g_strcmp0 (step->component, "head-unit") == 0)
        hold = TRUE;
    }

  assert_true (hold);
}

static void
test_article_coverage (void **state)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  guint causes = 0, symptoms = 0, remedies = 0;
  /* Causes the reference adds to the article's, which must be in the data too. */
  static const char *added_faults[] = {
    "emergency-battery-worn", "crash-line-fault", "fibre-connector-unplugged",
    "over-temperature", "bluetooth-pairing-glitch",
  };

  assert_true (g_file_get_contents (TESTDATADIR "/article-coverage.txt", &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3)
        fail_msg ("article-coverage.txt: “%s” is not kind<TAB>item<TAB>id", lines[i]);

      if (g_strcmp0 (fields[0], "cause") == 0)
        {
          causes++;
          if (sd_knowledge_lookup_fault (knowledge, fields[2]) == NULL)
            fail_msg ("the article's cause “%s” has no fault “%s”", fields[1], fields[2]);
        }
      else if (g_strcmp0 (fields[0], "symptom") == 0)
        {
          symptoms++;
          if (sd_knowledge_lookup_symptom (knowledge, fields[2]) == NULL)
            fail_msg ("the article's symptom “%s” has no symptom “%s”", fields[1], fields[2]);
        }
      else if (g_strcmp0 (fields[0], "remedy") == 0)
        {
          remedies++;
          if (sd_catalog_lookup_procedure (catalog, fields[2]) == NULL)
            fail_msg ("the article's remedy “%s” has no procedure “%s”", fields[1], fields[2]);
        }
      else
        {
          fail_msg ("article-coverage.txt: unknown kind “%s”", fields[0]);
        }
    }

  /* The article names eight causes, eighteen symptoms and seventeen remedies. */
  assert_true (causes >= 8);
  assert_true (symptoms >= 18);
  assert_true (remedies >= 17);

  for (guint i = 0; i < G_N_ELEMENTS (added_faults); i++)
    assert_non_null (sd_knowledge_lookup_fault (knowledge, added_faults[i]));
}

static void
test_every_fault_has_a_remedy (void **state)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  GListModel *procedures = sd_catalog_get_procedures (catalog);

  for (guint f = 0; f < sd_knowledge_get_n_faults (knowledge); f++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, f);
      gboolean fixed = FALSE;

      for (guint p = 0; p < g_list_model_get_n_items (procedures) && !fixed; p++)
        {
          g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, p);
          GPtrArray *effects = sd_procedure_get_effects (proc);

          for (guint i = 0; i < effects->len; i++)
            {
              const SdEffect *effect = g_ptr_array_index (effects, i);

              if (effect->fixes && g_strcmp0 (effect->fault, fault->id) == 0)
                fixed = TRUE;
            }
        }

      if (!fixed)
        fail_msg ("no procedure fixes fault “%s”", fault->id);
    }
}


static gboolean
is_source_note (const char *text)
{
  return text != NULL && sd_safety_matches (text, "\\b(article|blog|forum)s?\\b");
}

/* Collects in @user_data (a GString) the texts that speak of their source. */
static void
check_no_source_notes (const SdText *text,
                       gpointer      user_data)
{
  if (is_source_note (text->msgid))
    g_string_append_printf (user_data, "  “%s”\n", text->msgid);
}

/* Every string of @path marked for translation: .ui properties and _() or
 * C_() calls, by a simple pattern that is enough for this check. */
static void
check_source_file (const char *path,
                   GString    *found)
{
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) pattern = g_regex_new ("translatable=\"yes\"[^>]*>([^<]*)<|"
                                           "\\b(?:_|C_|N_|ngettext)\\s*\\((?:\"[^\"]*\",\\s*)?"
                                           "\"((?:[^\"\\\\]|\\\\.)*)\"",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (g_regex_match (pattern, contents, 0, &match); g_match_info_matches (match);
       g_match_info_next (match, NULL))
    {
      g_autofree char *ui = g_match_info_fetch (match, 1);
      g_autofree char *code = g_match_info_fetch (match, 2);
      SdText text = { 0 };

      text.msgid = (ui != NULL && ui[0] != '\0') ? ui : code;
      check_no_source_notes (&text, found);
    }
}

static void
check_source_folder (const char *folder,
                     GString    *found)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n_files = 0;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".c") || g_str_has_suffix (name, ".ui"))
      {
        g_autofree char *path = g_build_filename (folder, name, NULL);

        check_source_file (path, found);
        n_files++;
      }
  assert_true (n_files > 0);
}

/* What is known is said in the project's own words ("owners report…", "BMW
 * does not document this"): no text a user reads speaks of the article, a blog
 * or a forum. Comments in the data may keep their source notes. */
static void
test_no_source_notes (void **state)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  g_autoptr(GString) found = g_string_new (NULL);

  /* The check itself finds one. */
  assert_true (is_source_note ("As the article says, hold it"));
  assert_true (is_source_note ("from an owner blog"));
  assert_false (is_source_note ("Owners report that this helps; BMW does not document it."));

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) proc = g_list_model_get_item (procedures, i);

      sd_procedure_foreach_text (proc, check_no_source_notes, found);
    }
  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);

      check_no_source_notes (&component->name, found);
      check_no_source_notes (&component->role, found);
      check_no_source_notes (&component->location, found);
    }
  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    {
      const SdFault *fault = sd_knowledge_get_fault (knowledge, i);

      check_no_source_notes (&fault->name, found);
      check_no_source_notes (&fault->explanation, found);
    }
  for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
    check_no_source_notes (&sd_knowledge_get_symptom (knowledge, i)->question, found);

  check_source_folder (SRCDIR "/app/gui", found);
  check_source_folder (SRCDIR "/app/engine", found);
  check_source_folder (SRCDIR "/ui", found);
  if (found->len > 0)
    fail_msg ("source notes in user-visible text:\n%s", found->str);
}

static const SdStep *
find_step (SdProcedure *proc,
           const char  *id)
{
  int index = sd_procedure_find_step (proc, id);

  if (index < 0)
    fail_msg ("%s: no step “%s”", sd_procedure_get_id (proc), id);

  return sd_procedure_get_step (proc, (guint) index);
}

/* A caution that concerns one step is on that step, where the wizard shows it:
 * the battery's negative terminal first and never bridged to the body, the
 * key outside the car. The whole guide's cautions stay on its overview. */
static void
test_cautions_on_their_step (void **state)
{
  SdProcedure *proc = procedure ("battery-disconnect");
  const SdStep *disconnect = find_step (proc, "disconnect-negative");

  assert_true (sd_safety_has_caution (disconnect->cautions, SD_SEVERITY_WARNING,
                                      "negative.*first",
                                      "never let a tool touch the positive terminal and the "
                                      "car body"));
  assert_true (sd_safety_has_caution (disconnect->cautions, SD_SEVERITY_WARNING, "key",
                                      "outside the car"));
  assert_false (sd_safety_has_caution (sd_procedure_get_cautions (proc), SD_SEVERITY_WARNING,
                                       "negative", NULL));
  assert_true (sd_safety_has_caution (sd_procedure_get_cautions (proc), SD_SEVERITY_WARNING,
                                      "clock", "radio"));
}

/* Time and difficulty as honest as the data can be: the battery disconnect
 * says its 12-hour wait apart from its work; the SOS reset, which may place a
 * real call, is not easy, and says why. */
static void
test_honest_time_and_difficulty (void **state)
{
  SdProcedure *battery = procedure ("battery-disconnect");
  SdProcedure *sos = procedure ("sos-button-reset");
  g_autofree char *battery_time = sd_procedure_format_time (battery);
  g_autofree char *reboot_time = sd_procedure_format_time (procedure ("idrive-reboot"));

  assert_true (sd_procedure_get_wait_seconds (battery) >= 12 * 60 * 60);
  assert_int_equal (sd_procedure_get_work_minutes (battery), sd_procedure_get_minutes (battery));
  assert_string_equal (battery_time, "About 45 minutes of work, then 12 h 10 min of waiting");
  /* A guide without a wait keeps its plain time. */
  assert_int_equal (sd_procedure_get_wait_seconds (procedure ("idrive-reboot")), 0);
  assert_string_equal (reboot_time, "About 5 minutes");

  assert_true (sd_procedure_get_difficulty (sos) >= SD_DIFFICULTY_MODERATE);
  assert_true (sd_safety_matches (sd_procedure_get_summary (sos), "moderate"));
  assert_true (sd_safety_matches (sd_procedure_get_summary (sos), "real emergency call"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_sos_live_call_interlock),
    cmocka_unit_test (test_only_the_satellite_tuner_is_bypassed),
    cmocka_unit_test (test_fibre_repair_limits),
    cmocka_unit_test (test_coding_away_is_not_a_fix),
    cmocka_unit_test (test_beyond_diy_ends_at_a_workshop),
    cmocka_unit_test (test_battery_disconnect_wait),
    cmocka_unit_test (test_idrive_reboot_holds_30_seconds),
    cmocka_unit_test (test_article_coverage),
    cmocka_unit_test (test_every_fault_has_a_remedy),
    cmocka_unit_test (test_no_source_notes),
    cmocka_unit_test (test_cautions_on_their_step),
    cmocka_unit_test (test_honest_time_and_difficulty),
  };

  return cmocka_run_group_tests (tests, load_catalog, free_catalog);
}
