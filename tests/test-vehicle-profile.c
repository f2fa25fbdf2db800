/* test-vehicle-profile.c: the car's profile, applicability, and fault codes as
 * evidence (app/engine/sd-vehicle-profile.c, sd-applies.c, sd-diagnosis-car.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sd-case.h"
#include "sd-codes-reader.h"
#include "sd-commands.h"
#include "sd-question.h"
#include "sd-test-utils.h"

typedef struct
{
  SdCatalog   *catalog;
  SdDiagnosis *diagnosis;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->catalog = sd_test_load_catalog ();
  assert_int_equal (sd_catalog_get_problems (fixture->catalog)->len, 0);
  fixture->diagnosis = sd_diagnosis_new (sd_catalog_get_knowledge (fixture->catalog),
                                         sd_catalog_get_procedures (fixture->catalog));
  *state = fixture;

  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->diagnosis);
  g_clear_object (&fixture->catalog);
  g_free (fixture);

  return 0;
}

static SdVehicleProfile *
make_profile (Fixture            *fixture,
              const char         *model,
              const char         *market,
              const char * const *options)
{
  SdVehicleProfile *profile = sd_vehicle_profile_new (sd_catalog_get_vehicles (fixture->catalog));

  sd_vehicle_profile_set_model (profile, model);
  sd_vehicle_profile_set_market (profile, market);
  sd_vehicle_profile_set_options (profile, options);
  sd_vehicle_profile_apply_defaults (profile);

  return profile;
}

static gboolean
is_ring_or_tuner (const char *id)
{
  return g_str_has_prefix (id, "fibre-") || g_str_equal (id, "sdars-bypass") ||
         g_str_equal (id, "satellite-radio-lost");
}

static gboolean
model_has_question (SdDiagnosis *diagnosis,
                    const char  *symptom_id)
{
  GListModel *questions = sd_diagnosis_get_questions (diagnosis);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SdQuestion) question = g_list_model_get_item (questions, i);

      if (g_strcmp0 (sd_question_get_symptom (question)->id, symptom_id) == 0)
        return TRUE;
    }

  return FALSE;
}

/* Walks the advice with "yes" to every question, checking each step. */
static void
assert_never_offers_ring_or_tuner (SdDiagnosis *diagnosis)
{
  for (guint step = 0; step < 40; step++)
    {
      const SdAdvice *advice = sd_diagnosis_get_advice (diagnosis);

      for (guint r = 0; r < sd_diagnosis_get_n_actions (diagnosis); r++)
        assert_false (is_ring_or_tuner (sd_procedure_get_id (sd_diagnosis_get_action (diagnosis, r)->procedure)));
      for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
        assert_false (is_ring_or_tuner (sd_diagnosis_get_question (diagnosis, r)->symptom->id));
      if (advice->procedure != NULL)
        assert_false (is_ring_or_tuner (sd_procedure_get_id (advice->procedure)));
      if (advice->kind != SD_ADVICE_ASK)
        break;
      sd_diagnosis_set_answer (diagnosis, advice->symptom->id, step % 2 ? SD_ANSWER_NO : SD_ANSWER_YES);
    }
}

static void
test_g_series_has_no_ring_or_tuner (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdVehicleProfile) profile = make_profile (fixture, "g01", NULL, NULL);
  const char *gone[] = { "fibre-connector-unplugged", "fibre-damaged", "over-temperature",
                         "sdars-faulty" };
  double sum = 0.0;

  assert_int_equal (sd_vehicle_profile_has_most_ring (profile), SD_FACT_NO);
  sd_diagnosis_set_profile (fixture->diagnosis, profile);

  for (guint i = 0; i < G_N_ELEMENTS (gone); i++)
    {
      assert_true (sd_diagnosis_get_probability (fixture->diagnosis, gone[i]) == 0.0);
      assert_false (sd_diagnosis_fault_applies (fixture->diagnosis, gone[i]));
    }
  for (guint r = 0; r < sd_diagnosis_get_n_causes (fixture->diagnosis); r++)
    sum += sd_diagnosis_get_cause (fixture->diagnosis, r)->probability;
  assert_float_equal (sum, 1.0, 1e-12);

  assert_false (model_has_question (fixture->diagnosis, "satellite-radio-lost"));
  assert_true (model_has_question (fixture->diagnosis, "car-older-than-5-years"));
  assert_false (sd_diagnosis_procedure_applies (fixture->diagnosis, "fibre-inspect"));
  assert_false (sd_diagnosis_procedure_applies (fixture->diagnosis, "fibre-splice"));
  assert_false (sd_diagnosis_procedure_applies (fixture->diagnosis, "sdars-bypass"));
  assert_never_offers_ring_or_tuner (fixture->diagnosis);

  /* Not even when the radio is silent and the car is hot. */
  sd_diagnosis_clear (fixture->diagnosis);
  sd_diagnosis_set_answer (fixture->diagnosis, "radio-no-sound", SD_ANSWER_YES);
  sd_diagnosis_set_answer (fixture->diagnosis, "hot-weather-long-drive", SD_ANSWER_YES);
  assert_never_offers_ring_or_tuner (fixture->diagnosis);
}

static void
test_us_e92_with_tuner_has_both (void **state)
{
  Fixture *fixture = *state;
  const char *fitted[] = { "sdars", "amplifier", NULL };
  g_autoptr(SdVehicleProfile) profile = make_profile (fixture, "e92", "na", fitted);
  g_autoptr(GPtrArray) ring = NULL;
  SdRingOrder order;
  gboolean fibre = FALSE, sdars = FALSE;

  assert_int_equal (sd_vehicle_profile_has_most_ring (profile), SD_FACT_YES);
  sd_diagnosis_set_profile (fixture->diagnosis, profile);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "sdars-faulty") > 0.0);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "fibre-damaged") > 0.0);
  assert_true (model_has_question (fixture->diagnosis, "satellite-radio-lost"));

  sd_diagnosis_set_answer (fixture->diagnosis, "radio-no-sound", SD_ANSWER_YES);
  sd_diagnosis_set_answer (fixture->diagnosis, "audio-and-nav-lost", SD_ANSWER_YES);
  for (guint r = 0; r < sd_diagnosis_get_n_actions (fixture->diagnosis); r++)
    {
      const char *id = sd_procedure_get_id (sd_diagnosis_get_action (fixture->diagnosis, r)->procedure);

      fibre |= g_str_has_prefix (id, "fibre-");
      sdars |= g_str_equal (id, "sdars-bypass");
    }
  assert_true (fibre);
  assert_true (sdars);

  /* The ring through the members this car has, in the one car's order. */
  ring = sd_vehicle_profile_list_ring (profile, &order);
  assert_int_equal (order, SD_RING_ORDER_EXAMPLE);
  assert_int_equal (ring->len, 4);
  assert_string_equal (g_ptr_array_index (ring, 0), "head-unit");
  assert_string_equal (g_ptr_array_index (ring, 1), "amplifier");
  assert_string_equal (g_ptr_array_index (ring, 2), "tcu");
  assert_string_equal (g_ptr_array_index (ring, 3), "sdars");

  /* A European E92 whose options are not known: no separate tuner there, so
   * its ring has three members. */
  sd_vehicle_profile_set_options (profile, NULL);
  sd_vehicle_profile_set_market (profile, "europe");
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "sdars-faulty") == 0.0);
  g_clear_pointer (&ring, g_ptr_array_unref);
  ring = sd_vehicle_profile_list_ring (profile, &order);
  assert_int_equal (ring->len, 3);
}

/* No profile, and a profile with nothing known, are today's behaviour exactly. */
static void
test_unknown_car_changes_nothing (void **state)
{
  Fixture *fixture = *state;
  SdKnowledge *knowledge = sd_catalog_get_knowledge (fixture->catalog);
  g_autoptr(SdVehicleProfile) profile = sd_vehicle_profile_new (sd_catalog_get_vehicles (fixture->catalog));
  g_autofree double *before = g_new0 (double, sd_knowledge_get_n_faults (knowledge));

  sd_diagnosis_set_answer (fixture->diagnosis, "radio-no-sound", SD_ANSWER_YES);
  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    before[i] = sd_diagnosis_get_probability (fixture->diagnosis, sd_knowledge_get_fault (knowledge, i)->id);

  sd_diagnosis_set_profile (fixture->diagnosis, profile);
  assert_true (sd_vehicle_profile_is_unknown (profile));
  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    assert_true (before[i] == sd_diagnosis_get_probability (fixture->diagnosis,
                                                            sd_knowledge_get_fault (knowledge, i)->id));
}

/* B7F341: P(code | emergency-battery-worn) = 0.6, leak 0.005 (codes.xml). By
 * hand: the battery's prior 0.24 is multiplied by 0.6 / 0.005 = 120, every
 * other cause keeps its own; they add up to 1 − 0.24 = 0.76. */
static void
test_known_code_moves_its_fault (void **state)
{
  Fixture *fixture = *state;
  SdCodes *codes = sd_catalog_get_codes (fixture->catalog);
  const char *entered[] = { "0xb7f341", NULL };
  double expected = (0.24 * 120.0) / (0.24 * 120.0 + 0.76);
  g_autoptr(GArray) reasons = NULL;
  g_autofree char *text = NULL;
  const SdReason *reason;

  sd_diagnosis_set_codes (fixture->diagnosis, codes, entered);
  assert_float_equal (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn"),
                      expected, 1e-9);
  assert_float_equal (sd_diagnosis_get_probability (fixture->diagnosis, "battery-weak"),
                      0.12 / (0.24 * 120.0 + 0.76), 1e-9);

  assert_ptr_equal (sd_diagnosis_get_cause (fixture->diagnosis, 0)->fault,
                    sd_knowledge_lookup_fault (sd_catalog_get_knowledge (fixture->catalog),
                                               "emergency-battery-worn"));
  reasons = sd_diagnosis_dup_reasons (fixture->diagnosis, 0);
  assert_int_equal (reasons->len, 1);
  reason = &g_array_index (reasons, SdReason, 0);
  assert_int_equal (reason->kind, SD_REASON_CODE);
  assert_float_equal (reason->ratio, 120.0, 1e-9);
  text = sd_reason_describe (reason, sd_catalog_get_knowledge (fixture->catalog),
                             fixture->diagnosis);
  assert_string_equal (text, "Fault code B7F341 (The emergency call backup battery is faulty): "
                             "120.0 times more likely.");
}

static void
test_unknown_code_changes_nothing_and_is_kept (void **state)
{
  Fixture *fixture = *state;
  SdKnowledge *knowledge = sd_catalog_get_knowledge (fixture->catalog);
  const char *entered[] = { "C0FFEE", NULL };
  g_autofree double *before = g_new0 (double, sd_knowledge_get_n_faults (knowledge));
  GPtrArray *kept;

  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    before[i] = sd_diagnosis_get_probability (fixture->diagnosis, sd_knowledge_get_fault (knowledge, i)->id);

  sd_diagnosis_set_codes (fixture->diagnosis, sd_catalog_get_codes (fixture->catalog), entered);
  for (guint i = 0; i < sd_knowledge_get_n_faults (knowledge); i++)
    assert_true (before[i] == sd_diagnosis_get_probability (fixture->diagnosis,
                                                            sd_knowledge_get_fault (knowledge, i)->id));
  kept = sd_diagnosis_get_codes (fixture->diagnosis);
  assert_int_equal (kept->len, 1);
  assert_string_equal (g_ptr_array_index (kept, 0), "C0FFEE");
  {
    g_autoptr(GArray) reasons = sd_diagnosis_dup_reasons (fixture->diagnosis, 0);

    assert_int_equal (reasons->len, 0);
  }

  /* A new case starts without codes. */
  sd_diagnosis_clear (fixture->diagnosis);
  assert_int_equal (sd_diagnosis_get_codes (fixture->diagnosis)->len, 0);
}

/* "A scanner read the telematics unit and found no codes": for the battery,
 * (1 − 0.6)(1 − 0.35) against (1 − 0.005)² (B7F341 and B7F343). */
static void
test_empty_module_is_evidence (void **state)
{
  Fixture *fixture = *state;
  const char *modules[] = { "telematics", NULL };
  double battery = 0.24 * (0.4 * 0.65) / (0.995 * 0.995);
  double p;

  sd_diagnosis_set_codes (fixture->diagnosis, sd_catalog_get_codes (fixture->catalog), NULL);
  sd_diagnosis_set_clear_modules (fixture->diagnosis, modules);
  p = sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn");
  assert_true (p < 0.24 / 2);
  /* Its odds against "something else", which no code names, by hand. */
  assert_float_equal (p / sd_diagnosis_get_probability (fixture->diagnosis, NULL),
                      battery / 0.04, 1e-6);
}

/* A code entered was seen: a module found empty that would also store it does
 * not count it as absent too ("deactivation, excess temperature" is stored by
 * the hot unit and the head unit; the other units read empty). */
static void
test_entered_code_not_absent_in_empty_module (void **state)
{
  Fixture *fixture = *state;
  const char *codes[] = { "most-excess-temperature", NULL };
  const char *modules[] = { "most-unit", NULL };
  double seen;

  sd_diagnosis_set_codes (fixture->diagnosis, sd_catalog_get_codes (fixture->catalog), codes);
  seen = sd_diagnosis_get_probability (fixture->diagnosis, "over-temperature");
  sd_diagnosis_set_clear_modules (fixture->diagnosis, modules);
  /* The module's other code (wake-up failed) still counts as absent: no
   * more than that moves over-temperature, which it does not name. */
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "over-temperature") >= seen);
}

/* The codes' terms are made once and kept (sd-diagnosis-car.c): every change
 * of the codes, of the modules found empty, or of the table must show. */
static void
test_codes_follow_each_change (void **state)
{
  Fixture *fixture = *state;
  SdCodes *table = sd_catalog_get_codes (fixture->catalog);
  const char *entered[] = { "B7F341", NULL };
  const char *modules[] = { "telematics", NULL };
  double before = sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn");
  double seen, with_module;

  sd_diagnosis_set_codes (fixture->diagnosis, table, entered);
  seen = sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn");
  assert_float_equal (seen, (0.24 * 120.0) / (0.24 * 120.0 + 0.76), 1e-9);

  /* B7F343, of the same module, is now absent too. */
  sd_diagnosis_set_clear_modules (fixture->diagnosis, modules);
  with_module = sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn");
  assert_true (with_module < seen);

  sd_diagnosis_set_clear_modules (fixture->diagnosis, NULL);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn") == seen);
  sd_diagnosis_set_codes (fixture->diagnosis, table, NULL);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn") == before);

  sd_diagnosis_set_codes (fixture->diagnosis, table, entered);
  sd_diagnosis_set_clear_modules (fixture->diagnosis, modules);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn") ==
               with_module);
  sd_diagnosis_clear (fixture->diagnosis);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn") == before);
}

/* A code the table did not know when entered counts once a file added to the
 * table knows it, from the next update on. */
static void
test_code_known_later_counts (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCodes) table = sd_codes_new ();
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;
  const char *entered[] = { "C0FFEE", NULL };
  double before = sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn");

  sd_diagnosis_set_codes (fixture->diagnosis, table, entered);
  assert_true (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn") == before);

  doc = sd_test_parse ("<codes id=\"later\" version=\"1\">"
                       "<module id=\"telematics\" confidence=\"H\"><name>T</name></module>"
                       "<code id=\"c0ffee\" hex=\"C0FFEE\" module=\"telematics\" leak=\"0.005\" "
                       "confidence=\"M\"><meaning>M.</meaning>"
                       "<indicates fault=\"emergency-battery-worn\" likelihood=\"0.6\" "
                       "confidence=\"M\"/></code></codes>", "later.xml", problems);
  assert_true (sd_codes_add_document (table, doc, "later.xml", problems));
  sd_diagnosis_invalidate (fixture->diagnosis);
  assert_float_equal (sd_diagnosis_get_probability (fixture->diagnosis, "emergency-battery-worn"),
                      (0.24 * 120.0) / (0.24 * 120.0 + 0.76), 1e-9);
}

/* The scanner question waits for "has-scanner". */
static void
test_scanner_question_after_has_scanner (void **state)
{
  Fixture *fixture = *state;
  gboolean found = FALSE;

  for (guint r = 0; r < sd_diagnosis_get_n_questions (fixture->diagnosis); r++)
    assert_string_not_equal (sd_diagnosis_get_question (fixture->diagnosis, r)->symptom->id,
                             "scanner-emergency-battery-code");
  sd_diagnosis_set_answer (fixture->diagnosis, "has-scanner", SD_ANSWER_YES);
  for (guint r = 0; r < sd_diagnosis_get_n_questions (fixture->diagnosis); r++)
    found |= g_str_equal (sd_diagnosis_get_question (fixture->diagnosis, r)->symptom->id,
                          "scanner-emergency-battery-code");
  assert_true (found);
}

/* A malformed code is said, and the others are used. */
static void
test_malformed_codes_on_the_command_line (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const char *present[] = { "", NULL };
  const char *codes[] = { "B7F341, B7F34G", "c0ffee", NULL };
  SdCommandOptions options = { NULL, };

  options.present = present;
  options.codes = codes;
  options.car = "e90";
  assert_int_equal (sd_commands_run (fixture->catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 0);
  assert_non_null (strstr (err->str, "--codes: Line 1: “B7F34G” is not a fault code"));
  assert_non_null (strstr (out->str, "Fault code B7F341: The emergency call backup battery"));
  assert_non_null (strstr (out->str, "Fault code C0FFEE: not known to SOS Doctor"));
  assert_non_null (strstr (out->str, "Car: E90 Saloon"));

  g_string_truncate (err, 0);
  options.car = "e999";
  assert_int_equal (sd_commands_run (fixture->catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 2);
  assert_non_null (strstr (err->str, "Unknown car model “e999” (see --list-cars)"));

  g_string_truncate (err, 0);
  options.car = "e90";
  options.head_unit = "nope";
  assert_int_equal (sd_commands_run (fixture->catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 2);
  assert_non_null (strstr (err->str, "--head-unit: “nope” is not in the vehicle table"));
}

/* Conditions that name what the vehicle table does not have: file:line. */
static void
test_bad_conditions_name_file_and_line (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "extra.xml", NULL);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *paths[] = { path, NULL };

  assert_true (g_file_set_contents (path,
    "<?xml version=\"1.0\"?>\n"
    "<knowledge id=\"extra\" version=\"1\">\n"
    "  <component id=\"cd-player\" option=\"cd-jukebox\">\n"
    "    <name>CD</name><role>R</role><location>L</location><hotspot x=\"0.5\" y=\"0.5\"/>\n"
    "  </component>\n"
    "  <fault id=\"cd-stuck\" component=\"cd-player\" prior=\"0.001\" market=\"mars\">\n"
    "    <name>N</name><explanation>E</explanation>\n"
    "  </fault>\n"
    "</knowledge>\n", -1, NULL));

  assert_false (sd_catalog_validate_files (fixture->catalog, paths, problems));
  sd_test_assert_problem (problems, 3, "“cd-jukebox” in the conditions of this component is not in the vehicle table");
  sd_test_assert_problem (problems, 6, "“mars” in the conditions of this fault is not in the vehicle table");
  sd_test_rm_rf (dir);
}

/* --validate reads vehicle and code tables by their root element and checks
 * them against the knowledge base, with file:line. */
static void
test_validate_tables (void **state)
{
  Fixture *fixture = *state;
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *codes = g_build_filename (dir, "codes.xml", NULL);
  g_autofree char *vehicles = g_build_filename (dir, "vehicles.xml", NULL);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *paths[] = { codes, vehicles, NULL };
  const char *shipped[] = { SRCDIR "/data/knowledge/vehicles.xml",
                            SRCDIR "/data/knowledge/codes.xml", NULL };

  assert_true (sd_catalog_validate_files (fixture->catalog, shipped, problems));
  assert_int_equal (problems->len, 0);

  assert_true (g_file_set_contents (codes,
    "<?xml version=\"1.0\"?>\n<codes id=\"c\" version=\"1\">\n"
    "<module id=\"telematics\" confidence=\"H\"><name>TCU</name></module>\n"
    "<code id=\"x\" hex=\"B7F399\" module=\"telematics\" leak=\"0.01\" confidence=\"L\">\n"
    "  <meaning>X.</meaning>\n"
    "  <indicates fault=\"flux-capacitor\" likelihood=\"0.5\" confidence=\"L\"/>\n"
    "</code>\n</codes>\n", -1, NULL));
  assert_true (g_file_set_contents (vehicles,
    "<?xml version=\"1.0\"?>\n<vehicles id=\"v\" version=\"1\">\n"
    "<market id=\"na\" confidence=\"H\"><name>North America</name></market>\n"
    "<vehicle-of-the-year id=\"x\"/>\n"
    "</vehicles>\n", -1, NULL));
  assert_false (sd_catalog_validate_files (fixture->catalog, paths, problems));
  sd_test_assert_problem (problems, 6, "fault “flux-capacitor” is not in the knowledge base");
  sd_test_assert_problem (problems, 4, "vehicle-of-the-year");
  sd_test_rm_rf (dir);
}

/* The profile notifies only real changes, and survives a save and a load. */
static void
test_profile_in_the_case (void **state)
{
  g_autoptr(SdCase) self = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  SdVehicleProfile *profile = sd_case_get_profile (self);
  const char *fitted[] = { "sdars", NULL };
  const char *codes[] = { "B7F341", "C0FFEE", NULL };
  guint notified = 0;
  gsize length;

  assert_true (sd_vehicle_profile_is_unknown (profile));
  g_signal_connect_swapped (profile, "notify::market", G_CALLBACK (g_atomic_int_inc), &notified);
  sd_vehicle_profile_set_market (profile, "na");
  sd_vehicle_profile_set_market (profile, "na");
  assert_int_equal (notified, 1);
  sd_vehicle_profile_set_market (profile, "unknown");
  assert_null (sd_vehicle_profile_get_market (profile));
  assert_int_equal (notified, 2);

  g_object_set (profile, "model", "e92", "market", "na", "head-unit", "cic",
                "telematics", "tcu", "vin", "WBAKG1C5XBE000000", "mileage", 123456, NULL);
  sd_vehicle_profile_set_options (profile, fitted);
  sd_case_set_codes (self, codes);

  data = sd_case_to_data (self, &length);
  assert_non_null (strstr (data, "[car]\nmodel=e92\n"));
  loaded = sd_case_new_from_data (data, length, NULL, &error);
  assert_null (error);
  profile = sd_case_get_profile (loaded);
  assert_string_equal (sd_vehicle_profile_get_model (profile), "e92");
  assert_string_equal (sd_vehicle_profile_get_head_unit (profile), "cic");
  assert_string_equal (sd_vehicle_profile_get_telematics (profile), "tcu");
  assert_string_equal (sd_vehicle_profile_get_market (profile), "na");
  assert_string_equal (sd_vehicle_profile_get_vin (profile), "WBAKG1C5XBE000000");
  assert_int_equal (sd_vehicle_profile_get_mileage (profile), 123456);
  assert_true (g_strv_equal (sd_vehicle_profile_get_options (profile), fitted));
  assert_true (g_strv_equal (sd_case_get_codes (loaded), codes));

}

static gboolean
ring_has (SdVehicleProfile *profile,
          const char       *member)
{
  g_autoptr(GPtrArray) ring = sd_vehicle_profile_list_ring (profile, NULL);

  return g_ptr_array_find_with_equal_func (ring, member, g_str_equal, NULL);
}

/* Each option on its own (issue 11): once the amplifier is answered, the tuner
 * left at "I don't know" still applies, as on a car nothing is known of; a
 * "no" leaves it out. The command line's complete list still means "no other
 * option", and one answer after it keeps the others as they were. */
static void
test_options_one_by_one (void **state)
{
  Fixture *fixture = *state;
  SdVehicles *vehicles = sd_catalog_get_vehicles (fixture->catalog);
  g_autoptr(SdVehicleProfile) profile = make_profile (fixture, "e92", "na", NULL);
  const char *amplifier[] = { "amplifier", NULL };
  guint notified = 0;

  sd_diagnosis_set_profile (fixture->diagnosis, profile);
  g_signal_connect_swapped (profile, "notify::not-fitted", G_CALLBACK (g_atomic_int_inc), &notified);
  sd_vehicle_profile_set_option (profile, "amplifier", SD_FACT_YES);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "amplifier"), SD_FACT_YES);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_UNKNOWN);
  assert_true (sd_diagnosis_fault_applies (fixture->diagnosis, "sdars-faulty"));
  assert_true (sd_diagnosis_symptom_applies (fixture->diagnosis, "satellite-radio-lost"));
  assert_true (sd_diagnosis_procedure_applies (fixture->diagnosis, "sdars-bypass"));
  assert_true (ring_has (profile, "sdars"));

  sd_vehicle_profile_set_option (profile, "sdars", SD_FACT_NO);
  assert_int_equal (notified, 1);
  sd_vehicle_profile_set_option (profile, "sdars", SD_FACT_NO);
  assert_int_equal (notified, 1);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_NO);
  assert_false (sd_diagnosis_fault_applies (fixture->diagnosis, "sdars-faulty"));
  assert_false (sd_diagnosis_procedure_applies (fixture->diagnosis, "sdars-bypass"));
  assert_false (ring_has (profile, "sdars"));
  assert_true (ring_has (profile, "amplifier"));

  /* "I don't know" again: it applies again. */
  sd_vehicle_profile_set_option (profile, "sdars", SD_FACT_UNKNOWN);
  assert_true (sd_diagnosis_fault_applies (fixture->diagnosis, "sdars-faulty"));
  assert_null (sd_vehicle_profile_get_not_fitted (profile));

  /* A complete list: no other option. */
  sd_vehicle_profile_set_options (profile, amplifier);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_NO);
  assert_false (sd_diagnosis_fault_applies (fixture->diagnosis, "sdars-faulty"));
  sd_vehicle_profile_set_option (profile, "changer", SD_FACT_UNKNOWN);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "changer"), SD_FACT_UNKNOWN);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_NO);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "amplifier"), SD_FACT_YES);
  assert_false (sd_diagnosis_fault_applies (fixture->diagnosis, "sdars-faulty"));

  /* Nothing said of any option: the options are not known at all. */
  for (guint i = 0; i < sd_vehicles_get_n_units (vehicles, SD_VEHICLE_OPTION); i++)
    sd_vehicle_profile_set_option (profile, sd_vehicles_get_unit (vehicles, SD_VEHICLE_OPTION, i)->id,
                                   SD_FACT_UNKNOWN);
  assert_null (sd_vehicle_profile_get_options (profile));
  assert_null (sd_vehicle_profile_get_not_fitted (profile));
  assert_true (sd_diagnosis_fault_applies (fixture->diagnosis, "sdars-faulty"));
}

/* An F30 with the entry head unit has a ring only with the amplifier on it:
 * with the amplifier not known the ring is not known, whatever else is said. */
static void
test_ring_unknown_with_option_unknown (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdVehicleProfile) profile = make_profile (fixture, "f30", "europe", NULL);

  sd_vehicle_profile_set_head_unit (profile, "hu-b");
  sd_vehicle_profile_set_option (profile, "changer", SD_FACT_NO);
  assert_int_equal (sd_vehicle_profile_has_most_ring (profile), SD_FACT_UNKNOWN);
  sd_vehicle_profile_set_option (profile, "amplifier", SD_FACT_YES);
  assert_int_equal (sd_vehicle_profile_has_most_ring (profile), SD_FACT_YES);
}

/* Answers one by one are saved as two lists, and read back as they were; a
 * case saved with the old complete list reads as it always did. */
static void
test_options_in_the_case (void **state)
{
  g_autoptr(SdCase) self = sd_case_new ();
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(SdCase) old = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *again = NULL;
  g_autoptr(GString) old_data = NULL;
  SdVehicleProfile *profile = sd_case_get_profile (self);
  gsize length;

  sd_vehicle_profile_set_model (profile, "e92");
  sd_vehicle_profile_set_option (profile, "amplifier", SD_FACT_YES);
  sd_vehicle_profile_set_option (profile, "sdars", SD_FACT_NO);
  data = sd_case_to_data (self, &length);
  assert_non_null (strstr (data, "\nfitted=amplifier;\n"));
  assert_non_null (strstr (data, "\nnot-fitted=sdars;\n"));
  assert_null (strstr (data, "\noptions="));

  loaded = sd_case_new_from_data (data, length, NULL, &error);
  assert_null (error);
  profile = sd_case_get_profile (loaded);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "amplifier"), SD_FACT_YES);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "sdars"), SD_FACT_NO);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "changer"), SD_FACT_UNKNOWN);

  /* As a case of format 1 (no checksum) held it. */
  old_data = g_string_new (data);
  g_string_truncate (old_data, strstr (old_data->str, "checksum=") - old_data->str);
  g_string_replace (old_data, "\nversion=2\n", "\nversion=1\n", 1);
  g_string_replace (old_data, "fitted=amplifier;\nnot-fitted=sdars;\n", "options=amplifier;\n", 1);
  assert_null (strstr (old_data->str, "fitted="));
  old = sd_case_new_from_data (old_data->str, old_data->len, NULL, &error);
  if (error != NULL)
    fail_msg ("%s", error->message);
  profile = sd_case_get_profile (old);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "amplifier"), SD_FACT_YES);
  assert_int_equal (sd_vehicle_profile_get_option (profile, "changer"), SD_FACT_NO);
  again = sd_case_to_data (old, &length);
  assert_non_null (strstr (again, "\noptions=amplifier;\n"));
}

/* The VIN's 10th character gives the model year: "B" is 1981 or 2011, and an
 * E92 was built in 2011. */
static void
test_model_year_from_vin (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdVehicleProfile) profile = make_profile (fixture, "e92", NULL, NULL);

  assert_int_equal (sd_vehicle_profile_get_model_year (profile), 0);
  sd_vehicle_profile_set_vin (profile, "WBAKG1C5XBE000000");
  assert_int_equal (sd_vehicle_profile_get_model_year (profile), 2011);
  /* The model's usual units, as vehicles.xml says. */
  assert_string_equal (sd_vehicle_profile_get_head_unit (profile), "rad2");
  assert_string_equal (sd_vehicle_profile_get_telematics (profile), "tcu");
}

/* The model year picks the default unit where the table dates it: a G30
 * built before 09/2018 has NBT EVO, one of model year 2020 does not. */
static void
test_defaults_follow_model_year (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdVehicleProfile) undated = make_profile (fixture, "g30", NULL, NULL);
  g_autoptr(SdVehicleProfile) early = sd_vehicle_profile_new (sd_catalog_get_vehicles (fixture->catalog));
  g_autoptr(SdVehicleProfile) late = sd_vehicle_profile_new (sd_catalog_get_vehicles (fixture->catalog));

  assert_string_equal (sd_vehicle_profile_get_head_unit (undated), "nbt-evo");
  assert_int_equal (sd_vehicle_profile_get_build_month (undated), 0);

  sd_vehicle_profile_set_model (early, "g30");
  sd_vehicle_profile_set_vin (early, "WBAJA9105JB000000");
  assert_int_equal (sd_vehicle_profile_get_build_month (early), sd_vehicle_month (2017, 9));
  sd_vehicle_profile_apply_defaults (early);
  assert_string_equal (sd_vehicle_profile_get_head_unit (early), "nbt-evo");

  sd_vehicle_profile_set_model (late, "g30");
  sd_vehicle_profile_set_vin (late, "WBAJA9105LB000000");
  assert_int_equal (sd_vehicle_profile_get_model_year (late), 2020);
  sd_vehicle_profile_apply_defaults (late);
  assert_null (sd_vehicle_profile_get_head_unit (late));
  assert_string_equal (sd_vehicle_profile_get_telematics (late), "tcb2");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_g_series_has_no_ring_or_tuner, setup, teardown),
    cmocka_unit_test_setup_teardown (test_us_e92_with_tuner_has_both, setup, teardown),
    cmocka_unit_test_setup_teardown (test_unknown_car_changes_nothing, setup, teardown),
    cmocka_unit_test_setup_teardown (test_known_code_moves_its_fault, setup, teardown),
    cmocka_unit_test_setup_teardown (test_unknown_code_changes_nothing_and_is_kept, setup, teardown),
    cmocka_unit_test_setup_teardown (test_empty_module_is_evidence, setup, teardown),
    cmocka_unit_test_setup_teardown (test_entered_code_not_absent_in_empty_module, setup, teardown),
    cmocka_unit_test_setup_teardown (test_codes_follow_each_change, setup, teardown),
    cmocka_unit_test_setup_teardown (test_code_known_later_counts, setup, teardown),
    cmocka_unit_test_setup_teardown (test_scanner_question_after_has_scanner, setup, teardown),
    cmocka_unit_test_setup_teardown (test_malformed_codes_on_the_command_line, setup, teardown),
    cmocka_unit_test_setup_teardown (test_bad_conditions_name_file_and_line, setup, teardown),
    cmocka_unit_test_setup_teardown (test_validate_tables, setup, teardown),
    cmocka_unit_test (test_profile_in_the_case),
    cmocka_unit_test_setup_teardown (test_options_one_by_one, setup, teardown),
    cmocka_unit_test_setup_teardown (test_ring_unknown_with_option_unknown, setup, teardown),
    cmocka_unit_test (test_options_in_the_case),
    cmocka_unit_test_setup_teardown (test_model_year_from_vin, setup, teardown),
    cmocka_unit_test_setup_teardown (test_defaults_follow_model_year, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
