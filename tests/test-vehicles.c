/* test-vehicles.c: the vehicle table (app/engine/sd-vehicles*.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-test-utils.h"
#include "sd-vehicles-reader.h"

#define HEAD "<?xml version=\"1.0\"?>\n<vehicles id=\"v\" version=\"1\">\n"
#define TAIL "</vehicles>\n"
/* Lines 3 to 7 of every small table below. */
#define UNITS \
  "<market id=\"na\" confidence=\"H\"><name>North America</name></market>\n" \
  "<body id=\"saloon\" confidence=\"H\"><name>Saloon</name></body>\n" \
  "<head-unit id=\"ccc\" confidence=\"H\"><name>CCC</name><recognise>Big.</recognise></head-unit>\n" \
  "<telematics-unit id=\"tcu\" confidence=\"H\" backup-battery=\"unknown\"><name>TCU</name></telematics-unit>\n" \
  "<option id=\"sdars\" component=\"sdars\" confidence=\"H\"><name>Tuner</name></option>\n"

static SdVehicles *
load (const char *xml,
      GPtrArray  *problems)
{
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(xmlDoc) doc = sd_xml_parse (bytes, "v.xml", problems);

  assert_non_null (doc);
  sd_vehicles_add_document (vehicles, doc, "v.xml", problems);
  sd_vehicles_check (vehicles, problems);

  return g_steal_pointer (&vehicles);
}

static gboolean
has_fit (GPtrArray  *fits,
         const char *ref)
{
  for (guint i = 0; i < fits->len; i++)
    if (g_str_equal (((SdVehicleFit *) g_ptr_array_index (fits, i))->ref, ref))
      return TRUE;

  return FALSE;
}

static void
test_builtin_is_clean (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (problems);
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *text = NULL;

  sd_vehicles_check_knowledge (vehicles, sd_catalog_get_knowledge (catalog), problems);
  text = sd_problems_format (problems);
  assert_string_equal (text, "");

  assert_true (sd_vehicles_get_n_series (vehicles) >= 10);
  assert_non_null (sd_vehicles_lookup_model (vehicles, "e90"));
  assert_ptr_equal (sd_vehicles_find_model_by_code (vehicles, "e92"),
                    sd_vehicles_lookup_model (vehicles, "e92"));
  assert_non_null (sd_vehicles_lookup_unit (vehicles, SD_VEHICLE_HEAD_UNIT, "nbt-evo"));
  assert_non_null (sd_vehicles_lookup_unit (vehicles, SD_VEHICLE_TELEMATICS, "atm2"));
  assert_true (sd_vehicles_get_n_shutdowns (vehicles) > 0);

  /* Every model belongs to a series with a setup, and every head unit can be recognised. */
  for (guint i = 0; i < sd_vehicles_get_n_models (vehicles); i++)
    assert_non_null (sd_vehicles_get_setup (vehicles, sd_vehicles_get_model (vehicles, i)->id));
  for (guint i = 0; i < sd_vehicles_get_n_units (vehicles, SD_VEHICLE_HEAD_UNIT); i++)
    assert_non_null (sd_vehicles_get_text_msgid (vehicles,
                                                 sd_vehicles_get_unit (vehicles, SD_VEHICLE_HEAD_UNIT, i)->id,
                                                 "recognise"));
}

static void
test_every_fact_has_a_confidence (void **state)
{
  static const char * const exempt[] = { "name", "recognise", "note", "member", "affects", NULL };
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (NULL);

  /* In the file, independently of the reader... */
  sd_test_assert_confidence_everywhere ("data/knowledge/vehicles.xml", exempt);

  /* ...and as read. */
  for (guint kind = 0; kind < SD_VEHICLE_N_KINDS; kind++)
    for (guint i = 0; i < sd_vehicles_get_n_units (vehicles, kind); i++)
      assert_int_not_equal (sd_vehicles_get_unit (vehicles, kind, i)->confidence, SD_CONFIDENCE_NONE);
  for (guint i = 0; i < sd_vehicles_get_n_series (vehicles); i++)
    {
      const SdVehicleSeries *series = sd_vehicles_get_series (vehicles, i);

      assert_int_not_equal (series->confidence, SD_CONFIDENCE_NONE);
      assert_int_not_equal (series->setup->confidence, SD_CONFIDENCE_NONE);
      for (guint j = 0; j < series->setup->fits->len; j++)
        assert_int_not_equal (((SdVehicleFit *) g_ptr_array_index (series->setup->fits, j))->confidence,
                              SD_CONFIDENCE_NONE);
      if (series->setup->ring_order != SD_RING_ORDER_NONE)
        assert_int_not_equal (series->setup->ring_confidence, SD_CONFIDENCE_NONE);
    }
  for (guint i = 0; i < sd_vehicles_get_n_models (vehicles); i++)
    assert_int_not_equal (sd_vehicles_get_model (vehicles, i)->confidence, SD_CONFIDENCE_NONE);
  for (guint i = 0; i < sd_vehicles_get_n_shutdowns (vehicles); i++)
    assert_int_not_equal (sd_vehicles_get_shutdown (vehicles, i)->confidence, SD_CONFIDENCE_NONE);
}

static void
test_missing_confidence_is_reported_and_the_rest_kept (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdVehicles) vehicles = NULL;

  vehicles = load (HEAD UNITS
                   "<series id=\"s\" brand=\"bmw\" generation=\"e\" confidence=\"H\" from=\"2005\">\n"
                   "  <name>Series</name>\n"
                   "  <model id=\"m\" code=\"E90\" body=\"saloon\" confidence=\"H\" from=\"2005\"/>\n"
                   "  <setup most-ring=\"yes\" confidence=\"H\">\n"
                   "    <head-unit ref=\"ccc\" default=\"yes\"/>\n"
                   "    <telematics ref=\"tcu\" bus=\"most\" confidence=\"H\"/>\n"
                   "  </setup>\n"
                   "</series>\n"
                   "<body id=\"coupe\"><name>Coupe</name></body>\n"
                   TAIL, problems);

  sd_test_assert_problem (problems, 12, "needs the attribute “confidence”");
  sd_test_assert_problem (problems, 16, "needs the attribute “confidence”");
  assert_int_equal (problems->len, 2);
  /* The good entries are all there, the entry without a confidence too. */
  assert_non_null (sd_vehicles_lookup_model (vehicles, "m"));
  assert_string_equal (sd_vehicles_get_default (vehicles, "m", SD_VEHICLE_HEAD_UNIT, NULL, 0), "ccc");
  assert_non_null (sd_vehicles_lookup_unit (vehicles, SD_VEHICLE_BODY, "coupe"));
}

static void
test_dangling_names_are_reported (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdVehicles) vehicles = NULL;

  vehicles = load (HEAD UNITS
                   "<series id=\"s\" brand=\"bmw\" generation=\"e\" confidence=\"H\">\n"
                   "  <name>Series</name>\n"
                   "  <model id=\"m\" code=\"E90\" body=\"limousine\" confidence=\"H\"/>\n"
                   "  <setup most-ring=\"yes\" confidence=\"H\">\n"
                   "    <head-unit ref=\"cic\" confidence=\"H\"/>\n"
                   "    <telematics ref=\"tcu\" bus=\"most\" market=\"mars\" confidence=\"H\"/>\n"
                   "    <option ref=\"amplifier\" confidence=\"H\"/>\n"
                   "    <ring order=\"unknown\" confidence=\"H\">\n"
                   "      <member ref=\"head-unit\"/>\n"
                   "      <member ref=\"dab\"/>\n"
                   "    </ring>\n"
                   "  </setup>\n"
                   "</series>\n"
                   "<shutdown id=\"x\" market=\"na\" country=\"us\" network=\"2g\" date=\"2016-12-31\" confidence=\"H\">\n"
                   "  <affects unit=\"tcb\" series=\"nope\"/><note>Off.</note>\n"
                   "</shutdown>\n"
                   TAIL, problems);

  sd_test_assert_problem (problems, 10, "“limousine” is not defined as a <body>");
  sd_test_assert_problem (problems, 12, "“cic” is not defined as a <head-unit>");
  sd_test_assert_problem (problems, 13, "“mars” is not defined as a <market>");
  sd_test_assert_problem (problems, 14, "“amplifier” is not defined as a <option>");
  sd_test_assert_problem (problems, 17, "ring member “dab”");
  sd_test_assert_problem (problems, 22, "“tcb” is not defined as a <telematics-unit>");
  sd_test_assert_problem (problems, 22, "“nope” is not defined as a <series>");
  assert_int_equal (problems->len, 7);
}

static void
test_years_are_checked (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdVehicles) vehicles = NULL;

  vehicles = load (HEAD UNITS
                   "<series id=\"s\" brand=\"bmw\" generation=\"e\" confidence=\"H\" from=\"2005\" to=\"2013\">\n"
                   "  <name>Series</name>\n"
                   "  <model id=\"early\" code=\"E90\" body=\"saloon\" confidence=\"H\" from=\"2001\" to=\"2008\"/>\n"
                   "  <model id=\"backwards\" code=\"E91\" body=\"saloon\" confidence=\"H\" from=\"2010\" to=\"2008\"/>\n"
                   "  <model id=\"no-month\" code=\"E92\" body=\"saloon\" confidence=\"H\" from=\"2009-13\"/>\n"
                   "  <model id=\"fine\" code=\"E93\" body=\"saloon\" confidence=\"H\" from=\"2007-03\" to=\"2013\"/>\n"
                   "  <setup most-ring=\"yes\" confidence=\"H\">\n"
                   "    <head-unit ref=\"ccc\" confidence=\"H\" to=\"1900\"/>\n"
                   "    <telematics-unknown confidence=\"H\"/>\n"
                   "  </setup>\n"
                   "</series>\n"
                   TAIL, problems);

  sd_test_assert_problem (problems, 10, "outside those of its series");
  sd_test_assert_problem (problems, 11, "run backwards");
  sd_test_assert_problem (problems, 12, "not “2009-13”");
  sd_test_assert_problem (problems, 15, "not “1900”");
  assert_int_equal (problems->len, 4);
  assert_int_equal (sd_vehicles_lookup_model (vehicles, "fine")->from, sd_vehicle_month (2007, 3));
  assert_int_equal (sd_vehicles_lookup_model (vehicles, "fine")->to, sd_vehicle_month (2013, 12));
  assert_false (sd_vehicles_get_setup (vehicles, "fine")->telematics_known);
}

static void
test_what_applies_to_a_car (void **state)
{
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (NULL);
  g_autoptr(GPtrArray) us_e92 = NULL;
  g_autoptr(GPtrArray) eu_e92 = NULL;
  g_autoptr(GPtrArray) late_us_e92 = NULL;
  g_autoptr(GPtrArray) g20 = NULL;
  const char * const no_options[] = { NULL };
  const char * const amplifier[] = { "amplifier", NULL };

  /* A US E92 of 2008 can have a separate satellite tuner on its ring... */
  us_e92 = sd_vehicles_list_fits (vehicles, "e92", SD_VEHICLE_OPTION, "na", sd_vehicle_month (2008, 5));
  assert_true (has_fit (us_e92, "sdars"));
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "e92", "ccc", NULL), SD_FACT_YES);
  /* ...a European one cannot; on one built after the tuner could move into the
   * head unit, whether there is a separate one is not known, and says so. */
  eu_e92 = sd_vehicles_list_fits (vehicles, "e92", SD_VEHICLE_OPTION, "europe", sd_vehicle_month (2008, 5));
  assert_false (has_fit (eu_e92, "sdars"));
  assert_true (((SdVehicleFit *) g_ptr_array_index (us_e92, 1))->known);
  late_us_e92 = sd_vehicles_list_fits (vehicles, "e92", SD_VEHICLE_OPTION, "na", sd_vehicle_month (2010, 1));
  assert_true (has_fit (late_us_e92, "sdars"));
  assert_string_equal (((SdVehicleFit *) g_ptr_array_index (late_us_e92, 1))->ref, "sdars");
  assert_false (((SdVehicleFit *) g_ptr_array_index (late_us_e92, 1))->known);

  /* A G20 has no ring and no separate tuner. */
  g20 = sd_vehicles_list_fits (vehicles, "g20", SD_VEHICLE_OPTION, "na", 0);
  assert_false (has_fit (g20, "sdars"));
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "g20", NULL, NULL), SD_FACT_NO);
  assert_string_equal (sd_vehicles_get_default (vehicles, "g20", SD_VEHICLE_HEAD_UNIT, NULL, 0), "mgu");

  /* On FEM cars it depends on the head unit; on a UKL car with the entry unit
   * and no options, there is none. */
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "f30", "nbt", NULL), SD_FACT_YES);
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "f30", "hu-b", NULL), SD_FACT_UNKNOWN);
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "f30", "hu-b", amplifier), SD_FACT_YES);
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "f45", "hu-b", no_options), SD_FACT_NO);
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "f45", "nbt", no_options), SD_FACT_UNKNOWN);
  assert_int_equal (sd_vehicles_has_most_ring (vehicles, "nope", NULL, NULL), SD_FACT_UNKNOWN);

  /* Defaults follow the build month; a TCB on an E9x is possible but not known. */
  assert_string_equal (sd_vehicles_get_default (vehicles, "e90", SD_VEHICLE_HEAD_UNIT, NULL, 0), "rad2");
  assert_string_equal (sd_vehicles_get_default (vehicles, "e90", SD_VEHICLE_TELEMATICS, NULL,
                                                sd_vehicle_month (2007, 1)), "tcu");
  assert_false (sd_vehicles_find_fit (vehicles, "e92", SD_VEHICLE_TELEMATICS, "tcb")->known);
  assert_int_equal (sd_vehicles_find_fit (vehicles, "e92", SD_VEHICLE_TELEMATICS, "tcb")->bus, SD_BUS_CAN);
  assert_int_equal (sd_vehicles_get_setup (vehicles, "e92")->ring_order, SD_RING_ORDER_EXAMPLE);
  assert_int_equal (sd_vehicles_get_setup (vehicles, "e60")->ring_order, SD_RING_ORDER_UNKNOWN);
  assert_true (sd_vehicles_find_fit (vehicles, "f56", SD_VEHICLE_HEAD_UNIT, "nbt-evo")->ecall);
}

static void
test_shutdowns_for_a_car (void **state)
{
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (NULL);
  g_autoptr(GPtrArray) us_tcu = sd_vehicles_list_shutdowns (vehicles, "e92", "tcu", "na");
  g_autoptr(GPtrArray) us_f30 = sd_vehicles_list_shutdowns (vehicles, "f30", "tcb", "na");
  g_autoptr(GPtrArray) us_f10_ims = sd_vehicles_list_shutdowns (vehicles, "f10", "tcb", "na");
  const SdNetworkShutdown *de_2g = NULL;

  assert_int_equal (us_tcu->len, 1);
  assert_string_equal (((SdNetworkShutdown *) g_ptr_array_index (us_tcu, 0))->id, "us-2g-2016");
  assert_string_equal (((SdNetworkShutdown *) g_ptr_array_index (us_tcu, 0))->date, "2016-12-31");
  assert_int_equal (us_f30->len, 2);
  /* The IMS profile was missing on other series, not on the F10. */
  assert_int_equal (us_f10_ims->len, 1);

  for (guint i = 0; i < sd_vehicles_get_n_shutdowns (vehicles); i++)
    if (g_str_equal (sd_vehicles_get_shutdown (vehicles, i)->id, "de-2g"))
      de_2g = sd_vehicles_get_shutdown (vehicles, i);
  assert_non_null (de_2g);
  /* Not known: said so, not guessed. */
  assert_null (de_2g->date);
  assert_non_null (sd_vehicles_get_text (vehicles, "de-2g", "note"));
}

static void
test_model_year_from_vin (void **state)
{
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (NULL);
  guint earlier, later;

  assert_true (sd_vin_get_year_candidates ("WBAPH5C55BA123456", &earlier, &later));
  assert_int_equal (earlier, 1981);
  assert_int_equal (later, 2011);
  assert_true (sd_vin_get_year_candidates ("wbaph5c55ya123456", &earlier, &later));
  assert_int_equal (earlier, 2000);
  assert_true (sd_vin_get_year_candidates ("WBAPH5C5591234567", &earlier, &later));
  assert_int_equal (earlier, 2009);
  assert_int_equal (later, 2039);

  /* The model's production years pick the reading of the 30-year cycle. */
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55BA123456", "e90"), 2011);
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C5591234567", "e90"), 2009);
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55YA123456", "e46"), 2000);
  /* An E90 built until 2011 may carry model year 2012 (C), not 2013 (D). */
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55CA123456", "e90"), 2012);
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55DA123456", "e90"), 0);
  /* Without a model, the later reading unless it is in the future. */
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55BA123456", NULL), 2011);
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55YA123456", NULL), 2000);

  /* No year there, or not a VIN. */
  assert_false (sd_vin_get_year_candidates ("WBAPH5C55ZA123456", &earlier, &later));
  assert_false (sd_vin_get_year_candidates ("WBAPH5C550A123456", &earlier, &later));
  assert_false (sd_vin_is_valid ("WBAPH5C55BA12345"));
  assert_false (sd_vin_is_valid ("WBAPH5C55BA12345O"));
  assert_true (sd_vin_is_valid ("WBAPH5C55BA123456"));
  assert_int_equal (sd_vehicles_get_model_year (vehicles, "WBAPH5C55BA12345", "e90"), 0);
}

static void
test_texts (void **state)
{
  g_autoptr(SdVehicles) vehicles = sd_vehicles_new_builtin (NULL);
  g_autofree char *label = NULL;

  label = sd_vehicles_dup_model_label (vehicles, sd_vehicles_lookup_model (vehicles, "e90"));
  assert_string_equal (label, "E90 Saloon");
  assert_non_null (strstr (sd_vehicles_get_text_msgid (vehicles, "nbt-evo", "recognise"), "touch pad"));
  assert_string_equal (sd_vehicles_get_text (vehicles, "na", "name"), "North America");
  assert_null (sd_vehicles_get_text (vehicles, "na", "recognise"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_builtin_is_clean),
    cmocka_unit_test (test_every_fact_has_a_confidence),
    cmocka_unit_test (test_missing_confidence_is_reported_and_the_rest_kept),
    cmocka_unit_test (test_dangling_names_are_reported),
    cmocka_unit_test (test_years_are_checked),
    cmocka_unit_test (test_what_applies_to_a_car),
    cmocka_unit_test (test_shutdowns_for_a_car),
    cmocka_unit_test (test_model_year_from_vin),
    cmocka_unit_test (test_texts),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
