/* sd-run-step.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step of the path a run has taken: an item of sd_run_get_path(). It never
 * changes; going back removes it from the path, moving on adds a new one.
 */
#include "config.h"

#include "sd-run-step.h"

struct _SdRunStep
{
  GObject  parent_instance;

  guint    index;
  char    *id;
};

enum {
  PROP_0,
  PROP_INDEX,
  PROP_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SdRunStep, sd_run_step, G_TYPE_OBJECT)

static void
sd_run_step_finalize (GObject *object)
{
  SdRunStep *self = (SdRunStep *) object;

  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (sd_run_step_parent_class)->finalize (object);
}

static void
sd_run_step_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SdRunStep *self = SD_RUN_STEP (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      g_value_set_uint (value, self->index);
      break;
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_run_step_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  SdRunStep *self = SD_RUN_STEP (object);

  switch (prop_id)
    {
    case PROP_INDEX:
      self->index = g_value_get_uint (value);
      break;
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_run_step_class_init (SdRunStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_run_step_finalize;
  object_class->get_property = sd_run_step_get_property;
  object_class->set_property = sd_run_step_set_property;

  /**
   * SdRunStep:index:
   *
   * The step's index in its procedure, as sd_procedure_get_step() takes it.
   */
  properties[PROP_INDEX] =
    g_param_spec_uint ("index", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                       G_PARAM_STATIC_STRINGS);

  /**
   * SdRunStep:id:
   *
   * The step's id in its procedure.
   */
  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_run_step_init (SdRunStep *self)
{
}

SdRunStep *
sd_run_step_new (guint       index,
                 const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  return g_object_new (SD_TYPE_RUN_STEP, "index", index, "id", id, NULL);
}

guint
sd_run_step_get_index (SdRunStep *self)
{
  g_return_val_if_fail (SD_IS_RUN_STEP (self), 0);

  return self->index;
}

const char *
sd_run_step_get_id (SdRunStep *self)
{
  g_return_val_if_fail (SD_IS_RUN_STEP (self), NULL);

  return self->id;
}
