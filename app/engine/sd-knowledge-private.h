/* sd-knowledge-private.h: the knowledge base's state, shared by sd-knowledge.c
 * and its reader sd-knowledge-reader.c only
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-knowledge.h"

G_BEGIN_DECLS

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

void sd_knowledge_component_free    (SdComponent   *component);
void sd_knowledge_fault_free        (SdFault       *fault);
void sd_knowledge_indication_clear  (SdIndication  *indication);
void sd_knowledge_implication_clear (SdImplication *implication);
void sd_knowledge_symptom_free      (SdSymptom     *symptom);
void sd_knowledge_ring_member_free  (SdRingMember  *member);
int  sd_knowledge_find_by_id        (GHashTable    *index,
                                     const char    *id);

G_END_DECLS
