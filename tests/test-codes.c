/* test-codes.c: the fault-code table and code input (app/engine/sd-codes*.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-codes-reader.h"
#include "sd-test-utils.h"

/* Parses @text; returns the codes found joined by spaces. */
static char *
parse (const char *text,
       GPtrArray  *problems,
       gboolean   *ok)
{
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  gboolean result = sd_codes_parse_input (text, codes, problems);

  if (ok != NULL)
    *ok = result;
  g_ptr_array_add (codes, NULL);

  return g_strjoinv (" ", (char **) codes->pdata);
}

static void
assert_parses_to (const char *text,
                  const char *expected)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  gboolean ok = FALSE;
  g_autofree char *codes = parse (text, problems, &ok);

  if (g_strcmp0 (codes, expected) != 0 || !ok || problems->len != 0)
    fail_msg ("“%s” gave “%s” (%u problems), expected “%s”", text, codes, problems->len, expected);
}

static void
test_parse_variants (void **state)
{
  assert_parses_to ("B7F341", "B7F341");
  assert_parses_to ("0xB7F341", "B7F341");
  assert_parses_to ("b7f341", "B7F341");
  assert_parses_to ("  0Xb7f341  ", "B7F341");
  assert_parses_to ("B7F341 Emergency battery: hardware faulty", "B7F341");
  assert_parses_to ("B7F341, B7F343; A554", "B7F341 B7F343 A554");
  assert_parses_to ("B7F341 B7F343 93F4", "B7F341 B7F343 93F4");
  assert_parses_to ("B7F341 - Emergency battery\n"
                    "0xA554 KOMBI: no telephone message received 12 V\r\n"
                    "(93F4) SGM\r"
                    "9487: no communication", "B7F341 A554 93F4 9487");
  /* A code stays once; words made of the letters A to F are not codes. */
  assert_parses_to ("B7F341, b7f341, 0xB7F341", "B7F341");
  assert_parses_to ("B7F341 battery faulty, added to the list; decade", "B7F341");
  /* A code later on a line of scanner text is still found. */
  assert_parses_to ("Telematics: B7F341 Emergency battery", "B7F341");
  assert_parses_to ("", "");
}

static void
test_malformed_input_keeps_the_rest (void **state)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *codes = NULL;
  gboolean ok = TRUE;

  codes = parse ("B7F341, B7F34G, A554\n0xZZ 93F4\nB7F3411", problems, &ok);

  assert_false (ok);
  assert_string_equal (codes, "B7F341 A554 93F4");
  assert_int_equal (problems->len, 3);
  assert_non_null (strstr (g_ptr_array_index (problems, 0), "Line 1: “B7F34G” is not a fault code"));
  assert_non_null (strstr (g_ptr_array_index (problems, 1), "Line 2: “0xZZ”"));
  assert_non_null (strstr (g_ptr_array_index (problems, 2), "Line 3: “B7F3411”"));

  /* Without a place for the messages, the codes still come through. */
  g_clear_pointer (&codes, g_free);
  codes = parse ("B7F34G A554", NULL, &ok);
  assert_false (ok);
  assert_string_equal (codes, "A554");
}

static void
test_known_and_unknown_codes (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdCodes) table = sd_codes_new_builtin (problems);
  g_autoptr(GPtrArray) typed = g_ptr_array_new_with_free_func (g_free);
  const SdCode *battery;
  const SdCodeIndication *indication;

  assert_int_equal (problems->len, 0);
  assert_true (sd_codes_parse_input ("0xb7f341, 123ABC", typed, NULL));
  assert_int_equal (typed->len, 2);

  battery = sd_codes_lookup (table, g_ptr_array_index (typed, 0));
  assert_non_null (battery);
  assert_string_equal (battery->id, "b7f341");
  assert_string_equal (battery->modules[0], "telematics");
  indication = &g_array_index (battery->indications, SdCodeIndication, 0);
  assert_string_equal (indication->fault, "emergency-battery-worn");
  assert_true (indication->likelihood > battery->leak);
  assert_non_null (strstr (sd_codes_get_meaning (table, battery), "backup battery"));
  assert_non_null (sd_codes_get_module_name (table, "telematics"));

  /* An unknown code is kept by the parser and found in no table entry. */
  assert_string_equal (g_ptr_array_index (typed, 1), "123ABC");
  assert_null (sd_codes_lookup (table, "123ABC"));
  assert_null (sd_codes_lookup (table, "not a code"));

  /* Entries without a number are there, but no typed code finds them. */
  assert_null (sd_codes_lookup_id (table, "most-excess-temperature")->hex);
  assert_null (sd_codes_lookup (table, "unknown"));
}

static void
test_builtin_is_clean (void **state)
{
  static const char * const exempt[] = { "name", "meaning", NULL };
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdCodes) table = sd_codes_new_builtin (problems);
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *text = NULL;
  const char *required[] = { "B7F341", "B7F343", "A554", "93F4", "9487", "E190", "E18F" };

  sd_codes_check_knowledge (table, sd_catalog_get_knowledge (catalog), problems);
  text = sd_problems_format (problems);
  assert_string_equal (text, "");

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    assert_non_null (sd_codes_lookup (table, required[i]));

  /* Every fact has a confidence, in the file and as read. */
  sd_test_assert_confidence_everywhere ("data/knowledge/codes.xml", exempt);
  for (guint i = 0; i < sd_codes_get_n_codes (table); i++)
    {
      const SdCode *code = sd_codes_get_code (table, i);

      assert_int_not_equal (code->confidence, SD_CONFIDENCE_NONE);
      assert_true (code->leak > 0 && code->leak <= 1);
      assert_true (code->indications->len > 0);
      for (guint j = 0; j < code->indications->len; j++)
        assert_int_not_equal (g_array_index (code->indications, SdCodeIndication, j).confidence,
                              SD_CONFIDENCE_NONE);
      assert_string_not_equal (sd_codes_get_meaning (table, code), "");
    }
}

static void
test_bad_table (void **state)
{
  const char *xml =
    "<?xml version=\"1.0\"?>\n<codes id=\"c\" version=\"1\">\n"
    "<module id=\"tcb\" confidence=\"H\"><name>TCB</name></module>\n"
    "<code id=\"good\" hex=\"B7F341\" module=\"tcb\" leak=\"0.01\" confidence=\"M\">\n"
    "  <meaning>Battery.</meaning><indicates fault=\"emergency-battery-worn\" likelihood=\"0.6\" confidence=\"M\"/>\n"
    "</code>\n"
    "<code id=\"again\" hex=\"b7f341\" module=\"tcb\" leak=\"0.01\" confidence=\"M\">\n"
    "  <meaning>Twice.</meaning><indicates fault=\"emergency-battery-worn\" likelihood=\"0.6\" confidence=\"M\"/>\n"
    "</code>\n"
    "<code id=\"bad\" hex=\"B7G\" module=\"kombi\" leak=\"0\">\n"
    "  <meaning>Bad.</meaning><indicates fault=\"no-such-fault\" likelihood=\"1.5\" confidence=\"L\"/>\n"
    "  <indicates fault=\"battery-weak\" likelihood=\"0.2\" confidence=\"L\"/>\n"
    "  <indicates fault=\"ghost\" likelihood=\"0.2\" confidence=\"L\"/>\n"
    "</code>\n"
    "</codes>\n";
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdCodes) table = sd_codes_new ();
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(xmlDoc) doc = sd_xml_parse (bytes, "c.xml", problems);
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();

  assert_non_null (doc);
  assert_false (sd_codes_add_document (table, doc, "c.xml", problems));
  assert_false (sd_codes_check (table, problems));
  assert_false (sd_codes_check_knowledge (table, sd_catalog_get_knowledge (catalog), problems));

  sd_test_assert_problem (problems, 7, "listed twice");
  sd_test_assert_problem (problems, 10, "needs the attribute “confidence”");
  sd_test_assert_problem (problems, 10, "not “B7G”");
  sd_test_assert_problem (problems, 10, "leak must be a probability");
  sd_test_assert_problem (problems, 11, "likelihood must be a probability");
  sd_test_assert_problem (problems, 10, "“kombi” is not defined as a <module>");
  sd_test_assert_problem (problems, 13, "fault “ghost” is not in the knowledge base");
  assert_int_equal (problems->len, 7);

  /* The good entry, and what could be read of the bad one, are kept. */
  assert_non_null (sd_codes_lookup (table, "B7F341"));
  assert_int_equal (sd_codes_lookup_id (table, "bad")->indications->len, 2);
  assert_string_equal (sd_codes_lookup (table, "0xb7f341")->id, "good");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_parse_variants),
    cmocka_unit_test (test_malformed_input_keeps_the_rest),
    cmocka_unit_test (test_known_and_unknown_codes),
    cmocka_unit_test (test_builtin_is_clean),
    cmocka_unit_test (test_bad_table),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
