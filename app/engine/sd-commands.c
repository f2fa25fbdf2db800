/* sd-commands.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless verbs of the command line, for scripts, tests and procedure
 * authors. Lists are one tab-separated record per line with the id first; texts
 * have no tabs or line breaks, because their white space is collapsed on load.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sd-commands-car.h"
#include "sd-commands-findings.h"
#include "sd-commands-ring.h"
#include "sd-commands.h"
#include "sd-enum-utils.h"
#include "sd-diagnosis.h"
#include "sd-problem.h"

/* How many causes --diagnose explains, and how many next steps it lists. */
#define EXPLAINED_CAUSES 3
#define LISTED_STEPS 5

static void
report_problems (GPtrArray  *problems,
                 const char *prefix,
                 GString    *err)
{
  for (guint i = 0; i < problems->len; i++)
    {
      g_autofree char *line = sd_problem_format (g_ptr_array_index (problems, i));

      g_string_append_printf (err, "%s%s\n", prefix, line);
    }
}

static void
list_procedures (SdCatalog *catalog,
                 GString   *out)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  guint n = g_list_model_get_n_items (procedures);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      g_string_append_printf (out, "%s\t%s\t%u\t%s\t%u\t%s\n",
                              sd_procedure_get_id (procedure),
                              sd_procedure_get_title (procedure),
                              sd_procedure_get_minutes (procedure),
                              sd_difficulty_to_string (sd_procedure_get_difficulty (procedure)),
                              sd_procedure_get_n_steps (procedure),
                              sd_procedure_get_source (procedure));
    }
}

static void
list_components (SdKnowledge *knowledge,
                 GString     *out)
{
  for (guint i = 0; i < sd_knowledge_get_n_components (knowledge); i++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, i);
      g_autofree char *ring = NULL;

      ring = component->ring_index >= 0 ? g_strdup_printf ("%d", component->ring_index + 1)
                                        : g_strdup ("-");
      g_string_append_printf (out, "%s\t%s\t%s\t%s\n",
                              component->id,
                              sd_text_get (&component->name),
                              ring,
                              sd_text_get (&component->location));
    }
}

static void
list_symptoms (SdKnowledge *knowledge,
               GString     *out)
{
  for (guint i = 0; i < sd_knowledge_get_n_symptoms (knowledge); i++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, i);

      g_string_append_printf (out, "%s\t%s\t%s\n",
                              symptom->id,
                              symptom->component != NULL ? symptom->component : "-",
                              sd_text_get (&symptom->question));
    }
}

/* Splits "a,b" arguments, given once or more, into ids. */
static GStrv
split_ids (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (args[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        {
          g_strstrip (parts[j]);
          if (parts[j][0] != '\0')
            g_strv_builder_add (builder, parts[j]);
        }
    }

  return g_strv_builder_end (builder);
}

/* Applies the options to @diagnosis; on a mistake, says what is wrong in @err. */
static gboolean
apply_observations (SdDiagnosis            *diagnosis,
                    const SdCommandOptions *options,
                    GString                *err)
{
  g_auto(GStrv) present = split_ids (options->present);
  g_auto(GStrv) absent = split_ids (options->absent);
  g_auto(GStrv) tried = split_ids (options->tried);

  for (guint i = 0; present[i] != NULL; i++)
    if (!sd_diagnosis_set_answer (diagnosis, present[i], SD_ANSWER_YES))
      {
        g_string_append_printf (err, _("Unknown symptom “%s” (see --list-symptoms)\n"), present[i]);
        return FALSE;
      }

  for (guint i = 0; absent[i] != NULL; i++)
    if (!sd_diagnosis_set_answer (diagnosis, absent[i], SD_ANSWER_NO))
      {
        g_string_append_printf (err, _("Unknown symptom “%s” (see --list-symptoms)\n"), absent[i]);
        return FALSE;
      }

  for (guint i = 0; tried[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (tried[i], "=", 2);
      SdOutcome outcome;

      if (pair[1] == NULL || !sd_outcome_from_string (pair[1], &outcome))
        {
          g_string_append_printf (err, _("--tried needs PROCEDURE=resolved, unresolved or "
                                         "workshop, not “%s”\n"), tried[i]);
          return FALSE;
        }
      if (!sd_diagnosis_set_tried (diagnosis, pair[0], outcome))
        {
          g_string_append_printf (err, _("Unknown procedure “%s” (see --list-procedures)\n"),
                                  pair[0]);
          return FALSE;
        }
    }

  if (options->skill != NULL && g_strcmp0 (options->skill, "diy") != 0)
    {
      if (g_strcmp0 (options->skill, "workshop") != 0)
        {
          g_string_append_printf (err, _("--skill is “diy” or “workshop”, not “%s”\n"),
                                  options->skill);
          return FALSE;
        }
      sd_diagnosis_set_skill (diagnosis, SD_SKILL_WORKSHOP);
    }

  return TRUE;
}

static void
print_diagnosis_text (SdDiagnosis *diagnosis,
                      SdKnowledge *knowledge,
                      SdCodes     *codes,
                      GString     *out)
{
  const SdAdvice *advice = sd_diagnosis_get_advice (diagnosis);

  sd_commands_car_print_text (diagnosis, codes, out);
  g_string_append_printf (out, "%s\n", _("Likely causes:"));
  for (guint r = 0; r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);

      /* What is not for the car is not ranked. */
      if (cause->fault != NULL && !sd_diagnosis_fault_applies (diagnosis, cause->fault->id))
        continue;
      g_string_append_printf (out, "%5.1f %%\t%s\t%s\t%s\n",
                              cause->probability * 100,
                              cause->fault != NULL ? cause->fault->id : "other",
                              cause->fault != NULL ? cause->fault->component : "-",
                              sd_cause_get_name (cause));
    }

  for (guint r = 0; r < EXPLAINED_CAUSES && r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      g_autoptr(GArray) reasons = sd_diagnosis_dup_reasons (diagnosis, r);

      if (reasons->len == 0)
        continue;

      /* Translators: a heading, then the reasons for a cause, one per line. */
      g_string_append_printf (out, "\n%s\n", sd_cause_get_name (sd_diagnosis_get_cause (diagnosis, r)));
      for (guint i = 0; i < reasons->len; i++)
        {
          g_autofree char *text = sd_reason_describe (&g_array_index (reasons, SdReason, i),
                                                      knowledge, diagnosis);

          g_string_append_printf (out, "  - %s\n", text);
        }
    }

  g_string_append_printf (out, "\n%s\n", _("Recommended next step:"));
  switch (advice->kind)
    {
    case SD_ADVICE_ASK:
      /* Translators: the kinds of advice in the --diagnose output: ask a
          question, do a guide, see a workshop, done. Short, lower case. */
      g_string_append_printf (out, "  %s\t%s\t%s\n", _("ask"), advice->symptom->id,
                              sd_text_get (&advice->symptom->question));
      break;
    case SD_ADVICE_DO:
      g_string_append_printf (out, "  %s\t%s\t%s\n", _("do"),
                              sd_procedure_get_id (advice->procedure),
                              sd_procedure_get_title (advice->procedure));
      break;
    case SD_ADVICE_WORKSHOP:
      g_string_append_printf (out, "  %s\t%s\n", _("see a workshop"),
                              advice->procedure != NULL ? sd_procedure_get_id (advice->procedure)
                                                        : "-");
      break;
    case SD_ADVICE_DONE:
    default:
      g_string_append_printf (out, "  %s\n", _("done"));
      break;
    }
  g_string_append_printf (out, "  %s\n", advice->reason);

  g_string_append_printf (out, "\n%s\n", _("Procedures by chance per minute:"));
  for (guint r = 0; r < LISTED_STEPS && r < sd_diagnosis_get_n_actions (diagnosis); r++)
    {
      const SdActionRank *rank = sd_diagnosis_get_action (diagnosis, r);

      g_string_append_printf (out, "  %s\t%.0f %%\t%.0f min\t%s%s\n",
                              sd_procedure_get_id (rank->procedure), rank->chance * 100,
                              rank->cost, sd_procedure_get_title (rank->procedure),
                              /* Translators: after a guide that is a job for a workshop. */
                              rank->allowed ? "" : _(" (workshop)"));
    }

  g_string_append_printf (out, "\n%s\n",
                          /* Translators: a heading of --diagnose's output. */
                          _("Questions, cheapest first (expected minutes of the whole repair "
                            "if asked next):"));
  for (guint r = 0; r < LISTED_STEPS && r < sd_diagnosis_get_n_questions (diagnosis); r++)
    {
      const SdQuestionRank *rank = sd_diagnosis_get_question (diagnosis, r);

      g_string_append_printf (out, "  %s\t%.0f min\t%.2f bit\t%s\n", rank->symptom->id,
                              rank->cost, rank->information,
                              sd_text_get (&rank->symptom->question));
    }
}

/* Adds "name": value, or "name": null without a value. */
static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_double_member (JsonBuilder *builder,
                   const char  *name,
                   double       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_double_value (builder, value);
}

static void
add_causes (JsonBuilder *builder,
            SdDiagnosis *diagnosis,
            SdKnowledge *knowledge)
{
  json_builder_set_member_name (builder, "causes");
  json_builder_begin_array (builder);
  for (guint r = 0; r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);
      g_autoptr(GArray) reasons = NULL;

      if (cause->fault != NULL && !sd_diagnosis_fault_applies (diagnosis, cause->fault->id))
        continue;
      reasons = sd_diagnosis_dup_reasons (diagnosis, r);
      json_builder_begin_object (builder);
      add_double_member (builder, "probability", cause->probability);
      add_string_member (builder, "fault", cause->fault != NULL ? cause->fault->id : "other");
      add_string_member (builder, "component",
                         cause->fault != NULL ? cause->fault->component : NULL);
      add_string_member (builder, "name", sd_cause_get_name (cause));

      json_builder_set_member_name (builder, "reasons");
      json_builder_begin_array (builder);
      for (guint i = 0; i < reasons->len; i++)
        {
          const SdReason *reason = &g_array_index (reasons, SdReason, i);
          g_autofree char *text = sd_reason_describe (reason, knowledge, diagnosis);
          gboolean symptom = reason->kind != SD_REASON_PROCEDURE;

          json_builder_begin_object (builder);
          add_string_member (builder,
                             reason->kind == SD_REASON_CODE ? "code"
                                                            : symptom ? "symptom" : "procedure",
                             reason->id);
          add_string_member (builder, "observed",
                             symptom ? sd_answer_to_string (reason->answer)
                                     : sd_outcome_to_string (reason->outcome));
          add_double_member (builder, "ratio", reason->ratio);
          add_string_member (builder, "text", text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);

      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_advice (JsonBuilder    *builder,
            const SdAdvice *advice)
{
  json_builder_set_member_name (builder, "advice");
  json_builder_begin_object (builder);
  add_string_member (builder, "kind", sd_enum_to_nick (SD_TYPE_ADVICE_KIND, advice->kind));
  add_string_member (builder, "symptom", advice->symptom != NULL ? advice->symptom->id : NULL);
  add_string_member (builder, "procedure",
                     advice->procedure != NULL ? sd_procedure_get_id (advice->procedure) : NULL);
  add_string_member (builder, "reason", advice->reason);
  add_double_member (builder, "expected_minutes", advice->expected_cost);
  json_builder_end_object (builder);
}

static void
add_procedures (JsonBuilder *builder,
                SdDiagnosis *diagnosis)
{
  json_builder_set_member_name (builder, "procedures");
  json_builder_begin_array (builder);
  for (guint r = 0; r < sd_diagnosis_get_n_actions (diagnosis); r++)
    {
      const SdActionRank *rank = sd_diagnosis_get_action (diagnosis, r);

      json_builder_begin_object (builder);
      add_string_member (builder, "id", sd_procedure_get_id (rank->procedure));
      add_double_member (builder, "chance", rank->chance);
      add_double_member (builder, "minutes", rank->cost);
      add_double_member (builder, "efficiency", rank->efficiency);
      json_builder_set_member_name (builder, "allowed");
      json_builder_add_boolean_value (builder, rank->allowed);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_questions (JsonBuilder *builder,
               SdDiagnosis *diagnosis)
{
  json_builder_set_member_name (builder, "questions");
  json_builder_begin_array (builder);
  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
    {
      const SdQuestionRank *rank = sd_diagnosis_get_question (diagnosis, r);

      json_builder_begin_object (builder);
      add_string_member (builder, "symptom", rank->symptom->id);
      add_double_member (builder, "information_bits", rank->information);
      add_double_member (builder, "yes_probability", rank->yes_probability);
      add_double_member (builder, "expected_minutes", rank->cost);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* The same figures as the text, complete and unrounded, for scripts. */
static void
print_diagnosis_json (SdDiagnosis *diagnosis,
                      SdKnowledge *knowledge,
                      SdCodes     *codes,
                      GString     *out)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  json_builder_begin_object (builder);
  add_causes (builder, diagnosis, knowledge);
  add_advice (builder, sd_diagnosis_get_advice (diagnosis));
  add_procedures (builder, diagnosis);
  add_questions (builder, diagnosis);
  sd_commands_car_add_json (builder, diagnosis, codes);
  json_builder_end_object (builder);

  sd_commands_append_json (builder, out);
}

static int
diagnose (SdCatalog              *catalog,
          const SdCommandOptions *options,
          GString                *out,
          GString                *err)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(SdDiagnosis) diagnosis = NULL;

  diagnosis = sd_diagnosis_new (knowledge, sd_catalog_get_procedures (catalog));
  if (!sd_commands_car_apply (catalog, diagnosis, options, err) ||
      !apply_observations (diagnosis, options, err) ||
      !sd_commands_apply_findings (catalog, diagnosis, options->findings, err))
    return 2;

  if (options->json)
    print_diagnosis_json (diagnosis, knowledge, sd_catalog_get_codes (catalog), out);
  else
    print_diagnosis_text (diagnosis, knowledge, sd_catalog_get_codes (catalog), out);

  return 0;
}

/**
 * sd_commands_run:
 * @catalog: a loaded catalog
 * @command: the verb
 * @options: (nullable): what the verb works on
 * @out: what goes to standard output
 * @err: what goes to standard error
 *
 * Returns: the exit status: 0 on success, 1 when a file is invalid, 2 on a usage error
 */
int
sd_commands_run (SdCatalog              *catalog,
                 SdCommand               command,
                 const SdCommandOptions *options,
                 GString                *out,
                 GString                *err)
{
  static const SdCommandOptions no_options = { NULL, };
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (SD_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (out != NULL && err != NULL, 2);

  if (options == NULL)
    options = &no_options;

  /* A skipped file is worth knowing about, but the listing still works; so is
   * a file that replaces a built-in guide or an earlier file's. */
  if (command != SD_COMMAND_VALIDATE)
    {
      /* Translators: before the message about a file that was not loaded. */
      report_problems (sd_catalog_get_problems (catalog), _("skipped: "), err);
      report_problems (sd_catalog_get_notices (catalog), "", err);
    }

  switch (command)
    {
    case SD_COMMAND_LIST_PROCEDURES:
      list_procedures (catalog, out);
      return 0;

    case SD_COMMAND_LIST_COMPONENTS:
      list_components (sd_catalog_get_knowledge (catalog), out);
      return 0;

    case SD_COMMAND_LIST_SYMPTOMS:
      list_symptoms (sd_catalog_get_knowledge (catalog), out);
      return 0;

    case SD_COMMAND_DIAGNOSE:
      return diagnose (catalog, options, out, err);

    case SD_COMMAND_LIST_CARS:
      sd_commands_list_cars (catalog, out);
      return 0;

    case SD_COMMAND_LIST_CODES:
      sd_commands_list_codes (catalog, out);
      return 0;

    case SD_COMMAND_RING_PLAN:
      return sd_commands_ring_plan (catalog, options, out, err);

    case SD_COMMAND_VALIDATE:
      if (options->files == NULL || options->files[0] == NULL)
        {
          g_string_append_printf (err, "%s\n", _("--validate needs at least one file"));
          return 2;
        }

      problems = sd_problems_new ();
      if (sd_catalog_validate_files (catalog, options->files, problems))
        return 0;

      report_problems (problems, "", err);
      return 1;

    default:
      g_return_val_if_reached (2);
    }
}
