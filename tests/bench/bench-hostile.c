/* bench-hostile.c: how long the loader takes over the worst files it may be given
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Generates data files up to the 2 MiB cap that once took seconds or minutes
 * (issue 13), checks each as `sos-doctor --validate` does (the same code the
 * catalog runs on a data folder), and prints the time, the reference of one
 * second, their ratio and how many lines of problems were printed (at most 21).
 * The time judged is the processor time of the best of ROUNDS runs, which other
 * work on a shared machine does not inflate; the wall-clock time is printed
 * beside it. Exits 1 if a file takes longer than the reference or prints more
 * lines; it is a measurement for a person or CI to read, not a unit test.
 *
 *   _build/tests/bench-hostile [ROUNDS]
 */
#include "config.h"

#include <stdlib.h>
#include <time.h>

#include <glib/gstdio.h>

#include "sd-catalog.h"
#include "sd-problem.h"
#include "sd-xml.h"

#define REFERENCE_SECONDS 1.0

#define PROCEDURE_HEAD \
  "<?xml version=\"1.0\"?>\n" \
  "<procedure id=\"bench\" version=\"1\" minutes=\"5\" difficulty=\"easy\">\n" \
  "  <title>Bench</title>\n" \
  "  <summary>Generated.</summary>\n" \
  "  <concerns component=\"head-unit\"/>\n" \
  "  <steps>\n"
#define PROCEDURE_TAIL \
  "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n" \
  "  </steps>\n" \
  "</procedure>\n"

typedef struct
{
  const char *name;
  char       *(*generate) (guint n);
  guint       n;
  gboolean    valid;
} Case;

static char *
unknown_attributes (guint n)
{
  GString *xml = g_string_new (PROCEDURE_HEAD "    <instruction id=\"a\"");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, " u%u=\"1\"", i);
  g_string_append (xml, "><title>A</title><text>A.</text></instruction>\n" PROCEDURE_TAIL);

  return g_string_free (xml, FALSE);
}

/* The same, spread over many elements with up to 64 attributes each. */
static char *
many_elements_with_unknown_attributes (guint n)
{
  GString *xml = g_string_new (PROCEDURE_HEAD);

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (xml, "    <instruction id=\"a%u\"", i);
      for (guint j = 0; j < 60; j++)
        g_string_append_printf (xml, " u%u=\"1\"", j);
      g_string_append (xml, "><title>A</title><text>A.</text></instruction>\n");
    }
  g_string_append (xml, PROCEDURE_TAIL);

  return g_string_free (xml, FALSE);
}

/* A checklist of many items: libxml2's validator is quadratic in them. */
static char *
checklist_items (guint n)
{
  GString *xml = g_string_new (PROCEDURE_HEAD "    <checklist id=\"c\"><title>C</title>\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "<item>Item %u</item>\n", i);
  g_string_append (xml, "</checklist>\n" PROCEDURE_TAIL);

  return g_string_free (xml, FALSE);
}

/* A chain of questions, each leading to the next by id: valid. */
static char *
questions (guint n)
{
  GString *xml = g_string_new (PROCEDURE_HEAD);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml,
                            "    <question id=\"q%u\"><title>Q%u?</title>"
                            "<choice goto=\"%s%u\">Yes</choice>"
                            "<choice outcome=\"unresolved\">No</choice></question>\n",
                            i, i, i + 1 < n ? "q" : "end", i + 1 < n ? i + 1 : 0);
  g_string_append (xml, PROCEDURE_TAIL);

  /* "end0" is the one outcome: name it so. */
  g_string_replace (xml, "\"end0\"", "\"end\"", 0);

  return g_string_free (xml, FALSE);
}

/* Steps that cannot be reached: one message each, before the cap. */
static char *
unreachable_steps (guint n)
{
  GString *xml = g_string_new (PROCEDURE_HEAD
                               "    <outcome id=\"first\" result=\"resolved\"><title>E</title>"
                               "<text>E.</text></outcome>\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "    <instruction id=\"s%u\"><title>S</title><text>S.</text>"
                            "</instruction>\n", i);
  g_string_append (xml, PROCEDURE_TAIL);

  return g_string_free (xml, FALSE);
}

static char *
bad_numbers (guint n)
{
  GString *xml = g_string_new (PROCEDURE_HEAD);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "    <hold id=\"h%u\" seconds=\"+%u\"><title>H</title>"
                            "<text>H.</text></hold>\n", i, i % 600 + 1);
  g_string_append (xml, PROCEDURE_TAIL);

  return g_string_free (xml, FALSE);
}

/* A knowledge file of faults and symptoms that each indicate many faults. */
static char *
knowledge (guint n)
{
  GString *xml = g_string_new ("<?xml version=\"1.0\"?>\n<knowledge id=\"bench\" version=\"1\">\n");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (xml, "  <fault id=\"f%u\" component=\"head-unit\" prior=\"0.000001\">"
                            "<name>F</name><explanation>E.</explanation></fault>\n", i);
  for (guint i = 0; i < n / 10; i++)
    {
      g_string_append_printf (xml, "  <symptom id=\"s%u\"><question>Q?</question>\n", i);
      for (guint j = 0; j < 20; j++)
        g_string_append_printf (xml, "    <indicates fault=\"f%u\" likelihood=\"0.5\"/>\n",
                                (i * 37 + j * 101) % n);
      g_string_append (xml, "  </symptom>\n");
    }
  g_string_append (xml, "</knowledge>\n");

  return g_string_free (xml, FALSE);
}

static const Case cases[] = {
  { "20,000 unknown attributes", unknown_attributes, 20000, FALSE },
  { "150,000 unknown attributes", unknown_attributes, 150000, FALSE },
  { "60 unknown attributes on 2,500 elements", many_elements_with_unknown_attributes, 2500, FALSE },
  { "80,000 checklist items", checklist_items, 80000, FALSE },
  { "13,000 questions (valid)", questions, 13000, TRUE },
  { "20,000 unreachable steps", unreachable_steps, 20000, FALSE },
  { "20,000 numbers with a sign", bad_numbers, 20000, FALSE },
  { "7,000 faults, 700 symptoms", knowledge, 7000, TRUE },
};

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';

  return n;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sos-doctor-bench-XXXXXX", &error);
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 3;
  int status = 0;

  g_assert_no_error (error);
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);

  g_print ("%-42s %8s %8s %8s %6s %6s %s\n", "file", "size KiB", "cpu s", "wall s", "ratio",
           "lines", "result");
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *xml = cases[c].generate (cases[c].n);
      g_autofree char *path = g_build_filename (dir, "hostile.xml", NULL);
      const char *paths[] = { path, NULL };
      double best = G_MAXDOUBLE;
      double best_wall = G_MAXDOUBLE;
      guint lines = 0;
      gboolean valid = FALSE;

      g_assert (strlen (xml) <= SD_XML_MAX_FILE_SIZE);
      g_assert (g_file_set_contents (path, xml, -1, NULL));

      for (guint r = 0; r < MAX (rounds, 1); r++)
        {
          g_autoptr(GPtrArray) problems = sd_problems_new ();
          g_autofree char *text = NULL;
          gint64 start = g_get_monotonic_time ();
          clock_t cpu_start = clock ();

          valid = sd_catalog_validate_files (catalog, paths, problems);
          best = MIN (best, (clock () - cpu_start) / (double) CLOCKS_PER_SEC);
          best_wall = MIN (best_wall, (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
          text = sd_problems_format (problems);
          lines = count_lines (text);
          if (valid != cases[c].valid)
            g_printerr ("%s: expected %s, got:\n%s", cases[c].name,
                        cases[c].valid ? "valid" : "invalid", text);
        }

      g_print ("%-42s %8zu %8.3f %8.3f %6.2f %6u %s\n", cases[c].name, strlen (xml) / 1024, best,
               best_wall, best / REFERENCE_SECONDS, lines,
               best <= REFERENCE_SECONDS && lines <= SD_PROBLEMS_MAX_PER_FILE + 1 &&
               valid == cases[c].valid ? "ok" : "TOO SLOW OR TOO LONG");
      if (best > REFERENCE_SECONDS || lines > SD_PROBLEMS_MAX_PER_FILE + 1 ||
          valid != cases[c].valid)
        status = 1;

      g_unlink (path);
    }

  g_rmdir (dir);
  g_print ("reference: %.1f s of processor time a file, at most %u lines of problems\n",
           REFERENCE_SECONDS,
           SD_PROBLEMS_MAX_PER_FILE + 1);

  return status;
}
