/* sd-question-row.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An owner's question with its answers, as the Diagnose page and the Car page
 * show it: the answers sit under the question rather than beside it, so a long
 * question keeps its width on a 360-pixel screen and in any language. The row
 * follows the session, wherever the question was answered.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-question-row.h"

static const SdAnswer answer_order[3] = { SD_ANSWER_YES, SD_ANSWER_NO, SD_ANSWER_UNKNOWN };

GtkWidget *
sd_question_layout_new (const char *question,
                        const char *explanation,
                        const char *icon_name,
                        GtkWidget  *answers)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (question);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_box_append (GTK_BOX (texts), title);
  if (explanation != NULL)
    {
      GtkWidget *subtitle = gtk_label_new (explanation);

      gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
      gtk_label_set_xalign (GTK_LABEL (subtitle), 0.0);
      gtk_widget_add_css_class (subtitle, "dim-label");
      gtk_widget_add_css_class (subtitle, "caption");
      gtk_box_append (GTK_BOX (texts), subtitle);
    }
  gtk_widget_set_hexpand (texts, TRUE);

  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      gtk_widget_set_valign (icon, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (top), icon);
    }
  gtk_box_append (GTK_BOX (top), texts);
  gtk_box_append (GTK_BOX (box), top);

  gtk_widget_set_halign (answers, GTK_ALIGN_END);
  gtk_box_append (GTK_BOX (box), answers);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, question, -1);

  return row;
}

static void
on_answer_clicked_cb (GtkButton *button,
                      SdSession *session)
{
  const char *symptom = g_object_get_data (G_OBJECT (button), "symptom");
  SdAnswer answer = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "answer"));

  /* A plain "Don't know" button moves on to the next best question; the toggle
   * in a question list clears the answer. */
  if (GTK_IS_TOGGLE_BUTTON (button))
    {
      if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)) &&
          !g_object_get_data (G_OBJECT (button), "syncing"))
        sd_session_set_answer (session, symptom, answer);
    }
  else if (answer == SD_ANSWER_UNKNOWN)
    {
      sd_session_skip_question (session, symptom);
    }
  else
    {
      sd_session_set_answer (session, symptom, answer);
    }
}

GtkWidget *
sd_answer_button_new (SdSession       *session,
                      const SdSymptom *symptom,
                      SdAnswer         answer,
                      gboolean         toggle)
{
  GtkWidget *button = toggle ? gtk_toggle_button_new () : gtk_button_new ();
  const char *label;

  switch (answer)
    {
    case SD_ANSWER_YES:
      /* Translators: an answer to a question about the car. */
      label = C_("answer", "Yes");
      break;
    case SD_ANSWER_NO:
      label = C_("answer", "No");
      break;
    case SD_ANSWER_UNKNOWN:
    default:
      /* Translators: an answer to a question about the car; keep it short. */
      label = C_("answer", "Don't know");
      break;
    }

  gtk_button_set_label (GTK_BUTTON (button), label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "symptom", g_strdup (symptom->id), g_free);
  g_object_set_data (G_OBJECT (button), "answer", GINT_TO_POINTER (answer));
  /* "Yes" alone is not enough for a screen reader user: say to what. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  sd_text_get (&symptom->question), -1);
  g_signal_connect_object (button, toggle ? "toggled" : "clicked",
                           G_CALLBACK (on_answer_clicked_cb), session, 0);

  return button;
}

static void
sync_toggles (GtkWidget *row,
              SdSession *session)
{
  GtkWidget **toggles = g_object_get_data (G_OBJECT (row), "toggles");
  const char *symptom = gtk_widget_get_name (row);
  SdAnswer answer = sd_case_get_answer (sd_session_get_case (session), symptom);

  for (guint i = 0; i < 3; i++)
    {
      g_object_set_data (G_OBJECT (toggles[i]), "syncing", GINT_TO_POINTER (TRUE));
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggles[i]), answer_order[i] == answer);
      g_object_set_data (G_OBJECT (toggles[i]), "syncing", NULL);
    }
}

/**
 * sd_question_row_new:
 *
 * Returns: (transfer floating): a row with @symptom's question and yes / no /
 *   don't know, kept in step with the session; its name is the symptom's id
 */
GtkWidget *
sd_question_row_new (SdSession       *session,
                     const SdSymptom *symptom)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget **toggles = g_new0 (GtkWidget *, 3);
  GtkWidget *row;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  gtk_widget_add_css_class (box, "linked");
  for (guint i = 0; i < 3; i++)
    {
      toggles[i] = sd_answer_button_new (session, symptom, answer_order[i], TRUE);
      if (i > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (toggles[i]), GTK_TOGGLE_BUTTON (toggles[0]));
      gtk_box_append (GTK_BOX (box), toggles[i]);
    }

  row = sd_question_layout_new (sd_text_get (&symptom->question), NULL, NULL, box);
  gtk_widget_set_name (row, symptom->id);
  g_object_set_data_full (G_OBJECT (row), "toggles", toggles, g_free);
  sync_toggles (row, session);
  g_signal_connect_object (session, "changed", G_CALLBACK (sync_toggles), row, G_CONNECT_SWAPPED);

  return row;
}
