/* fuzz-loader.c: libFuzzer harness for the data-file loader
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes through everything a data file goes through: the safe
 * parse, schema validation, and the procedure or knowledge semantic checks,
 * including references against the built-in knowledge base.
 */
#include "config.h"

#include <stdint.h>

#include "sd-catalog.h"
#include "sd-problem.h"
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

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;
  g_autofree char *text = NULL;
  SdXmlKind kind = SD_XML_KIND_UNKNOWN;

  doc = sd_xml_load_bytes (bytes, "fuzz.xml", &kind, problems);

  if (doc != NULL && kind == SD_XML_KIND_PROCEDURE)
    {
      g_autoptr(SdProcedure) procedure = NULL;

      procedure = sd_procedure_new_from_document (doc, "fuzz.xml", problems);
      if (procedure != NULL)
        {
          sd_procedure_check_references (procedure, sd_catalog_get_knowledge (catalog), problems);
          for (guint i = 0; i < sd_procedure_get_n_steps (procedure); i++)
            (void) sd_text_get (&sd_procedure_get_step (procedure, i)->title);
        }
    }
  else if (doc != NULL && kind == SD_XML_KIND_KNOWLEDGE)
    {
      g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();

      if (sd_knowledge_add_document (knowledge, doc, "fuzz.xml", problems, problems))
        sd_knowledge_check (knowledge, problems);
    }

  /* Every problem must be printable. */
  text = sd_problems_format (problems);

  return 0;
}
