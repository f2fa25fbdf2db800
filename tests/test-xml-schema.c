/* test-xml-schema.c: the quick validation against the schema as written
 * (app/engine/sd-xml-schema.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every shipped data file, and copies of it with one identifier or list of
 * identifiers spoiled, gets the same verdict and the same messages from
 * sd_xml_validate() as from libxml2 with the schema as written.
 */
#include "config.h"

#include "sd-problem.h"
#include "sd-test-utils.h"
#include "sd-xml.h"
#include "sd-xml-private.h"

static const char * const files[] = {
  "procedures/amplifier-check.xml",
  "procedures/fibre-inspect.xml",
  "procedures/idrive-reboot.xml",
  "knowledge/sos-doctor.xml",
  "knowledge/vehicles.xml",
  "knowledge/codes.xml",
};

/* What to spoil: the first occurrence of each, if the file has it. */
static const struct { const char *from; const char *to; } spoils[] = {
  { " id=\"", " id=\"Bad_" },
  { " id=\"", " id=\"-" },
  { " id=\"", " id=\"x--" },
  { " id=\"", " id=\" " },
  { "component=\"", "component=\"a b " },
  { "fault=\"", "fault=\"x-" },
  { "goto=\"", "goto=\"9-" },
  { "next=\"", "next=\"&#65;" },
  { "option=\"", "option=\"ok  Bad " },
  { "option=\"", "option=\"ok  also " },
  { "option=\"", "option=\" ok " },
  { "series=\"", "series=\"E90 " },
  { "series=\"", "series=\"e90\tf10 " },
  { "market=\"", "market=\"eu- " },
  /* Longer than the 64 characters an identifier may have. */
  { " id=\"", " id=\"a123456789-123456789-123456789-123456789-123456789-123456789-" },
  { "option=\"", "option=\"a123456789-123456789-123456789-123456789-123456789-123456789 " },
};

static void
silent (void     *user_data,
        xmlError *error)
{
}

/* The verdict of the schema as written, with libxml2 alone. */
static gboolean
full_verdict (xmlDoc    *doc,
              SdXmlKind  kind)
{
  xmlRelaxNGValidCtxtPtr ctxt = xmlRelaxNGNewValidCtxt (sd_xml_schema_get (kind));
  int result;

  xmlRelaxNGSetValidStructuredErrors (ctxt, silent, NULL);
  result = xmlRelaxNGValidateDoc (ctxt, doc);
  xmlRelaxNGFreeValidCtxt (ctxt);

  return result == 0;
}

static void
check_text (const char *text,
            guint      *n_invalid)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = sd_xml_parse (bytes, "spoiled.xml", NULL);
  SdXmlKind kind;
  gboolean expected;

  if (doc == NULL)
    return;
  kind = sd_xml_get_kind (doc);
  expected = full_verdict (doc, kind);
  assert_int_equal (sd_xml_validate (doc, kind, "spoiled.xml", problems), expected);
  /* An invalid file says why, a valid one says nothing. */
  assert_int_equal (problems->len == 0, expected);
  if (!expected)
    (*n_invalid)++;
}

static void
test_same_verdict_as_the_schema (void **state)
{
  guint n_invalid = 0;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (SRCDIR, "data", files[i], NULL);
      g_autofree char *text = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(xmlDoc) doc = NULL;

      assert_true (g_file_get_contents (path, &text, NULL, NULL));
      bytes = g_bytes_new (text, strlen (text));
      doc = sd_xml_parse (bytes, path, NULL);
      assert_non_null (doc);
      /* A shipped file is known valid the quick way: the schemas keep their
       * identifiers where sd-xml-schema.c expects them. */
      assert_true (sd_xml_schema_quick_validate (sd_xml_get_kind (doc), doc));

      for (guint j = 0; j < G_N_ELEMENTS (spoils); j++)
        {
          g_autoptr(GString) spoiled = g_string_new (text);

          if (g_string_replace (spoiled, spoils[j].from, spoils[j].to, 1) == 1)
            check_text (spoiled->str, &n_invalid);
        }
    }

  /* Most spoils make a file invalid; some only look wrong ("ok  also"). */
  assert_true (n_invalid >= 35);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_same_verdict_as_the_schema),
  };

  sd_xml_init ();

  return cmocka_run_group_tests (tests, NULL, NULL);
}
