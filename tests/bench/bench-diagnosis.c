/* bench-diagnosis.c: how long one new answer takes to re-rank, explain and advise
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a knowledge base of 1,000 faults, 300 symptoms (each naming 20
 * faults) and 200 procedures (each fixing 5 and testing 3 faults), then times
 * the work the app does after each answer: the ranking, the reasons for the
 * three top causes, the next steps and the advice. Prints the time per update
 * and its share of a 16.7 ms frame (target: under 2 %).
 *
 *   _build/tests/bench-diagnosis [UPDATES]
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "sd-diagnosis.h"
#include "sd-problem.h"
#include "sd-xml.h"

#define N_COMPONENTS 50
#define N_FAULTS 1000
#define N_SYMPTOMS 300
#define N_PROCEDURES 200
#define LINKS_PER_SYMPTOM 20
#define FIXES_PER_PROCEDURE 5
#define TESTS_PER_PROCEDURE 3
#define FRAME_MS 16.7
#define TARGET_PERCENT 2.0

static xmlDoc *
parse (const char *xml)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  xmlDoc *doc = sd_xml_load_bytes (bytes, "generated.xml", NULL, problems);

  if (doc == NULL)
    {
      g_autofree char *text = sd_problems_format (problems);

      g_error ("generated data is invalid:\n%s", text);
    }

  return doc;
}

static SdKnowledge *
generate_knowledge (GRand *rand)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<knowledge id=\"bench\" version=\"1\">\n");
  g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;

  for (guint c = 0; c < N_COMPONENTS; c++)
    g_string_append_printf (xml, "<component id=\"c%u\"><name>Component %u</name><role>R</role>"
                                 "<location>L</location><hotspot x=\"0.5\" y=\"0.5\"/></component>\n",
                            c, c);
  for (guint f = 0; f < N_FAULTS; f++)
    g_string_append_printf (xml, "<fault id=\"f%u\" component=\"c%u\" prior=\"0.0009\">"
                                 "<name>Fault %u</name><explanation>E</explanation></fault>\n",
                            f, f % N_COMPONENTS, f);
  for (guint s = 0; s < N_SYMPTOMS; s++)
    {
      g_string_append_printf (xml, "<symptom id=\"s%u\" component=\"c%u\" leak=\"0.0%u\">"
                                   "<question>Symptom %u?</question>",
                              s, s % N_COMPONENTS, 2 + g_rand_int_range (rand, 0, 8), s);
      for (guint j = 0; j < LINKS_PER_SYMPTOM; j++)
        g_string_append_printf (xml, "<indicates fault=\"f%u\" likelihood=\"0.%u\"/>",
                                (guint) g_rand_int_range (rand, 0, N_FAULTS),
                                (guint) g_rand_int_range (rand, 2, 10));
      g_string_append (xml, "</symptom>\n");
    }
  g_string_append (xml, "</knowledge>\n");

  doc = parse (xml->str);
  if (!sd_knowledge_add_document (knowledge, doc, "generated.xml", problems, NULL) ||
      !sd_knowledge_check (knowledge, problems))
    g_error ("generated knowledge is inconsistent");

  return g_steal_pointer (&knowledge);
}

static GListStore *
generate_procedures (GRand *rand)
{
  static const char *difficulties[] = { "easy", "moderate", "hard", "workshop" };
  GListStore *store = g_list_store_new (SD_TYPE_PROCEDURE);

  for (guint p = 0; p < N_PROCEDURES; p++)
    {
      g_autoptr(GString) xml = g_string_new (NULL);
      g_autoptr(GPtrArray) problems = sd_problems_new ();
      g_autoptr(xmlDoc) doc = NULL;
      g_autoptr(SdProcedure) procedure = NULL;

      g_string_append_printf (xml, "<?xml version=\"1.0\"?>\n<procedure id=\"p%u\" version=\"1\" "
                                   "minutes=\"%u\" difficulty=\"%s\"><title>Procedure %u</title>"
                                   "<summary>S</summary><concerns component=\"c%u\"/>",
                              p, (guint) g_rand_int_range (rand, 5, 120),
                              difficulties[g_rand_int_range (rand, 0, 10) == 0 ? 3 : p % 3],
                              p, p % N_COMPONENTS);
      for (guint j = 0; j < FIXES_PER_PROCEDURE; j++)
        g_string_append_printf (xml, "<fixes fault=\"f%u\" chance=\"0.%u\"/>",
                                (guint) g_rand_int_range (rand, 0, N_FAULTS),
                                (guint) g_rand_int_range (rand, 3, 10));
      for (guint j = 0; j < TESTS_PER_PROCEDURE; j++)
        g_string_append_printf (xml, "<tests fault=\"f%u\" chance=\"0.%u\"/>",
                                (guint) g_rand_int_range (rand, 0, N_FAULTS),
                                (guint) g_rand_int_range (rand, 3, 10));
      g_string_append (xml, "<steps><outcome id=\"end\" result=\"resolved\"><title>E</title>"
                            "<text>E.</text></outcome></steps></procedure>\n");

      doc = parse (xml->str);
      procedure = sd_procedure_new_from_document (doc, "generated.xml", problems);
      g_assert (procedure != NULL);
      g_list_store_append (store, procedure);
    }

  return store;
}

static double
now_ns (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);

  return ts.tv_sec * 1e9 + ts.tv_nsec;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

/* One answer's worth of work, as the Diagnose page does it. */
static void
update_once (SdDiagnosis *diagnosis)
{
  sd_diagnosis_update (diagnosis);
  for (guint r = 0; r < 3; r++)
    {
      GArray *reasons = sd_diagnosis_dup_reasons (diagnosis, r);

      g_array_unref (reasons);
    }
  (void) sd_diagnosis_get_advice (diagnosis);
}

int
main (int   argc,
      char *argv[])
{
  guint updates = argc > 1 ? (guint) atoi (argv[1]) : 2000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261123);
  g_autoptr(SdKnowledge) knowledge = NULL;
  g_autoptr(GListStore) procedures = NULL;
  g_autoptr(SdDiagnosis) diagnosis = NULL;
  g_autofree double *times = NULL;
  double total = 0.0, mean, median, p95;

  if (updates == 0)
    updates = 1;

  knowledge = generate_knowledge (rand);
  procedures = generate_procedures (rand);
  diagnosis = sd_diagnosis_new (knowledge, G_LIST_MODEL (procedures));

  /* A case under way: some questions answered, some procedures tried. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", (guint) g_rand_int_range (rand, 0, N_SYMPTOMS));

      sd_diagnosis_set_answer (diagnosis, id, g_rand_boolean (rand) ? SD_ANSWER_YES : SD_ANSWER_NO);
    }
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", (guint) g_rand_int_range (rand, 0, N_PROCEDURES));

      sd_diagnosis_set_tried (diagnosis, id, SD_OUTCOME_UNRESOLVED);
    }
  update_once (diagnosis);

  times = g_new (double, updates);
  for (guint i = 0; i < updates; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", (guint) g_rand_int_range (rand, 0, N_SYMPTOMS));
      double start;

      sd_diagnosis_set_answer (diagnosis, id, (SdAnswer) g_rand_int_range (rand, 0, 3));
      start = now_ns ();
      update_once (diagnosis);
      times[i] = (now_ns () - start) / 1e6;
      total += times[i];
    }

  qsort (times, updates, sizeof (double), compare_doubles);
  mean = total / updates;
  median = times[updates / 2];
  p95 = times[MIN (updates - 1, updates * 95 / 100)];

  g_print ("knowledge base: %u faults, %u symptoms (%u links each), %u procedures\n",
           N_FAULTS, N_SYMPTOMS, LINKS_PER_SYMPTOM, N_PROCEDURES);
  g_print ("updates timed: %u (ranking, reasons for the top 3, next steps, advice)\n", updates);
  g_print ("time per update: mean %.3f ms, median %.3f ms, 95th percentile %.3f ms\n",
           mean, median, p95);
  g_print ("share of a %.1f ms frame: mean %.2f %%, 95th percentile %.2f %% (target: under %.0f %%): %s\n",
           FRAME_MS, 100 * mean / FRAME_MS, 100 * p95 / FRAME_MS, TARGET_PERCENT,
           100 * mean / FRAME_MS < TARGET_PERCENT ? "met" : "NOT met");

  return 0;
}
