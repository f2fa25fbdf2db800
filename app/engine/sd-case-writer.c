/* sd-case-writer.c: saving a case off the main thread, in order
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A save is durable (synced before the rename, see sd_case_save()) and so
 * takes milliseconds, more than a frame on a slow disk; the session hands each
 * save to one writer thread instead. The case is turned into its text on the
 * calling thread, at the moment of the change, and the writer writes the
 * latest text it was given: a save asked for while another is being written
 * waits for it, and several asked for meanwhile are written once, as the
 * latest state, so that saves never overtake each other and the last change
 * is always the one on disk. What each write did is told back in the calling
 * thread's main context, in order.
 */
#include "config.h"

#include "sd-case-format.h"
#include "sd-case-store.h"
#include "sd-case-writer.h"

typedef struct
{
  gboolean  quietly;
  GError   *error;
} Result;

struct _SdCaseWriter
{
  GMutex            lock;
  GCond             cond;
  GThread          *thread;
  gboolean          quit;

  /* The save waiting to be written, the latest asked for. */
  gboolean          pending;
  char             *data;
  gsize             length;
  char             *path;
  gboolean          quietly;
  gboolean          writing;

  /* What was written, not yet told. */
  GQueue            results;
  GMainContext     *context;
  GSource          *idle;
  SdCaseWriterDone  done;
  gpointer          user_data;
};

static void
result_free (Result *result)
{
  g_clear_error (&result->error);
  g_free (result);
}

/* Tells what was written, in order; in the writer's main context. */
static void
deliver (SdCaseWriter *self)
{
  GQueue results = G_QUEUE_INIT;
  Result *result;

  g_mutex_lock (&self->lock);
  results = self->results;
  g_queue_init (&self->results);
  if (self->idle != NULL)
    {
      g_source_destroy (self->idle);
      g_clear_pointer (&self->idle, g_source_unref);
    }
  g_mutex_unlock (&self->lock);

  while ((result = g_queue_pop_head (&results)) != NULL)
    {
      self->done (result->quietly, result->error, self->user_data);
      result_free (result);
    }
}

static gboolean
deliver_cb (gpointer user_data)
{
  deliver (user_data);

  return G_SOURCE_REMOVE;
}

static gpointer
write_thread (gpointer user_data)
{
  SdCaseWriter *self = user_data;

  g_mutex_lock (&self->lock);
  for (;;)
    {
      g_autofree char *data = NULL;
      g_autofree char *path = NULL;
      g_autoptr(SdCase) snapshot = NULL;
      Result *result;
      gsize length;

      while (!self->pending && !self->quit)
        g_cond_wait (&self->cond, &self->lock);
      if (!self->pending)
        break;

      data = g_steal_pointer (&self->data);
      path = g_steal_pointer (&self->path);
      length = self->length;
      result = g_new0 (Result, 1);
      result->quietly = self->quietly;
      self->pending = FALSE;
      self->writing = TRUE;
      g_mutex_unlock (&self->lock);

      /* The writer's own copy of the case, made from the text of the moment. */
      snapshot = sd_case_new_from_data (data, length, NULL, &result->error);
      if (snapshot != NULL)
        sd_case_save (snapshot, path, &result->error);

      g_mutex_lock (&self->lock);
      self->writing = FALSE;
      g_queue_push_tail (&self->results, result);
      if (self->idle == NULL)
        {
          self->idle = g_idle_source_new ();
          g_source_set_priority (self->idle, G_PRIORITY_DEFAULT);
          g_source_set_callback (self->idle, deliver_cb, self, NULL);
          g_source_set_static_name (self->idle, "[sos-doctor] case saved");
          g_source_attach (self->idle, self->context);
        }
      g_cond_broadcast (&self->cond);
    }
  g_mutex_unlock (&self->lock);

  return NULL;
}

/**
 * sd_case_writer_new:
 * @done: told what each write did, in the calling thread's main context
 * @user_data: for @done
 *
 * Returns: (transfer full): a writer, whose thread starts with the first save
 */
SdCaseWriter *
sd_case_writer_new (SdCaseWriterDone done,
                    gpointer         user_data)
{
  SdCaseWriter *self = g_new0 (SdCaseWriter, 1);

  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  g_queue_init (&self->results);
  self->context = g_main_context_ref_thread_default ();
  self->done = done;
  self->user_data = user_data;

  return self;
}

/**
 * sd_case_writer_save:
 * @kase: the case, as it is now
 * @path: where to write it
 * @quietly: whether a failure of this save is already known to the user
 *
 * Asks for @kase to be saved, and returns at once.
 */
void
sd_case_writer_save (SdCaseWriter *self,
                     SdCase       *kase,
                     const char   *path,
                     gboolean      quietly)
{
  gsize length = 0;
  char *data = sd_case_to_data (kase, &length);

  g_mutex_lock (&self->lock);
  /* Written together with a save that was to be told, it is told. */
  self->quietly = self->pending ? self->quietly && quietly : quietly;
  g_free (self->data);
  g_free (self->path);
  self->data = data;
  self->length = length;
  self->path = g_strdup (path);
  self->pending = TRUE;
  if (self->thread == NULL)
    self->thread = g_thread_new ("sd-case-writer", write_thread, self);
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
}

/**
 * sd_case_writer_flush:
 *
 * Waits until every save asked for is written, then tells what each did.
 */
void
sd_case_writer_flush (SdCaseWriter *self)
{
  g_mutex_lock (&self->lock);
  while (self->pending || self->writing)
    g_cond_wait (&self->cond, &self->lock);
  g_mutex_unlock (&self->lock);

  deliver (self);
}

/**
 * sd_case_writer_free:
 *
 * Writes what is pending, tells it, and stops the thread.
 */
void
sd_case_writer_free (SdCaseWriter *self)
{
  if (self == NULL)
    return;

  sd_case_writer_flush (self);

  g_mutex_lock (&self->lock);
  self->quit = TRUE;
  g_cond_broadcast (&self->cond);
  g_mutex_unlock (&self->lock);
  if (self->thread != NULL)
    g_thread_join (self->thread);

  g_queue_clear_full (&self->results, (GDestroyNotify) result_free);
  g_clear_pointer (&self->idle, g_source_unref);
  g_main_context_unref (self->context);
  g_free (self->data);
  g_free (self->path);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);
  g_free (self);
}
