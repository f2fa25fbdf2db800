/* sd-test-utils.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sd-test-utils.h"
#include "sd-xml.h"

/**
 * sd_test_load_catalog:
 *
 * Returns: (transfer full): the built-in procedures and knowledge only, so that
 *   nothing installed on the machine changes what a test sees
 */
SdCatalog *
sd_test_load_catalog (void)
{
  SdCatalog *catalog = sd_catalog_new ();

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);

  return catalog;
}

/**
 * sd_test_dup_languages:
 *
 * Returns: (transfer full): the languages of po/LINGUAS, which every test of a
 *   translation covers
 */
char **
sd_test_dup_languages (void)
{
  g_autofree char *path = g_build_filename (SRCDIR, "po", "LINGUAS", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) languages = g_strv_builder_new ();

  assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (lines[i][0] != '\0' && lines[i][0] != '#')
        g_strv_builder_add (languages, lines[i]);
    }

  return g_strv_builder_end (languages);
}

/**
 * sd_test_parse:
 *
 * Parses and validates @xml as the loader does.
 */
xmlDoc *
sd_test_parse (const char *xml,
               const char *name,
               GPtrArray  *problems)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  return sd_xml_load_bytes (bytes, name, NULL, problems);
}

char *
sd_test_problems_text (GPtrArray *problems)
{
  return sd_problems_format (problems);
}

/* Fails unless some problem is on @line and contains @message_part. */
void
sd_test_assert_problem (GPtrArray  *problems,
                        guint       line,
                        const char *message_part)
{
  g_autofree char *all = sd_problems_format (problems);

  for (guint i = 0; i < problems->len; i++)
    {
      const SdProblem *problem = g_ptr_array_index (problems, i);

      if (problem->line == line && strstr (problem->message, message_part) != NULL)
        return;
    }

  fail_msg ("expected a problem on line %u containing “%s”, got:\n%s", line, message_part, all);
}

char *
sd_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("sos-doctor-test-XXXXXX", &error);

  assert_non_null (dir);

  return dir;
}

void
sd_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        sd_test_rm_rf (child);
      else
        g_unlink (child);
    }

  g_rmdir (path);
}

/**
 * sd_test_load_steps:
 * @steps: the XML of the steps of a test procedure (SD_TEST_PROCEDURE_HEAD),
 *   which start on its line 7
 *
 * Fails the test if the schema rejects the procedure.
 *
 * Returns: (nullable): the procedure, or %NULL if its checks found problems
 */
SdProcedure *
sd_test_load_steps (const char *steps,
                    GPtrArray  *problems)
{
  g_autofree char *xml = g_strconcat (SD_TEST_PROCEDURE_HEAD, steps, SD_TEST_PROCEDURE_TAIL, NULL);
  g_autoptr(xmlDoc) doc = sd_test_parse (xml, "proc.xml", problems);

  if (doc == NULL)
    fail_msg ("schema rejected the test procedure:\n%s", sd_problems_format (problems));

  return sd_procedure_new_from_document (doc, "proc.xml", problems);
}

static void
assert_confidence_below (xmlNode            *node,
                         const char         *path,
                         const char * const *exempt)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      g_autofree char *confidence = NULL;

      if (g_strv_contains (exempt, (const char *) child->name))
        continue;

      confidence = sd_xml_get_attr (child, "confidence");
      if (g_strcmp0 (confidence, "H") != 0 && g_strcmp0 (confidence, "M") != 0 &&
          g_strcmp0 (confidence, "L") != 0)
        fail_msg ("%s:%u: <%s> has no confidence H, M or L", path, sd_xml_line (child),
                  (const char *) child->name);

      assert_confidence_below (child, path, exempt);
    }
}

/**
 * sd_test_assert_confidence_everywhere:
 * @path: a data file, relative to the source tree
 * @exempt: the elements that state no fact of their own (texts, list members)
 *
 * Fails unless every other element below the root says how sure it is.
 */
void
sd_test_assert_confidence_everywhere (const char         *path,
                                      const char * const *exempt)
{
  g_autofree char *full = g_build_filename (SRCDIR, path, NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(xmlDoc) doc = NULL;
  guint checked = 0;

  assert_true (g_file_get_contents (full, &contents, NULL, NULL));
  bytes = g_bytes_new (contents, strlen (contents));
  doc = sd_xml_parse (bytes, path, problems);
  assert_non_null (doc);

  assert_confidence_below (xmlDocGetRootElement (doc), path, exempt);
  for (xmlNode *child = sd_xml_first_child (xmlDocGetRootElement (doc)); child != NULL;
       child = sd_xml_next (child))
    checked++;
  assert_true (checked > 0);
}
