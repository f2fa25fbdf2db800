/* bench-diagnosis.c: how long one new answer takes to re-rank, explain and advise
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates a knowledge base of 1,000 faults, 300 symptoms (each naming 20
 * faults) and 200 procedures (each fixing 5 and testing 3 faults), a third of
 * the components, faults, symptoms, procedures and ring members only for some
 * cars, and a code table of 2,000 fault codes each pointing to 1 to 3 faults.
 * The diagnosis is for one car of the shipped vehicle table, with 5 codes
 * entered and one module a scanner found empty. Then times the work the app
 * does after each answer: the ranking, the reasons for the three top causes,
 * the next steps and the advice. Prints the time per update and its share of
 * a 16.7 ms frame (target: under 2 %).
 *
 *   _build/tests/bench-diagnosis [UPDATES]
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include "sd-codes-reader.h"
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
#define N_RING_MEMBERS 12
#define N_CODES 2000
#define N_MODULES 8
#define CODES_PER_FILE 500
#define CODES_ENTERED 5
#define FRAME_MS 16.7
#define TARGET_PERCENT 2.0

/* Conditions on the car of the profile (a 2010s 5 Series, CIC, European,
 * with the amplifier and without satellite radio): some hold, some rule the
 * entry out. Every third entry gets one. */
static const char *conditions[] = {
  " option=\"amplifier\"",
  " option=\"sdars\"",
  " needs=\"most-ring\"",
  " head-unit=\"nbt nbt-evo\"",
  " market=\"na\"",
  " series=\"f-large f-fem\"",
};

static const char *
condition (guint i)
{
  return i % 3 == 0 ? conditions[(i / 3) % G_N_ELEMENTS (conditions)] : "";
}

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
    g_string_append_printf (xml, "<component id=\"c%u\"%s><name>Component %u</name><role>R</role>"
                                 "<location>L</location><hotspot x=\"0.5\" y=\"0.5\"/></component>\n",
                            c, condition (c), c);
  for (guint f = 0; f < N_FAULTS; f++)
    g_string_append_printf (xml, "<fault id=\"f%u\" component=\"c%u\" prior=\"0.0009\"%s>"
                                 "<name>Fault %u</name><explanation>E</explanation></fault>\n",
                            f, f % N_COMPONENTS, condition (f / N_COMPONENTS), f);
  for (guint s = 0; s < N_SYMPTOMS; s++)
    {
      g_string_append_printf (xml, "<symptom id=\"s%u\" component=\"c%u\" leak=\"0.0%u\"%s>"
                                   "<question>Symptom %u?</question>",
                              s, s % N_COMPONENTS, 2 + g_rand_int_range (rand, 0, 8),
                              condition (s + 1), s);
      for (guint j = 0; j < LINKS_PER_SYMPTOM; j++)
        g_string_append_printf (xml, "<indicates fault=\"f%u\" likelihood=\"0.%u\"/>",
                                (guint) g_rand_int_range (rand, 0, N_FAULTS),
                                (guint) g_rand_int_range (rand, 2, 10));
      g_string_append (xml, "</symptom>\n");
    }
  g_string_append (xml, "<ring>");
  for (guint m = 0; m < N_RING_MEMBERS; m++)
    g_string_append_printf (xml, "<member component=\"c%u\" reach-minutes=\"10\"%s/>",
                            m * (N_COMPONENTS / N_RING_MEMBERS), condition (m + 2));
  g_string_append (xml, "</ring>\n</knowledge>\n");

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

      g_string_append_printf (xml, "<?xml version=\"1.0\"?>\n<procedure id=\"p%u\" version=\"1\"%s "
                                   "minutes=\"%u\" difficulty=\"%s\"><title>Procedure %u</title>"
                                   "<summary>S</summary><concerns component=\"c%u\"/>",
                              p, condition (p + 2), (guint) g_rand_int_range (rand, 5, 120),
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

/* Codes B70000 and on, in N_MODULES modules, each pointing to 1 to 3 faults;
 * in files of CODES_PER_FILE, as no list in a data file may be longer than
 * 1,000 elements. */
static SdCodes *
generate_codes (GRand       *rand,
                SdKnowledge *knowledge)
{
  g_autoptr(SdCodes) codes = sd_codes_new ();
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  gboolean ok = TRUE;

  for (guint first = 0; first < N_CODES; first += CODES_PER_FILE)
    {
      g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<codes id=\"bench\" version=\"1\">\n");
      g_autoptr(xmlDoc) doc = NULL;

      for (guint m = 0; first == 0 && m < N_MODULES; m++)
        g_string_append_printf (xml, "<module id=\"m%u\" confidence=\"M\"><name>Module %u</name></module>\n",
                                m, m);
      for (guint c = first; c < first + CODES_PER_FILE; c++)
        {
          guint n_faults = (guint) g_rand_int_range (rand, 1, 4);

          g_string_append_printf (xml, "<code id=\"k%u\" hex=\"B7%04X\" module=\"m%u\" leak=\"0.0%u\" "
                                       "confidence=\"M\"><meaning>Code %u.</meaning>",
                                  c, c, c % N_MODULES, (guint) g_rand_int_range (rand, 1, 5), c);
          for (guint j = 0; j < n_faults; j++)
            g_string_append_printf (xml, "<indicates fault=\"f%u\" likelihood=\"0.%u\" confidence=\"M\"/>",
                                    (guint) g_rand_int_range (rand, 0, N_FAULTS),
                                    (guint) g_rand_int_range (rand, 2, 10));
          g_string_append (xml, "</code>\n");
        }
      g_string_append (xml, "</codes>\n");

      doc = parse (xml->str);
      ok &= sd_codes_add_document (codes, doc, "generated-codes.xml", problems);
    }

  if (!ok || !sd_codes_check (codes, problems) ||
      !sd_codes_check_knowledge (codes, knowledge, problems))
    {
      g_autofree char *text = sd_problems_format (problems);

      g_error ("generated codes are inconsistent:\n%s", text);
    }

  return g_steal_pointer (&codes);
}

/* The car of the conditions above, from the shipped vehicle table. */
static SdVehicleProfile *
make_profile (void)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (problems);
  SdVehicleProfile *profile;

  if (vehicles == NULL)
    g_error ("the shipped vehicle table does not load");

  profile = sd_vehicle_profile_new (vehicles);
  sd_vehicle_profile_set_model (profile, "f10");
  sd_vehicle_profile_set_market (profile, "europe");
  sd_vehicle_profile_set_head_unit (profile, "cic");
  sd_vehicle_profile_set_option (profile, "amplifier", SD_FACT_YES);
  sd_vehicle_profile_set_option (profile, "sdars", SD_FACT_NO);

  return profile;
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
  g_autoptr(SdCodes) codes = NULL;
  g_autoptr(SdVehicleProfile) profile = NULL;
  g_autoptr(GPtrArray) entered = g_ptr_array_new_with_free_func (g_free);
  const char *clear_modules[] = { "m7", NULL };
  g_autofree double *times = NULL;
  guint n_faults_left = 0, n_symptoms_left = 0, n_procedures_left = 0;
  double total = 0.0, mean, median, p95;

  if (updates == 0)
    updates = 1;

  knowledge = generate_knowledge (rand);
  procedures = generate_procedures (rand);
  codes = generate_codes (rand, knowledge);
  profile = make_profile ();
  diagnosis = sd_diagnosis_new (knowledge, G_LIST_MODEL (procedures));
  sd_diagnosis_set_profile (diagnosis, profile);

  /* Codes a scanner read (none from the module it found empty). */
  for (guint i = 0; i < CODES_ENTERED; i++)
    {
      guint c = (guint) g_rand_int_range (rand, 0, N_CODES / N_MODULES) * N_MODULES;

      g_ptr_array_add (entered, g_strdup_printf ("B7%04X", c + i % (N_MODULES - 1)));
    }
  g_ptr_array_add (entered, NULL);
  sd_diagnosis_set_codes (diagnosis, codes, (const char * const *) entered->pdata);
  sd_diagnosis_set_clear_modules (diagnosis, clear_modules);
  g_assert (sd_diagnosis_get_codes (diagnosis)->len == CODES_ENTERED);

  for (guint f = 0; f < N_FAULTS; f++)
    {
      g_autofree char *id = g_strdup_printf ("f%u", f);

      n_faults_left += sd_diagnosis_fault_applies (diagnosis, id);
    }
  for (guint s = 0; s < N_SYMPTOMS; s++)
    {
      g_autofree char *id = g_strdup_printf ("s%u", s);

      n_symptoms_left += sd_diagnosis_symptom_applies (diagnosis, id);
    }
  for (guint p = 0; p < N_PROCEDURES; p++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", p);

      n_procedures_left += sd_diagnosis_procedure_applies (diagnosis, id);
    }

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
  g_print ("for the car: %u faults, %u symptoms, %u procedures apply; "
           "%u codes in %u modules, %u entered, %u module found empty\n",
           n_faults_left, n_symptoms_left, n_procedures_left,
           N_CODES, N_MODULES, CODES_ENTERED, 1u);
  g_print ("updates timed: %u (ranking, reasons for the top 3, next steps, advice)\n", updates);
  g_print ("time per update: mean %.3f ms, median %.3f ms, 95th percentile %.3f ms\n",
           mean, median, p95);
  g_print ("share of a %.1f ms frame: mean %.2f %%, 95th percentile %.2f %% (target: under %.0f %%): %s\n",
           FRAME_MS, 100 * mean / FRAME_MS, 100 * p95 / FRAME_MS, TARGET_PERCENT,
           100 * mean / FRAME_MS < TARGET_PERCENT ? "met" : "NOT met");

  return 0;
}
