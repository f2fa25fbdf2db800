/* test-catalog.c: where data comes from, and rejecting bad files (app/engine/sd-catalog.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sd-catalog.h"
#include "sd-commands.h"
#include "sd-diagnosis.h"
#include "sd-test-utils.h"

/* Set in main() before GLib first reads the XDG variables, which it caches. */
static char *xdg_root;

#define ORDER_PROCEDURE \
  "<?xml version=\"1.0\"?>\n" \
  "<procedure id=\"order-test\" version=\"1\" minutes=\"5\" difficulty=\"easy\">\n" \
  "  <title>%s</title>\n" \
  "  <summary>Which source won.</summary>\n" \
  "  <concerns component=\"head-unit\"/>\n" \
  "  <steps>\n" \
  "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n" \
  "  </steps>\n" \
  "</procedure>\n"

static void
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *parent = g_path_get_dirname (path);

  assert_int_equal (g_mkdir_with_parents (parent, 0700), 0);
  assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
write_order_procedure (const char *dir,
                       const char *title)
{
  g_autofree char *xml = g_strdup_printf (ORDER_PROCEDURE, title);

  write_file (dir, "procedures/order-test.xml", xml);
}

static guint
count_shipped_procedures (void)
{
  g_autoptr(GDir) dir = g_dir_open (SRCDIR "/data/procedures", 0, NULL);
  const char *name;
  guint n = 0;

  assert_non_null (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      n++;

  return n;
}

static void
test_every_shipped_file_loads (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *problems = NULL;

  problems = sd_problems_format (sd_catalog_get_problems (catalog));

  /* Every procedure in data/procedures is compiled in, valid, and loaded. */
  if (problems[0] != '\0')
    fail_msg ("shipped data has problems:\n%s", problems);
  assert_int_equal (g_list_model_get_n_items (sd_catalog_get_procedures (catalog)),
                    count_shipped_procedures ());
  assert_true (sd_knowledge_get_n_components (sd_catalog_get_knowledge (catalog)) > 0);
  assert_int_equal (sd_catalog_get_notices (catalog)->len, 0);
  assert_non_null (sd_catalog_lookup_procedure (catalog, "idrive-reboot"));
  assert_null (sd_catalog_lookup_procedure (catalog, "no-such-procedure"));
}

static void
test_source_order (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autofree char *system_low = g_build_filename (xdg_root, "system-low", "sos-doctor", NULL);
  g_autofree char *system_high = g_build_filename (xdg_root, "system-high", "sos-doctor", NULL);
  g_autofree char *user = g_build_filename (xdg_root, "user", "sos-doctor", NULL);
  g_autofree char *extra = g_build_filename (xdg_root, "extra", NULL);
  GPtrArray *notices;

  /* XDG_DATA_DIRS lists the most important directory first. */
  write_order_procedure (system_low, "From the less important system directory");
  write_order_procedure (system_high, "From the more important system directory");
  write_order_procedure (user, "From the user directory");

  sd_catalog_load (catalog);
  assert_string_equal (sd_procedure_get_title (sd_catalog_lookup_procedure (catalog, "order-test")),
                       "From the user directory");

  write_order_procedure (extra, "From --data-dir");
  sd_catalog_add_directory (catalog, extra);
  sd_catalog_load (catalog);
  assert_string_equal (sd_procedure_get_title (sd_catalog_lookup_procedure (catalog, "order-test")),
                       "From --data-dir");

  /* Each replacement is reported, naming the file it replaced. */
  notices = sd_catalog_get_notices (catalog);
  assert_int_equal (notices->len, 3);
  sd_test_assert_problem (notices, 1, "procedure “order-test” replaces the one from");
  assert_non_null (strstr (((SdProblem *) g_ptr_array_index (notices, 0))->message, "system-low"));
  assert_non_null (strstr (((SdProblem *) g_ptr_array_index (notices, 2))->file, "extra"));
}

static void
test_bad_file_does_not_stop_others (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *good = g_strdup_printf (ORDER_PROCEDURE, "Still loaded");
  g_auto(GStrv) skipped = NULL;

  write_file (dir, "procedures/aaa-broken.xml", "<procedure>\n<oops>\n");
  write_file (dir, "procedures/order-test.xml", good);
  write_file (dir, "zzz-binary.xml", "\x89PNG\r\n\x1a\n");

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  assert_string_equal (sd_procedure_get_title (sd_catalog_lookup_procedure (catalog, "order-test")),
                       "Still loaded");
  assert_int_equal (g_list_model_get_n_items (sd_catalog_get_procedures (catalog)),
                    count_shipped_procedures () + 1);

  skipped = sd_catalog_dup_skipped_files (catalog);
  assert_int_equal (g_strv_length (skipped), 2);
  assert_non_null (strstr (skipped[0], "zzz-binary.xml"));
  assert_non_null (strstr (skipped[1], "aaa-broken.xml"));

  sd_test_rm_rf (dir);
}

static void
test_validate_knowledge_with_procedure (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *kb = g_build_filename (dir, "kb.xml", NULL);
  g_autofree char *proc = g_build_filename (dir, "proc.xml", NULL);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *both[] = { kb, proc, NULL };
  const char *alone[] = { proc, NULL };

  /* A workshop adds a fault and the procedure that fixes it; checked together
   * they are valid, the procedure alone is not. */
  write_file (dir, "kb.xml",
              "<?xml version=\"1.0\"?>\n<knowledge id=\"workshop\" version=\"1\">\n"
              "  <fault id=\"loose-ground\" component=\"head-unit\" prior=\"0.001\">\n"
              "    <name>Loose ground strap</name><explanation>E.</explanation></fault>\n"
              "</knowledge>\n");
  write_file (dir, "proc.xml",
              "<?xml version=\"1.0\"?>\n"
              "<procedure id=\"ground\" version=\"1\" minutes=\"5\" difficulty=\"easy\">\n"
              "  <title>T</title><summary>S</summary>\n"
              "  <concerns component=\"head-unit\"/>\n"
              "  <fixes fault=\"loose-ground\" chance=\"0.9\"/>\n"
              "  <steps>\n"
              "    <outcome id=\"end\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
              "  </steps>\n"
              "</procedure>\n");

  assert_true (sd_catalog_validate_files (catalog, both, problems));
  assert_int_equal (problems->len, 0);

  assert_false (sd_catalog_validate_files (catalog, alone, problems));
  sd_test_assert_problem (problems, 5, "fault “loose-ground” is not in the knowledge base");

  sd_test_rm_rf (dir);
}

/* Each file in tests/data/bad has a .expected file with exactly what validating
 * it must print. Each is rejected quickly, and no local file's contents leak. */
static void
check_rejected (SdCatalog  *catalog,
                const char *name,
                const char *expected)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *paths[] = { name, NULL };
  g_autofree char *got = NULL;
  gint64 start = g_get_monotonic_time ();
  gint64 elapsed;

  assert_false (sd_catalog_validate_files (catalog, paths, problems));
  elapsed = g_get_monotonic_time () - start;
  got = sd_problems_format (problems);

  if (expected != NULL && g_strcmp0 (got, expected) != 0)
    fail_msg ("%s: expected\n%s\ngot\n%s", name, expected, got);
  if (elapsed > 2 * G_USEC_PER_SEC)
    fail_msg ("%s: took %.2f s to reject", name, elapsed / (double) G_USEC_PER_SEC);
  if (strstr (got, "CANARY") != NULL || strstr (got, "root:x:") != NULL)
    fail_msg ("%s: output shows a local file's contents:\n%s", name, got);
}

static void
test_bad_files (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(GDir) dir = NULL;
  g_autofree char *cwd = g_get_current_dir ();
  const char *name;
  guint checked = 0;


  /* Messages name the file as given; run from the folder so they are stable. */
  assert_int_equal (g_chdir (TESTDATADIR "/bad"), 0);
  dir = g_dir_open (".", 0, NULL);
  assert_non_null (dir);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *expected_name = NULL;
      g_autofree char *expected = NULL;

      if (!g_str_has_suffix (name, ".xml"))
        continue;

      expected_name = g_strconcat (name, ".expected", NULL);
      if (!g_file_get_contents (expected_name, &expected, NULL, NULL))
        fail_msg ("%s has no %s", name, expected_name);

      check_rejected (catalog, name, expected);
      checked++;
    }

  assert_int_equal (g_chdir (cwd), 0);
  /* Guard against the folder going missing and the loop checking nothing. */
  assert_true (checked >= 30);
}

static void
test_generated_hostile_files (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(GString) deep = g_string_new ("<?xml version=\"1.0\"?>\n");
  g_autofree char *huge = NULL;
  int fd;

  assert_int_equal (g_chdir (dir), 0);

  /* 64 MiB: refused after reading 2 MiB, without reading the rest. */
  huge = g_build_filename (dir, "huge-64mib.xml", NULL);
  fd = g_open (huge, O_CREAT | O_WRONLY, 0600);
  assert_true (fd >= 0);
  assert_int_equal (ftruncate (fd, 64 * 1024 * 1024), 0);
  assert_true (write (fd, "<procedure>", 11) == 11);
  close (fd);
  check_rejected (catalog, "huge-64mib.xml",
                  "huge-64mib.xml:1: the file is larger than 2048 KiB, the most a data file may be\n");

  /* 100,000 levels of nesting: refused at libxml2's depth limit. */
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "<a>");
  for (guint i = 0; i < 100000; i++)
    g_string_append (deep, "</a>");
  write_file (dir, "deep-nesting.xml", deep->str);
  check_rejected (catalog, "deep-nesting.xml",
                  "deep-nesting.xml:2: elements are nested too deeply\n");

  assert_int_equal (g_chdir (cwd), 0);
  sd_test_rm_rf (dir);
}


/* Lines of text, to count what --validate prints. */
static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;

  return n;
}

static void
test_fifo_validated_at_once (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *fifo = g_build_filename (dir, "x.xml", NULL);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *paths[] = { fifo, NULL };

  /* `mkfifo x.xml && sos-doctor --validate x.xml` used to block for ever. */
  assert_int_equal (mkfifo (fifo, 0600), 0);
  assert_false (sd_catalog_validate_files (catalog, paths, problems));
  assert_int_equal (problems->len, 1);
  sd_test_assert_problem (problems, 1, "not a regular file but a named pipe");
  assert_string_equal (((SdProblem *) g_ptr_array_index (problems, 0))->file, fifo);

  sd_test_rm_rf (dir);
}

static void
test_odd_files_in_a_data_folder_are_reported (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *procedures = g_build_filename (dir, "procedures", NULL);
  g_autofree char *fifo = g_build_filename (procedures, "fifo.xml", NULL);
  g_autofree char *device = g_build_filename (procedures, "device.xml", NULL);
  g_autofree char *dangling = g_build_filename (procedures, "dangling.xml", NULL);
  g_autofree char *loop = g_build_filename (procedures, "loop.xml", NULL);
  g_autofree char *folder = g_build_filename (procedures, "folder.xml", NULL);
  g_autofree char *good = g_strdup_printf (ORDER_PROCEDURE, "Still loaded");
  g_auto(GStrv) skipped = NULL;
  GPtrArray *problems;

  write_file (dir, "procedures/order-test.xml", good);
  assert_int_equal (mkfifo (fifo, 0600), 0);
  assert_int_equal (symlink ("/dev/null", device), 0);
  assert_int_equal (symlink ("no-such-file.xml", dangling), 0);
  assert_int_equal (symlink ("loop.xml", loop), 0);
  assert_int_equal (g_mkdir (folder, 0700), 0);

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  /* Each is named with what it is; none stops the others. */
  assert_non_null (sd_catalog_lookup_procedure (catalog, "order-test"));
  skipped = sd_catalog_dup_skipped_files (catalog);
  assert_int_equal (g_strv_length (skipped), 5);
  problems = sd_catalog_get_problems (catalog);
  sd_test_assert_problem (problems, 1, "named pipe (FIFO)");
  sd_test_assert_problem (problems, 1, "not a regular file but a device");
  sd_test_assert_problem (problems, 1, "symbolic link to “no-such-file.xml”");
  sd_test_assert_problem (problems, 1, "symbolic link to “loop.xml”");
  sd_test_assert_problem (problems, 1, "not a regular file but a folder");
  for (guint i = 0; i < problems->len; i++)
    assert_true (g_str_has_prefix (((SdProblem *) g_ptr_array_index (problems, i))->file,
                                   procedures));

  sd_test_rm_rf (dir);
}

static void
test_message_cap (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *attributes = g_build_filename (dir, "attributes.xml", NULL);
  g_autofree char *numbers = g_build_filename (dir, "numbers.xml", NULL);
  g_autofree char *unreachable = g_build_filename (dir, "unreachable.xml", NULL);
  g_autoptr(GString) xml = g_string_new (SD_TEST_PROCEDURE_HEAD);
  const char *paths[] = { attributes, numbers, unreachable };

  /* 20,000 unknown attributes on one element: once 20,004 lines, quadratic time. */
  g_string_append (xml, "    <instruction id=\"a\"");
  for (guint i = 0; i < 20000; i++)
    g_string_append_printf (xml, " unknown-%u=\"1\"", i);
  g_string_append (xml, "><title>A</title><text>A.</text></instruction>\n"
                        "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                        SD_TEST_PROCEDURE_TAIL);
  assert_true (g_file_set_contents (attributes, xml->str, -1, NULL));

  /* 100 numbers the loader refuses, and 100 steps that cannot be reached. */
  g_string_assign (xml, SD_TEST_PROCEDURE_HEAD);
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (xml, "    <hold id=\"h%u\" seconds=\"+%u\"><title>H</title><text>H.</text></hold>\n",
                            i, i + 1);
  g_string_append (xml, "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                        SD_TEST_PROCEDURE_TAIL);
  assert_true (g_file_set_contents (numbers, xml->str, -1, NULL));

  g_string_assign (xml, SD_TEST_PROCEDURE_HEAD
                   "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n");
  for (guint i = 0; i < 100; i++)
    g_string_append_printf (xml, "    <outcome id=\"o%u\" result=\"resolved\"><title>O</title><text>O.</text></outcome>\n", i);
  g_string_append (xml, SD_TEST_PROCEDURE_TAIL);
  assert_true (g_file_set_contents (unreachable, xml->str, -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GPtrArray) problems = sd_problems_new ();
      const char *one[] = { paths[i], NULL };
      g_autofree char *text = NULL;

      assert_false (sd_catalog_validate_files (catalog, one, problems));
      text = sd_problems_format (problems);
      if (count_lines (text) > SD_PROBLEMS_MAX_PER_FILE + 1)
        fail_msg ("%s: %u lines:\n%s", paths[i], count_lines (text), text);
    }

  /* A bad value and 60 unknown attributes on one element: the rewritten schema
   * message names each, and those lines count against the cap too. */
  {
    g_autofree char *sixty = g_build_filename (dir, "sixty.xml", NULL);
    g_autoptr(GPtrArray) problems = sd_problems_new ();
    const char *one[] = { sixty, NULL };
    const SdProblem *last;

    g_string_assign (xml, SD_TEST_PROCEDURE_HEAD "    <hold id=\"a\" seconds=\"abc\"");
    for (guint i = 0; i < 60; i++)
      g_string_append_printf (xml, " unknown-%u=\"1\"", i);
    g_string_append (xml, "><title>A</title><text>A.</text></hold>\n"
                          "    <outcome id=\"e\" result=\"resolved\"><title>E</title><text>E.</text></outcome>\n"
                          SD_TEST_PROCEDURE_TAIL);
    assert_true (g_file_set_contents (sixty, xml->str, -1, NULL));
    assert_false (sd_catalog_validate_files (catalog, one, problems));
    assert_int_equal (problems->len, SD_PROBLEMS_MAX_PER_FILE + 1);
    sd_test_assert_problem (problems, 7, "<hold> may not have the attribute “unknown-0”");
    last = g_ptr_array_index (problems, problems->len - 1);
    assert_true (last->more >= 40);
  }

  /* The files with more than 20 problems end with how many more there are. */
  for (guint i = 1; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GPtrArray) problems = sd_problems_new ();
      const char *one[] = { paths[i], NULL };
      const SdProblem *last;

      assert_false (sd_catalog_validate_files (catalog, one, problems));
      assert_int_equal (problems->len, SD_PROBLEMS_MAX_PER_FILE + 1);
      last = g_ptr_array_index (problems, problems->len - 1);
      assert_string_equal (last->message, "… and 80 more problems");
    }

  sd_test_rm_rf (dir);
}

static char *
read_shipped (const char *name)
{
  g_autofree char *path = g_build_filename (SRCDIR, "data", "procedures", name, NULL);
  char *contents = NULL;

  assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  return contents;
}

static void
test_replacing_is_said (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autofree char *first = sd_test_make_tmpdir ();
  g_autofree char *second = sd_test_make_tmpdir ();
  g_autofree char *idrive = read_shipped ("idrive-reboot.xml");
  g_autofree char *order = g_strdup_printf (ORDER_PROCEDURE, "First");
  g_autofree char *order_again = g_strdup_printf (ORDER_PROCEDURE, "Second");
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  SdProcedure *replacement;
  GPtrArray *notices;

  write_file (first, "procedures/idrive-reboot.xml", idrive);
  write_file (first, "procedures/order-test.xml", order);
  write_file (second, "order-test.xml", order_again);

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, first);
  sd_catalog_add_directory (catalog, second);
  sd_catalog_load (catalog);

  assert_int_equal (sd_catalog_get_problems (catalog)->len, 0);
  replacement = sd_catalog_lookup_procedure (catalog, "idrive-reboot");
  assert_true (g_str_has_prefix (sd_procedure_get_source (replacement), first));

  /* The catalog says what was replaced, for the Guides page. */
  assert_true (sd_catalog_replaces_builtin (catalog, "idrive-reboot"));
  assert_true (g_str_has_prefix (sd_catalog_get_replaced_source (catalog, "idrive-reboot"),
                                 "resource://"));
  assert_false (sd_catalog_replaces_builtin (catalog, "order-test"));
  assert_true (g_str_has_prefix (sd_catalog_get_replaced_source (catalog, "order-test"), first));
  assert_false (sd_catalog_replaces_builtin (catalog, "sos-button-reset"));
  assert_null (sd_catalog_get_replaced_source (catalog, "sos-button-reset"));

  notices = sd_catalog_get_notices (catalog);
  assert_int_equal (notices->len, 2);
  sd_test_assert_problem (notices, 1, "procedure “idrive-reboot” replaces the built-in one");
  sd_test_assert_problem (notices, 1, "procedure “order-test” replaces the one from");

  /* And the command line says so on stderr. */
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_PROCEDURES, NULL, out, err), 0);
  assert_non_null (strstr (err->str, "procedure “idrive-reboot” replaces the built-in one"));
  assert_non_null (strstr (err->str, "procedure “order-test” replaces the one from"));

  sd_test_rm_rf (first);
  sd_test_rm_rf (second);
}

static void
check_replacement_refused (const char *contents,
                           const char *reason)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autoptr(SdCatalog) validator = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "sos-button-reset.xml", NULL);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  const char *paths[] = { path, NULL };
  g_auto(GStrv) skipped = NULL;
  g_autofree char *text = NULL;

  write_file (dir, "sos-button-reset.xml", contents);
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  /* The built-in guide stays; the file is skipped with the reason. */
  assert_true (g_str_has_prefix (sd_procedure_get_source (sd_catalog_lookup_procedure (catalog,
                                                                                      "sos-button-reset")),
                                 "resource://"));
  assert_false (sd_catalog_replaces_builtin (catalog, "sos-button-reset"));
  assert_int_equal (sd_catalog_get_notices (catalog)->len, 0);
  skipped = sd_catalog_dup_skipped_files (catalog);
  assert_int_equal (g_strv_length (skipped), 1);
  assert_string_equal (skipped[0], path);
  sd_test_assert_problem (sd_catalog_get_problems (catalog), 1,
                          "procedure “sos-button-reset” is not replaced by this file");
  text = sd_problems_format (sd_catalog_get_problems (catalog));
  assert_non_null (strstr (text, reason));

  /* --validate refuses it for the same reason. */
  assert_false (sd_catalog_validate_files (validator, paths, problems));
  g_free (text);
  text = sd_problems_format (problems);
  assert_non_null (strstr (text, reason));

  sd_test_rm_rf (dir);
}

static void
test_replacement_dropping_sos_interlock_refused (void **state)
{
  g_autofree char *shipped = read_shipped ("sos-button-reset.xml");
  g_autoptr(GString) no_danger = g_string_new (shipped);
  g_autoptr(GString) no_acknowledgement = g_string_new (shipped);
  g_autoptr(GString) harmless = g_string_new (shipped);
  g_autofree char *caution = NULL;
  const char *start;
  const char *end;

  /* Every danger caution turned into a mere note. */
  assert_true (g_string_replace (no_danger, "severity=\"danger\"", "severity=\"info\"", 0) >= 3);
  check_replacement_refused (no_danger->str, "drops the danger caution “real-call”");
  check_replacement_refused (no_danger->str, "presses the SOS button without a danger caution");

  /* The cautions kept, but the question that asks for an acknowledgement no
   * longer carries the warning: the interlock is gone. */
  start = strstr (shipped, "      <caution id=\"what-to-say\"");
  end = strstr (start, "</caution>\n") + strlen ("</caution>\n");
  caution = g_strndup (start, end - start);
  assert_int_equal (g_string_replace (no_acknowledgement, caution, "", 1), 1);
  {
    g_autofree char *moved = g_strconcat ("<title>Park somewhere quiet</title>\n", caution, NULL);

    assert_int_equal (g_string_replace (no_acknowledgement,
                                        "<title>Park somewhere quiet</title>\n", moved, 1), 1);
  }
  check_replacement_refused (no_acknowledgement->str,
                             "before the user has acknowledged, in a question");

  /* A replacement that keeps the rules is used, and said. */
  g_string_replace (harmless, "Park somewhere quiet", "Park somewhere calm", 1);
  {
    g_autoptr(SdCatalog) catalog = sd_catalog_new ();
    g_autofree char *dir = sd_test_make_tmpdir ();

    write_file (dir, "sos-button-reset.xml", harmless->str);
    sd_catalog_set_use_system_dirs (catalog, FALSE);
    sd_catalog_add_directory (catalog, dir);
    sd_catalog_load (catalog);
    assert_int_equal (sd_catalog_get_problems (catalog)->len, 0);
    assert_true (sd_catalog_replaces_builtin (catalog, "sos-button-reset"));
    sd_test_rm_rf (dir);
  }
}

static void
test_skipped_knowledge_file_is_unused (void **state)
{
  g_autoptr(SdCatalog) builtin = sd_test_load_catalog ();
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autoptr(GString) xml = g_string_new ("<?xml version=\"1.0\"?>\n<knowledge id=\"extra\" version=\"1\">\n");
  SdKnowledge *knowledge;
  g_autoptr(GListStore) none = g_list_store_new (SD_TYPE_PROCEDURE);
  g_autoptr(SdDiagnosis) diagnosis = NULL;
  double other = 0.0;

  /* Eleven faults whose priors, with the built-in ones, add up to over 1. */
  for (guint i = 0; i < 11; i++)
    g_string_append_printf (xml, "  <fault id=\"extra-%u\" component=\"head-unit\" prior=\"0.08\">"
                            "<name>Extra %u</name><explanation>E.</explanation></fault>\n", i, i);
  g_string_append (xml, "</knowledge>\n");
  write_file (dir, "knowledge/extra.xml", xml->str);

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  sd_test_assert_problem (sd_catalog_get_problems (catalog), 13, "the priors of all faults add up");

  /* None of its faults is used: the knowledge base is the built-in one. */
  knowledge = sd_catalog_get_knowledge (catalog);
  assert_null (sd_knowledge_lookup_fault (knowledge, "extra-0"));
  assert_null (sd_knowledge_lookup_fault (knowledge, "extra-10"));
  assert_int_equal (sd_knowledge_get_n_faults (knowledge),
                    sd_knowledge_get_n_faults (sd_catalog_get_knowledge (builtin)));

  diagnosis = sd_diagnosis_new (knowledge, G_LIST_MODEL (none));
  for (guint i = 0; i < sd_diagnosis_get_n_causes (diagnosis); i++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, i);

      assert_false (cause->fault != NULL && g_str_has_prefix (cause->fault->id, "extra-"));
      if (cause->fault == NULL)
        other = cause->probability;
    }
  /* "Something else" keeps its share. */
  assert_true (other > 0.001);

  sd_test_rm_rf (dir);
}

static void
test_knowledge_file_that_only_replaces_is_the_one_skipped (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "knowledge", "worn.xml", NULL);
  g_auto(GStrv) skipped = NULL;
  const SdFault *fault;

  /* The sum of the priors is said on the last fault, here a built-in one: the
   * file to skip and to name is still the one that broke it. */
  write_file (dir, "knowledge/worn.xml",
              "<?xml version=\"1.0\"?>\n<knowledge id=\"worn\" version=\"1\">\n"
              "  <fault id=\"emergency-battery-worn\" component=\"emergency-battery\" prior=\"0.99\">\n"
              "    <name>Worn</name><explanation>E.</explanation></fault>\n"
              "</knowledge>\n");
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  skipped = sd_catalog_dup_skipped_files (catalog);
  assert_int_equal (g_strv_length (skipped), 1);
  assert_string_equal (skipped[0], path);
  sd_test_assert_problem (sd_catalog_get_problems (catalog), 1, "the priors of all faults add up");
  fault = sd_knowledge_lookup_fault (sd_catalog_get_knowledge (catalog), "emergency-battery-worn");
  assert_true (fault->prior < 0.5);
  assert_true (g_str_has_prefix (fault->source, "resource://"));
  assert_int_equal (sd_catalog_get_notices (catalog)->len, 0);

  sd_test_rm_rf (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_every_shipped_file_loads),
    cmocka_unit_test (test_source_order),
    cmocka_unit_test (test_bad_file_does_not_stop_others),
    cmocka_unit_test (test_validate_knowledge_with_procedure),
    cmocka_unit_test (test_bad_files),
    cmocka_unit_test (test_generated_hostile_files),
    cmocka_unit_test (test_fifo_validated_at_once),
    cmocka_unit_test (test_odd_files_in_a_data_folder_are_reported),
    cmocka_unit_test (test_message_cap),
    cmocka_unit_test (test_replacing_is_said),
    cmocka_unit_test (test_replacement_dropping_sos_interlock_refused),
    cmocka_unit_test (test_skipped_knowledge_file_is_unused),
    cmocka_unit_test (test_knowledge_file_that_only_replaces_is_the_one_skipped),
  };
  g_autofree char *dirs = NULL;
  g_autofree char *home = NULL;
  int status;

  xdg_root = sd_test_make_tmpdir ();
  dirs = g_strdup_printf ("%s/system-high:%s/system-low", xdg_root, xdg_root);
  home = g_build_filename (xdg_root, "user", NULL);
  g_setenv ("XDG_DATA_DIRS", dirs, TRUE);
  g_setenv ("XDG_DATA_HOME", home, TRUE);

  status = cmocka_run_group_tests (tests, NULL, NULL);
  sd_test_rm_rf (xdg_root);
  g_free (xdg_root);

  return status;
}
