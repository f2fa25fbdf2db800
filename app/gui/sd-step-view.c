/* sd-step-view.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The contract between the wizard and one step of a guide, in the manner of
 * gnome-initial-setup's pages: the wizard (the frame) owns the header, the
 * progress, the cautions and Back/Next; a step view shows one step's title,
 * texts and whatever the step asks of the user. One subclass per kind of step.
 *
 * A step view is built once per step shown and follows the run in place
 * (sd_step_view_update()), so that the focus, the scroll position and what the
 * user is pointing at stay put while they tick, count down or acknowledge.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-checklist-step-view.h"
#include "sd-hold-step-view.h"
#include "sd-illustration.h"
#include "sd-instruction-step-view.h"
#include "sd-outcome-step-view.h"
#include "sd-question-step-view.h"
#include "sd-ring-step-view.h"
#include "sd-step-view.h"
#include "sd-wait-step-view.h"

typedef struct
{
  SdRun          *run;
  const SdStep   *step;
  gboolean        counting;

  GtkBox         *body;
  GtkLabel       *title;
  SdIllustration *illustration;
  GtkBox         *texts;
  GtkBox         *controls;
  GtkLabel       *outcome;
} SdStepViewPrivate;

static void sd_step_view_buildable_init (GtkBuildableIface *iface);

G_DEFINE_ABSTRACT_TYPE_WITH_CODE (SdStepView, sd_step_view, ADW_TYPE_BIN,
                                  G_ADD_PRIVATE (SdStepView)
                                  G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                         sd_step_view_buildable_init))

enum {
  PROP_0,
  PROP_RUN,
  PROP_STEP,
  PROP_COUNTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static GtkBuildableIface *parent_buildable_iface;

static const char *
outcome_message (SdOutcome outcome)
{
  switch (outcome)
    {
    case SD_OUTCOME_RESOLVED:
      return _("This guide ends here: the problem is fixed.");
    case SD_OUTCOME_WORKSHOP:
      return _("This guide ends here: the next step is for a workshop.");
    case SD_OUTCOME_FOUND:
      return _("This guide ends here: the cause is found, and its repair comes next.");
    case SD_OUTCOME_UNRESOLVED:
    case SD_OUTCOME_NONE:
    default:
      return _("This guide ends here without a fix. Finish it, and the diagnosis suggests what to "
               "try next.");
    }
}

/* A subclass's template children go with the step's controls; the base
 * template's own children are built before `controls` is bound. */
static void
sd_step_view_buildable_add_child (GtkBuildable *buildable,
                                  GtkBuilder   *builder,
                                  GObject      *child,
                                  const char   *type)
{
  SdStepViewPrivate *priv = sd_step_view_get_instance_private (SD_STEP_VIEW (buildable));

  if (priv->controls != NULL && GTK_IS_WIDGET (child) && type == NULL)
    {
      gtk_box_append (priv->controls, GTK_WIDGET (child));
      gtk_widget_set_visible (GTK_WIDGET (priv->controls), TRUE);
    }
  else
    parent_buildable_iface->add_child (buildable, builder, child, type);
}

static void
sd_step_view_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable_iface = g_type_interface_peek_parent (iface);
  iface->add_child = sd_step_view_buildable_add_child;
}

static gboolean
sd_step_view_real_get_has_next (SdStepView *self)
{
  return TRUE;
}

static void
sd_step_view_constructed (GObject *object)
{
  SdStepView *self = SD_STEP_VIEW (object);
  SdStepViewPrivate *priv = sd_step_view_get_instance_private (self);
  const char *illustration;

  G_OBJECT_CLASS (sd_step_view_parent_class)->constructed (object);

  g_assert (priv->run != NULL && priv->step != NULL);

  gtk_label_set_text (priv->title, sd_text_get (&priv->step->title));
  illustration = sd_illustration_name_for_step (sd_procedure_get_id (sd_run_get_procedure (priv->run)),
                                                priv->step->id);
  sd_illustration_set_illustration (priv->illustration, illustration);
  gtk_widget_set_visible (GTK_WIDGET (priv->illustration), illustration != NULL);
  for (guint i = 0; i < priv->step->texts->len; i++)
    {
      GtkWidget *label = gtk_label_new (sd_text_get (g_ptr_array_index (priv->step->texts, i)));

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (label), 0.0);
      gtk_widget_add_css_class (label, "body");
      gtk_box_append (priv->texts, label);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->texts), priv->step->texts->len > 0);
}

static void
sd_step_view_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SdStepView *self = SD_STEP_VIEW (object);
  SdStepViewPrivate *priv = sd_step_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_RUN:
      g_value_set_object (value, priv->run);
      break;
    case PROP_STEP:
      g_value_set_pointer (value, (gpointer) priv->step);
      break;
    case PROP_COUNTING:
      g_value_set_boolean (value, priv->counting);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_step_view_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SdStepView *self = SD_STEP_VIEW (object);
  SdStepViewPrivate *priv = sd_step_view_get_instance_private (self);

  switch (prop_id)
    {
    case PROP_RUN:
      priv->run = g_value_dup_object (value);
      break;
    case PROP_STEP:
      priv->step = g_value_get_pointer (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Not gtk_widget_dispose_template(): GTK 4.8's disposes the template of the
 * instance's class, a subclass's, and fails on a subclass without one. The
 * template is the bin's child, which AdwBin disposes. */
static void
sd_step_view_dispose (GObject *object)
{
  SdStepViewPrivate *priv = sd_step_view_get_instance_private (SD_STEP_VIEW (object));

  adw_bin_set_child (ADW_BIN (object), NULL);
  priv->body = NULL;
  priv->title = NULL;
  priv->illustration = NULL;
  priv->texts = NULL;
  priv->controls = NULL;
  priv->outcome = NULL;

  G_OBJECT_CLASS (sd_step_view_parent_class)->dispose (object);
}

static void
sd_step_view_finalize (GObject *object)
{
  SdStepViewPrivate *priv = sd_step_view_get_instance_private (SD_STEP_VIEW (object));

  g_clear_object (&priv->run);

  G_OBJECT_CLASS (sd_step_view_parent_class)->finalize (object);
}

static void
sd_step_view_class_init (SdStepViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_step_view_constructed;
  object_class->get_property = sd_step_view_get_property;
  object_class->set_property = sd_step_view_set_property;
  object_class->dispose = sd_step_view_dispose;
  object_class->finalize = sd_step_view_finalize;

  klass->get_has_next = sd_step_view_real_get_has_next;

  /**
   * SdStepView:run:
   *
   * The run whose current step this view shows.
   */
  properties[PROP_RUN] =
    g_param_spec_object ("run", NULL, NULL, SD_TYPE_RUN,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * SdStepView:step:
   *
   * The step shown (a `const SdStep *` of the run's procedure).
   */
  properties[PROP_STEP] =
    g_param_spec_pointer ("step", NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * SdStepView:counting:
   *
   * Whether the step counts down (a hold or a wait under way), so that the
   * wizard ticks it.
   */
  properties[PROP_COUNTING] =
    g_param_spec_boolean ("counting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (SD_TYPE_ILLUSTRATION);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-step-view.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SdStepView, body);
  gtk_widget_class_bind_template_child_private (widget_class, SdStepView, title);
  gtk_widget_class_bind_template_child_private (widget_class, SdStepView, illustration);
  gtk_widget_class_bind_template_child_private (widget_class, SdStepView, texts);
  gtk_widget_class_bind_template_child_private (widget_class, SdStepView, controls);
  gtk_widget_class_bind_template_child_private (widget_class, SdStepView, outcome);
}

static void
sd_step_view_init (SdStepView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SdRun *
sd_step_view_get_run (SdStepView *self)
{
  SdStepViewPrivate *priv;

  g_return_val_if_fail (SD_IS_STEP_VIEW (self), NULL);

  priv = sd_step_view_get_instance_private (self);

  return priv->run;
}

const SdStep *
sd_step_view_get_step (SdStepView *self)
{
  SdStepViewPrivate *priv;

  g_return_val_if_fail (SD_IS_STEP_VIEW (self), NULL);

  priv = sd_step_view_get_instance_private (self);

  return priv->step;
}

/**
 * sd_step_view_update:
 *
 * Shows the run's state of the step in place: nothing works before a danger
 * caution is acknowledged, and once the run has ended its outcome replaces the
 * step's controls. Then the subclass's own update.
 */
void
sd_step_view_update (SdStepView *self)
{
  SdStepViewPrivate *priv;
  gboolean finished;

  g_return_if_fail (SD_IS_STEP_VIEW (self));

  priv = sd_step_view_get_instance_private (self);

  finished = sd_run_is_finished (priv->run);
  gtk_widget_set_sensitive (GTK_WIDGET (priv->body), !sd_run_needs_acknowledgement (priv->run));
  if (finished)
    {
      const SdStep *end = sd_run_get_step (priv->run);
      g_autofree char *message = NULL;

      /* An outcome that needs a workshop says why (issue 12). */
      if (end->kind == SD_STEP_OUTCOME && end->because.msgid != NULL)
        message = g_strdup_printf ("%s %s", outcome_message (sd_run_get_outcome (priv->run)),
                                   sd_text_get (&end->because));
      gtk_label_set_text (priv->outcome, message != NULL
                                         ? message : outcome_message (sd_run_get_outcome (priv->run)));
      gtk_widget_set_visible (GTK_WIDGET (priv->controls), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (priv->outcome), finished);

  if (SD_STEP_VIEW_GET_CLASS (self)->update != NULL)
    SD_STEP_VIEW_GET_CLASS (self)->update (self);
}

/**
 * sd_step_view_get_has_next:
 *
 * Returns: whether the wizard shows its Next button on this step; a question
 *   moves on by its choices, until the run ends there
 */
gboolean
sd_step_view_get_has_next (SdStepView *self)
{
  g_return_val_if_fail (SD_IS_STEP_VIEW (self), TRUE);

  return SD_STEP_VIEW_GET_CLASS (self)->get_has_next (self);
}

gboolean
sd_step_view_get_counting (SdStepView *self)
{
  SdStepViewPrivate *priv;

  g_return_val_if_fail (SD_IS_STEP_VIEW (self), FALSE);

  priv = sd_step_view_get_instance_private (self);

  return priv->counting;
}

/**
 * sd_step_view_set_counting:
 *
 * For subclasses: says whether the step is counting down and needs ticks.
 */
void
sd_step_view_set_counting (SdStepView *self,
                           gboolean    counting)
{
  SdStepViewPrivate *priv;

  g_return_if_fail (SD_IS_STEP_VIEW (self));

  priv = sd_step_view_get_instance_private (self);

  counting = !!counting;
  if (priv->counting == counting)
    return;

  priv->counting = counting;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COUNTING]);
}

/**
 * sd_step_view_new_for_run:
 * @run: a run
 *
 * Returns: (transfer floating): the view of the kind of @run's current step,
 *   showing the run's state of it
 */
GtkWidget *
sd_step_view_new_for_run (SdRun *run)
{
  const SdStep *step;
  GType type;
  GtkWidget *view;

  g_return_val_if_fail (SD_IS_RUN (run), NULL);

  step = sd_run_get_step (run);
  switch (step->kind)
    {
    case SD_STEP_HOLD:
      type = SD_TYPE_HOLD_STEP_VIEW;
      break;
    case SD_STEP_WAIT:
      type = SD_TYPE_WAIT_STEP_VIEW;
      break;
    case SD_STEP_QUESTION:
      type = SD_TYPE_QUESTION_STEP_VIEW;
      break;
    case SD_STEP_CHECKLIST:
      type = SD_TYPE_CHECKLIST_STEP_VIEW;
      break;
    case SD_STEP_OUTCOME:
      type = SD_TYPE_OUTCOME_STEP_VIEW;
      break;
    case SD_STEP_RING_CHECK:
      type = SD_TYPE_RING_STEP_VIEW;
      break;
    case SD_STEP_INSTRUCTION:
    default:
      type = SD_TYPE_INSTRUCTION_STEP_VIEW;
      break;
    }

  view = g_object_new (type, "run", run, "step", step, NULL);
  sd_step_view_update (SD_STEP_VIEW (view));

  return view;
}
