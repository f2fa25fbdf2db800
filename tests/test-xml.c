/* test-xml.c: safe parsing and schema validation (app/engine/sd-xml.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

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


static void
test_number_parsers (void **state)
{
  guint u = 7;
  double d = 7.0;

  assert_true (sd_xml_parse_uint ("5", 1, 10, &u));
  assert_int_equal (u, 5);
  assert_true (sd_xml_parse_uint ("0010", 1, 10, &u));
  assert_int_equal (u, 10);
  assert_true (sd_xml_parse_uint ("4294967295", 0, G_MAXUINT, &u));
  assert_int_equal (u, G_MAXUINT);

  /* Each of these once read as 4294967295 or passed the schema. */
  u = 7;
  assert_false (sd_xml_parse_uint ("+5", 1, 10, &u));
  assert_false (sd_xml_parse_uint ("-5", 0, 10, &u));
  assert_false (sd_xml_parse_uint (" 5", 1, 10, &u));
  assert_false (sd_xml_parse_uint ("5 ", 1, 10, &u));
  assert_false (sd_xml_parse_uint ("", 0, 10, &u));
  assert_false (sd_xml_parse_uint (NULL, 0, 10, &u));
  assert_false (sd_xml_parse_uint ("0x10", 0, 100, &u));
  assert_false (sd_xml_parse_uint ("1e3", 0, 10000, &u));
  assert_false (sd_xml_parse_uint ("11", 1, 10, &u));
  assert_false (sd_xml_parse_uint ("0", 1, 10, &u));
  assert_false (sd_xml_parse_uint ("4294967296", 0, G_MAXUINT, &u));
  assert_false (sd_xml_parse_uint ("99999999999999999999", 0, G_MAXUINT, &u));
  assert_int_equal (u, 7);

  assert_true (sd_xml_parse_double ("0.25", 0.0, 1.0, &d));
  assert_true (d > 0.24 && d < 0.26);
  assert_true (sd_xml_parse_double (".5", 0.0, 1.0, &d));
  assert_true (sd_xml_parse_double ("1", 0.0, 1.0, &d));
  assert_true (sd_xml_parse_double ("1.", 0.0, 1.0, &d));

  d = 7.0;
  assert_false (sd_xml_parse_double ("+0.5", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("-0", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("nan", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("inf", 0.0, G_MAXDOUBLE, &d));
  assert_false (sd_xml_parse_double ("1e-3", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("0.5 ", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("1.5", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double (".", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("0.1.2", 0.0, 1.0, &d));
  assert_false (sd_xml_parse_double ("", 0.0, 1.0, &d));
  assert_int_equal ((int) d, 7);
}

static void
test_plus_sign_rejected_with_attribute_and_line (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  /* The schema's positiveInteger takes "+5"; the loader may not. */
  assert_null (sd_test_parse ("<?xml version=\"1.0\"?>\n"
                              "<procedure id=\"p\" version=\"1\" minutes=\"+5\" difficulty=\"easy\">\n"
                              "  <title>T</title><summary>S</summary>\n"
                              "  <concerns component=\"head-unit\"/>\n"
                              "  <steps>\n"
                              "    <hold id=\"h\" seconds=\"+30\"><title>H</title><text>H.</text></hold>\n"
                              "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                              "  </steps>\n"
                              "</procedure>\n", "plus.xml", problems));
  sd_test_assert_problem (problems, 2, "attribute “minutes” has the value “+5”");
  sd_test_assert_problem (problems, 6, "attribute “seconds” has the value “+30”");
  assert_int_equal (problems->len, 2);
}

static void
test_attribute_blamed_on_its_element (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();

  /* libxml2 passes the <title> that starts on the same line as the <hold>. */
  assert_null (sd_test_parse (SD_TEST_PROCEDURE_HEAD
                              "    <hold id=\"h\" seconds=\"abc\"><title>H</title>\n"
                              "      <text>H.</text></hold>\n"
                              "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                              SD_TEST_PROCEDURE_TAIL, "blame.xml", problems));
  sd_test_assert_problem (problems, 7, "attribute “seconds” has the value “abc”");
  for (guint i = 0; i < problems->len; i++)
    assert_null (strstr (((SdProblem *) g_ptr_array_index (problems, i))->message, "<title>"));
}

static void
test_junk_after_nul_rejected (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GString) xml = g_string_new (valid_procedure);
  g_autoptr(GBytes) bytes = NULL;

  g_string_append_c (xml, '\0');
  g_string_append (xml, "<junk>ignored by libxml2</junk>\n");
  bytes = g_bytes_new (xml->str, xml->len);

  assert_null (sd_xml_load_bytes (bytes, "nul.xml", NULL, problems));
  sd_test_assert_problem (problems, 11, "NUL byte");
}

static void
test_crowded_element_refused_before_parsing (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<!-- a=\"1\" -->\n<procedure");

  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (xml, " a%u=\"1\"", i);
  g_string_append (xml, "><title>T</title></procedure>\n");

  assert_null (sd_test_parse (xml->str, "attributes.xml", problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, 3, "more than 64 attributes");

  /* Quoted "=" and those in comments do not count. */
  g_ptr_array_set_size (problems, 0);
  g_string_assign (xml, "<?xml version=\"1.0\"?>\n<!-- ");
  for (guint i = 0; i < 100; i++)
    g_string_append (xml, "a=1 ");
  g_string_append (xml, "-->\n<guide title=\"");
  for (guint i = 0; i < 100; i++)
    g_string_append (xml, "a=1 ");
  g_string_append (xml, "\"/>\n");
  assert_null (sd_test_parse (xml->str, "quoted.xml", problems));
  sd_test_assert_problem (problems, 3, "the root element is <guide>");
}

static void
test_long_lists_refused_before_validation (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GString) xml = g_string_new (SD_TEST_PROCEDURE_HEAD
                                         "    <checklist id=\"c\"><title>C</title>\n");
  g_autoptr(xmlDoc) doc = NULL;

  /* 100,000 items once took 8 s in libxml2's validator; 1,000 are fine. */
  for (guint i = 0; i < SD_XML_MAX_CHILDREN - 1; i++)
    g_string_append (xml, "<item>x</item>");
  g_string_append (xml, "</checklist>\n"
                        "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                        SD_TEST_PROCEDURE_TAIL);
  doc = sd_test_parse (xml->str, "items.xml", problems);
  assert_non_null (doc);

  g_string_replace (xml, "<item>x</item>", "<item>x</item><item>y</item>", 1);
  assert_null (sd_test_parse (xml->str, "items.xml", problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, 7, "<checklist> holds more than 1000 elements");
}

static void
test_only_regular_files_are_read (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.xml", NULL);
  g_autofree char *device = g_build_filename (dir, "device.xml", NULL);
  g_autofree char *dangling = g_build_filename (dir, "dangling.xml", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop.xml", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.xml", NULL);
  const char *paths[] = { fifo, device, dangling, loop, folder };
  const char *expected[] = {
    "named pipe (FIFO)", "device", "symbolic link to “/nonexistent/sos-doctor.xml”",
    "symbolic link to", "folder",
  };

  assert_int_equal (mkfifo (fifo, 0600), 0);
  assert_int_equal (symlink ("/dev/zero", device), 0);
  assert_int_equal (symlink ("/nonexistent/sos-doctor.xml", dangling), 0);
  assert_int_equal (symlink (loop, loop), 0);
  assert_int_equal (g_mkdir (folder, 0700), 0);

  /* Each answers at once (a FIFO used to block in open() for ever). */
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GPtrArray) problems = sd_problems_new ();

      assert_null (sd_xml_read_file (file, paths[i], problems));
      assert_int_equal (problems->len, 1);
      assert_string_equal (((SdProblem *) g_ptr_array_index (problems, 0))->file, paths[i]);
      sd_test_assert_problem (problems, 1, expected[i]);
    }

  sd_test_rm_rf (dir);
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
    cmocka_unit_test (test_number_parsers),
    cmocka_unit_test (test_plus_sign_rejected_with_attribute_and_line),
    cmocka_unit_test (test_attribute_blamed_on_its_element),
    cmocka_unit_test (test_junk_after_nul_rejected),
    cmocka_unit_test (test_crowded_element_refused_before_parsing),
    cmocka_unit_test (test_long_lists_refused_before_validation),
    cmocka_unit_test (test_only_regular_files_are_read),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
