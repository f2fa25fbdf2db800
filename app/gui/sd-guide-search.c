/* sd-guide-search.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The search of the Guides page: which guides every word typed is found in,
 * looked for in each guide's title, summary and id, normalized and folded as
 * the words are (g_str_tokenize_and_fold()), once per guide and while idle
 * rather than once a keystroke. A new search looks at every guide in one
 * quick pass over the folded texts and says which guides it finds that the
 * last did not, and which it no longer finds, so that the page's list models
 * look again only at what can change, and not at all when nothing does: a
 * GtkFilterListModel that is told only that its filter changed looks at
 * thousands of guides through its models to learn the same.
 */
#include "config.h"

#include "sd-guide-search.h"

typedef struct
{
  SdProcedure *procedure;
  char        *haystack;  /* its searchable text, folded */
  gboolean     matches;   /* whether the search finds it */
} Guide;

struct _SdGuideSearch
{
  GObject     parent_instance;

  GListModel *procedures;
  GHashTable *guides;     /* SdProcedure → its Guide */
  GPtrArray  *in_order;   /* the Guides of the procedures, or NULL since they changed */
  guint       fold_next;  /* the procedures before this one are folded */
  char      **words;      /* the search's words, folded */
};

G_DEFINE_FINAL_TYPE (SdGuideSearch, sd_guide_search, G_TYPE_OBJECT)

static void
guide_free (gpointer data)
{
  Guide *guide = data;

  g_object_unref (guide->procedure);
  g_free (guide->haystack);
  g_free (guide);
}

/* Every word typed must appear somewhere, in any order. */
static gboolean
matches_words (const char  *haystack,
               char       **words)
{
  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    if (strstr (haystack, words[i]) == NULL)
      return FALSE;

  return TRUE;
}

static Guide *
ensure_guide (SdGuideSearch *self,
              SdProcedure   *procedure)
{
  Guide *guide = g_hash_table_lookup (self->guides, procedure);
  g_autofree char *haystack = NULL;
  g_autofree char *normalized = NULL;

  if (guide != NULL)
    return guide;

  haystack = g_strconcat (sd_procedure_get_title (procedure), " ",
                          sd_procedure_get_summary (procedure), " ",
                          sd_procedure_get_id (procedure), NULL);
  normalized = g_utf8_normalize (haystack, -1, G_NORMALIZE_ALL_COMPOSE);

  guide = g_new0 (Guide, 1);
  guide->procedure = g_object_ref (procedure);
  guide->haystack = g_utf8_casefold (normalized != NULL ? normalized : haystack, -1);
  guide->matches = matches_words (guide->haystack, self->words);
  g_hash_table_insert (self->guides, procedure, guide);

  return guide;
}

/* The guides in the procedures' order, made again after the procedures
 * changed: a guide no longer among them is let go. */
static GPtrArray *
get_in_order (SdGuideSearch *self)
{
  g_autoptr(GHashTable) old = NULL;
  guint n;

  if (self->in_order != NULL)
    return self->in_order;

  old = g_steal_pointer (&self->guides);
  self->guides = g_hash_table_new_full (NULL, NULL, NULL, guide_free);
  n = self->procedures != NULL ? g_list_model_get_n_items (self->procedures) : 0;
  self->in_order = g_ptr_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (self->procedures, i);
      gpointer key, guide;

      if (g_hash_table_steal_extended (old, procedure, &key, &guide))
        g_hash_table_insert (self->guides, procedure, guide);
      g_ptr_array_add (self->in_order, ensure_guide (self, procedure));
    }
  self->fold_next = n;

  return self->in_order;
}

static void
on_items_changed_cb (GListModel    *procedures,
                     guint          position,
                     guint          removed,
                     guint          added,
                     SdGuideSearch *self)
{
  g_clear_pointer (&self->in_order, g_ptr_array_unref);
  self->fold_next = MIN (self->fold_next, position);
}

/**
 * sd_guide_search_set_procedures:
 * @procedures: (nullable): a list model of #SdProcedure
 *
 * Searches @procedures from now on, following their changes.
 */
void
sd_guide_search_set_procedures (SdGuideSearch *self,
                                GListModel    *procedures)
{
  g_return_if_fail (SD_IS_GUIDE_SEARCH (self));
  g_return_if_fail (procedures == NULL || G_IS_LIST_MODEL (procedures));

  if (self->procedures != NULL)
    g_signal_handlers_disconnect_by_func (self->procedures, on_items_changed_cb, self);
  g_set_object (&self->procedures, procedures);
  if (procedures != NULL)
    g_signal_connect_object (procedures, "items-changed", G_CALLBACK (on_items_changed_cb),
                             self, 0);

  g_hash_table_remove_all (self->guides);
  g_clear_pointer (&self->in_order, g_ptr_array_unref);
  self->fold_next = 0;
}

/**
 * sd_guide_search_fold_some:
 * @n_guides: how many guides to fold at most
 *
 * Folds the texts of some more guides, for a search to come.
 *
 * Returns: whether some are left to fold
 */
gboolean
sd_guide_search_fold_some (SdGuideSearch *self,
                           guint          n_guides)
{
  guint n, end;

  g_return_val_if_fail (SD_IS_GUIDE_SEARCH (self), FALSE);

  n = self->procedures != NULL ? g_list_model_get_n_items (self->procedures) : 0;
  end = MIN (n, self->fold_next + n_guides);
  for (; self->fold_next < end; self->fold_next++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (self->procedures, self->fold_next);

      ensure_guide (self, procedure);
    }

  return self->fold_next < n;
}

/**
 * sd_guide_search_set_query:
 * @query: what was typed
 * @found: (nullable) (element-type SdProcedure): the guides the search now
 *   finds and the last did not are added to it
 * @lost: (nullable) (element-type SdProcedure): the guides the last search
 *   found and this one does not are added to it
 *
 * Searches for every word of @query.
 */
void
sd_guide_search_set_query (SdGuideSearch *self,
                           const char    *query,
                           GPtrArray     *found,
                           GPtrArray     *lost)
{
  g_auto(GStrv) words = NULL;
  GPtrArray *guides;

  g_return_if_fail (SD_IS_GUIDE_SEARCH (self));
  g_return_if_fail (query != NULL);

  words = g_str_tokenize_and_fold (query, NULL, NULL);
  if (self->words != NULL && g_strv_equal ((const char * const *) words,
                                           (const char * const *) self->words))
    return;

  /* The guides not yet folded are folded first, as the last search found
   * them: the page's filters saw them so. */
  guides = get_in_order (self);
  g_strfreev (self->words);
  self->words = g_steal_pointer (&words);

  for (guint i = 0; i < guides->len; i++)
    {
      Guide *guide = g_ptr_array_index (guides, i);
      gboolean matches = matches_words (guide->haystack, self->words);
      GPtrArray *changed = matches ? found : lost;

      if (matches == guide->matches)
        continue;

      guide->matches = matches;
      if (changed != NULL)
        g_ptr_array_add (changed, guide->procedure);
    }
}

/**
 * sd_guide_search_matches:
 *
 * Returns: whether the search finds @procedure
 */
gboolean
sd_guide_search_matches (SdGuideSearch *self,
                         SdProcedure   *procedure)
{
  g_return_val_if_fail (SD_IS_GUIDE_SEARCH (self), FALSE);
  g_return_val_if_fail (SD_IS_PROCEDURE (procedure), FALSE);

  /* Without a search, every guide is found, folded or not yet. */
  if (self->words == NULL || self->words[0] == NULL)
    return TRUE;

  return ensure_guide (self, procedure)->matches;
}

static void
sd_guide_search_dispose (GObject *object)
{
  SdGuideSearch *self = SD_GUIDE_SEARCH (object);

  if (self->procedures != NULL)
    g_signal_handlers_disconnect_by_func (self->procedures, on_items_changed_cb, self);
  g_clear_object (&self->procedures);
  g_clear_pointer (&self->in_order, g_ptr_array_unref);
  g_clear_pointer (&self->guides, g_hash_table_unref);
  g_clear_pointer (&self->words, g_strfreev);

  G_OBJECT_CLASS (sd_guide_search_parent_class)->dispose (object);
}

static void
sd_guide_search_class_init (SdGuideSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sd_guide_search_dispose;
}

static void
sd_guide_search_init (SdGuideSearch *self)
{
  self->guides = g_hash_table_new_full (NULL, NULL, NULL, guide_free);
}

SdGuideSearch *
sd_guide_search_new (void)
{
  return g_object_new (SD_TYPE_GUIDE_SEARCH, NULL);
}
