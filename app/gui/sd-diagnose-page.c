/* sd-diagnose-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The owner's questions, grouped by component, with yes / no / don't know; the
 * likely causes with their probability and, expanded, their reasons; and the
 * recommended next step, which asks the best question right there or starts the
 * best guide. Everything follows the session: one answer updates it all.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-diagnose-page.h"
#include "sd-gui-utils.h"
#include "sd-language-picker.h"
#include "sd-question-row.h"

/* The causes shown; the rest share less than this page can usefully say. */
#define SHOWN_CAUSES 6

struct _SdDiagnosePage
{
  AdwBin               parent_instance;

  SdSession           *session;
  guint                questions_id;

  AdwPreferencesGroup *languages_group;
  GtkListBox          *advice_list;
  GtkListBox          *causes_list;
  GtkBox              *questions_box;
};

G_DEFINE_FINAL_TYPE (SdDiagnosePage, sd_diagnose_page, ADW_TYPE_BIN)

static gboolean
build_questions_idle (gpointer user_data);

static void
build_questions (SdDiagnosePage *self)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
  g_autoptr(GPtrArray) groups = g_ptr_array_new ();
  GtkWidget *context = NULL;

  /* One group per component, in knowledge-base order; context questions last. */
  for (guint c = 0; c < sd_knowledge_get_n_components (knowledge); c++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, c);
      GtkWidget *group = NULL;

      for (guint s = 0; s < sd_knowledge_get_n_symptoms (knowledge); s++)
        {
          const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, s);

          if (g_strcmp0 (symptom->component, component->id) != 0)
            continue;
          if (group == NULL)
            {
              group = sd_preferences_group_new (sd_text_get (&component->name));
              gtk_box_append (self->questions_box, group);
            }
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                     sd_question_row_new (self->session, symptom));
        }
    }

  for (guint s = 0; s < sd_knowledge_get_n_symptoms (knowledge); s++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, s);

      if (symptom->component != NULL)
        continue;
      if (context == NULL)
        {
          context = sd_preferences_group_new (_("About the Car and the Warning"));
          gtk_box_append (self->questions_box, context);
        }
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (context),
                                 sd_question_row_new (self->session, symptom));
    }
}

/* The reasons of a cause, as rows inserted below its own. */
static guint
insert_reasons (SdDiagnosePage *self,
                GtkListBoxRow  *row)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (self->session));
  /* Rows are rebuilt on every change, so the rank they were built with holds. */
  guint rank = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "rank"));
  const SdCause *cause = sd_diagnosis_get_cause (diagnosis, rank);
  g_autoptr(GArray) reasons = sd_diagnosis_dup_reasons (diagnosis, rank);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  int at = gtk_list_box_row_get_index (row) + 1;

  if (cause->fault != NULL)
    g_ptr_array_add (rows, sd_text_row_new (_("What it is"),
                                            sd_text_get (&cause->fault->explanation), NULL));

  for (guint i = 0; i < reasons->len; i++)
    {
      const SdReason *reason = &g_array_index (reasons, SdReason, i);
      g_autofree char *text = sd_reason_describe (reason, knowledge, diagnosis);

      /* Translators: the heading of a reason that makes a cause more (or less)
          likely; "it" is the cause. */
      g_ptr_array_add (rows, sd_text_row_new (reason->ratio >= 1.0 ? _("Points to it")
                                                                   : _("Points away from it"),
                                              text, NULL));
    }
  if (reasons->len == 0)
    /* Translators: the heading of why a cause is ranked where it is. */
    g_ptr_array_add (rows, sd_text_row_new (_("Why"),
                                            _("No answer points to it or away from it yet: "
                                              "this is how often it is the cause."),
                                            NULL));

  for (guint i = 0; i < rows->len; i++)
    {
      gtk_widget_add_css_class (g_ptr_array_index (rows, i), "cause-reason");
      gtk_list_box_insert (self->causes_list, g_ptr_array_index (rows, i), at + (int) i);
    }

  return rows->len;
}

/* A cause's row opens and closes its reasons, as an AdwExpanderRow would; six of
 * those cost the first frame a twelfth of its time, these rows next to nothing. */
static void
on_cause_activated_cb (SdDiagnosePage *self,
                       GtkListBoxRow  *row)
{
  guint shown = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "reasons-shown"));
  GtkImage *arrow = g_object_get_data (G_OBJECT (row), "arrow");

  if (arrow == NULL)
    return;

  if (shown > 0)
    {
      int at = gtk_list_box_row_get_index (row) + 1;

      for (guint i = 0; i < shown; i++)
        gtk_list_box_remove (self->causes_list,
                             GTK_WIDGET (gtk_list_box_get_row_at_index (self->causes_list, at)));
      shown = 0;
    }
  else
    {
      shown = insert_reasons (self, row);
    }

  g_object_set_data (G_OBJECT (row), "reasons-shown", GUINT_TO_POINTER (shown));
  gtk_image_set_from_icon_name (arrow, shown > 0 ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, shown > 0, -1);
}

static void
build_causes (SdDiagnosePage *self)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (self->session));

  sd_list_box_remove_all (self->causes_list);

  for (guint r = 0; r < SHOWN_CAUSES && r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);
      const SdComponent *component = cause->fault != NULL
        ? sd_knowledge_lookup_component (knowledge, cause->fault->component) : NULL;
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *bar = gtk_level_bar_new_for_interval (0.0, 1.0);
      GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");
      GtkWidget *percent;
      /* Translators: a probability in per cent, e.g. "42 %". */
      g_autofree char *text = g_strdup_printf (_("%.0f %%"), cause->probability * 100);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sd_cause_get_name (cause));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   component != NULL ? sd_text_get (&component->name)
                                                     : _("A cause the knowledge base does not list"));
      gtk_widget_set_name (row, cause->fault != NULL ? cause->fault->id : "other");
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);

      gtk_level_bar_set_value (GTK_LEVEL_BAR (bar), cause->probability);
      gtk_widget_set_size_request (bar, 72, -1);
      gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Probability"), -1);
      percent = gtk_label_new (text);
      gtk_widget_add_css_class (percent, "numeric");
      gtk_label_set_width_chars (GTK_LABEL (percent), 5);
      gtk_label_set_xalign (GTK_LABEL (percent), 1.0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), percent);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
      g_object_set_data (G_OBJECT (row), "arrow", arrow);
      g_object_set_data (G_OBJECT (row), "rank", GUINT_TO_POINTER (r));

      gtk_list_box_append (self->causes_list, row);
    }
}

static void
build_advice (SdDiagnosePage *self)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);
  const SdAdvice *advice = sd_diagnosis_get_advice (diagnosis);
  SdRun *run = sd_session_get_run (self->session);
  GtkWidget *row = NULL;

  sd_list_box_remove_all (self->advice_list);

  if (run != NULL)
    {
      g_autofree char *title = g_strdup_printf (_("Continue “%s”"),
                                                sd_procedure_get_title (sd_run_get_procedure (run)));
      g_autofree char *where = NULL;
      /* Translators: a button that goes back to a guide under way. */
      GtkWidget *button = gtk_button_new_with_label (_("Continue"));
      GtkWidget *resume;

      if (sd_run_get_step (run)->kind == SD_STEP_WAIT && sd_run_get_wait_remaining (run) == 0)
        where = g_strdup_printf (_("Step %u of %u: the wait is over"), sd_run_get_position (run),
                                 sd_run_get_length (run));
      else
        where = g_strdup_printf (_("Step %u of %u"), sd_run_get_position (run),
                                 sd_run_get_length (run));
      resume = sd_text_row_new (title, where, NULL);

      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "suggested-action");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-wizard");
      adw_action_row_add_suffix (ADW_ACTION_ROW (resume), button);
      gtk_widget_set_name (resume, "resume");
      gtk_list_box_append (self->advice_list, resume);
    }

  switch (advice->kind)
    {
    case SD_ADVICE_ASK:
      {
        GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

        static const SdAnswer answers[] = { SD_ANSWER_YES, SD_ANSWER_NO, SD_ANSWER_UNKNOWN };

        for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
          gtk_box_append (GTK_BOX (box),
                          sd_answer_button_new (self->session, advice->symptom, answers[i], FALSE));
        row = sd_question_layout_new (sd_text_get (&advice->symptom->question), advice->reason,
                                   "help-faq-symbolic", box);
      }
      break;

    case SD_ADVICE_DO:
      {
        g_autofree char *title = g_strdup_printf (_("Try “%s”"),
                                                  sd_procedure_get_title (advice->procedure));

        GtkWidget *start = sd_start_button_new (advice->procedure, NULL);

        row = sd_text_row_new (title, advice->reason, "media-playback-start-symbolic");
        gtk_widget_add_css_class (start, "suggested-action");
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), start);
      }
      break;

    case SD_ADVICE_WORKSHOP:
      row = sd_text_row_new (_("See a workshop"), advice->reason, "emblem-important-symbolic");
      if (advice->procedure != NULL)
        {
          GtkWidget *prepare = sd_start_button_new (advice->procedure, _("Prepare the Visit"));

          gtk_widget_add_css_class (prepare, "suggested-action");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), prepare);
        }
      break;

    case SD_ADVICE_DONE:
    default:
      /* Translators: the heading of the advice once the problem is fixed. */
      row = sd_text_row_new (_("Fixed"), advice->reason, "emblem-ok-symbolic");
      break;
    }

  gtk_widget_set_name (row, "advice");
  gtk_list_box_append (self->advice_list, row);
}

static gboolean
build_questions_idle (gpointer user_data)
{
  SdDiagnosePage *self = user_data;

  self->questions_id = 0;
  if (self->session != NULL)
    build_questions (self);

  return G_SOURCE_REMOVE;
}

static void
refresh (SdDiagnosePage *self)
{
  build_causes (self);
  build_advice (self);
}

static void
sd_diagnose_page_dispose (GObject *object)
{
  SdDiagnosePage *self = SD_DIAGNOSE_PAGE (object);

  g_clear_handle_id (&self->questions_id, g_source_remove);
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_DIAGNOSE_PAGE);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sd_diagnose_page_parent_class)->dispose (object);
}

static void
sd_diagnose_page_class_init (SdDiagnosePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_diagnose_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-diagnose-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, languages_group);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_list);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, causes_list);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, questions_box);
  gtk_widget_class_bind_template_callback (widget_class, on_cause_activated_cb);
}

static void
sd_diagnose_page_init (SdDiagnosePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
sd_diagnose_page_new (SdSession *session)
{
  SdDiagnosePage *self;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_DIAGNOSE_PAGE, NULL);
  self->session = g_object_ref (session);
  refresh (self);
  /* The questions sit below the recommended step and the causes: they come
   * right after the first frame, which then shows sooner. */
  self->questions_id = g_idle_add_full (G_PRIORITY_LOW, build_questions_idle,
                                        g_object_ref (self), g_object_unref);
  g_signal_connect_object (session, "changed", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "run-changed", G_CALLBACK (build_advice), self,
                           G_CONNECT_SWAPPED);

  return GTK_WIDGET (self);
}

/**
 * sd_diagnose_page_show_languages:
 *
 * Shows a button for each language at the top of the page, for a kiosk, where
 * this page is the first thing a walk-up customer sees.
 */
void
sd_diagnose_page_show_languages (SdDiagnosePage *self)
{
  g_return_if_fail (SD_IS_DIAGNOSE_PAGE (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->languages_group)))
    return;

  adw_preferences_group_add (self->languages_group, sd_language_picker_new ());
  gtk_widget_set_visible (GTK_WIDGET (self->languages_group), TRUE);
}
