/* sd-knowledge.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base: components, their faults, the symptoms an owner can see and
 * the MOST ring. Several files can contribute; an entry with the id of an earlier
 * one replaces it, so a workshop can correct a number without copying the file.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-applies-reader.h"
#include "sd-knowledge.h"
#include "sd-problem.h"
#include "sd-xml.h"

/* The highest reach-minutes of a ring member: a day. */
#define MAX_REACH_MINUTES (24 * 60)

struct _SdKnowledge
{
  GObject     parent_instance;

  GPtrArray  *components;
  GPtrArray  *faults;
  GPtrArray  *symptoms;
  GPtrArray  *ring;
  char       *ring_source;
  /* Id to position + 1 in the list of the same name, so that a look-up does not
   * scan the list: a 2 MiB file can hold tens of thousands of entries. */
  GHashTable *component_index;
  GHashTable *fault_index;
  GHashTable *symptom_index;
};

/* One entry added by a file, to take back if the file turns out to be unusable. */
typedef struct
{
  GPtrArray      *array;
  GHashTable     *index;
  GDestroyNotify  free_func;
  guint           position;
  /* The entry it replaced, or NULL when it was appended. */
  gpointer        old;
} Change;

typedef struct
{
  GArray    *changes;
  gboolean   ring_replaced;
  GPtrArray *old_ring;
  char      *old_ring_source;
  guint      n_notices;
} Undo;

G_DEFINE_FINAL_TYPE (SdKnowledge, sd_knowledge, G_TYPE_OBJECT)

static void
component_free (SdComponent *component)
{
  g_free (component->id);
  g_free (component->source);
  sd_text_clear (&component->name);
  sd_text_clear (&component->role);
  sd_text_clear (&component->location);
  sd_applies_free (component->applies);
  g_free (component);
}

static void
fault_free (SdFault *fault)
{
  g_free (fault->id);
  g_free (fault->source);
  g_free (fault->component);
  sd_text_clear (&fault->name);
  sd_text_clear (&fault->explanation);
  sd_applies_free (fault->applies);
  g_free (fault);
}

static void
indication_clear (SdIndication *indication)
{
  g_free (indication->fault);
}

static void
symptom_free (SdSymptom *symptom)
{
  g_free (symptom->id);
  g_free (symptom->source);
  g_free (symptom->component);
  sd_text_clear (&symptom->question);
  g_clear_pointer (&symptom->indications, g_array_unref);
  sd_applies_free (symptom->applies);
  g_free (symptom->after);
  g_free (symptom);
}

static void
ring_member_free (SdRingMember *member)
{
  g_free (member->component);
  sd_applies_free (member->applies);
  g_free (member);
}

static void
sd_knowledge_finalize (GObject *object)
{
  SdKnowledge *self = (SdKnowledge *) object;

  g_clear_pointer (&self->components, g_ptr_array_unref);
  g_clear_pointer (&self->faults, g_ptr_array_unref);
  g_clear_pointer (&self->symptoms, g_ptr_array_unref);
  g_clear_pointer (&self->ring, g_ptr_array_unref);
  g_clear_pointer (&self->ring_source, g_free);
  g_clear_pointer (&self->component_index, g_hash_table_unref);
  g_clear_pointer (&self->fault_index, g_hash_table_unref);
  g_clear_pointer (&self->symptom_index, g_hash_table_unref);

  G_OBJECT_CLASS (sd_knowledge_parent_class)->finalize (object);
}

static void
sd_knowledge_class_init (SdKnowledgeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_knowledge_finalize;
}

static void
sd_knowledge_init (SdKnowledge *self)
{
  self->components = g_ptr_array_new_with_free_func ((GDestroyNotify) component_free);
  self->faults = g_ptr_array_new_with_free_func ((GDestroyNotify) fault_free);
  self->symptoms = g_ptr_array_new_with_free_func ((GDestroyNotify) symptom_free);
  self->ring = g_ptr_array_new_with_free_func ((GDestroyNotify) ring_member_free);
  self->component_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fault_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->symptom_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

SdKnowledge *
sd_knowledge_new (void)
{
  return g_object_new (SD_TYPE_KNOWLEDGE, NULL);
}

static xmlNode *
child_named (xmlNode    *node,
             const char *name)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, name))
      return child;

  return NULL;
}

static int
find_by_id (GHashTable *index,
            const char *id)
{
  gpointer position;

  if (id == NULL || !g_hash_table_lookup_extended (index, id, NULL, &position))
    return -1;

  return GPOINTER_TO_INT (position) - 1;
}

/* Entries are addressed by id: the one with the same id, in any file, is found
 * and replaced in place, so the order in the lists stays that of first mention. */
static void
store_entry (GPtrArray      *array,
             GHashTable     *index,
             GDestroyNotify  free_func,
             gpointer        entry,
             const char     *id,
             const char     *what,
             const char     *source,
             guint           line,
             GPtrArray      *notices,
             Undo           *undo)
{
  int position = find_by_id (index, id);
  Change change = { array, index, free_func, 0, NULL };

  /* Only an invalid document has an entry without an id. */
  if (id == NULL)
    {
      free_func (entry);
      return;
    }

  if (position < 0)
    {
      change.position = array->len;
      g_ptr_array_add (array, entry);
      g_hash_table_insert (index, g_strdup (id), GINT_TO_POINTER (array->len));
      g_array_append_val (undo->changes, change);
      return;
    }

  sd_problems_add (notices, source, line,
                   /* Translators: the first %s is "component", "fault" or "symptom". */
                   _("%s “%s” replaces the one loaded before"), what, id);
  change.position = (guint) position;
  change.old = array->pdata[position];
  array->pdata[position] = entry;
  g_array_append_val (undo->changes, change);
}

static void
undo_init (Undo      *undo,
           GPtrArray *notices)
{
  memset (undo, 0, sizeof *undo);
  undo->changes = g_array_new (FALSE, FALSE, sizeof (Change));
  undo->n_notices = notices != NULL ? notices->len : 0;
}

/* Keeps what the file added, and frees what it replaced. */
static void
undo_commit (Undo *undo)
{
  for (guint i = 0; i < undo->changes->len; i++)
    {
      Change *change = &g_array_index (undo->changes, Change, i);

      if (change->old != NULL)
        change->free_func (change->old);
    }

  g_clear_pointer (&undo->changes, g_array_unref);
  g_clear_pointer (&undo->old_ring, g_ptr_array_unref);
  g_clear_pointer (&undo->old_ring_source, g_free);
}

/* Takes back everything the file added, newest first, and its notices. */
static void
undo_rollback (SdKnowledge *self,
               Undo        *undo,
               GPtrArray   *notices)
{
  for (guint i = undo->changes->len; i > 0; i--)
    {
      Change *change = &g_array_index (undo->changes, Change, i - 1);
      gpointer entry = change->array->pdata[change->position];

      if (change->old != NULL)
        {
          change->array->pdata[change->position] = change->old;
          change->free_func (entry);
        }
      else
        {
          /* Every entry starts with its id. */
          g_hash_table_remove (change->index, *(const char * const *) entry);
          g_ptr_array_remove_index (change->array, change->position);
        }
    }

  if (undo->ring_replaced)
    {
      g_clear_pointer (&self->ring, g_ptr_array_unref);
      g_clear_pointer (&self->ring_source, g_free);
      self->ring = g_steal_pointer (&undo->old_ring);
      self->ring_source = g_steal_pointer (&undo->old_ring_source);
    }

  if (notices != NULL && notices->len > undo->n_notices)
    g_ptr_array_set_size (notices, undo->n_notices);

  g_clear_pointer (&undo->changes, g_array_unref);
}

static SdComponent *
read_component (xmlNode    *node,
                const char *root_id,
                const char *source,
                gboolean   *ok,
                GPtrArray  *problems)
{
  SdComponent *component = g_new0 (SdComponent, 1);
  xmlNode *hotspot = child_named (node, "hotspot");

  component->id = sd_xml_get_attr (node, "id");
  component->source = g_strdup (source);
  component->line = sd_xml_line (node);
  component->ring_index = -1;
  component->applies = sd_applies_read (node);
  sd_text_init_from_node (&component->name, child_named (node, "name"), root_id);
  sd_text_init_from_node (&component->role, child_named (node, "role"), root_id);
  sd_text_init_from_node (&component->location, child_named (node, "location"), root_id);
  component->x = component->y = 0.5;
  if (hotspot != NULL &&
      (!sd_xml_get_double (hotspot, "x", 0.0, 1.0, &component->x, source, problems) ||
       !sd_xml_get_double (hotspot, "y", 0.0, 1.0, &component->y, source, problems)))
    *ok = FALSE;

  return component;
}

static SdFault *
read_fault (xmlNode    *node,
            const char *root_id,
            const char *source,
            gboolean   *ok,
            GPtrArray  *problems)
{
  SdFault *fault = g_new0 (SdFault, 1);

  fault->id = sd_xml_get_attr (node, "id");
  fault->source = g_strdup (source);
  fault->line = sd_xml_line (node);
  fault->component = sd_xml_get_attr (node, "component");
  fault->applies = sd_applies_read (node);
  if (!sd_xml_get_double (node, "prior", 0.0, 1.0, &fault->prior, source, problems))
    *ok = FALSE;
  sd_text_init_from_node (&fault->name, child_named (node, "name"), root_id);
  sd_text_init_from_node (&fault->explanation, child_named (node, "explanation"), root_id);

  return fault;
}

static SdSymptom *
read_symptom (xmlNode    *node,
              const char *root_id,
              const char *source,
              gboolean   *ok,
              GPtrArray  *problems)
{
  SdSymptom *symptom = g_new0 (SdSymptom, 1);

  symptom->id = sd_xml_get_attr (node, "id");
  symptom->source = g_strdup (source);
  symptom->line = sd_xml_line (node);
  symptom->component = sd_xml_get_attr (node, "component");
  symptom->applies = sd_applies_read (node);
  symptom->after = sd_xml_get_attr (node, "after");
  if (!sd_xml_get_double (node, "leak", 0.0, 1.0, &symptom->leak, source, problems))
    *ok = FALSE;
  symptom->indications = g_array_new (FALSE, TRUE, sizeof (SdIndication));
  g_array_set_clear_func (symptom->indications, (GDestroyNotify) indication_clear);
  sd_text_init_from_node (&symptom->question, child_named (node, "question"), root_id);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      SdIndication indication = { 0, };

      if (!sd_xml_is (child, "indicates"))
        continue;

      indication.fault = sd_xml_get_attr (child, "fault");
      if (!sd_xml_get_double (child, "likelihood", 0.0, 1.0, &indication.likelihood, source,
                              problems))
        *ok = FALSE;
      indication.line = sd_xml_line (child);
      g_array_append_val (symptom->indications, indication);
    }

  return symptom;
}

static void
read_ring (SdKnowledge *self,
           xmlNode     *node,
           const char  *source,
           gboolean    *ok,
           GPtrArray   *problems,
           GPtrArray   *notices,
           Undo        *undo)
{
  GPtrArray *ring = g_ptr_array_new_with_free_func ((GDestroyNotify) ring_member_free);

  if (self->ring->len > 0)
    sd_problems_add (notices, source, sd_xml_line (node),
                     _("this ring replaces the one loaded from %s"), self->ring_source);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      SdRingMember *member = g_new0 (SdRingMember, 1);

      member->component = sd_xml_get_attr (child, "component");
      member->reach_minutes = 5;
      if (!sd_xml_get_uint (child, "reach-minutes", 1, MAX_REACH_MINUTES, &member->reach_minutes,
                            source, problems))
        *ok = FALSE;
      member->line = sd_xml_line (child);
      member->applies = sd_applies_read (child);
      g_ptr_array_add (ring, member);
    }

  /* The first ring a file replaces is the one to restore; a second ring in the
   * same file just replaces the first. */
  if (!undo->ring_replaced)
    {
      undo->ring_replaced = TRUE;
      undo->old_ring = g_steal_pointer (&self->ring);
      undo->old_ring_source = g_steal_pointer (&self->ring_source);
    }
  g_clear_pointer (&self->ring, g_ptr_array_unref);
  g_free (self->ring_source);
  self->ring = ring;
  self->ring_source = g_strdup (source);
}

static gboolean
add_entries (SdKnowledge *self,
             xmlDoc      *doc,
             const char  *source,
             GPtrArray   *problems,
             GPtrArray   *notices,
             Undo        *undo)
{
  xmlNode *root;
  g_autofree char *root_id = NULL;
  gboolean ok = TRUE;

  /* Ids must be unique within one file; across files a repeat is a replacement. */
  root = xmlDocGetRootElement (doc);
  if (root == NULL || !sd_xml_check_unique_ids (root, source, problems))
    return FALSE;

  root_id = sd_xml_get_attr (root, "id");

  for (xmlNode *child = sd_xml_first_child (root); child != NULL; child = sd_xml_next (child))
    {
      if (sd_xml_is (child, "component"))
        {
          SdComponent *component = read_component (child, root_id, source, &ok, problems);

          store_entry (self->components, self->component_index, (GDestroyNotify) component_free,
                       component, component->id, _("component"), source, component->line,
                       notices, undo);
        }
      else if (sd_xml_is (child, "fault"))
        {
          SdFault *fault = read_fault (child, root_id, source, &ok, problems);

          store_entry (self->faults, self->fault_index, (GDestroyNotify) fault_free,
                       fault, fault->id, _("fault"), source, fault->line, notices, undo);
        }
      else if (sd_xml_is (child, "symptom"))
        {
          SdSymptom *symptom = read_symptom (child, root_id, source, &ok, problems);

          store_entry (self->symptoms, self->symptom_index, (GDestroyNotify) symptom_free,
                       symptom, symptom->id, _("symptom"), source, symptom->line, notices, undo);
        }
      else if (sd_xml_is (child, "ring"))
        {
          read_ring (self, child, source, &ok, problems, notices, undo);
        }
    }

  return ok;
}

/**
 * sd_knowledge_add_document:
 * @self: a #SdKnowledge
 * @doc: a document valid against knowledge.rng
 * @source: the file name to use in messages
 * @problems: (nullable): where to add what is wrong
 * @notices: (nullable): where to add entries that replace earlier ones
 *
 * Adds the entries of one knowledge file. Nothing is added when the file has
 * a problem of its own; references between files are checked by
 * sd_knowledge_check() once every file is in.
 *
 * Returns: %TRUE if the file was added
 */
gboolean
sd_knowledge_add_document (SdKnowledge *self,
                           xmlDoc      *doc,
                           const char  *source,
                           GPtrArray   *problems,
                           GPtrArray   *notices)
{
  Undo undo;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  undo_init (&undo, notices);
  if (!add_entries (self, doc, source, problems, notices, &undo))
    {
      undo_rollback (self, &undo, notices);
      return FALSE;
    }

  undo_commit (&undo);

  return TRUE;
}

/* Moves @reasons to @problems as problems of @source, the file that is not
 * used: a check that fails with it can name an entry of an earlier file (the
 * last fault, for the sum of the priors), which is not the one skipped. */
static void
blame_on (GPtrArray  *reasons,
          const char *source,
          GPtrArray  *problems)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      const SdProblem *reason = g_ptr_array_index (reasons, i);

      if (g_strcmp0 (reason->file, source) == 0)
        sd_problems_add (problems, source, reason->line, "%s", reason->message);
      else
        sd_problems_add (problems, source, 1, "%s (%s:%u)", reason->message, reason->file,
                         reason->line);
    }
}

/**
 * sd_knowledge_add_document_checked:
 * @self: a #SdKnowledge whose entries pass sd_knowledge_check()
 * @doc: a document valid against knowledge.rng
 * @source: the file name to use in messages
 * @problems: (nullable): where to add what is wrong
 * @notices: (nullable): where to add entries that replace earlier ones
 *
 * Adds the entries of one knowledge file all or nothing: the file is added
 * only if it has no problem of its own and the knowledge base with it still
 * passes sd_knowledge_check(), so it references only entries of its own or
 * of files added before it. Otherwise the knowledge base is left as it was
 * (notices included), and the reasons are in @problems: a file reported as
 * skipped is never used.
 *
 * Returns: %TRUE if the file was added
 */
gboolean
sd_knowledge_add_document_checked (SdKnowledge *self,
                                   xmlDoc      *doc,
                                   const char  *source,
                                   GPtrArray   *problems,
                                   GPtrArray   *notices)
{
  g_autoptr(GPtrArray) reasons = NULL;
  Undo undo;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  undo_init (&undo, notices);
  if (!add_entries (self, doc, source, problems, notices, &undo))
    {
      undo_rollback (self, &undo, notices);
      return FALSE;
    }

  reasons = sd_problems_new ();
  if (!sd_knowledge_check (self, reasons))
    {
      undo_rollback (self, &undo, notices);
      /* Numbers the ring as it was. */
      sd_knowledge_check (self, NULL);
      blame_on (reasons, source, problems);
      return FALSE;
    }

  undo_commit (&undo);

  return TRUE;
}

/**
 * sd_knowledge_check:
 * @self: a #SdKnowledge
 * @problems: (nullable): where to add what is wrong
 *
 * Checks what the schema cannot: that every fault's component, every symptom's
 * fault and every ring member exists, that no component is on the ring twice, and
 * that the priors leave room for "something else". Also numbers the ring members.
 *
 * Returns: %TRUE if the knowledge base is consistent
 */
gboolean
sd_knowledge_check (SdKnowledge *self,
                    GPtrArray   *problems)
{
  gboolean ok = TRUE;
  double prior_sum = 0.0;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), FALSE);

  for (guint i = 0; i < self->components->len; i++)
    ((SdComponent *) g_ptr_array_index (self->components, i))->ring_index = -1;

  for (guint i = 0; i < self->faults->len; i++)
    {
      const SdFault *fault = g_ptr_array_index (self->faults, i);

      prior_sum += fault->prior;
      if (sd_knowledge_lookup_component (self, fault->component) == NULL)
        {
          sd_problems_add (problems, fault->source, fault->line,
                           _("fault “%s” names component “%s”, which does not exist"),
                           fault->id, fault->component);
          ok = FALSE;
        }
    }

  if (self->faults->len > 0 && prior_sum >= 1.0)
    {
      const SdFault *last = g_ptr_array_index (self->faults, self->faults->len - 1);

      sd_problems_add (problems, last->source, last->line,
                       _("the priors of all faults add up to %.3f; they must stay below 1 "
                         "to leave room for a cause the knowledge base does not list"),
                       prior_sum);
      ok = FALSE;
    }

  for (guint i = 0; i < self->symptoms->len; i++)
    {
      const SdSymptom *symptom = g_ptr_array_index (self->symptoms, i);

      if (symptom->component != NULL &&
          sd_knowledge_lookup_component (self, symptom->component) == NULL)
        {
          sd_problems_add (problems, symptom->source, symptom->line,
                           _("symptom “%s” names component “%s”, which does not exist"),
                           symptom->id, symptom->component);
          ok = FALSE;
        }

      if (symptom->after != NULL && sd_knowledge_lookup_symptom (self, symptom->after) == NULL)
        {
          sd_problems_add (problems, symptom->source, symptom->line,
                           _("symptom “%s” is asked after symptom “%s”, which does not exist"),
                           symptom->id, symptom->after);
          ok = FALSE;
        }

      for (guint j = 0; j < symptom->indications->len; j++)
        {
          const SdIndication *indication = &g_array_index (symptom->indications, SdIndication, j);

          if (sd_knowledge_lookup_fault (self, indication->fault) == NULL)
            {
              sd_problems_add (problems, symptom->source, indication->line,
                               _("symptom “%s” indicates fault “%s”, which does not exist"),
                               symptom->id, indication->fault);
              ok = FALSE;
            }
        }
    }

  for (guint i = 0; i < self->ring->len; i++)
    {
      const SdRingMember *member = g_ptr_array_index (self->ring, i);
      SdComponent *component;

      component = (SdComponent *) sd_knowledge_lookup_component (self, member->component);
      if (component == NULL)
        {
          sd_problems_add (problems, self->ring_source, member->line,
                           _("ring member “%s” is not a component"), member->component);
          ok = FALSE;
        }
      else if (component->ring_index >= 0)
        {
          sd_problems_add (problems, self->ring_source, member->line,
                           _("component “%s” is on the ring twice"), member->component);
          ok = FALSE;
        }
      else
        {
          component->ring_index = (int) i;
        }
    }

  return ok;
}

guint
sd_knowledge_get_n_components (SdKnowledge *self)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), 0);

  return self->components->len;
}

const SdComponent *
sd_knowledge_get_component (SdKnowledge *self,
                            guint        index)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);
  g_return_val_if_fail (index < self->components->len, NULL);

  return g_ptr_array_index (self->components, index);
}

const SdComponent *
sd_knowledge_lookup_component (SdKnowledge *self,
                               const char  *id)
{
  int index;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);

  index = find_by_id (self->component_index, id);

  return index >= 0 ? g_ptr_array_index (self->components, index) : NULL;
}

guint
sd_knowledge_get_n_faults (SdKnowledge *self)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), 0);

  return self->faults->len;
}

const SdFault *
sd_knowledge_get_fault (SdKnowledge *self,
                        guint        index)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);
  g_return_val_if_fail (index < self->faults->len, NULL);

  return g_ptr_array_index (self->faults, index);
}

const SdFault *
sd_knowledge_lookup_fault (SdKnowledge *self,
                           const char  *id)
{
  int index;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);

  index = find_by_id (self->fault_index, id);

  return index >= 0 ? g_ptr_array_index (self->faults, index) : NULL;
}

guint
sd_knowledge_get_n_symptoms (SdKnowledge *self)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), 0);

  return self->symptoms->len;
}

const SdSymptom *
sd_knowledge_get_symptom (SdKnowledge *self,
                          guint        index)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);
  g_return_val_if_fail (index < self->symptoms->len, NULL);

  return g_ptr_array_index (self->symptoms, index);
}

const SdSymptom *
sd_knowledge_lookup_symptom (SdKnowledge *self,
                             const char  *id)
{
  int index;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);

  index = find_by_id (self->symptom_index, id);

  return index >= 0 ? g_ptr_array_index (self->symptoms, index) : NULL;
}

guint
sd_knowledge_get_n_ring_members (SdKnowledge *self)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), 0);

  return self->ring->len;
}

const SdRingMember *
sd_knowledge_get_ring_member (SdKnowledge *self,
                              guint        index)
{
  g_return_val_if_fail (SD_IS_KNOWLEDGE (self), NULL);
  g_return_val_if_fail (index < self->ring->len, NULL);

  return g_ptr_array_index (self->ring, index);
}
