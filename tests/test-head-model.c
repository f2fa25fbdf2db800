/* test-head-model.c: the first items of a list model (app/engine/sd-head-model.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>

#include "sd-head-model.h"
#include "sd-test-utils.h"

#define HEAD 4

typedef struct
{
  GListStore  *store;
  SdHeadModel *head;
  /* What a listener built from the head's signals alone. */
  GPtrArray   *mirror;
  guint        signals;
  guint        largest;
} Fixture;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Fixture    *fixture)
{
  /* As GtkListBox does: read the added items while being told. */
  g_ptr_array_remove_range (fixture->mirror, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (fixture->mirror, position + i, g_list_model_get_item (model, position + i));
  assert_int_equal (fixture->mirror->len, g_list_model_get_n_items (model));
  fixture->signals++;
  fixture->largest = MAX (fixture->largest, MAX (removed, added));
}

static int
setup (void **state)
{
  Fixture *fixture = g_new0 (Fixture, 1);

  fixture->store = g_list_store_new (G_TYPE_OBJECT);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);

      g_list_store_append (fixture->store, object);
    }
  fixture->head = sd_head_model_new (G_LIST_MODEL (fixture->store), HEAD);
  fixture->mirror = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < HEAD; i++)
    g_ptr_array_add (fixture->mirror, g_list_model_get_item (G_LIST_MODEL (fixture->head), i));
  g_signal_connect (fixture->head, "items-changed", G_CALLBACK (on_items_changed_cb), fixture);
  *state = fixture;

  return 0;
}

static int
teardown (void **state)
{
  Fixture *fixture = *state;

  g_clear_object (&fixture->head);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->mirror, g_ptr_array_unref);
  g_free (fixture);

  return 0;
}

/* The head, the store's first items and the listener's copy agree. */
static void
assert_head (Fixture *fixture)
{
  GListModel *head = G_LIST_MODEL (fixture->head);
  guint expected = MIN (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)), HEAD);

  assert_int_equal (g_list_model_get_n_items (head), expected);
  assert_int_equal (fixture->mirror->len, expected);
  for (guint i = 0; i < expected; i++)
    {
      g_autoptr(GObject) in_store = g_list_model_get_item (G_LIST_MODEL (fixture->store), i);
      g_autoptr(GObject) in_head = g_list_model_get_item (head, i);

      assert_ptr_equal (in_head, in_store);
      assert_ptr_equal (g_ptr_array_index (fixture->mirror, i), in_store);
    }
  assert_null (g_list_model_get_item (head, expected));
}

static void
move (GListStore *store,
      guint       from,
      guint       to)
{
  g_autoptr(GObject) object = g_list_model_get_item (G_LIST_MODEL (store), from);

  g_list_store_remove (store, from);
  g_list_store_insert (store, to, object);
}

static void
test_head_basics (void **state)
{
  Fixture *fixture = *state;

  assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->head)) == G_TYPE_OBJECT);
  assert_ptr_equal (sd_head_model_get_model (fixture->head), fixture->store);
  assert_int_equal (sd_head_model_get_size (fixture->head), HEAD);
  assert_head (fixture);

  /* Changes beyond the head are not heard. */
  g_list_store_remove (fixture->store, 8);
  move (fixture->store, 6, 5);
  assert_int_equal (fixture->signals, 0);
  assert_head (fixture);
}

/* A move into the head is one item in, one item out: the others stay. */
static void
test_move_into_head (void **state)
{
  Fixture *fixture = *state;

  move (fixture->store, 6, 1);
  assert_head (fixture);
  assert_int_equal (fixture->largest, 1);

  move (fixture->store, 0, 3);
  assert_head (fixture);
  move (fixture->store, 2, 8);
  assert_head (fixture);
  assert_int_equal (fixture->largest, 1);
}

static void
test_splices (void **state)
{
  Fixture *fixture = *state;
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  gpointer two[2] = { a, b };

  g_list_store_splice (fixture->store, 1, 2, two, 2);
  assert_head (fixture);
  g_list_store_splice (fixture->store, 3, 5, NULL, 0);
  assert_head (fixture);
  g_list_store_splice (fixture->store, 2, 0, two, 2);
  assert_head (fixture);

  /* Fewer items than the head holds, then none, then some again. */
  while (g_list_model_get_n_items (G_LIST_MODEL (fixture->store)) > 2)
    g_list_store_remove (fixture->store, 0);
  assert_head (fixture);
  g_list_store_remove_all (fixture->store);
  assert_head (fixture);
  g_list_store_splice (fixture->store, 0, 0, two, 2);
  assert_head (fixture);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_head_basics, setup, teardown),
    cmocka_unit_test_setup_teardown (test_move_into_head, setup, teardown),
    cmocka_unit_test_setup_teardown (test_splices, setup, teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
