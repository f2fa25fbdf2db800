/* test-gui-guide-search.c: the Guides page's search says which guides each
 * search found and lost, as a search of every guide anew would
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-test-utils.h"

#include "sd-guide-search.h"

/* What a search finds, worked out from scratch: every folded word of @query
 * in the guide's title, summary or id, in any case or composition. */
static gboolean
finds (SdProcedure *procedure,
       const char  *query)
{
  g_auto(GStrv) words = g_str_tokenize_and_fold (query, NULL, NULL);
  g_autofree char *text = g_strconcat (sd_procedure_get_title (procedure), " ",
                                       sd_procedure_get_summary (procedure), " ",
                                       sd_procedure_get_id (procedure), NULL);
  g_autofree char *normalized = g_utf8_normalize (text, -1, G_NORMALIZE_ALL_COMPOSE);
  g_autofree char *folded = g_utf8_casefold (normalized, -1);

  for (guint i = 0; words[i] != NULL; i++)
    if (strstr (folded, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static gboolean
holds (GPtrArray   *procedures,
       SdProcedure *procedure)
{
  return g_ptr_array_find (procedures, procedure, NULL);
}

/* Searches for @query after @previous, and checks that each guide of
 * @procedures is found as a search from scratch finds it, and that exactly the
 * guides whose answer changed are said found or lost. Returns how many. */
static guint
check_search (SdGuideSearch *search,
              GListModel    *procedures,
              const char    *previous,
              const char    *query)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GPtrArray) lost = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (procedures);

  sd_guide_search_set_query (search, query, found, lost);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);
      gboolean before = finds (procedure, previous);
      gboolean now = finds (procedure, query);

      assert_int_equal (sd_guide_search_matches (search, procedure), now);
      assert_int_equal (holds (found, procedure), !before && now);
      assert_int_equal (holds (lost, procedure), before && !now);
    }

  return found->len + lost->len;
}

/* The built-in guides, in a store of their own. */
static GListStore *
load_guides (void)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  GListStore *procedures = g_list_store_new (SD_TYPE_PROCEDURE);

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (sd_catalog_get_procedures (catalog)); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (sd_catalog_get_procedures (catalog), i);

      g_list_store_append (procedures, procedure);
    }
  assert_true (g_list_model_get_n_items (G_LIST_MODEL (procedures)) >= 10);

  return procedures;
}

/* The first search comes before the guides were all folded while idle: those
 * not yet folded were shown, as every guide is without a search, and the
 * ones it does not find are said lost. */
static void
test_first_search_before_folding (void **state)
{
  g_autoptr(GListStore) procedures = load_guides ();
  g_autoptr(SdGuideSearch) search = sd_guide_search_new ();
  GListModel *model = G_LIST_MODEL (procedures);

  sd_guide_search_set_procedures (search, model);
  assert_true (sd_guide_search_fold_some (search, 3));
  assert_true (check_search (search, model, "", "re") > 0);
  assert_true (check_search (search, model, "re", "reb") > 0);
}

static void
test_search_says_found_and_lost (void **state)
{
  g_autoptr(GListStore) procedures = load_guides ();
  g_autoptr(SdGuideSearch) search = sd_guide_search_new ();
  g_autoptr(SdProcedure) first = NULL;
  GListModel *model = G_LIST_MODEL (procedures);

  sd_guide_search_set_procedures (search, model);
  /* Some folded while idle, the others when the search needs them. */
  assert_true (sd_guide_search_fold_some (search, 3));

  assert_int_equal (check_search (search, model, "", ""), 0);
  /* Typing on narrows, erasing widens; both change something here. */
  assert_true (check_search (search, model, "", "re") > 0);
  assert_true (check_search (search, model, "re", "reb") > 0);
  assert_true (check_search (search, model, "reb", "re") > 0);
  /* The same words: nothing changes. */
  assert_int_equal (check_search (search, model, "re", "RE "), 0);
  /* Neither narrower nor wider, and found nowhere. */
  check_search (search, model, "re", "a");
  assert_true (check_search (search, model, "a", "no-such-text-anywhere") > 0);
  assert_true (check_search (search, model, "no-such-text-anywhere", "") > 0);

  /* A guide that leaves and comes back is searched as any other. */
  first = g_list_model_get_item (model, 0);
  g_list_store_remove (procedures, 0);
  check_search (search, model, "", sd_procedure_get_id (first));
  g_list_store_append (procedures, first);
  assert_true (sd_guide_search_matches (search, first));
  check_search (search, model, sd_procedure_get_id (first), "");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_search_says_found_and_lost),
    cmocka_unit_test (test_first_search_before_folding),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
