/* sd-knowledge.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-applies.h"
#include "sd-text.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *source;
  guint   line;
  SdText  name;
  SdText  role;
  SdText  location;
  double  x;
  double  y;
  /* Position on the MOST ring in light-flow order, or -1 when not on it. */
  int     ring_index;
  /* (nullable): which cars it is for; %NULL for every car */
  SdApplies *applies;
} SdComponent;

typedef struct
{
  char   *id;
  char   *source;
  guint   line;
  char   *component;
  double  prior;
  SdText  name;
  SdText  explanation;
  SdApplies *applies;
} SdFault;

typedef struct
{
  char   *fault;
  double  likelihood;
  guint   line;
} SdIndication;

/* Minutes an owner spends answering a question, on the scale of its effort
 * attribute: what they noticed while driving, a look at the car, a scanner
 * read, or opening a trim panel. Editorial, like the workshop cost. A
 * question about what was noticed costs 2 minutes: reading it, recalling,
 * answering, and the owner's patience with one more question; at 0.5 a
 * question worth 0.03 bit was asked before a repair at 85 % (owner cases
 * us-e92-silent-radio and f30-new-phone), which no technician does. */
#define SD_EFFORT_NOTICED_MINUTES   2.0
#define SD_EFFORT_LOOK_MINUTES      3.0
#define SD_EFFORT_SCANNER_MINUTES   10.0
#define SD_EFFORT_OPEN_TRIM_MINUTES 20.0

/* An answer that follows from another: when the symptom it belongs to is
 * answered @when_yes, the one named here is answered @answer_yes. */
typedef struct
{
  char     *symptom;
  gboolean  when_yes;
  gboolean  answer_yes;
  guint     line;
} SdImplication;

typedef struct
{
  char   *id;
  char   *source;
  guint   line;
  /* The component the question is grouped under, or NULL for context questions. */
  char   *component;
  double  leak;
  SdText  question;
  GArray *indications;
  SdApplies *applies;
  /* (nullable): the symptom that must be answered yes before this is asked */
  char   *after;
  /* Minutes it takes to answer (see SD_EFFORT_*_MINUTES). */
  double  effort;
  /* (element-type SdImplication): answers that follow from this one's */
  GArray *implications;
} SdSymptom;

typedef struct
{
  char  *component;
  guint  reach_minutes;
  guint  line;
  SdApplies *applies;
} SdRingMember;

#define SD_TYPE_KNOWLEDGE (sd_knowledge_get_type ())

G_DECLARE_FINAL_TYPE (SdKnowledge, sd_knowledge, SD, KNOWLEDGE, GObject)

SdKnowledge       *sd_knowledge_new                (void);
gboolean           sd_knowledge_check              (SdKnowledge *self,
                                                    GPtrArray   *problems);
guint              sd_knowledge_get_n_components   (SdKnowledge *self);
const SdComponent *sd_knowledge_get_component      (SdKnowledge *self,
                                                    guint        index);
const SdComponent *sd_knowledge_lookup_component   (SdKnowledge *self,
                                                    const char  *id);
guint              sd_knowledge_get_n_faults       (SdKnowledge *self);
const SdFault     *sd_knowledge_get_fault          (SdKnowledge *self,
                                                    guint        index);
const SdFault     *sd_knowledge_lookup_fault       (SdKnowledge *self,
                                                    const char  *id);
guint              sd_knowledge_get_n_symptoms     (SdKnowledge *self);
const SdSymptom   *sd_knowledge_get_symptom        (SdKnowledge *self,
                                                    guint        index);
const SdSymptom   *sd_knowledge_lookup_symptom     (SdKnowledge *self,
                                                    const char  *id);
guint              sd_knowledge_get_n_ring_members (SdKnowledge *self);
const SdRingMember *sd_knowledge_get_ring_member   (SdKnowledge *self,
                                                    guint        index);

G_END_DECLS
