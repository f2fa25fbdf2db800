/* sd-knowledge-reader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads knowledge files into a #SdKnowledge: each file all or nothing, an entry
 * with the id of an earlier one replacing it. See sd-knowledge.c for the checks.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sd-applies-reader.h"
#include "sd-knowledge-private.h"
#include "sd-knowledge-reader.h"
#include "sd-problem.h"
#include "sd-xml.h"

/* The highest reach-minutes of a ring member: a day. */
#define MAX_REACH_MINUTES (24 * 60)
/* The most a question's effort may be: a day too. */
#define MAX_EFFORT_MINUTES (24 * 60)

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

static xmlNode *
child_named (xmlNode    *node,
             const char *name)
{
  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, name))
      return child;

  return NULL;
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
  int position = sd_knowledge_find_by_id (index, id);
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

/* The effort a question takes, as a word of the scale or in minutes. */
static gboolean
read_effort (xmlNode    *node,
             double     *minutes,
             const char *source,
             GPtrArray  *problems)
{
  static const struct { const char *word; double minutes; } scale[] = {
    { "noticed", SD_EFFORT_NOTICED_MINUTES },
    { "look", SD_EFFORT_LOOK_MINUTES },
    { "scanner", SD_EFFORT_SCANNER_MINUTES },
    { "open-trim", SD_EFFORT_OPEN_TRIM_MINUTES },
  };
  g_autofree char *text = sd_xml_get_attr (node, "effort");

  *minutes = SD_EFFORT_NOTICED_MINUTES;
  if (text == NULL)
    return TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (scale); i++)
    if (g_str_equal (text, scale[i].word))
      {
        *minutes = scale[i].minutes;
        return TRUE;
      }

  if (sd_xml_parse_double (text, 0.0, MAX_EFFORT_MINUTES, minutes))
    return TRUE;

  sd_problems_add (problems, source, sd_xml_line (node),
                   /* Translators: do not translate the quoted words, they are data. */
                   _("effort “%s” is neither minutes (0 to %u) nor one of “noticed”, “look”, "
                     "“scanner”, “open-trim”"),
                   text, (guint) MAX_EFFORT_MINUTES);

  return FALSE;
}

static gboolean
read_implication (xmlNode       *node,
                  SdImplication *implication)
{
  g_autofree char *when = sd_xml_get_attr (node, "when");
  g_autofree char *answer = sd_xml_get_attr (node, "answer");

  implication->symptom = sd_xml_get_attr (node, "symptom");
  implication->when_yes = g_strcmp0 (when, "no") != 0;
  implication->answer_yes = g_strcmp0 (answer, "no") != 0;
  implication->line = sd_xml_line (node);

  /* The schema allows only yes and no. */
  return implication->symptom != NULL;
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
  if (!read_effort (node, &symptom->effort, source, problems))
    *ok = FALSE;
  symptom->implications = g_array_new (FALSE, TRUE, sizeof (SdImplication));
  g_array_set_clear_func (symptom->implications, (GDestroyNotify) sd_knowledge_implication_clear);
  symptom->indications = g_array_new (FALSE, TRUE, sizeof (SdIndication));
  g_array_set_clear_func (symptom->indications, (GDestroyNotify) sd_knowledge_indication_clear);
  sd_text_init_from_node (&symptom->question, child_named (node, "question"), root_id);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      SdIndication indication = { 0, };
      SdImplication implication = { 0, };

      if (sd_xml_is (child, "implies"))
        {
          if (read_implication (child, &implication))
            g_array_append_val (symptom->implications, implication);
          continue;
        }
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
  GPtrArray *ring = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_knowledge_ring_member_free);

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

          store_entry (self->components, self->component_index, (GDestroyNotify) sd_knowledge_component_free,
                       component, component->id, _("component"), source, component->line,
                       notices, undo);
        }
      else if (sd_xml_is (child, "fault"))
        {
          SdFault *fault = read_fault (child, root_id, source, &ok, problems);

          store_entry (self->faults, self->fault_index, (GDestroyNotify) sd_knowledge_fault_free,
                       fault, fault->id, _("fault"), source, fault->line, notices, undo);
        }
      else if (sd_xml_is (child, "symptom"))
        {
          SdSymptom *symptom = read_symptom (child, root_id, source, &ok, problems);

          store_entry (self->symptoms, self->symptom_index, (GDestroyNotify) sd_knowledge_symptom_free,
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
