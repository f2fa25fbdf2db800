/* test-catalog-jobs.c: reading data files on every core (app/engine/sd-catalog-jobs.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A library of generated files loads and validates on several threads exactly
 * as on one: the same guides in the same order, the same problems and notices
 * in file order.
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-catalog.h"
#include "sd-catalog-jobs.h"
#include "sd-problem.h"
#include "sd-test-utils.h"

#define N_FILES 200

/* Copies the shipped procedures round-robin into @dir/procedures with new ids;
 * some files are broken, one replaces a built-in guide and one an earlier
 * generated one, so that problems and notices come from many threads. */
static GPtrArray *
make_library (const char *dir)
{
  g_autofree char *procedures = g_build_filename (dir, "procedures", NULL);
  g_autoptr(GDir) shipped = g_dir_open (SRCDIR "/data/procedures", 0, NULL);
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) stems = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  assert_non_null (shipped);
  assert_int_equal (g_mkdir_with_parents (procedures, 0700), 0);
  while ((name = g_dir_read_name (shipped)) != NULL)
    {
      g_autofree char *path = g_build_filename (SRCDIR "/data/procedures", name, NULL);
      char *text = NULL;

      if (!g_str_has_suffix (name, ".xml"))
        continue;
      assert_true (g_file_get_contents (path, &text, NULL, NULL));
      g_ptr_array_add (texts, text);
      g_ptr_array_add (stems, g_strndup (name, strlen (name) - 4));
    }
  assert_true (texts->len > 0);

  for (guint i = 0; i < N_FILES; i++)
    {
      const char *stem = g_ptr_array_index (stems, i % stems->len);
      g_autofree char *old_id = g_strdup_printf ("<procedure id=\"%s\"", stem);
      g_autofree char *new_id = NULL;
      g_autofree char *file_name = NULL;
      g_autofree char *path = NULL;
      g_autoptr(GString) text = g_string_new (g_ptr_array_index (texts, i % texts->len));

      /* File 150 replaces a built-in guide, file 151 the guide of file 10. */
      if (i == 150)
        new_id = g_strdup_printf ("<procedure id=\"%s\"", stem);
      else if (i == 151)
        new_id = g_strdup_printf ("<procedure id=\"gen%03u-%s\"", 10,
                                  (const char *) g_ptr_array_index (stems, 10 % stems->len));
      else
        new_id = g_strdup_printf ("<procedure id=\"gen%03u-%s\"", i, stem);
      if (i == 151)
        g_string_assign (text, g_ptr_array_index (texts, 10 % texts->len));
      if (i != 151)
        assert_int_equal (g_string_replace (text, old_id, new_id, 1), 1);
      else
        assert_int_equal (g_string_replace (text, "<procedure id=\"", "<procedure id=\"gen010-",
                                            1), 1);

      /* Every 23rd file is broken: an element the schema does not know. */
      if (i % 23 == 5)
        assert_int_equal (g_string_replace (text, "<summary>", "<no-such-element/>\n<summary>",
                                            1), 1);
      /* And every 31st names a component that does not exist. */
      if (i % 31 == 7)
        g_string_replace (text, "<concerns component=\"", "<concerns component=\"no-such-", 1);

      file_name = g_strdup_printf ("gen%03u-%s.xml", i, stem);
      path = g_build_filename (procedures, file_name, NULL);
      assert_true (g_file_set_contents (path, text->str, -1, NULL));
      g_ptr_array_add (paths, g_steal_pointer (&path));
    }
  g_ptr_array_add (paths, NULL);

  return paths;
}

/* Everything a load says, one line each, in order. */
static char *
describe_catalog (SdCatalog *catalog)
{
  GListModel *procedures = sd_catalog_get_procedures (catalog);
  g_autofree char *problems = sd_problems_format (sd_catalog_get_problems (catalog));
  g_autofree char *notices = sd_problems_format (sd_catalog_get_notices (catalog));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      g_string_append_printf (out, "%s %s %u\n", sd_procedure_get_id (procedure),
                              sd_procedure_get_source (procedure),
                              sd_procedure_get_n_steps (procedure));
    }
  g_string_append_printf (out, "problems:\n%s\nnotices:\n%s\n", problems, notices);

  return g_string_free (out, FALSE);
}

static char *
load_with_threads (const char *dir,
                   guint       n_threads)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();

  sd_catalog_jobs_set_max_threads (n_threads);
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);
  sd_catalog_jobs_set_max_threads (0);

  return describe_catalog (catalog);
}

static void
test_parallel_load_matches_sequential (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("sd-catalog-jobs-XXXXXX", NULL);
  g_autoptr(GPtrArray) paths = make_library (dir);
  g_autofree char *sequential = load_with_threads (dir, 1);
  g_autofree char *parallel = load_with_threads (dir, 4);
  g_autofree char *again = load_with_threads (dir, 0);

  /* The library is what it should be: the broken files are skipped and said
   * (about 9 + 7 of the 200), the replacements noticed. */
  assert_non_null (strstr (sequential, "gen199-"));
  assert_non_null (strstr (sequential, "no-such-element"));
  assert_non_null (strstr (sequential, "no-such-"));
  assert_non_null (strstr (sequential, "replaces the built-in one"));
  assert_non_null (strstr (sequential, "replaces the one from"));
  assert_null (strstr (sequential, "\ngen005-"));
  assert_non_null (strstr (sequential, "\ngen006-"));

  assert_string_equal (parallel, sequential);
  assert_string_equal (again, sequential);

  sd_test_rm_rf (dir);
}

static char *
validate_with_threads (SdCatalog          *catalog,
                       const char * const *paths,
                       guint               n_threads)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autofree char *text = NULL;
  gboolean ok;

  sd_catalog_jobs_set_max_threads (n_threads);
  ok = sd_catalog_validate_files (catalog, paths, problems);
  sd_catalog_jobs_set_max_threads (0);
  text = sd_problems_format (problems);

  return g_strdup_printf ("%s\n%s", ok ? "valid" : "invalid", text);
}

static void
test_parallel_validate_matches_sequential (void **state)
{
  g_autofree char *dir = g_dir_make_tmp ("sd-catalog-jobs-XXXXXX", NULL);
  g_autoptr(GPtrArray) paths = make_library (dir);
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  const char * const *files = (const char * const *) paths->pdata;
  g_autofree char *sequential = validate_with_threads (catalog, files, 1);
  g_autofree char *parallel = validate_with_threads (catalog, files, 4);
  g_autofree char *good_result = NULL;
  const char *good[] = { files[0], files[1], files[2], NULL };

  assert_true (g_str_has_prefix (sequential, "invalid\n"));
  assert_non_null (strstr (sequential, "gen005-"));
  assert_non_null (strstr (sequential, "no-such-"));
  assert_string_equal (parallel, sequential);

  good_result = validate_with_threads (catalog, good, 4);
  assert_string_equal (good_result, "valid\n");

  sd_test_rm_rf (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_parallel_load_matches_sequential),
    cmocka_unit_test (test_parallel_validate_matches_sequential),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
