/* test-xml.c: safe parsing and schema validation (app/engine/sd-xml.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-test-utils.h"
#include "sd-xml.h"

static const char *valid_procedure =
  SD_TEST_PROCEDURE_HEAD
  "    <instruction id=\"one\"><title>One</title><text>Do it.</text></instruction>\n"
  "    <outcome id=\"done\" result=\"resolved\"><title>Done</title><text>Fixed.</text></outcome>\n"
  SD_TEST_PROCEDURE_TAIL;

static void
test_valid_procedure (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static (valid_procedure, strlen (valid_procedure));
  SdXmlKind kind = SD_XML_KIND_UNKNOWN;
  g_autoptr(xmlDoc) doc = sd_xml_load_bytes (bytes, "ok.xml", &kind, problems);

  assert_non_null (doc);
  assert_int_equal (kind, SD_XML_KIND_PROCEDURE);
  assert_int_equal (problems->len, 0);
}

static void
test_empty (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GBytes) bytes = g_bytes_new_static ("", 0);

  assert_null (sd_xml_parse (bytes, "empty.xml", problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, 1, "the file is empty");
}

static void
test_not_well_formed_names_line (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_parse ("<?xml version=\"1.0\"?>\n<procedure>\n\n  <title>x</titel>\n"
                              "</procedure>\n", "broken.xml", problems));
  sd_test_assert_problem (problems, 4, "mismatch");
  assert_string_equal (((SdProblem *) g_ptr_array_index (problems, 0))->file, "broken.xml");
}

static void
test_doctype_rejected_before_parsing (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_parse ("<?xml version=\"1.0\"?>\n"
                              "<!-- comment -->\n"
                              "<!DOCTYPE procedure [ <!ENTITY a \"aaaa\"> ]>\n"
                              "<procedure>&a;</procedure>\n", "doctype.xml", problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, 3, "DOCTYPE is not accepted");
}

static void
test_doctype_in_other_encoding_rejected (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
                    "<!DOCTYPE procedure SYSTEM \"file:///etc/passwd\">\n<procedure/>\n";
  g_autofree char *utf16 = NULL;
  gsize len = 0;
  g_autoptr(GBytes) bytes = NULL;

  /* In UTF-16 the pre-scan cannot see the DOCTYPE; the check after parsing must. */
  utf16 = g_convert (xml, -1, "UTF-16LE", "UTF-8", NULL, &len, NULL);
  assert_non_null (utf16);
  {
    g_autofree char *with_bom = g_malloc (len + 2);

    with_bom[0] = (char) 0xff;
    with_bom[1] = (char) 0xfe;
    memcpy (with_bom + 2, utf16, len);
    bytes = g_bytes_new (with_bom, len + 2);
  }

  assert_null (sd_xml_parse (bytes, "utf16.xml", problems));
  sd_test_assert_problem (problems, 1, "DOCTYPE is not accepted");
}

static void
test_big_line_numbers (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GString) xml = g_string_new (SD_TEST_PROCEDURE_HEAD);
  g_autoptr(xmlDoc) doc = NULL;
  guint line;

  /* Lines past 65535 must not be clamped, in parse errors and schema errors.
   * (Past 65535, libxml2 2.9 finds an element's line through its first child, so
   * the element here has one; an empty one may be reported a line late.) */
  for (guint i = 0; i < 70000; i++)
    g_string_append_c (xml, '\n');
  line = 6 + 70000 + 1;
  g_string_append (xml, "    <bogus id=\"x\">text</bogus>\n" SD_TEST_PROCEDURE_TAIL);

  doc = sd_test_parse (xml->str, "long.xml", problems);
  assert_null (doc);
  sd_test_assert_problem (problems, line, "bogus");

  g_ptr_array_set_size (problems, 0);
  g_string_truncate (xml, xml->len - strlen (SD_TEST_PROCEDURE_TAIL) - strlen ("    <bogus id=\"x\">text</bogus>\n"));
  g_string_append (xml, "    <oops>\n" SD_TEST_PROCEDURE_TAIL);
  assert_null (sd_test_parse (xml->str, "long.xml", problems));
  assert_true (((SdProblem *) g_ptr_array_index (problems, 0))->line > 65535);
}

static void
test_schema_error_names_line (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_parse ("<?xml version=\"1.0\"?>\n"
                              "<procedure id=\"x\" version=\"1\" minutes=\"5\" difficulty=\"trivial\">\n"
                              "  <title>T</title>\n"
                              "</procedure>\n", "schema.xml", problems));
  assert_true (problems->len >= 1);
  sd_test_assert_problem (problems, 2, "procedure");
}

static void
test_unknown_root (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_test_parse ("<?xml version=\"1.0\"?>\n\n<guide/>\n", "guide.xml", problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, 3, "the root element is <guide>");
}

static void
test_read_file_size_cap (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "big.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autofree char *data = g_malloc0 (SD_XML_MAX_FILE_SIZE + 1);
  g_autoptr(GBytes) ok = NULL;

  memset (data, ' ', SD_XML_MAX_FILE_SIZE + 1);
  assert_true (g_file_set_contents (path, data, SD_XML_MAX_FILE_SIZE + 1, NULL));
  assert_null (sd_xml_read_file (file, path, problems));
  sd_test_assert_problem (problems, 1, "larger than 2048 KiB");

  /* A file exactly at the limit is read. */
  assert_true (g_file_set_contents (path, data, SD_XML_MAX_FILE_SIZE, NULL));
  ok = sd_xml_read_file (file, path, problems);
  assert_non_null (ok);
  assert_int_equal (g_bytes_get_size (ok), SD_XML_MAX_FILE_SIZE);

  sd_test_rm_rf (dir);
}

static void
test_missing_file (void **state)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/sos-doctor/x.xml");
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_null (sd_xml_read_file (file, "x.xml", problems));
  sd_test_assert_problem (problems, 1, "cannot read the file");
}

static void
test_external_entity_never_read (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *secret = g_build_filename (dir, "secret.txt", NULL);
  g_autofree char *xml = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  assert_true (g_file_set_contents (secret, "CANARY-4f1d9", -1, NULL));
  xml = g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                         "<!DOCTYPE p [ <!ENTITY x SYSTEM \"file://%s\"> ]>\n"
                         "<procedure>&x;</procedure>\n", secret);
  assert_null (sd_test_parse (xml, "xxe.xml", problems));
  text = sd_test_problems_text (problems);
  assert_null (strstr (text, "CANARY"));

  sd_test_rm_rf (dir);
}

static void
test_unique_ids_include_root (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;

  /* A step named like its procedure would give two texts the same msgctxt. */
  doc = sd_test_parse (SD_TEST_PROCEDURE_HEAD
                       "    <instruction id=\"test-proc\"><title>A</title><text>A.</text></instruction>\n"
                       "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                       SD_TEST_PROCEDURE_TAIL, "ids.xml", problems);
  assert_non_null (doc);
  assert_false (sd_xml_check_unique_ids (xmlDocGetRootElement (doc), "ids.xml", problems));
  sd_test_assert_problem (problems, 7, "the id “test-proc” is already used on line 2");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_valid_procedure),
    cmocka_unit_test (test_empty),
    cmocka_unit_test (test_not_well_formed_names_line),
    cmocka_unit_test (test_doctype_rejected_before_parsing),
    cmocka_unit_test (test_doctype_in_other_encoding_rejected),
    cmocka_unit_test (test_big_line_numbers),
    cmocka_unit_test (test_schema_error_names_line),
    cmocka_unit_test (test_unknown_root),
    cmocka_unit_test (test_read_file_size_cap),
    cmocka_unit_test (test_missing_file),
    cmocka_unit_test (test_external_entity_never_read),
    cmocka_unit_test (test_unique_ids_include_root),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
