/* test-repair-log.c: the repair log (app/engine/sd-repair-log.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-test-case.h"

static void
test_repair_log (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdDiagnosis) from_case = NULL;
  g_autoptr(SdDiagnosis) direct = NULL;
  g_autoptr(SdCase) self = sd_test_case_a ();
  g_autofree char *log = NULL;

  from_case = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));
  direct = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));

  sd_case_apply (self, from_case);
  sd_diagnosis_set_answer (direct, "speaker-crackling", SD_ANSWER_YES);
  sd_diagnosis_set_answer (direct, "recent-boot-work", SD_ANSWER_NO);
  sd_diagnosis_set_tried (direct, "idrive-reboot", SD_OUTCOME_UNRESOLVED);
  sd_diagnosis_set_skill (direct, SD_SKILL_WORKSHOP);
  assert_true (fabs (sd_diagnosis_get_probability (from_case, "sdars-faulty") -
                     sd_diagnosis_get_probability (direct, "sdars-faulty")) < 1e-12);
  assert_int_equal (sd_diagnosis_get_tried (from_case, "idrive-reboot"), SD_OUTCOME_UNRESOLVED);

  log = sd_case_to_text (self, from_case, sd_catalog_get_knowledge (catalog),
                         sd_catalog_get_procedures (catalog));
  assert_non_null (strstr (log, "SOS Doctor repair log"));
  assert_non_null (strstr (log, "Yes   Do you hear crackling sounds from the speakers?"));
  assert_non_null (strstr (log, "No    Has anyone worked in the boot"));
  assert_non_null (strstr (log, "Restart the iDrive: did not fix it"));
  assert_non_null (strstr (log, "Under way: Disconnect the 12 V battery"));
  assert_non_null (strstr (log, sd_text_get (&sd_diagnosis_get_cause (from_case, 0)->fault->name)));
  assert_non_null (strstr (log, sd_diagnosis_get_advice (from_case)->reason));
}

static void
test_empty_case (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdDiagnosis) diagnosis = NULL;
  g_autoptr(SdCase) self = sd_case_new ();
  g_autofree char *log = NULL;

  diagnosis = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));
  sd_case_apply (self, diagnosis);
  log = sd_case_to_text (self, diagnosis, sd_catalog_get_knowledge (catalog),
                         sd_catalog_get_procedures (catalog));
  assert_non_null (strstr (log, "No questions answered yet."));
  assert_non_null (strstr (log, "Nothing tried yet."));
  assert_null (strstr (log, "Under way"));
  /* No car given: no car line. */
  assert_null (strstr (log, "Car: "));
}

/* The car the owner gave is in the log, as "Your car" described it. */
static void
test_car_in_log (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdDiagnosis) diagnosis = NULL;
  g_autoptr(SdCase) self = sd_case_new ();
  SdVehicleProfile *profile = sd_case_get_profile (self);
  g_autofree char *described = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *log = NULL;

  sd_vehicle_profile_set_vehicles (profile, sd_catalog_get_vehicles (catalog));
  sd_vehicle_profile_set_model (profile, "e92");
  sd_vehicle_profile_set_market (profile, "na");
  sd_vehicle_profile_apply_defaults (profile);
  described = sd_vehicle_profile_describe (profile);
  expected = g_strdup_printf ("Car: %s\n", described);

  diagnosis = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));
  sd_case_apply (self, diagnosis);
  log = sd_case_to_text (self, diagnosis, sd_catalog_get_knowledge (catalog),
                         sd_catalog_get_procedures (catalog));
  assert_non_null (strstr (described, "E92"));
  assert_non_null (strstr (log, expected));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_repair_log),
    cmocka_unit_test (test_empty_case),
    cmocka_unit_test (test_car_in_log),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
