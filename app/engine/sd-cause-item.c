/* sd-cause-item.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One cause in the diagnosis's causes model: a fault, or "something else",
 * with its probability and the reasons for it. The diagnosis makes one per
 * fault and keeps it for as long as it lives, so that a widget showing a
 * cause keeps showing the same object whatever its rank.
 */
#include "config.h"

#include "sd-cause-item.h"
#include "sd-diagnosis-private.h"

struct _SdCauseItem
{
  GObject         parent_instance;

  /* Weak: the diagnosis owns its items, and a widget may outlive it. */
  SdDiagnosis    *diagnosis;
  SdKnowledge    *knowledge;
  guint           index;
  const SdFault  *fault;
  double          probability;
};

G_DEFINE_FINAL_TYPE (SdCauseItem, sd_cause_item, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_FAULT_ID,
  PROP_NAME,
  PROP_COMPONENT_NAME,
  PROP_EXPLANATION,
  PROP_PROBABILITY,
  N_PROPS
};

enum
{
  REASONS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
sd_cause_item_finalize (GObject *object)
{
  SdCauseItem *self = SD_CAUSE_ITEM (object);

  g_clear_weak_pointer (&self->diagnosis);
  g_clear_object (&self->knowledge);

  G_OBJECT_CLASS (sd_cause_item_parent_class)->finalize (object);
}

static void
sd_cause_item_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SdCauseItem *self = SD_CAUSE_ITEM (object);

  switch (prop_id)
    {
    case PROP_FAULT_ID:
      g_value_set_string (value, sd_cause_item_get_fault_id (self));
      break;

    case PROP_NAME:
      g_value_set_string (value, sd_cause_item_get_name (self));
      break;

    case PROP_COMPONENT_NAME:
      g_value_set_string (value, sd_cause_item_get_component_name (self));
      break;

    case PROP_EXPLANATION:
      g_value_set_string (value, sd_cause_item_get_explanation (self));
      break;

    case PROP_PROBABILITY:
      g_value_set_double (value, self->probability);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_cause_item_class_init (SdCauseItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_cause_item_finalize;
  object_class->get_property = sd_cause_item_get_property;

  properties[PROP_FAULT_ID] =
    g_param_spec_string ("fault-id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COMPONENT_NAME] =
    g_param_spec_string ("component-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPLANATION] =
    g_param_spec_string ("explanation", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBABILITY] =
    g_param_spec_double ("probability", NULL, NULL, 0.0, 1.0, 0.0,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdCauseItem::reasons-changed:
   *
   * The observations changed, and so may the reasons: emitted after every
   * update of the diagnosis, for a widget that shows them.
   */
  signals[REASONS_CHANGED] = g_signal_new ("reasons-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
sd_cause_item_init (SdCauseItem *self)
{
}

SdCauseItem *
sd_cause_item_new (SdDiagnosis *diagnosis,
                   guint        index)
{
  SdCauseItem *self = g_object_new (SD_TYPE_CAUSE_ITEM, NULL);

  g_set_weak_pointer (&self->diagnosis, diagnosis);
  self->knowledge = g_object_ref (diagnosis->knowledge);
  self->index = index;
  self->fault = index < diagnosis->n ? diagnosis->faults[index] : NULL;
  self->probability = diagnosis->posterior[index];

  return self;
}

/* The fault's index in the diagnosis; n for "something else". */
guint
sd_cause_item_get_index (SdCauseItem *self)
{
  return self->index;
}

void
sd_cause_item_set_probability (SdCauseItem *self,
                               double       probability)
{
  if (self->probability == probability)
    return;

  self->probability = probability;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBABILITY]);
}

void
sd_cause_item_evidence_changed (SdCauseItem *self)
{
  g_signal_emit (self, signals[REASONS_CHANGED], 0);
}

/* The language changed. */
void
sd_cause_item_texts_changed (SdCauseItem *self)
{
  g_object_freeze_notify (G_OBJECT (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
  if (self->fault != NULL)
    {
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPONENT_NAME]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPLANATION]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * sd_cause_item_get_fault:
 *
 * Returns: (transfer none) (nullable): the fault, %NULL for "something else"
 */
const SdFault *
sd_cause_item_get_fault (SdCauseItem *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);

  return self->fault;
}

/**
 * sd_cause_item_get_fault_id:
 *
 * Returns: (nullable): the fault's id, %NULL for "something else"
 */
const char *
sd_cause_item_get_fault_id (SdCauseItem *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);

  return self->fault != NULL ? self->fault->id : NULL;
}

const char *
sd_cause_item_get_name (SdCauseItem *self)
{
  SdCause cause;

  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);

  cause.fault = self->fault;
  cause.probability = self->probability;

  return sd_cause_get_name (&cause);
}

/**
 * sd_cause_item_get_component_name:
 *
 * Returns: (nullable): the name of the fault's component, %NULL for "something
 *   else"
 */
const char *
sd_cause_item_get_component_name (SdCauseItem *self)
{
  const SdComponent *component;

  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);

  if (self->fault == NULL)
    return NULL;
  component = sd_knowledge_lookup_component (self->knowledge, self->fault->component);

  return component != NULL ? sd_text_get (&component->name) : NULL;
}

/**
 * sd_cause_item_get_explanation:
 *
 * Returns: (nullable): what the fault is, %NULL for "something else"
 */
const char *
sd_cause_item_get_explanation (SdCauseItem *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);

  return self->fault != NULL ? sd_text_get (&self->fault->explanation) : NULL;
}

double
sd_cause_item_get_probability (SdCauseItem *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), 0.0);

  return self->probability;
}

/**
 * sd_cause_item_dup_reasons:
 *
 * The same as sd_diagnosis_dup_reasons() for this cause's rank.
 *
 * Returns: (transfer full) (element-type SdReason): the reasons, strongest
 *   first; none once the diagnosis is gone
 */
GArray *
sd_cause_item_dup_reasons (SdCauseItem *self)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);

  if (self->diagnosis == NULL)
    return g_array_new (FALSE, FALSE, sizeof (SdReason));

  return sd_diagnosis_reasons_for (self->diagnosis, self->index);
}

/**
 * sd_cause_item_describe_reason:
 * @reason: one of sd_cause_item_dup_reasons()
 *
 * Returns: (transfer full): @reason in words, as sd_reason_describe() says it
 */
char *
sd_cause_item_describe_reason (SdCauseItem    *self,
                               const SdReason *reason)
{
  g_return_val_if_fail (SD_IS_CAUSE_ITEM (self), NULL);
  g_return_val_if_fail (reason != NULL, NULL);

  return sd_reason_describe (reason, self->knowledge, self->diagnosis);
}
