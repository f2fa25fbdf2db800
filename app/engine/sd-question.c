/* sd-question.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One question in the diagnosis's questions model: a symptom and the answer
 * given to it. Its "answer" notifies only when that answer changes, wherever
 * it was given; it is read-only, since an answer goes through the session,
 * which saves it.
 */
#include "config.h"

#include "sd-diagnosis-private.h"
#include "sd-enums.h"
#include "sd-question.h"

struct _SdQuestion
{
  GObject          parent_instance;

  SdKnowledge     *knowledge;
  const SdSymptom *symptom;
  SdAnswer         answer;
};

G_DEFINE_FINAL_TYPE (SdQuestion, sd_question, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_SYMPTOM_ID,
  PROP_TEXT,
  PROP_COMPONENT,
  PROP_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
sd_question_finalize (GObject *object)
{
  SdQuestion *self = SD_QUESTION (object);

  g_clear_object (&self->knowledge);

  G_OBJECT_CLASS (sd_question_parent_class)->finalize (object);
}

static void
sd_question_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SdQuestion *self = SD_QUESTION (object);

  switch (prop_id)
    {
    case PROP_SYMPTOM_ID:
      g_value_set_string (value, self->symptom->id);
      break;

    case PROP_TEXT:
      g_value_set_string (value, sd_question_get_text (self));
      break;

    case PROP_COMPONENT:
      g_value_set_string (value, self->symptom->component);
      break;

    case PROP_ANSWER:
      g_value_set_enum (value, self->answer);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_question_class_init (SdQuestionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_question_finalize;
  object_class->get_property = sd_question_get_property;

  properties[PROP_SYMPTOM_ID] =
    g_param_spec_string ("symptom-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdQuestion:text:
   *
   * The question, in the current language.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdQuestion:component:
   *
   * The id of the component it is grouped under, %NULL for a question about
   * the car and the warning.
   */
  properties[PROP_COMPONENT] =
    g_param_spec_string ("component", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * SdQuestion:answer:
   *
   * The answer given, an #SdAnswer; %SD_ANSWER_UNKNOWN when none.
   */
  properties[PROP_ANSWER] =
    g_param_spec_enum ("answer", NULL, NULL, SD_TYPE_ANSWER, SD_ANSWER_UNKNOWN,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_question_init (SdQuestion *self)
{
}

SdQuestion *
sd_question_new (SdKnowledge     *knowledge,
                 const SdSymptom *symptom,
                 SdAnswer         answer)
{
  SdQuestion *self = g_object_new (SD_TYPE_QUESTION, NULL);

  self->knowledge = g_object_ref (knowledge);
  self->symptom = symptom;
  self->answer = answer;

  return self;
}

void
sd_question_set_answer (SdQuestion *self,
                        SdAnswer    answer)
{
  if (self->answer == answer)
    return;

  self->answer = answer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

/* The language changed. */
void
sd_question_texts_changed (SdQuestion *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * sd_question_get_symptom:
 *
 * Returns: (transfer none): the symptom asked about
 */
const SdSymptom *
sd_question_get_symptom (SdQuestion *self)
{
  g_return_val_if_fail (SD_IS_QUESTION (self), NULL);

  return self->symptom;
}

const char *
sd_question_get_symptom_id (SdQuestion *self)
{
  g_return_val_if_fail (SD_IS_QUESTION (self), NULL);

  return self->symptom->id;
}

const char *
sd_question_get_text (SdQuestion *self)
{
  g_return_val_if_fail (SD_IS_QUESTION (self), NULL);

  return sd_text_get (&self->symptom->question);
}

/**
 * sd_question_get_component:
 *
 * Returns: (nullable): the id of the component the question is grouped under
 */
const char *
sd_question_get_component (SdQuestion *self)
{
  g_return_val_if_fail (SD_IS_QUESTION (self), NULL);

  return self->symptom->component;
}

SdAnswer
sd_question_get_answer (SdQuestion *self)
{
  g_return_val_if_fail (SD_IS_QUESTION (self), SD_ANSWER_UNKNOWN);

  return self->answer;
}
