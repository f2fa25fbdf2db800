/* sd-head-model.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The first items of a list model, passing on each change as small as it
 * came: a cause that moves from fourth to first is one removal and one
 * insertion here too, so the rows of the causes that stayed stay. (GTK's slice
 * model passes a removal or an insertion on as a change of every item after
 * it, which rebuilds the rows of causes that did not move.)
 */
#include "config.h"

#include "sd-head-model.h"

struct _SdHeadModel
{
  GObject     parent_instance;

  GListModel *model;
  guint       size;
  /* What this model shows, as its listeners last heard it. */
  GPtrArray  *items;
};

static void sd_head_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SdHeadModel, sd_head_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      sd_head_model_list_model_init))

static GType
sd_head_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (SD_HEAD_MODEL (list)->model);
}

static guint
sd_head_model_get_n_items (GListModel *list)
{
  return SD_HEAD_MODEL (list)->items->len;
}

static gpointer
sd_head_model_get_item (GListModel *list,
                        guint       position)
{
  SdHeadModel *self = SD_HEAD_MODEL (list);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
sd_head_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = sd_head_model_get_item_type;
  iface->get_n_items = sd_head_model_get_n_items;
  iface->get_item = sd_head_model_get_item;
}

/* Copies @n items of the model from @from into ours at @at. */
static void
insert_from_model (SdHeadModel *self,
                   guint        at,
                   guint        from,
                   guint        n)
{
  for (guint i = 0; i < n; i++)
    g_ptr_array_insert (self->items, at + i, g_list_model_get_item (self->model, from + i));
}

/* Each step changes what we hold first and then tells, so that a listener
 * that reads us while being told sees what it was told. */
static void
on_items_changed_cb (GListModel  *model,
                     guint        position,
                     guint        removed,
                     guint        added,
                     SdHeadModel *self)
{
  guint inserted, excess, len, shown;

  if (position >= self->size)
    return;

  /* What left. */
  removed = MIN (removed, self->items->len - position);
  if (removed > 0)
    {
      g_ptr_array_remove_range (self->items, position, removed);
      g_list_model_items_changed (G_LIST_MODEL (self), position, removed, 0);
    }

  /* Room at the end for what came. */
  inserted = MIN (added, self->size - position);
  len = self->items->len;
  excess = len + inserted > self->size ? len + inserted - self->size : 0;
  if (excess > 0)
    {
      g_ptr_array_remove_range (self->items, len - excess, excess);
      g_list_model_items_changed (G_LIST_MODEL (self), len - excess, excess, 0);
    }

  /* What came. */
  if (inserted > 0)
    {
      insert_from_model (self, position, position, inserted);
      g_list_model_items_changed (G_LIST_MODEL (self), position, 0, inserted);
    }

  /* What moved up from beyond the end. */
  len = self->items->len;
  shown = MIN (g_list_model_get_n_items (self->model), self->size);
  if (len < shown)
    {
      insert_from_model (self, len, len, shown - len);
      g_list_model_items_changed (G_LIST_MODEL (self), len, 0, shown - len);
    }
}

static void
sd_head_model_dispose (GObject *object)
{
  SdHeadModel *self = SD_HEAD_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed_cb, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (sd_head_model_parent_class)->dispose (object);
}

static void
sd_head_model_class_init (SdHeadModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sd_head_model_dispose;
}

static void
sd_head_model_init (SdHeadModel *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * sd_head_model_new:
 * @model: the list model to show the start of
 * @size: how many items at most
 *
 * Returns: (transfer full): a list model of @model's first @size items
 */
SdHeadModel *
sd_head_model_new (GListModel *model,
                   guint       size)
{
  SdHeadModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (SD_TYPE_HEAD_MODEL, NULL);
  self->model = g_object_ref (model);
  self->size = size;
  insert_from_model (self, 0, 0, MIN (g_list_model_get_n_items (model), size));
  g_signal_connect_object (model, "items-changed", G_CALLBACK (on_items_changed_cb), self, 0);

  return self;
}

/**
 * sd_head_model_get_model:
 *
 * Returns: (transfer none): the model it shows the start of
 */
GListModel *
sd_head_model_get_model (SdHeadModel *self)
{
  g_return_val_if_fail (SD_IS_HEAD_MODEL (self), NULL);

  return self->model;
}

guint
sd_head_model_get_size (SdHeadModel *self)
{
  g_return_val_if_fail (SD_IS_HEAD_MODEL (self), 0);

  return self->size;
}
