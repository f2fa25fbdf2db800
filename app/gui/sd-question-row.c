/* sd-question-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An owner's question with yes / no / don't know, as the Diagnose page and the
 * Car page show it: none pressed while it is unanswered, and "Clear" (or the
 * pressed answer pressed again) to take an answer back. The row holds its #SdQuestion and follows its answer,
 * wherever the question was answered; the toggles stay the same widgets, so
 * the focus stays on the one just pressed. A question whose answer follows
 * from another answer (issue 12) shows that answer and why instead of the
 * toggles, and follows the answer it comes from.
 */
#include "config.h"

#include "sd-question-row.h"

struct _SdQuestionRow
{
  GtkListBoxRow    parent_instance;

  SdSession       *session;
  SdQuestion      *question;
  /* Set while the toggles are brought in line with the answer. */
  gboolean         syncing;

  GtkLabel        *question_label;
  GtkLabel        *implied_label;
  GtkWidget       *answers;
  GtkToggleButton *yes_button;
  GtkToggleButton *no_button;
  GtkToggleButton *unknown_button;
  GtkButton       *clear_button;
  /* "Don't know" was the answer given here: the case holds it as unanswered. */
  gboolean         dont_know;
};

G_DEFINE_FINAL_TYPE (SdQuestionRow, sd_question_row, GTK_TYPE_LIST_BOX_ROW)

enum
{
  PROP_0,
  PROP_SESSION,
  PROP_QUESTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The toggle that shows the row's answer, or %NULL when there is none: an
 * unanswered question looks unanswered. */
static GtkToggleButton *
toggle_for (SdQuestionRow *self)
{
  switch (sd_question_get_answer (self->question))
    {
    case SD_ANSWER_YES:
      return self->yes_button;
    case SD_ANSWER_NO:
      return self->no_button;
    case SD_ANSWER_UNKNOWN:
    default:
      return self->dont_know ? self->unknown_button : NULL;
    }
}

static void
sync_answer (SdQuestionRow *self)
{
  GtkToggleButton *toggles[] = { self->yes_button, self->no_button, self->unknown_button };
  GtkToggleButton *active;
  gboolean had_focus;

  if (sd_question_get_answer (self->question) != SD_ANSWER_UNKNOWN)
    self->dont_know = FALSE;
  active = toggle_for (self);

  self->syncing = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    gtk_toggle_button_set_active (toggles[i], toggles[i] == active);
  self->syncing = FALSE;

  /* "Clear" goes with the answer; the focus it had goes to the first answer. */
  had_focus = gtk_widget_has_focus (GTK_WIDGET (self->clear_button));
  gtk_widget_set_visible (GTK_WIDGET (self->clear_button), active != NULL);
  if (had_focus && active == NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->yes_button));
}

static void
sync_text (SdQuestionRow *self)
{
  const char *text = sd_question_get_text (self->question);
  GtkWidget *toggles[] = { GTK_WIDGET (self->yes_button), GTK_WIDGET (self->no_button),
                           GTK_WIDGET (self->unknown_button), GTK_WIDGET (self->clear_button) };

  gtk_label_set_text (self->question_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  /* "Yes" alone is not enough for a screen reader user: say to what. */
  for (guint i = 0; i < G_N_ELEMENTS (toggles); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (toggles[i]),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

/* Answered by another answer: the answer and why, in place of the toggles,
 * which have nothing to ask; the keyboard stays on the row. */
static void
sync_implied (SdQuestionRow *self)
{
  g_autofree char *implied = NULL;
  gboolean had_focus;

  if (self->session != NULL)
    implied = sd_diagnosis_describe_implied (sd_session_get_diagnosis (self->session),
                                             sd_question_get_symptom_id (self->question));
  if (g_strcmp0 (implied, gtk_label_get_text (self->implied_label)) == 0 &&
      gtk_widget_get_visible (GTK_WIDGET (self->implied_label)) == (implied != NULL))
    return;

  had_focus = gtk_widget_get_focus_child (self->answers) != NULL;
  gtk_label_set_text (self->implied_label, implied != NULL ? implied : "");
  gtk_widget_set_visible (GTK_WIDGET (self->implied_label), implied != NULL);
  gtk_widget_set_visible (self->answers, implied == NULL);
  if (implied != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    implied, -1);
  else
    gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
  if (had_focus && implied != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
set_answer (SdQuestionRow *self,
            SdAnswer       answer,
            gboolean       dont_know)
{
  const char *symptom = sd_question_get_symptom_id (self->question);

  self->dont_know = dont_know;
  if (self->session != NULL)
    {
      if (sd_question_get_answer (self->question) != answer)
        sd_session_set_answer (self->session, symptom, answer);
      /* "Don't know" is not asked again by the recommended step. */
      if (dont_know)
        sd_session_skip_question (self->session, symptom);
    }
  sync_answer (self);
}

/* A toggle pressed gives its answer ("Don't know" leaves the question
 * unanswered); the pressed one pressed again takes it back. */
static void
on_answer_toggled_cb (SdQuestionRow   *self,
                      GtkToggleButton *button)
{
  if (self->syncing)
    return;

  if (!gtk_toggle_button_get_active (button))
    set_answer (self, SD_ANSWER_UNKNOWN, FALSE);
  else if (button == self->yes_button)
    set_answer (self, SD_ANSWER_YES, FALSE);
  else if (button == self->no_button)
    set_answer (self, SD_ANSWER_NO, FALSE);
  else
    set_answer (self, SD_ANSWER_UNKNOWN, TRUE);
}

static void
on_clear_clicked_cb (SdQuestionRow *self)
{
  set_answer (self, SD_ANSWER_UNKNOWN, FALSE);
}

static void
sd_question_row_constructed (GObject *object)
{
  SdQuestionRow *self = SD_QUESTION_ROW (object);

  G_OBJECT_CLASS (sd_question_row_parent_class)->constructed (object);

  g_assert (self->question != NULL);
  sync_text (self);
  sync_answer (self);
  sync_implied (self);
  g_signal_connect_object (self->question, "notify::answer", G_CALLBACK (sync_answer), self,
                           G_CONNECT_SWAPPED);
  /* Any answer, here or elsewhere, may imply this one or no longer. */
  if (self->session != NULL)
    g_signal_connect_object (self->session, "changed", G_CALLBACK (sync_implied), self,
                             G_CONNECT_SWAPPED);
  g_signal_connect_object (self->question, "notify::text", G_CALLBACK (sync_text), self,
                           G_CONNECT_SWAPPED);
}

static void
sd_question_row_dispose (GObject *object)
{
  SdQuestionRow *self = SD_QUESTION_ROW (object);

  /* A row taken out of its list may outlive its widgets for a while. */
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->question != NULL)
    g_signal_handlers_disconnect_by_data (self->question, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_QUESTION_ROW);
  g_clear_object (&self->question);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sd_question_row_parent_class)->dispose (object);
}

static void
sd_question_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SdQuestionRow *self = SD_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;

    case PROP_QUESTION:
      g_value_set_object (value, self->question);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_question_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SdQuestionRow *self = SD_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      self->session = g_value_dup_object (value);
      break;

    case PROP_QUESTION:
      self->question = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_question_row_class_init (SdQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = sd_question_row_constructed;
  object_class->dispose = sd_question_row_dispose;
  object_class->get_property = sd_question_row_get_property;
  object_class->set_property = sd_question_row_set_property;

  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL, SD_TYPE_QUESTION,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, question_label);
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, implied_label);
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, answers);
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, yes_button);
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, no_button);
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, unknown_button);
  gtk_widget_class_bind_template_child (widget_class, SdQuestionRow, clear_button);
  gtk_widget_class_bind_template_callback (widget_class, on_answer_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_clicked_cb);
}

static void
sd_question_row_init (SdQuestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sd_question_row_new_for_question:
 *
 * Returns: (transfer floating): a row with @question and yes / no / don't
 *   know, kept in step with its answer
 */
GtkWidget *
sd_question_row_new_for_question (SdSession  *session,
                                  SdQuestion *question)
{
  g_return_val_if_fail (SD_IS_SESSION (session), NULL);
  g_return_val_if_fail (SD_IS_QUESTION (question), NULL);

  return g_object_new (SD_TYPE_QUESTION_ROW, "session", session, "question", question, NULL);
}

/**
 * sd_question_row_new:
 *
 * Returns: (transfer floating): a row with @symptom's question and yes / no /
 *   don't know, kept in step with the session
 */
GtkWidget *
sd_question_row_new (SdSession       *session,
                     const SdSymptom *symptom)
{
  SdQuestion *question;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);
  g_return_val_if_fail (symptom != NULL, NULL);

  question = sd_diagnosis_lookup_question (sd_session_get_diagnosis (session), symptom->id);
  g_return_val_if_fail (question != NULL, NULL);

  return sd_question_row_new_for_question (session, question);
}

/**
 * sd_question_row_get_question:
 *
 * Returns: (transfer none): the question the row shows
 */
SdQuestion *
sd_question_row_get_question (SdQuestionRow *self)
{
  g_return_val_if_fail (SD_IS_QUESTION_ROW (self), NULL);

  return self->question;
}
