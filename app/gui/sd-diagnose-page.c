/* sd-diagnose-page.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The owner's questions, the most useful first and the others grouped by
 * component and closed, with yes / no / don't know; the
 * likely causes with their probability and, expanded, their reasons; and the
 * recommended next step, which asks the best question right there or starts the
 * best guide. The lists are bound to the diagnosis's models and the advice card
 * to its properties, so an answer changes only what it changes: the question's
 * toggles, the causes that moved, the advice's texts. A question that an
 * answer opens (or the car rules out) joins (or leaves) its group, which stays
 * open. Below the questions, the fault codes a scanner read (#SdCodesEntry).
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-cause-row.h"
#include "sd-codes-entry.h"
#include "sd-diagnose-page.h"
#include "sd-gui-utils.h"
#include "sd-head-model.h"
#include "sd-language-picker.h"
#include "sd-question-row.h"

/* The causes shown; the rest share less than this page can usefully say. */
#define SHOWN_CAUSES 6
/* The questions shown first, open; the others are grouped and closed. */
#define BEST_QUESTIONS 5

struct _SdDiagnosePage
{
  AdwBin               parent_instance;

  SdSession           *session;
  guint                questions_id;
  gboolean             questions_built;

  AdwPreferencesGroup *languages_group;
  GtkListBox          *advice_list;
  AdwActionRow        *resume_row;
  GtkListBoxRow       *advice_row;
  GtkImage            *advice_icon;
  GtkLabel            *advice_title;
  GtkLabel            *advice_reason;
  GtkBox              *advice_start_slot;
  GtkBox              *advice_answers;
  GtkButton           *advice_yes;
  GtkButton           *advice_no;
  GtkButton           *advice_dont_know;
  GtkListBox          *causes_list;
  AdwPreferencesGroup *best_questions_group;
  GtkListBox          *best_questions_list;
  AdwPreferencesGroup *more_questions_group;
  GtkListBox          *more_questions_list;
  SdCodesEntry        *codes_entry;
};

G_DEFINE_FINAL_TYPE (SdDiagnosePage, sd_diagnose_page, ADW_TYPE_BIN)

static GtkWidget *
create_cause_row (gpointer item,
                  gpointer user_data)
{
  return sd_cause_row_new (item);
}

/* The most useful questions first: those the diagnosis ranks first by the
 * expected cost of the repair with their answer, while they tell something or
 * open a question worth asking, when the page is built (the rows stay in
 * place afterwards, so that the focus stays on the answer just given). */
static void
add_best_questions (SdDiagnosePage *self,
                    GHashTable     *shown)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);
  GtkWidget *list;

  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis) && r < BEST_QUESTIONS; r++)
    {
      const SdQuestionRank *rank = sd_diagnosis_get_question (diagnosis, r);

      if (rank->information <= 0.0 && rank->cost >= sd_diagnosis_get_expected_cost (diagnosis))
        break;
      gtk_list_box_append (self->best_questions_list,
                           sd_question_row_new (self->session, rank->symptom));
      g_hash_table_add (shown, (gpointer) rank->symptom->id);
    }

  list = GTK_WIDGET (self->best_questions_list);
  gtk_widget_set_visible (GTK_WIDGET (self->best_questions_group),
                          gtk_widget_get_first_child (list) != NULL);
}

/* One collapsed row holding the other questions whose component is
 * @component_id (%NULL for those about the car and the warning). */
static void
add_question_group (SdDiagnosePage *self,
                    GHashTable     *shown,
                    const char     *title,
                    const char     *component_id)
{
  GListModel *questions = sd_diagnosis_get_questions (sd_session_get_diagnosis (self->session));
  GtkWidget *expander = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SdQuestion) question = g_list_model_get_item (questions, i);

      if (g_strcmp0 (sd_question_get_component (question), component_id) != 0 ||
          g_hash_table_contains (shown, sd_question_get_symptom_id (question)))
        continue;

      if (expander == NULL)
        {
          expander = adw_expander_row_new ();
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), title);
          gtk_list_box_append (self->more_questions_list, expander);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                                sd_question_row_new_for_question (self->session, question));
    }
}

/* The questions not among the best, one group per component in knowledge-base
 * order; context questions last. */
static void
add_more_questions (SdDiagnosePage *self,
                    GHashTable     *shown)
{
  SdKnowledge *knowledge = sd_catalog_get_knowledge (sd_session_get_catalog (self->session));

  for (guint c = 0; c < sd_knowledge_get_n_components (knowledge); c++)
    {
      const SdComponent *component = sd_knowledge_get_component (knowledge, c);

      add_question_group (self, shown, sd_text_get (&component->name), component->id);
    }
  add_question_group (self, shown, _("About the Car and the Warning"), NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->more_questions_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->more_questions_list)) != NULL);
}

static void
build_questions (SdDiagnosePage *self)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);

  add_best_questions (self, shown);
  add_more_questions (self, shown);
}

static GtkWidget *
find_question_row (GtkWidget  *root,
                   const char *symptom)
{
  if (SD_IS_QUESTION_ROW (root))
    return g_strcmp0 (sd_question_get_symptom_id (sd_question_row_get_question (SD_QUESTION_ROW (root))),
                      symptom) == 0 ? root : NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_question_row (child, symptom);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The answer given in @row, to take the focus: else the row. */
static GtkWidget *
find_active_toggle (GtkWidget *root)
{
  if (GTK_IS_TOGGLE_BUTTON (root) && gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (root)))
    return root;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_active_toggle (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static const char *
question_row_symptom (GtkWidget *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, SD_TYPE_QUESTION_ROW);

  return row != NULL ? sd_question_get_symptom_id (sd_question_row_get_question (SD_QUESTION_ROW (row)))
                     : NULL;
}

/* The questions model changed (a question opened by an answer, or the car),
 * or an answer implies a best question's: the best questions that left it or
 * are answered so go, and the other questions are grouped again. The groups
 * open stay open, and a focus in them stays on its question. */
static void
rebuild_questions (SdDiagnosePage *self)
{
  GListModel *questions = sd_diagnosis_get_questions (sd_session_get_diagnosis (self->session));
  g_autoptr(GHashTable) in_model = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  g_autofree char *focused = NULL;
  GtkWidget *child;

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SdQuestion) question = g_list_model_get_item (questions, i);

      g_hash_table_add (in_model, (gpointer) sd_question_get_symptom_id (question));
    }

  child = gtk_widget_get_first_child (GTK_WIDGET (self->best_questions_list));
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);
      const char *symptom = question_row_symptom (child);

      /* A question answered by another answer is no best question (issue 12). */
      if (symptom != NULL && g_hash_table_contains (in_model, symptom) &&
          sd_diagnosis_get_implied_answer (sd_session_get_diagnosis (self->session), symptom,
                                           NULL) == SD_ANSWER_UNKNOWN)
        g_hash_table_add (shown, (gpointer) symptom);
      else
        gtk_list_box_remove (self->best_questions_list, child);
      child = next;
    }
  gtk_widget_set_visible (GTK_WIDGET (self->best_questions_group),
                          gtk_widget_get_first_child (GTK_WIDGET (self->best_questions_list)) != NULL);

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->more_questions_list)))
    focused = g_strdup (question_row_symptom (focus));
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->more_questions_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child) && adw_expander_row_get_expanded (ADW_EXPANDER_ROW (child)))
      g_hash_table_add (expanded,
                        g_strdup (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child))));

  sd_list_box_remove_all (self->more_questions_list);
  add_more_questions (self, shown);

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->more_questions_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child) &&
        g_hash_table_contains (expanded, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child))))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (child), TRUE);
  if (focused != NULL)
    {
      GtkWidget *row = find_question_row (GTK_WIDGET (self->more_questions_list), focused);
      GtkWidget *toggle = row != NULL ? find_active_toggle (row) : NULL;

      if (row != NULL)
        gtk_widget_grab_focus (toggle != NULL ? toggle : row);
    }
}

static void
set_advice_button (SdDiagnosePage *self,
                   SdProcedure    *procedure,
                   const char     *label)
{
  GtkWidget *old = gtk_widget_get_first_child (GTK_WIDGET (self->advice_start_slot));
  GtkWidget *button;

  if (old != NULL)
    gtk_box_remove (self->advice_start_slot, old);
  gtk_widget_set_visible (GTK_WIDGET (self->advice_start_slot), procedure != NULL);
  if (procedure == NULL)
    return;

  button = sd_start_button_new (procedure, label);
  gtk_widget_add_css_class (button, "suggested-action");
  gtk_box_append (self->advice_start_slot, button);
}

/* The advice card, updated in place. */
static void
sync_advice (SdDiagnosePage *self)
{
  const SdAdvice *advice = sd_diagnosis_get_advice (sd_session_get_diagnosis (self->session));
  g_autofree char *title = NULL;
  const char *icon_name;
  GtkWidget *answers[] = { GTK_WIDGET (self->advice_yes), GTK_WIDGET (self->advice_no),
                           GTK_WIDGET (self->advice_dont_know) };

  switch (advice->kind)
    {
    case SD_ADVICE_ASK:
      title = g_strdup (sd_text_get (&advice->symptom->question));
      icon_name = "help-faq-symbolic";
      set_advice_button (self, NULL, NULL);
      break;

    case SD_ADVICE_DO:
      title = g_strdup_printf (_("Try “%s”"), sd_procedure_get_title (advice->procedure));
      icon_name = "media-playback-start-symbolic";
      set_advice_button (self, advice->procedure, NULL);
      break;

    case SD_ADVICE_WORKSHOP:
      title = g_strdup (_("See a workshop"));
      icon_name = "emblem-important-symbolic";
      set_advice_button (self, advice->procedure, _("Prepare the Visit"));
      break;

    case SD_ADVICE_DONE:
    default:
      /* Translators: the heading of the advice once the problem is fixed. */
      title = g_strdup (_("Fixed"));
      icon_name = "emblem-ok-symbolic";
      set_advice_button (self, NULL, NULL);
      break;
    }

  gtk_image_set_from_icon_name (self->advice_icon, icon_name);
  gtk_label_set_text (self->advice_title, title);
  gtk_label_set_text (self->advice_reason, advice->reason);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->advice_row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->advice_answers), advice->kind == SD_ADVICE_ASK);
  /* "Yes" alone is not enough for a screen reader user: say to what. */
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (answers[i]),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, title, -1);
}

/* "Don't know" here moves on to the next best question. */
static void
on_advice_answer_clicked_cb (SdDiagnosePage *self,
                             GtkButton      *button)
{
  const SdAdvice *advice = sd_diagnosis_get_advice (sd_session_get_diagnosis (self->session));
  g_autofree char *symptom = NULL;

  if (advice->kind != SD_ADVICE_ASK)
    return;

  symptom = g_strdup (advice->symptom->id);
  if (button == self->advice_dont_know)
    sd_session_skip_question (self->session, symptom);
  else
    sd_session_set_answer (self->session, symptom,
                           button == self->advice_yes ? SD_ANSWER_YES : SD_ANSWER_NO);
}

static void
sync_resume (SdDiagnosePage *self)
{
  SdRun *run = sd_session_get_run (self->session);
  g_autofree char *title = NULL;
  g_autofree char *where = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->resume_row), run != NULL);
  if (run == NULL)
    return;

  title = g_strdup_printf (_("Continue “%s”"), sd_procedure_get_title (sd_run_get_procedure (run)));
  if (sd_run_is_wait_over (run))
    where = g_strdup_printf (_("Step %u of %u: the wait is over"), sd_run_get_position (run),
                             sd_run_get_length (run));
  else
    where = g_strdup_printf (_("Step %u of %u"), sd_run_get_position (run),
                             sd_run_get_length (run));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->resume_row), title);
  adw_action_row_set_subtitle (self->resume_row, where);
}

static gboolean
build_questions_idle (gpointer user_data)
{
  SdDiagnosePage *self = user_data;

  self->questions_id = 0;
  if (self->session != NULL)
    build_questions (self);
  self->questions_built = TRUE;

  return G_SOURCE_REMOVE;
}

static gboolean
rebuild_questions_idle (gpointer user_data)
{
  SdDiagnosePage *self = user_data;

  self->questions_id = 0;
  if (self->session != NULL)
    rebuild_questions (self);

  return G_SOURCE_REMOVE;
}

/* After the answer that changed the model is taken in, not inside it: the row
 * answered may be one that is grouped again. Before the questions are first
 * built, they will be built as they are then. */
static void
on_questions_changed_cb (SdDiagnosePage *self)
{
  if (self->questions_built && self->questions_id == 0)
    self->questions_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, rebuild_questions_idle,
                                          g_object_ref (self), g_object_unref);
}

/* An answer may imply a best question's answer: that question joins its
 * group, where its row shows the answer and why. */
static void
on_session_changed_cb (SdDiagnosePage *self)
{
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (self->session);

  sync_resume (self);
  if (!self->questions_built)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->best_questions_list));
       child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      const char *symptom = question_row_symptom (child);

      if (symptom != NULL &&
          sd_diagnosis_get_implied_answer (diagnosis, symptom, NULL) != SD_ANSWER_UNKNOWN)
        {
          on_questions_changed_cb (self);
          return;
        }
    }
}

static void
sd_diagnose_page_dispose (GObject *object)
{
  SdDiagnosePage *self = SD_DIAGNOSE_PAGE (object);

  g_clear_handle_id (&self->questions_id, g_source_remove);
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

  g_type_ensure (SD_TYPE_CODES_ENTRY);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-diagnose-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, languages_group);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_list);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, resume_row);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_row);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_icon);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_title);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_reason);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_start_slot);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_answers);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_yes);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_no);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, advice_dont_know);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, causes_list);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, best_questions_group);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, best_questions_list);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, more_questions_group);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, more_questions_list);
  gtk_widget_class_bind_template_child (widget_class, SdDiagnosePage, codes_entry);
  gtk_widget_class_bind_template_callback (widget_class, on_advice_answer_clicked_cb);
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
  SdDiagnosis *diagnosis;
  g_autoptr(SdHeadModel) shown = NULL;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_DIAGNOSE_PAGE, NULL);
  self->session = g_object_ref (session);
  diagnosis = sd_session_get_diagnosis (session);
  sd_codes_entry_set_session (self->codes_entry, session);

  shown = sd_head_model_new (sd_diagnosis_get_causes (diagnosis), SHOWN_CAUSES);
  gtk_list_box_bind_model (self->causes_list, G_LIST_MODEL (shown), create_cause_row, NULL, NULL);
  sync_advice (self);
  sync_resume (self);
  /* The questions sit below the recommended step and the causes: they come
   * right after the first frame, which then shows sooner. */
  self->questions_id = g_idle_add_full (G_PRIORITY_LOW, build_questions_idle,
                                        g_object_ref (self), g_object_unref);

  g_signal_connect_object (diagnosis, "notify::advice-kind", G_CALLBACK (sync_advice), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (sd_diagnosis_get_questions (diagnosis), "items-changed",
                           G_CALLBACK (on_questions_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (diagnosis, "notify::advice-symptom-id", G_CALLBACK (sync_advice), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (diagnosis, "notify::advice-procedure", G_CALLBACK (sync_advice), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (diagnosis, "notify::advice-reason", G_CALLBACK (sync_advice), self,
                           G_CONNECT_SWAPPED);
  /* The run is the session's; "the wait is over" shows at the next change. */
  g_signal_connect_object (session, "run-changed", G_CALLBACK (sync_resume), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (session, "changed", G_CALLBACK (on_session_changed_cb), self,
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
