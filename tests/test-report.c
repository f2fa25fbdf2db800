/* test-report.c: the hand-off report (app/report/), read back with pdftotext
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-report.h"
#include "sd-test-utils.h"

typedef struct
{
  char      *dir;
  SdCatalog *catalog;
} Fixture;

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->dir = sd_test_make_tmpdir ();
  fixture->catalog = sd_test_load_catalog ();
  *state = fixture;

  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  sd_test_rm_rf (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->catalog);
  g_free (fixture);

  return 0;
}

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  return path != NULL;
}

/* The text of pages [first, last] of @pdf (all with 0, 0); with -bbox its words
 * as XHTML with their boxes. */
static char *
pdf_text (const char *pdf,
          guint       first,
          guint       last,
          gboolean    bbox)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_ptr_array_add (argv, g_strdup ("pdftotext"));
  if (bbox)
    g_ptr_array_add (argv, g_strdup ("-bbox"));
  if (first > 0)
    {
      g_ptr_array_add (argv, g_strdup ("-f"));
      g_ptr_array_add (argv, g_strdup_printf ("%u", first));
      g_ptr_array_add (argv, g_strdup ("-l"));
      g_ptr_array_add (argv, g_strdup_printf ("%u", last));
    }
  g_ptr_array_add (argv, g_strdup (pdf));
  g_ptr_array_add (argv, g_strdup ("-"));
  g_ptr_array_add (argv, NULL);

  assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                             &out, NULL, &status, &error));
  assert_null (error);
  assert_true (g_spawn_check_wait_status (status, NULL));

  return out;
}

/* pdftotext joins lines of a paragraph with line breaks: one space for all. */
static char *
collapse (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

static void
assert_contains (const char *text,
                 const char *part)
{
  if (strstr (text, part) == NULL)
    fail_msg ("“%s” is not in the report:\n%s", part, text);
}

static guint
count (const char *text,
       const char *part)
{
  guint n = 0;

  for (const char *p = strstr (text, part); p != NULL; p = strstr (p + 1, part))
    n++;
  return n;
}

static void
test_every_field (void **state)
{
  Fixture *fixture = *state;
  SdKnowledge *knowledge = sd_catalog_get_knowledge (fixture->catalog);
  GListModel *procedures = sd_catalog_get_procedures (fixture->catalog);
  g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, 0);
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 20, 10, 5, 0);
  g_autofree char *pdf = g_build_filename (fixture->dir, "report.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *tried_when = NULL;
  const SdSymptom *yes = sd_knowledge_get_symptom (knowledge, 0);
  const SdSymptom *no = sd_knowledge_get_symptom (knowledge, 1);
  const char *codes[] = { "B7F3A1", "U0100", NULL };
  g_autoptr(SdFinding) finding = sd_finding_new (SD_OBSERVE_FAULT_FOUND, "wiring-fault",
                                                 sd_procedure_get_id (procedure), "a blown fuse");

  if (!have_pdftotext ())
    skip ();

  sd_case_set_car_label (kase, "BMW 3 Series E90");
  sd_case_set_vin (kase, "WBAVA31070NL12345");
  sd_case_set_mileage (kase, "148 200 km");
  sd_case_set_codes (kase, codes);
  sd_case_set_notes (kase, "The SOS light turned red\nafter the battery was replaced.");
  sd_case_set_answer (kase, yes->id, SD_ANSWER_YES);
  sd_case_set_answer (kase, no->id, SD_ANSWER_NO);
  sd_case_add_tried (kase, sd_procedure_get_id (procedure), SD_OUTCOME_UNRESOLVED, when);
  sd_case_add_finding (kase, finding);

  report = sd_report_new (kase, knowledge, procedures);
  assert_true (sd_report_write_pdf (report, pdf, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT, &error));
  assert_null (error);

  raw = pdf_text (pdf, 0, 0, FALSE);
  text = collapse (raw);
  tried_when = g_date_time_format (when, "%Y-%m-%d %H:%M");
  assert_contains (text, "BMW 3 Series E90");
  assert_contains (text, "WBAVA31070NL12345");
  assert_contains (text, "148 200 km");
  assert_contains (text, "B7F3A1, U0100");
  assert_contains (text, sd_text_get (&yes->question));
  assert_contains (text, sd_text_get (&no->question));
  assert_contains (text, "Yes");
  assert_contains (text, "No");
  assert_contains (text, sd_procedure_get_title (procedure));
  assert_contains (text, sd_outcome_get_log_label (SD_OUTCOME_UNRESOLVED));
  assert_contains (text, tried_when);
  /* What a guide found (issue 12). */
  assert_contains (text, "a blown fuse");
  assert_contains (text, "Most likely causes");
  assert_contains (text, " %");
  assert_contains (text, "You answered yes to");
  assert_contains (text, "Recommended next step");
  assert_contains (text, "Where the suspected parts are");
  assert_contains (text, "The SOS light turned red");
  assert_contains (text, "after the battery was replaced.");
  assert_contains (text, "What the probabilities mean");
  assert_contains (text, "Page 1 of ");
  assert_int_equal (count (text, "not given"), 0);
}

static void
test_missing_fields_read_not_given (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdReport) report = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "empty.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  if (!have_pdftotext ())
    skip ();

  report = sd_report_new (kase, sd_catalog_get_knowledge (fixture->catalog),
                          sd_catalog_get_procedures (fixture->catalog));
  assert_true (sd_report_write_pdf (report, pdf, SD_REPORT_LETTER_WIDTH, SD_REPORT_LETTER_HEIGHT,
                                    NULL));
  raw = pdf_text (pdf, 0, 0, FALSE);
  text = collapse (raw);
  /* The car, the VIN, the mileage, the codes and the notes. */
  assert_int_equal (count (text, "not given"), 5);
  assert_contains (text, "No questions answered yet.");
  assert_contains (text, "Nothing tried yet.");
}

/* A car the owner described only through its profile is named by it. */
static void
test_car_from_profile (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdReport) report = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "profile.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  SdVehicleProfile *profile = sd_case_get_profile (kase);

  if (!have_pdftotext ())
    skip ();

  sd_vehicle_profile_set_vehicles (profile, sd_catalog_get_vehicles (fixture->catalog));
  sd_vehicle_profile_set_model (profile, "e90");
  sd_vehicle_profile_set_vin (profile, "WBAVA31070NL12345");
  report = sd_report_new (kase, sd_catalog_get_knowledge (fixture->catalog),
                          sd_catalog_get_procedures (fixture->catalog));
  assert_true (sd_report_write_pdf (report, pdf, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT, NULL));
  raw = pdf_text (pdf, 0, 0, FALSE);
  text = collapse (raw);
  assert_contains (text, "E90");
  assert_contains (text, "WBAVA31070NL12345");
  /* The mileage, the codes and the notes. */
  assert_int_equal (count (text, "not given"), 3);
}

/* With the catalog, the report ranks as the app does, codes included, and says
 * what each code means or that it is not known. */
static void
test_codes_known_and_unknown (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdReport) report = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "codes.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  const char *codes[] = { "B7F341", "C0FFEE", NULL };
  /* A code with no known number is entered by its id, as the Diagnose page
   * and the command line take it. */
  const char *by_id[] = { "most-excess-temperature", NULL };

  if (!have_pdftotext ())
    skip ();

  sd_case_set_codes (kase, codes);
  report = sd_report_new_for_catalog (kase, fixture->catalog);
  assert_true (sd_report_write_pdf (report, pdf, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT, NULL));
  raw = pdf_text (pdf, 0, 0, FALSE);
  text = collapse (raw);
  assert_contains (text, "B7F341: The emergency call backup battery is faulty.");
  assert_contains (text, "C0FFEE: not known to SOS Doctor");
  /* B7F341 puts the emergency battery first, as on the Diagnose page. */
  assert_contains (text, "Most likely causes 9");
  assert_contains (text, "Worn-out emergency backup battery (Emergency call backup battery) • Fault code B7F341");

  sd_case_set_codes (kase, by_id);
  g_clear_object (&report);
  g_clear_pointer (&raw, g_free);
  g_clear_pointer (&text, g_free);
  report = sd_report_new_for_catalog (kase, fixture->catalog);
  assert_true (sd_report_write_pdf (report, pdf, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT, NULL));
  raw = pdf_text (pdf, 0, 0, FALSE);
  text = collapse (raw);
  assert_contains (text, "most-excess-temperature: A unit on the fibre-optic ring switched itself off");
}

#define N_QUESTIONS 100

/* A knowledge base of @n questions, each long enough to wrap, each with a
 * word of its own (Q000X…) to find it by. */
static SdKnowledge *
make_long_knowledge (guint n)
{
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<knowledge id=\"long\" version=\"1\">\n"
    "<component id=\"box\"><name>Box</name><role>R</role><location>L</location>"
    "<hotspot x=\"0.5\" y=\"0.5\"/></component>\n"
    "<fault id=\"a\" component=\"box\" prior=\"0.3\"><name>A</name><explanation>E</explanation></fault>\n");
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = NULL;
  SdKnowledge *knowledge = sd_knowledge_new ();

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<symptom id=\"s%03u\" leak=\"0.1\"><question>Q%03uX: when the "
                            "ignition is on and the engine has run for a while, does the "
                            "emergency call light stay red although the car was not in an "
                            "accident?</question><indicates fault=\"a\" likelihood=\"0.5\"/>"
                            "</symptom>\n", i, i);
  g_string_append (xml, "</knowledge>\n");

  doc = sd_test_parse (xml->str, "long.xml", problems);
  assert_non_null (doc);
  assert_true (sd_knowledge_add_document (knowledge, doc, "long.xml", problems, NULL));

  return knowledge;
}

/* Every word of the PDF lies inside the page, within the margins but for the
 * header and footer, which sit in them. */
static void
assert_within_margins (const char *bbox,
                       double      width,
                       double      height)
{
  g_autoptr(GRegex) word = g_regex_new ("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" "
                                        "xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_regex_match (word, bbox, 0, &match);
  while (g_match_info_matches (match))
    {
      double box[4];

      for (guint i = 0; i < 4; i++)
        {
          g_autofree char *value = g_match_info_fetch (match, i + 1);

          box[i] = g_ascii_strtod (value, NULL);
        }
      if (box[0] < SD_REPORT_MARGIN - 1 || box[2] > width - SD_REPORT_MARGIN + 1 ||
          box[1] < SD_REPORT_MARGIN / 2 || box[3] > height - SD_REPORT_MARGIN / 2)
        fail_msg ("a word lies outside the page's margins: %.1f %.1f %.1f %.1f",
                  box[0], box[1], box[2], box[3]);
      n++;
      g_match_info_next (match, NULL);
    }
  assert_true (n > 0);
}

static void
test_hundred_answers_paginate (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdKnowledge) knowledge = make_long_knowledge (N_QUESTIONS);
  g_autoptr(GListStore) procedures = g_list_store_new (SD_TYPE_PROCEDURE);
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdReport) report = NULL;
  g_autofree char *pdf = g_build_filename (fixture->dir, "long.pdf", NULL);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GString) pages = g_string_new (NULL);
  const char *start, *end;
  guint n_pages;

  if (!have_pdftotext ())
    skip ();

  for (guint i = 0; i < N_QUESTIONS; i++)
    {
      g_autofree char *id = g_strdup_printf ("s%03u", i);

      sd_case_set_answer (kase, id, i % 3 == 0 ? SD_ANSWER_NO : SD_ANSWER_YES);
    }
  /* A note longer than a page: it goes on over the next. */
  for (guint i = 0; i < 120; i++)
    g_string_append_printf (notes, "Note line N%03uZ about what the owner saw that day.\n", i);
  sd_case_set_notes (kase, notes->str);

  report = sd_report_new (kase, knowledge, G_LIST_MODEL (procedures));
  assert_true (sd_report_write_pdf (report, pdf, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT, NULL));
  n_pages = sd_report_get_n_pages (report);
  assert_true (n_pages >= 4);

  for (guint page = 1; page <= n_pages; page++)
    {
      g_autofree char *text = pdf_text (pdf, page, page, FALSE);
      g_autofree char *bbox = pdf_text (pdf, page, page, TRUE);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", page, n_pages);

      assert_contains (text, footer);
      assert_within_margins (bbox, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT);
      g_string_append (pages, text);
    }

  /* Each answer once, page after page: none lost at a page break, none drawn
   * twice. (The reasons for the causes quote questions too, further on.) */
  start = strstr (pages->str, "What the owner noticed");
  end = start != NULL ? strstr (start, "What was tried") : NULL;
  assert_non_null (end);
  {
    g_autofree char *answers = g_strndup (start, end - start);

    for (guint i = 0; i < N_QUESTIONS; i++)
      {
        g_autofree char *tag = g_strdup_printf ("Q%03uX", i);

        if (count (answers, tag) != 1)
          fail_msg ("question %u is in the answers %u times", i, count (answers, tag));
      }
  }

  {
    g_autofree char *raw = pdf_text (pdf, 0, 0, FALSE);

    for (guint i = 0; i < 120; i++)
      {
        g_autofree char *tag = g_strdup_printf ("N%03uZ", i);

        assert_int_equal (count (raw, tag), 1);
      }
  }
}

static void
test_file_name (void **state)
{
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 26, 12, 0, 0);
  g_autofree char *plain = sd_report_dup_file_name (kase, date);
  g_autofree char *named = NULL;
  g_autofree char *odd = NULL;

  assert_string_equal (plain, "SOS-Doctor-report-2026-11-26.pdf");
  sd_case_set_car_label (kase, "E90");
  named = sd_report_dup_file_name (kase, date);
  assert_string_equal (named, "SOS-Doctor-E90-2026-11-26.pdf");
  sd_case_set_car_label (kase, " BMW 3/Series: E90 ");
  odd = sd_report_dup_file_name (kase, date);
  assert_string_equal (odd, "SOS-Doctor-BMW-3-Series-E90-2026-11-26.pdf");
}

static void
test_unwritable_output (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(SdCase) kase = sd_case_new ();
  g_autoptr(SdReport) report = sd_report_new (kase, sd_catalog_get_knowledge (fixture->catalog),
                                              sd_catalog_get_procedures (fixture->catalog));
  g_autofree char *pdf = g_build_filename (fixture->dir, "no-such-folder", "r.pdf", NULL);
  g_autoptr(GError) error = NULL;

  assert_false (sd_report_write_pdf (report, pdf, SD_REPORT_A4_WIDTH, SD_REPORT_A4_HEIGHT,
                                     &error));
  assert_non_null (error);
  assert_non_null (strstr (error->message, "r.pdf"));
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_every_field, setup, teardown),
    cmocka_unit_test_setup_teardown (test_missing_fields_read_not_given, setup, teardown),
    cmocka_unit_test_setup_teardown (test_car_from_profile, setup, teardown),
    cmocka_unit_test_setup_teardown (test_codes_known_and_unknown, setup, teardown),
    cmocka_unit_test_setup_teardown (test_hundred_answers_paginate, setup, teardown),
    cmocka_unit_test (test_file_name),
    cmocka_unit_test_setup_teardown (test_unwritable_output, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
