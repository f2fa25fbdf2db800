/* sd-cases-dialog.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The list of cases, one per car: each with its car or name, the day it was
 * started and how far it got; open one, rename it, delete it (after asking),
 * or start a new one. The cases are files (sd-case-list.c); each row's buttons
 * name their case by the target of their action, never by widget data.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-cases-dialog.h"

struct _SdCasesDialog
{
  AdwWindow   parent_instance;

  SdSession  *session;
  char       *state_dir;

  GtkListBox *list;
};

G_DEFINE_FINAL_TYPE (SdCasesDialog, sd_cases_dialog, ADW_TYPE_WINDOW)

static gboolean
is_open (SdCasesDialog *self,
         const char    *id)
{
  g_autofree char *path = sd_case_store_dup_path (self->state_dir, id);

  return g_strcmp0 (path, sd_session_get_case_path (self->session)) == 0;
}

static char *
describe_state (const SdCaseInfo *info)
{
  if (info->outcome != SD_OUTCOME_NONE)
    return g_strdup (sd_outcome_get_log_label (info->outcome));
  if (info->n_answers == 0)
    /* Translators: the state of a case in the list of cases. */
    return g_strdup (_("nothing answered yet"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u question answered",
                                       "%u questions answered", info->n_answers),
                          info->n_answers);
}

static GtkWidget *
make_button (const char *icon,
             const char *label,
             const char *action,
             const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_widget_add_css_class (button, "flat");

  return button;
}

static GtkWidget *
make_row (SdCasesDialog    *self,
          const SdCaseInfo *info)
{
  GtkWidget *row = adw_action_row_new ();
  g_autoptr(GDateTime) local = g_date_time_to_local (info->created);
  g_autofree char *date = g_date_time_format (local, "%x");
  g_autofree char *state = describe_state (info);
  g_autofree char *subtitle = NULL;
  g_autofree char *title = g_markup_escape_text (info->title, -1);

  /* Translators: under a case's title in the list: the day it was started and its state. */
  subtitle = g_strdup_printf (_("Started %s · %s"), date, state);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  if (is_open (self, info->id))
    {
      /* Translators: in the list of cases, instead of an Open button for the case open now. */
      GtkWidget *label = gtk_label_new (_("Open now"));

      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }
  else
    {
      GtkWidget *open = gtk_button_new_with_mnemonic (_("_Open"));

      gtk_widget_set_valign (open, GTK_ALIGN_CENTER);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "cases.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", info->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button ("document-edit-symbolic", _("Rename…"),
                                          "cases.rename", info->id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             make_button ("user-trash-symbolic", _("Delete…"),
                                          "cases.delete", info->id));

  return row;
}

/* The list is read again after each change: it is a folder of files. */
static void
fill (SdCasesDialog *self)
{
  g_autoptr(GPtrArray) cases = sd_case_store_list (self->state_dir);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  for (guint i = 0; i < cases->len; i++)
    gtk_list_box_append (self->list, make_row (self, g_ptr_array_index (cases, i)));
}

static void
open_case (SdCasesDialog *self,
           const char    *id)
{
  g_autofree char *path = sd_case_store_dup_path (self->state_dir, id);
  g_autoptr(GError) error = NULL;

  if (!sd_case_store_set_current (self->state_dir, id, &error))
    g_warning ("Could not remember the open case: %s", error->message);
  sd_session_open_case (self->session, path);
}

static void
sd_cases_dialog_open_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  SdCasesDialog *self = SD_CASES_DIALOG (widget);

  open_case (self, g_variant_get_string (parameter, NULL));
  gtk_window_close (GTK_WINDOW (self));
}

static void
sd_cases_dialog_new_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  SdCasesDialog *self = SD_CASES_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = sd_case_store_create (self->state_dir, &error);

  if (id == NULL)
    {
      g_warning ("Could not start a case: %s", error->message);
      return;
    }
  open_case (self, id);
  gtk_window_close (GTK_WINDOW (self));
}

/* What a question about one case needs when it is answered. */
typedef struct
{
  SdCasesDialog *self;
  char          *id;
  GtkEditable   *entry;   /* for a rename */
} Question;

static void
question_free (gpointer data,
               GClosure *closure)
{
  Question *question = data;

  g_object_unref (question->self);
  g_free (question->id);
  g_free (question);
}

static GtkWidget *
ask (SdCasesDialog *self,
     const char    *id,
     const char    *heading,
     const char    *body,
     GtkWidget     *entry,
     GCallback      callback)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  Question *question = g_new0 (Question, 1);

  question->self = g_object_ref (self);
  question->id = g_strdup (id);
  question->entry = entry != NULL ? GTK_EDITABLE (entry) : NULL;
  if (entry != NULL)
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", callback, question, question_free, 0);

  return dialog;
}

static void
on_rename_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Question         *question)
{
  SdCasesDialog *self = question->self;
  const char *name = gtk_editable_get_text (question->entry);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "rename") != 0)
    return;

  /* The open case is the session's: its next save writes the name too. */
  if (is_open (self, question->id))
    sd_case_set_name (sd_session_get_case (self->session), name);
  if (!sd_case_store_rename (self->state_dir, question->id, name, &error))
    g_warning ("Could not rename the case: %s", error->message);
  fill (self);
}

static void
sd_cases_dialog_rename_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SdCasesDialog *self = SD_CASES_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  g_autoptr(SdCase) kase = sd_case_store_open (self->state_dir, id, NULL, NULL);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *dialog;

  if (kase != NULL && sd_case_get_name (kase) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (entry), sd_case_get_name (kase));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  dialog = ask (self, id, _("Rename the Case"),
                _("A name tells this case apart from the others, for example the owner’s."),
                entry, G_CALLBACK (on_rename_response_cb));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "rename", _("_Rename"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename",
                                              ADW_RESPONSE_SUGGESTED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       Question         *question)
{
  SdCasesDialog *self = question->self;
  gboolean was_open = is_open (self, question->id);
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "delete") != 0)
    return;

  if (!sd_case_store_delete (self->state_dir, question->id, &error))
    g_warning ("Could not delete the case: %s", error->message);
  else if (was_open)
    {
      /* The app always has a case open: a new one takes its place. */
      g_autofree char *id = sd_case_store_create (self->state_dir, NULL);

      if (id != NULL)
        open_case (self, id);
    }
  fill (self);
}

static void
sd_cases_dialog_delete_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  SdCasesDialog *self = SD_CASES_DIALOG (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  GtkWidget *dialog;

  dialog = ask (self, id, _("Delete the Case?"),
                _("Its answers, the guides tried and the notes are deleted for good."),
                NULL, G_CALLBACK (on_delete_response_cb));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "delete", _("_Delete"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sd_cases_dialog_dispose (GObject *object)
{
  SdCasesDialog *self = SD_CASES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_CASES_DIALOG);
  g_clear_object (&self->session);
  g_clear_pointer (&self->state_dir, g_free);

  G_OBJECT_CLASS (sd_cases_dialog_parent_class)->dispose (object);
}

static void
sd_cases_dialog_class_init (SdCasesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_cases_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-cases-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SdCasesDialog, list);

  gtk_widget_class_install_action (widget_class, "cases.new", NULL, sd_cases_dialog_new_action);
  gtk_widget_class_install_action (widget_class, "cases.open", "s", sd_cases_dialog_open_action);
  gtk_widget_class_install_action (widget_class, "cases.rename", "s",
                                   sd_cases_dialog_rename_action);
  gtk_widget_class_install_action (widget_class, "cases.delete", "s",
                                   sd_cases_dialog_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
sd_cases_dialog_init (SdCasesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sd_cases_dialog_new:
 * @session: the session whose case is open; opening another opens it there
 *
 * Returns: (transfer floating): the list of cases, as a window to present
 */
GtkWidget *
sd_cases_dialog_new (SdSession *session)
{
  SdCasesDialog *self;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  self = g_object_new (SD_TYPE_CASES_DIALOG, NULL);
  self->session = g_object_ref (session);
  /* The open case is saved first, so that the list shows it as it is. */
  fill (self);

  return GTK_WIDGET (self);
}

/**
 * sd_cases_dialog_set_state_dir:
 * @state_dir: (nullable): the folder of the cases; the user's if %NULL (for tests)
 */
void
sd_cases_dialog_set_state_dir (SdCasesDialog *self,
                               const char    *state_dir)
{
  g_return_if_fail (SD_IS_CASES_DIALOG (self));

  g_free (self->state_dir);
  self->state_dir = g_strdup (state_dir);
  fill (self);
}

GtkListBox *
sd_cases_dialog_get_list (SdCasesDialog *self)
{
  g_return_val_if_fail (SD_IS_CASES_DIALOG (self), NULL);

  return self->list;
}
