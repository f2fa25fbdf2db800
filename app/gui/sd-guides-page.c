/* sd-guides-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every procedure of the catalog, searchable, with its time, difficulty, tools,
 * parts and cautions; and the files that could not be loaded, with the reason.
 * The list is bound to the catalog's procedures, sorted and filtered by the
 * search: a search hides and shows guides, it does not build the list again,
 * and only the guides in sight have a row, so that a catalog of ten thousand
 * guides opens as fast as one of ten. The search (sd-guide-search.c) says
 * which guides a keystroke found and which it lost, and the filters are told
 * no more than that: a keystroke that changes nothing in the list costs it
 * nothing, and one that only narrows it has only the guides shown looked at. The list is a one-column GtkGridView:
 * GTK 4.8's GtkListView keeps 200 rows around what is in sight and measures
 * and rebinds them all as a search changes them, a grid view 30 rows and
 * three. A row is made when its guide comes into sight; which guides are open
 * is the page's, so a guide scrolled away or hidden by a search and shown
 * again is still open. The rows that go are kept and given the guides that
 * come, rather than each built anew, and an item that the grid view gives
 * another guide keeps its row: a row moved to another parent is styled and
 * measured again.
 *
 * The guides that are not for the car in the case come last, under a "Not
 * for Your Car" row that opens to show them, each saying why; the list is one
 * model over the guides for the car, that row and, when it is open, the
 * others, so that they too have rows only in sight. A change to the car
 * moves guides between the two at once.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-applies-why.h"
#include "sd-guide-row.h"
#include "sd-guide-search.h"
#include "sd-gui-utils.h"
#include "sd-guides-page.h"
#include "sd-problem.h"

struct _SdGuidesPage
{
  AdwBin              parent_instance;

  SdCatalog          *catalog;
  SdSession          *session;
  SdProcedureLoader  *loader;    /* the user's own guides, while they load */
  SdVehicleProfile   *profile;   /* the car the guides were sorted out for */
  GtkSortListModel   *sorted;
  SdGuideSearch      *search;
  GtkFilter          *for_car;   /* the guides the search finds for the car, or maybe for it */
  GtkFilter          *not_for_car; /* …and not for the car */
  GtkFilterListModel *fitting;   /* the search's results for the car */
  GtkFilterListModel *others;    /* …and not for the car */
  GtkFilterListModel *others_shown; /* …the same while their row is open */
  GListStore         *others_header; /* the "Not for Your Car" row's item, if any */
  gboolean            others_expanded;
  AdwExpanderRow     *others_row; /* that row while it is in sight */
  GHashTable         *why_not;   /* SdProcedure → why not for the car, or "" */
  GPtrArray          *spare_rows; /* guide rows out of sight, to be used again */
  guint               fold_id;   /* folds the guides' texts while idle */
  GHashTable         *expanded;  /* the SdProcedures whose row is open */
  GHashTable         *sort_keys; /* SdProcedure → its SortKey */

  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  AdwPreferencesGroup *guides_group;
  GtkGridView        *guides_list;
  GtkLabel           *loading_label;
  AdwPreferencesGroup *skipped_group;
  GtkListBox         *skipped_list;
};

G_DEFINE_FINAL_TYPE (SdGuidesPage, sd_guides_page, ADW_TYPE_BIN)

static void
on_row_expanded_cb (SdGuideRow *row,
                    GParamSpec *pspec,
                    SdGuidesPage *self)
{
  SdProcedure *procedure = sd_guide_row_get_procedure (row);

  if (sd_guide_row_get_expanded (row))
    g_hash_table_add (self->expanded, g_object_ref (procedure));
  else
    g_hash_table_remove (self->expanded, procedure);
}

/* Why @procedure is not for the car, or %NULL when it is or may be; decided
 * once per guide and car. */
static const char *
get_why_not (SdGuidesPage *self,
             SdProcedure  *procedure)
{
  char *why = g_hash_table_lookup (self->why_not, procedure);

  if (why == NULL)
    {
      why = sd_applies_dup_why_not (sd_procedure_get_applies (procedure), self->profile);
      if (why == NULL)
        why = g_strdup ("");
      g_hash_table_insert (self->why_not, g_object_ref (procedure), why);
    }

  return why[0] != '\0' ? why : NULL;
}

static gboolean
is_found_for_car (gpointer item,
                  gpointer user_data)
{
  SdGuidesPage *self = user_data;

  return sd_guide_search_matches (self->search, item) && get_why_not (self, item) == NULL;
}

static gboolean
is_found_not_for_car (gpointer item,
                      gpointer user_data)
{
  SdGuidesPage *self = user_data;

  return sd_guide_search_matches (self->search, item) && get_why_not (self, item) != NULL;
}

static gboolean
is_others_expanded (gpointer item,
                    gpointer user_data)
{
  SdGuidesPage *self = user_data;

  return self->others_expanded;
}

static void
on_others_expanded_cb (AdwExpanderRow *row,
                       GParamSpec     *pspec,
                       SdGuidesPage   *self)
{
  gboolean expanded = adw_expander_row_get_expanded (row);
  GtkFilter *filter;

  if (self->others_expanded == expanded)
    return;

  self->others_expanded = expanded;
  filter = gtk_filter_list_model_get_filter (self->others_shown);
  gtk_filter_changed (filter, expanded ? GTK_FILTER_CHANGE_LESS_STRICT
                                       : GTK_FILTER_CHANGE_MORE_STRICT);
}

/* "3 guides", in the subtitle of the "Not for Your Car" row. */
static void
update_others_count (SdGuidesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->others));
  g_autofree char *count = NULL;

  if (self->others_row == NULL)
    return;

  /* Translators: how many guides are under "Not for Your Car". */
  count = g_strdup_printf (ngettext ("%u guide for other cars", "%u guides for other cars", n), n);
  adw_expander_row_set_subtitle (self->others_row, count);
}

/* The "Not for Your Car" row is there while some guide of the search is not
 * for the car. */
static void
on_others_changed_cb (SdGuidesPage *self)
{
  gboolean any = g_list_model_get_n_items (G_LIST_MODEL (self->others)) > 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->others_header));

  if (any && shown == 0)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new ("not-for-car");

      g_list_store_append (self->others_header, item);
    }
  else if (!any && shown > 0)
    g_list_store_remove_all (self->others_header);

  update_others_count (self);
}

static GtkWidget *
new_others_row (SdGuidesPage *self)
{
  GtkWidget *row = adw_expander_row_new ();

  /* Translators: the heading of the guides that do not apply to the car in the case. */
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Not for Your Car"));
  adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), "action-unavailable-symbolic");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), self->others_expanded);
  gtk_widget_set_name (row, "not-for-car");
  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_others_expanded_cb), self, 0);

  return row;
}

/* A row for the page's guides, showing none yet: it tells the page when it
 * is opened. */
static GtkWidget *
new_guide_row (SdGuidesPage *self)
{
  GtkWidget *row = g_object_ref_sink (g_object_new (SD_TYPE_GUIDE_ROW, NULL));

  g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded_cb), self, 0);

  return row;
}

#define MAX_SPARE_ROWS 64

/* Takes @item's guide row, if it has one, to be used again. */
static void
take_row (SdGuidesPage *self,
          GtkListItem  *item)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  if (SD_IS_GUIDE_ROW (row) && self->spare_rows != NULL &&
      self->spare_rows->len < MAX_SPARE_ROWS)
    g_ptr_array_add (self->spare_rows, g_object_ref (row));
  gtk_list_item_set_child (item, NULL);
}

/* A guide comes into sight: its row, open if it was; or the row that opens
 * to the guides not for the car. An item given another guide keeps its row:
 * moving a row to another parent styles it again, and measures it. */
static void
bind_guide_row (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SdGuidesPage             *self)
{
  gpointer object = gtk_list_item_get_item (item);
  SdProcedure *procedure;
  GtkWidget *row;
  const char *replaced;
  const char *why_not;

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);

  if (!SD_IS_PROCEDURE (object))
    {
      take_row (self, item);
      row = new_others_row (self);
      g_set_weak_pointer (&self->others_row, ADW_EXPANDER_ROW (row));
      gtk_list_item_set_child (item, row);
      update_others_count (self);
      return;
    }

  procedure = object;
  row = gtk_list_item_get_child (item);
  if (SD_IS_GUIDE_ROW (row))
    g_object_ref (row);
  else if (self->spare_rows != NULL && self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    row = new_guide_row (self);
  sd_guide_row_set_procedure (SD_GUIDE_ROW (row), procedure);

  replaced = sd_catalog_get_replaced_source (self->catalog, sd_procedure_get_id (procedure));
  sd_guide_row_show_replaced (SD_GUIDE_ROW (row), replaced);
  why_not = get_why_not (self, procedure);
  sd_guide_row_show_not_for_car (SD_GUIDE_ROW (row), why_not);

  /* Open if the guide was: the row itself is no guide's in particular. */
  g_signal_handlers_block_by_func (row, on_row_expanded_cb, self);
  sd_guide_row_set_expanded (SD_GUIDE_ROW (row), g_hash_table_contains (self->expanded, procedure));
  g_signal_handlers_unblock_by_func (row, on_row_expanded_cb, self);
  if (gtk_list_item_get_child (item) != row)
    gtk_list_item_set_child (item, row);
  g_object_unref (row);
}

/* An item that goes gives its row to the page, for the guides to come, as
 * soon as it leaves the window: the item is let go, and the row would be
 * unrealized with it and not used again. An item that stays is given another
 * guide (bind_guide_row()) and keeps its row. */
static void
unbind_guide_row (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  SdGuidesPage             *self)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  if (row != NULL && gtk_widget_get_root (row) == NULL)
    take_row (self, item);
}

static void
teardown_guide_row (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    SdGuidesPage             *self)
{
  take_row (self, item);
}

/* The car changed (or the case, and with it the car): the guides are sorted
 * out again. */
static void
update_profile (SdGuidesPage *self)
{
  SdVehicleProfile *profile = NULL;

  if (self->session != NULL)
    profile = sd_diagnosis_get_profile (sd_session_get_diagnosis (self->session));

  if (self->profile != profile)
    {
      if (self->profile != NULL)
        g_signal_handlers_disconnect_by_func (self->profile, update_profile, self);
      g_set_object (&self->profile, profile);
      if (profile != NULL)
        g_signal_connect_object (profile, "notify", G_CALLBACK (update_profile), self,
                                 G_CONNECT_SWAPPED);
    }

  g_hash_table_remove_all (self->why_not);
  gtk_filter_changed (self->for_car, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_filter_changed (self->not_for_car, GTK_FILTER_CHANGE_DIFFERENT);

  /* A row the grid view kept for its guide says why anew: the reason may
   * have changed, or gone. Each item's widget holds the row as its child. */
  for (GtkWidget *item = gtk_widget_get_first_child (GTK_WIDGET (self->guides_list));
       item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);

      if (SD_IS_GUIDE_ROW (row) && sd_guide_row_get_procedure (SD_GUIDE_ROW (row)) != NULL)
        sd_guide_row_show_not_for_car (SD_GUIDE_ROW (row),
                                       get_why_not (self, sd_guide_row_get_procedure (SD_GUIDE_ROW (row))));
    }
}

/* Answers change the case, not the car: only a new car or case sorts again. */
static void
on_session_changed_cb (SdGuidesPage *self)
{
  SdVehicleProfile *profile = sd_diagnosis_get_profile (sd_session_get_diagnosis (self->session));

  if (profile != self->profile)
    update_profile (self);
}

#define FOLD_PER_IDLE 500
#define ROWS_PER_IDLE 8
/* As many rows as GTK 4.8's grid view keeps around what is in sight
 * (GTK_GRID_VIEW_MAX_VISIBLE_ROWS, 30, and a few). */
#define SPARE_ROWS_WANTED 36

/* A search's first keystroke gives the grid view new items for all the rows
 * it keeps, and it binds them before it lets the old ones go: without rows
 * at hand, that keystroke would build them all. They are made while idle. */
static gboolean
make_spare_rows (SdGuidesPage *self,
                 guint         n_guides)
{
  guint wanted = MIN (n_guides, SPARE_ROWS_WANTED);

  for (guint i = 0; i < ROWS_PER_IDLE && self->spare_rows->len < wanted; i++)
    g_ptr_array_add (self->spare_rows, new_guide_row (self));

  return self->spare_rows->len < wanted;
}

/* The texts are folded while nothing else is to be done, a few hundred at a
 * time, so that the first keystroke of a search does not fold them all; then
 * the spare rows are made, a few at a time. */
static gboolean
fold_some_cb (gpointer user_data)
{
  SdGuidesPage *self = user_data;
  guint n = g_list_model_get_n_items (sd_catalog_get_procedures (self->catalog));

  if (sd_guide_search_fold_some (self->search, FOLD_PER_IDLE) || make_spare_rows (self, n))
    return G_SOURCE_CONTINUE;

  self->fold_id = 0;
  return G_SOURCE_REMOVE;
}

static void
fold_later (SdGuidesPage *self)
{
  if (self->fold_id == 0 && self->catalog != NULL)
    self->fold_id = g_idle_add_full (G_PRIORITY_LOW, fold_some_cb, self, NULL);
}

/* What a guide is sorted by, read once: the sort compares each guide with
 * some fourteen others at 10,000 guides. */
typedef struct
{
  int   difficulty;
  guint minutes;
  char  title[];  /* the title's collation key */
} SortKey;

static const SortKey *
get_sort_key (SdGuidesPage *self,
              SdProcedure  *procedure)
{
  SortKey *key = g_hash_table_lookup (self->sort_keys, procedure);

  if (key == NULL)
    {
      g_autofree char *title = g_utf8_collate_key (sd_procedure_get_title (procedure), -1);
      gsize size = strlen (title) + 1;

      key = g_malloc (sizeof (SortKey) + size);
      key->difficulty = (int) sd_procedure_get_difficulty (procedure);
      key->minutes = sd_procedure_get_minutes (procedure);
      memcpy (key->title, title, size);
      g_hash_table_insert (self->sort_keys, g_object_ref (procedure), key);
    }

  return key;
}

/* Quick, easy jobs first; workshop hand-overs last; then by title. */
static int
compare_procedures (gconstpointer a,
                    gconstpointer b,
                    gpointer      user_data)
{
  const SortKey *ka = get_sort_key (user_data, (SdProcedure *) a);
  const SortKey *kb = get_sort_key (user_data, (SdProcedure *) b);

  if (ka->difficulty != kb->difficulty)
    return ka->difficulty < kb->difficulty ? -1 : 1;
  if (ka->minutes != kb->minutes)
    return ka->minutes < kb->minutes ? -1 : 1;

  return strcmp (ka->title, kb->title);
}

static void
update_visible_page (SdGuidesPage *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->fitting)) +
            g_list_model_get_n_items (G_LIST_MODEL (self->others));

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "guides" : "empty");
}

/* Tells a part's filter what a search changed in it: nothing, and it looks at
 * no guide; it lost guides only, and it looks again only at those it showed;
 * it found guides only, and only at those it did not. */
static void
refilter (GtkFilter *filter,
          gboolean   lost,
          gboolean   found)
{
  if (lost && found)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_DIFFERENT);
  else if (lost)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_MORE_STRICT);
  else if (found)
    gtk_filter_changed (filter, GTK_FILTER_CHANGE_LESS_STRICT);
}

static void
on_search_changed_cb (SdGuidesPage   *self,
                      GtkSearchEntry *entry)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  g_autoptr(GPtrArray) lost = g_ptr_array_new ();
  /* For the car, and not: whether the search lost guides, found others. */
  gboolean lost_in[2] = { FALSE, FALSE }, found_in[2] = { FALSE, FALSE };

  sd_guide_search_set_query (self->search, gtk_editable_get_text (GTK_EDITABLE (entry)),
                             found, lost);
  for (guint i = 0; i < lost->len; i++)
    lost_in[get_why_not (self, g_ptr_array_index (lost, i)) != NULL] = TRUE;
  for (guint i = 0; i < found->len; i++)
    found_in[get_why_not (self, g_ptr_array_index (found, i)) != NULL] = TRUE;

  refilter (self->for_car, lost_in[0], found_in[0]);
  refilter (self->not_for_car, lost_in[1], found_in[1]);
}

static void
fill_skipped (SdGuidesPage *self)
{
  GPtrArray *problems = sd_catalog_get_problems (self->catalog);
  g_auto(GStrv) files = sd_catalog_dup_skipped_files (self->catalog);

  sd_list_box_remove_all (self->skipped_list);

  for (guint i = 0; files[i] != NULL; i++)
    {
      GtkWidget *row = adw_expander_row_new ();
      g_autofree char *basename = g_path_get_basename (files[i]);

      /* A file's name is the user's, and may hold "&" or "<". */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), basename);
      adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), files[i]);
      adw_expander_row_set_icon_name (ADW_EXPANDER_ROW (row), "dialog-warning-symbolic");

      for (guint j = 0; j < problems->len; j++)
        {
          const SdProblem *problem = g_ptr_array_index (problems, j);
          g_autofree char *where = NULL;

          if (g_strcmp0 (problem->file, files[i]) != 0)
            continue;

          /* Translators: the line of a data file a problem is on. */
          where = g_strdup_printf (_("Line %u"), problem->line);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (row),
                                    sd_text_row_new (where, problem->message, NULL));
        }

      gtk_list_box_append (self->skipped_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->skipped_group), files[0] != NULL);
}

static void
update_description (SdGuidesPage *self)
{
  guint n = g_list_model_get_n_items (sd_catalog_get_procedures (self->catalog));
  g_autofree char *description = NULL;

  /* Translators: the description of the list of guides. */
  description = g_strdup_printf (ngettext ("%u guided procedure to test and fix the "
                                           "emergency call system",
                                           "%u guided procedures to test and fix the "
                                           "emergency call system", n), n);
  adw_preferences_group_set_description (self->guides_group, description);
}

/* A quiet line while the user's own guides load; the count of guides and the
 * files that could not be loaded follow each batch. */
static void
on_loader_changed_cb (SdGuidesPage *self)
{
  gboolean loading = sd_procedure_loader_get_loading (self->loader);
  guint n_files = sd_procedure_loader_get_n_files (self->loader);

  if (loading)
    {
      g_autofree char *text = NULL;

      if (n_files > 0)
        /* Translators: while the user's own guides load, "340 of 1,000" files. */
        text = g_strdup_printf (_("Loading your guides… %'u of %'u"),
                                sd_procedure_loader_get_n_loaded (self->loader), n_files);
      else
        text = g_strdup (_("Loading your guides…"));
      gtk_label_set_text (self->loading_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->loading_label), loading);

  if (self->catalog != NULL)
    {
      update_description (self);
      fill_skipped (self);
      fold_later (self);
    }
}

/**
 * sd_guides_page_set_loader:
 * @loader: (nullable): what reads the user's own guides into the catalog
 *
 * Shows how far the loader is while it reads, in a line under the count.
 */
void
sd_guides_page_set_loader (SdGuidesPage      *self,
                           SdProcedureLoader *loader)
{
  g_return_if_fail (SD_IS_GUIDES_PAGE (self));
  g_return_if_fail (loader == NULL || SD_IS_PROCEDURE_LOADER (loader));

  if (self->loader == loader)
    return;

  if (self->loader != NULL)
    g_signal_handlers_disconnect_by_func (self->loader, on_loader_changed_cb, self);
  g_set_object (&self->loader, loader);
  if (loader == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->loading_label), FALSE);
      return;
    }

  g_signal_connect_object (loader, "notify", G_CALLBACK (on_loader_changed_cb), self,
                           G_CONNECT_SWAPPED);
  on_loader_changed_cb (self);
}

/**
 * sd_guides_page_set_catalog:
 * @self: a #SdGuidesPage
 * @catalog: the loaded catalog to show
 */
void
sd_guides_page_set_catalog (SdGuidesPage *self,
                            SdCatalog    *catalog)
{
  GListModel *procedures;

  g_return_if_fail (SD_IS_GUIDES_PAGE (self));
  g_return_if_fail (SD_IS_CATALOG (catalog));

  g_set_object (&self->catalog, catalog);
  g_hash_table_remove_all (self->expanded);
  g_hash_table_remove_all (self->sort_keys);
  g_hash_table_remove_all (self->why_not);
  procedures = sd_catalog_get_procedures (catalog);

  sd_guide_search_set_procedures (self->search, procedures);
  gtk_sort_list_model_set_model (self->sorted, procedures);

  update_description (self);
  fill_skipped (self);
  update_visible_page (self);
  fold_later (self);
}

/**
 * sd_guides_page_set_session:
 * @self: a #SdGuidesPage
 * @session: the case whose car decides which guides are for it
 *
 * Shows the session's catalog, the guides not for the case's car apart; they
 * follow the car as it changes.
 */
void
sd_guides_page_set_session (SdGuidesPage *self,
                            SdSession    *session)
{
  g_return_if_fail (SD_IS_GUIDES_PAGE (self));
  g_return_if_fail (SD_IS_SESSION (session));

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_func (self->session, on_session_changed_cb, self);
  g_set_object (&self->session, session);
  g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed_cb), self,
                           G_CONNECT_SWAPPED);
  update_profile (self);
  sd_guides_page_set_catalog (self, sd_session_get_catalog (session));
}

void
sd_guides_page_focus_search (SdGuidesPage *self)
{
  g_return_if_fail (SD_IS_GUIDES_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
sd_guides_page_dispose (GObject *object)
{
  SdGuidesPage *self = SD_GUIDES_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_GUIDES_PAGE);
  g_clear_handle_id (&self->fold_id, g_source_remove);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_weak_pointer (&self->others_row);
  g_clear_object (&self->others_shown);
  g_clear_object (&self->others);
  g_clear_object (&self->others_header);
  g_clear_object (&self->fitting);
  g_clear_object (&self->not_for_car);
  g_clear_object (&self->for_car);
  g_clear_object (&self->search);
  g_clear_object (&self->sorted);
  g_clear_object (&self->catalog);
  g_clear_object (&self->profile);
  g_clear_object (&self->session);
  g_clear_object (&self->loader);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_pointer (&self->sort_keys, g_hash_table_unref);
  g_clear_pointer (&self->why_not, g_hash_table_unref);

  G_OBJECT_CLASS (sd_guides_page_parent_class)->dispose (object);
}

static void
sd_guides_page_class_init (SdGuidesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_guides_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-guides-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, guides_group);
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, guides_list);
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, loading_label);
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, skipped_group);
  gtk_widget_class_bind_template_child (widget_class, SdGuidesPage, skipped_list);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
}

static void
sd_guides_page_init (SdGuidesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  g_autoptr(GtkNoSelection) selection = NULL;
  g_autoptr(GListStore) sections = g_list_store_new (G_TYPE_LIST_MODEL);
  GtkFlattenListModel *flat;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_procedures,
                                                                                self, NULL)));
  /* The car splits the guides once; a keystroke only searches each part. */
  /* One filter a part, over the sorted guides: a guide is found in a part
   * without going through a model of the part first. */
  self->search = sd_guide_search_new ();
  self->for_car = GTK_FILTER (gtk_custom_filter_new (is_found_for_car, self, NULL));
  self->not_for_car = GTK_FILTER (gtk_custom_filter_new (is_found_not_for_car, self, NULL));
  self->fitting = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                             g_object_ref (self->for_car));
  self->others = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->sorted)),
                                            g_object_ref (self->not_for_car));
  self->others_shown = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->others)),
                                                  GTK_FILTER (gtk_custom_filter_new (is_others_expanded,
                                                                                     self, NULL)));
  self->others_header = g_list_store_new (G_TYPE_OBJECT);
  self->expanded = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  self->sort_keys = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->why_not = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);

  /* The guides for the car, the "Not for Your Car" row, the others. */
  g_list_store_append (sections, self->fitting);
  g_list_store_append (sections, self->others_header);
  g_list_store_append (sections, self->others_shown);
  flat = gtk_flatten_list_model_new (G_LIST_MODEL (g_steal_pointer (&sections)));

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_guide_row), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_guide_row), self, 0);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (teardown_guide_row), self, 0);
  gtk_grid_view_set_factory (self->guides_list, factory);
  selection = gtk_no_selection_new (G_LIST_MODEL (flat));
  gtk_grid_view_set_model (self->guides_list, GTK_SELECTION_MODEL (selection));
  g_signal_connect_object (self->fitting, "items-changed", G_CALLBACK (update_visible_page), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->others, "items-changed", G_CALLBACK (update_visible_page), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->others, "items-changed", G_CALLBACK (on_others_changed_cb), self,
                           G_CONNECT_SWAPPED);
}
