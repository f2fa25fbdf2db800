/* sd-commands.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The headless verbs of the command line, for scripts, tests and procedure
 * authors. Lists are one tab-separated record per line with the id first; texts
 * have no tabs or line breaks, because their white space is collapsed on load.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-commands.h"
#include "sd-problem.h"

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

/**
 * sd_commands_run:
 * @catalog: a loaded catalog
 * @command: the verb
 * @files: (nullable): the files for %SD_COMMAND_VALIDATE
 * @out: what goes to standard output
 * @err: what goes to standard error
 *
 * Returns: the exit status: 0 on success, 1 when a file is invalid, 2 on a usage error
 */
int
sd_commands_run (SdCatalog          *catalog,
                 SdCommand           command,
                 const char * const *files,
                 GString            *out,
                 GString            *err)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (SD_IS_CATALOG (catalog), 2);
  g_return_val_if_fail (out != NULL && err != NULL, 2);

  /* A skipped file is worth knowing about, but the listing still works. */
  if (command != SD_COMMAND_VALIDATE)
    report_problems (sd_catalog_get_problems (catalog), _("skipped: "), err);

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

    case SD_COMMAND_VALIDATE:
      if (files == NULL || files[0] == NULL)
        {
          g_string_append_printf (err, "%s\n", _("--validate needs at least one file"));
          return 2;
        }

      problems = sd_problems_new ();
      if (sd_catalog_validate_files (catalog, files, problems))
        return 0;

      report_problems (problems, "", err);
      return 1;

    default:
      g_return_val_if_reached (2);
    }
}
