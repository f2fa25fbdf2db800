/* fuzz-knowledge.c: libFuzzer harness for the knowledge loader
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Arbitrary bytes through everything a knowledge file goes through in the
 * catalog: the safe parse, schema validation, the strict number check, and
 * adding it, all or nothing, on top of the built-in knowledge base. A file that
 * is refused must leave the knowledge base exactly as it was.
 */
#include "config.h"

#include <stdint.h>

#include "sd-catalog.h"
#include "sd-diagnosis.h"
#include "sd-problem.h"
#include "sd-xml.h"

static xmlDoc *builtin_doc;
static guint builtin_faults;
static guint builtin_components;
static guint builtin_symptoms;
static guint builtin_ring;

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();
  SdXmlKind kind;

  sd_xml_init ();
  file = g_file_new_for_uri ("resource://" RESOURCE_BASE "/knowledge/sos-doctor.xml");
  builtin_doc = sd_xml_load_builtin (file, "sos-doctor.xml", &kind, NULL);
  g_assert (builtin_doc != NULL);
  g_assert (sd_knowledge_add_document_checked (knowledge, builtin_doc, "sos-doctor.xml",
                                               NULL, NULL));
  builtin_faults = sd_knowledge_get_n_faults (knowledge);
  builtin_components = sd_knowledge_get_n_components (knowledge);
  builtin_symptoms = sd_knowledge_get_n_symptoms (knowledge);
  builtin_ring = sd_knowledge_get_n_ring_members (knowledge);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GPtrArray) notices = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;
  g_autoptr(SdKnowledge) knowledge = NULL;
  g_autofree char *text = NULL;
  SdXmlKind kind = SD_XML_KIND_UNKNOWN;

  doc = sd_xml_load_bytes (bytes, "fuzz.xml", &kind, problems);
  if (doc == NULL || kind != SD_XML_KIND_KNOWLEDGE)
    goto out;

  knowledge = sd_knowledge_new ();
  sd_knowledge_add_document_checked (knowledge, builtin_doc, "sos-doctor.xml", NULL, NULL);

  if (sd_knowledge_add_document_checked (knowledge, doc, "fuzz.xml", problems, notices))
    {
      /* What was added is used: rank the faults with it. */
      g_autoptr(GListStore) no_procedures = g_list_store_new (SD_TYPE_PROCEDURE);
      g_autoptr(SdDiagnosis) diagnosis = NULL;

      diagnosis = sd_diagnosis_new (knowledge, G_LIST_MODEL (no_procedures));

      for (guint i = 0; i < sd_diagnosis_get_n_causes (diagnosis); i++)
        (void) sd_cause_get_name (sd_diagnosis_get_cause (diagnosis, i));
    }
  else if (sd_knowledge_get_n_faults (knowledge) != builtin_faults ||
           sd_knowledge_get_n_components (knowledge) != builtin_components ||
           sd_knowledge_get_n_symptoms (knowledge) != builtin_symptoms ||
           sd_knowledge_get_n_ring_members (knowledge) != builtin_ring ||
           notices->len != 0 || !sd_knowledge_check (knowledge, NULL))
    {
      /* A refused file left something behind. */
      __builtin_trap ();
    }

out:
  sd_problems_cap (problems, 0, SD_PROBLEMS_MAX_PER_FILE);
  if (problems->len > SD_PROBLEMS_MAX_PER_FILE + 1)
    __builtin_trap ();
  text = sd_problems_format (problems);

  return 0;
}
