/* sd-knowledge.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The knowledge base: components, their faults, the symptoms an owner can see and
 * the MOST ring. Several files can contribute; an entry with the id of an earlier
 * one replaces it, so a workshop can correct a number without copying the file.
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "sd-knowledge-private.h"
#include "sd-problem.h"

G_DEFINE_FINAL_TYPE (SdKnowledge, sd_knowledge, G_TYPE_OBJECT)

void
sd_knowledge_component_free (SdComponent *component)
{
  g_free (component->id);
  g_free (component->source);
  sd_text_clear (&component->name);
  sd_text_clear (&component->role);
  sd_text_clear (&component->location);
  sd_applies_free (component->applies);
  g_free (component);
}

void
sd_knowledge_fault_free (SdFault *fault)
{
  g_free (fault->id);
  g_free (fault->source);
  g_free (fault->component);
  sd_text_clear (&fault->name);
  sd_text_clear (&fault->explanation);
  sd_applies_free (fault->applies);
  g_free (fault);
}

void
sd_knowledge_indication_clear (SdIndication *indication)
{
  g_free (indication->fault);
}

void
sd_knowledge_implication_clear (SdImplication *implication)
{
  g_free (implication->symptom);
}

void
sd_knowledge_symptom_free (SdSymptom *symptom)
{
  g_free (symptom->id);
  g_free (symptom->source);
  g_free (symptom->component);
  sd_text_clear (&symptom->question);
  g_clear_pointer (&symptom->indications, g_array_unref);
  sd_applies_free (symptom->applies);
  g_free (symptom->after);
  g_clear_pointer (&symptom->implications, g_array_unref);
  g_free (symptom);
}

void
sd_knowledge_ring_member_free (SdRingMember *member)
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
  self->components = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_knowledge_component_free);
  self->faults = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_knowledge_fault_free);
  self->symptoms = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_knowledge_symptom_free);
  self->ring = g_ptr_array_new_with_free_func ((GDestroyNotify) sd_knowledge_ring_member_free);
  self->component_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->fault_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->symptom_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

SdKnowledge *
sd_knowledge_new (void)
{
  return g_object_new (SD_TYPE_KNOWLEDGE, NULL);
}

int
sd_knowledge_find_by_id (GHashTable *index,
            const char *id)
{
  gpointer position;

  if (id == NULL || !g_hash_table_lookup_extended (index, id, NULL, &position))
    return -1;

  return GPOINTER_TO_INT (position) - 1;
}

/* Answer nodes of the implication graph: 2 × symptom position, + 1 for "no". */
static guint
answer_node (int      symptom,
             gboolean yes)
{
  return 2 * (guint) symptom + (yes ? 0 : 1);
}

/* Depth-first from @node: a back edge closes a cycle; reports it at the
 * implication that closes it. @state: 0 unseen, 1 on the path, 2 done. */
static gboolean
check_cycles_from (SdKnowledge *self,
                   guint        node,
                   guint8      *state,
                   GPtrArray   *problems)
{
  const SdSymptom *symptom = g_ptr_array_index (self->symptoms, node / 2);
  gboolean ok = TRUE;

  state[node] = 1;
  for (guint j = 0; j < symptom->implications->len; j++)
    {
      const SdImplication *implication = &g_array_index (symptom->implications, SdImplication, j);
      int target = sd_knowledge_find_by_id (self->symptom_index, implication->symptom);
      guint next;

      if (target < 0 || implication->when_yes != (node % 2 == 0))
        continue;
      next = answer_node (target, implication->answer_yes);
      if (state[next] == 1)
        {
          sd_problems_add (problems, symptom->source, implication->line,
                           _("the implications of symptom “%s” lead in a circle back to it "
                             "through symptom “%s”"),
                           symptom->id, implication->symptom);
          ok = FALSE;
        }
      else if (state[next] == 0 && !check_cycles_from (self, next, state, problems))
        {
          ok = FALSE;
        }
    }
  state[node] = 2;

  return ok;
}

/* Every answer implied, directly or not, by @start: none may be implied both
 * yes and no, its own answer included. */
static gboolean
check_consistent_from (SdKnowledge *self,
                       guint        start,
                       guint8      *seen,
                       GArray      *stack,
                       GPtrArray   *problems)
{
  const SdSymptom *first = g_ptr_array_index (self->symptoms, start / 2);

  memset (seen, 0, 2 * self->symptoms->len);
  g_array_set_size (stack, 0);
  g_array_append_val (stack, start);
  seen[start] = 1;
  while (stack->len > 0)
    {
      guint node = g_array_index (stack, guint, stack->len - 1);
      const SdSymptom *symptom = g_ptr_array_index (self->symptoms, node / 2);

      g_array_set_size (stack, stack->len - 1);
      if (seen[node ^ 1])
        {
          if (start % 2 == 0)
            sd_problems_add (problems, first->source, first->line,
                             _("answering symptom “%s” yes would answer symptom “%s” both "
                               "yes and no"),
                             first->id, symptom->id);
          else
            sd_problems_add (problems, first->source, first->line,
                             _("answering symptom “%s” no would answer symptom “%s” both "
                               "yes and no"),
                             first->id, symptom->id);
          return FALSE;
        }
      for (guint j = 0; j < symptom->implications->len; j++)
        {
          const SdImplication *implication = &g_array_index (symptom->implications,
                                                             SdImplication, j);
          int target = sd_knowledge_find_by_id (self->symptom_index, implication->symptom);
          guint next;

          if (target < 0 || implication->when_yes != (node % 2 == 0))
            continue;
          next = answer_node (target, implication->answer_yes);
          if (seen[next])
            continue;
          seen[next] = 1;
          g_array_append_val (stack, next);
        }
    }

  return TRUE;
}

/* The implications between answers: each names a symptom that exists and is
 * not itself, and they neither go in a circle nor contradict each other. */
static gboolean
check_implications (SdKnowledge *self,
                    GPtrArray   *problems)
{
  g_autofree guint8 *state = g_new0 (guint8, 2 * self->symptoms->len + 1);
  g_autofree guint8 *seen = g_new0 (guint8, 2 * self->symptoms->len + 1);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean ok = TRUE;

  for (guint i = 0; i < self->symptoms->len; i++)
    {
      const SdSymptom *symptom = g_ptr_array_index (self->symptoms, i);

      for (guint j = 0; j < symptom->implications->len; j++)
        {
          const SdImplication *implication = &g_array_index (symptom->implications,
                                                             SdImplication, j);

          if (sd_knowledge_find_by_id (self->symptom_index, implication->symptom) < 0)
            {
              sd_problems_add (problems, symptom->source, implication->line,
                               _("symptom “%s” implies an answer to symptom “%s”, which does "
                                 "not exist"),
                               symptom->id, implication->symptom);
              ok = FALSE;
            }
          else if (g_str_equal (implication->symptom, symptom->id))
            {
              sd_problems_add (problems, symptom->source, implication->line,
                               _("symptom “%s” implies an answer to itself"), symptom->id);
              ok = FALSE;
            }
        }
    }
  if (!ok)
    return FALSE;

  for (guint node = 0; node < 2 * self->symptoms->len; node++)
    if (state[node] == 0 && !check_cycles_from (self, node, state, problems))
      ok = FALSE;
  if (!ok)
    return FALSE;

  for (guint node = 0; node < 2 * self->symptoms->len; node++)
    {
      const SdSymptom *symptom = g_ptr_array_index (self->symptoms, node / 2);

      if (symptom->implications->len > 0 &&
          !check_consistent_from (self, node, seen, stack, problems))
        ok = FALSE;
    }

  return ok;
}

/**
 * sd_knowledge_check:
 * @self: a #SdKnowledge
 * @problems: (nullable): where to add what is wrong
 *
 * Checks what the schema cannot: that every fault's component, every symptom's
 * fault and every ring member exists, that no component is on the ring twice, that
 * the priors leave room for "something else", and that the answers implied by
 * answers name existing symptoms without going in a circle or contradicting each
 * other. Also numbers the ring members.
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

  if (!check_implications (self, problems))
    ok = FALSE;

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

  index = sd_knowledge_find_by_id (self->component_index, id);

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

  index = sd_knowledge_find_by_id (self->fault_index, id);

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

  index = sd_knowledge_find_by_id (self->symptom_index, id);

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
