/* test-catalog.c: where data comes from, and rejecting bad files (app/engine/sd-catalog.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "sd-catalog.h"
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
