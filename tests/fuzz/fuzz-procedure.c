/* fuzz-procedure.c: libFuzzer harness for the procedure loader
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arbitrary bytes through everything a procedure file goes through in the
 * catalog: the safe parse, schema validation, the strict number check, the
 * procedure's own checks, its references to the built-in knowledge base, the
 * safety checks of a replacement of the built-in guide with its id, and the
 * cap on messages.
 */
#include "config.h"

#include <stdint.h>

#include "sd-catalog.h"
#include "sd-finding.h"
#include "sd-problem.h"
#include "sd-safety.h"
#include "sd-xml.h"

static SdCatalog *catalog;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  catalog = sd_catalog_new ();
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);

  return 0;
}

static void
read_texts (const SdText *text,
            gpointer      user_data)
{
  (void) sd_text_get (text);
}

static void
read_list (GPtrArray *observations)
{
  for (guint i = 0; observations != NULL && i < observations->len; i++)
    g_free (sd_observation_dup_text (g_ptr_array_index (observations, i),
                                     sd_catalog_get_knowledge (catalog),
                                     sd_catalog_get_codes (catalog)));
}

static void
read_observations (SdProcedure *procedure)
{
  for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
    {
      const SdStep *step = sd_procedure_get_step (procedure, i);

      read_list (step->observations);
      for (guint j = 0; j < step->choices->len; j++)
        read_list (((SdChoice *) g_ptr_array_index (step->choices, j))->observations);
      for (guint j = 0; j < step->items->len; j++)
        read_list (((SdItem *) g_ptr_array_index (step->items, j))->observations);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(SdProcedure) procedure = NULL;
  g_autofree char *text = NULL;
  SdXmlKind kind = SD_XML_KIND_UNKNOWN;
  SdProcedure *builtin;

  doc = sd_xml_load_bytes (bytes, "fuzz.xml", &kind, problems);
  if (doc != NULL && kind == SD_XML_KIND_PROCEDURE)
    procedure = sd_procedure_new_from_document (doc, "fuzz.xml", problems);

  if (procedure != NULL &&
      sd_procedure_check_references (procedure, sd_catalog_get_knowledge (catalog), problems))
    {
      sd_procedure_foreach_text (procedure, read_texts, NULL);
      /* What its branches find (issue 12): the code refs, and each text. */
      sd_procedure_check_codes (procedure, sd_catalog_get_codes (catalog), problems);
      read_observations (procedure);
      sd_safety_check_live_call (procedure, problems);
      builtin = sd_catalog_lookup_procedure (catalog, sd_procedure_get_id (procedure));
      if (builtin != NULL)
        sd_safety_check_replacement (procedure, builtin, problems);
    }

  /* Every file ends with at most SD_PROBLEMS_MAX_PER_FILE + 1 lines, each printable. */
  sd_problems_cap (problems, 0, SD_PROBLEMS_MAX_PER_FILE);
  if (problems->len > SD_PROBLEMS_MAX_PER_FILE + 1)
    __builtin_trap ();
  text = sd_problems_format (problems);

  return 0;
}
