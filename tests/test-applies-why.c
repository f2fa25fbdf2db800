/* test-applies-why.c: why a guide is not for a car (app/engine/sd-applies-why.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-applies-why.h"
#include "sd-test-utils.h"

static char *
why_not (SdCatalog        *catalog,
         const char       *procedure_id,
         SdVehicleProfile *profile)
{
  SdProcedure *procedure = sd_catalog_lookup_procedure (catalog, procedure_id);

  assert_non_null (procedure);

  return sd_applies_dup_why_not (sd_procedure_get_applies (procedure), profile);
}

static void
test_why_not (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdVehicleProfile) profile = sd_vehicle_profile_new (sd_catalog_get_vehicles (catalog));
  g_autofree char *ring = NULL;
  g_autofree char *tuner = NULL;
  g_autofree char *unknown = NULL;
  g_autofree char *reboot = NULL;
  const char *none[] = { NULL };

  /* Nothing known of the car: every guide may be for it. */
  unknown = why_not (catalog, "fibre-inspect", profile);
  assert_null (unknown);
  assert_null (sd_applies_dup_why_not (NULL, NULL));

  /* A G-series car has no fibre-optic ring, and with no options fitted, no tuner. */
  sd_vehicle_profile_set_model (profile, "g01");
  sd_vehicle_profile_set_options (profile, none);
  ring = why_not (catalog, "fibre-inspect", profile);
  assert_string_equal (ring, "Only for cars with a fibre-optic (MOST) ring");
  tuner = why_not (catalog, "sdars-bypass", profile);
  assert_non_null (tuner);
  assert_true (g_str_has_prefix (tuner, "Only with one of these fitted: "));
  /* The option's name from the vehicle table, not its id. */
  assert_null (strstr (tuner, "sdars"));

  /* A guide for every car is for this one too. */
  reboot = why_not (catalog, "idrive-reboot", profile);
  assert_null (reboot);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_why_not),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
