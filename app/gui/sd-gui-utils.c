/* sd-gui-utils.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small pieces the pages share.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-gui-utils.h"

/**
 * sd_text_row_new:
 * @subtitle: (nullable): text under the title, wrapped
 * @icon_name: (nullable): an icon before the title
 *
 * A row that only shows text. Texts come from data files and may hold "&" or
 * "<", so they are never read as markup.
 *
 * Returns: (transfer floating): the row
 */
GtkWidget *
sd_text_row_new (const char *title,
                 const char *subtitle,
                 const char *icon_name)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  if (icon_name != NULL)
    adw_action_row_set_icon_name (ADW_ACTION_ROW (row), icon_name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);

  return row;
}

/**
 * sd_start_button_new:
 * @label: (nullable): the button's text; "Start" if %NULL, and then a screen
 *   reader hears which guide it starts
 *
 * Returns: (transfer floating): a button that starts @procedure's wizard
 */
GtkWidget *
sd_start_button_new (SdProcedure *procedure,
                     const char  *label)
{
  /* Translators: a button that starts a repair guide. */
  GtkWidget *button = gtk_button_new_with_label (label != NULL ? label : _("Start"));

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.start-procedure");
  if (label == NULL)
    sd_start_button_set_procedure (button, procedure);
  else
    gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", sd_procedure_get_id (procedure));

  return button;
}

/**
 * sd_start_button_set_procedure:
 * @button: a "Start" button whose action is win.start-procedure
 *
 * Makes @button start @procedure instead, and say which to a screen reader:
 * a row that is given another guide keeps its button.
 */
void
sd_start_button_set_procedure (GtkWidget   *button,
                               SdProcedure *procedure)
{
  g_autofree char *name = NULL;

  g_return_if_fail (GTK_IS_ACTIONABLE (button));
  g_return_if_fail (SD_IS_PROCEDURE (procedure));

  /* Translators: the accessible name of a guide's Start button; %s is its title. */
  name = g_strdup_printf (_("Start “%s”"), sd_procedure_get_title (procedure));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", sd_procedure_get_id (procedure));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
}

void
sd_list_box_remove_all (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
wrap_label_with_text (GtkWidget  *widget,
                      const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    {
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (GTK_LABEL (widget), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (widget), PANGO_WRAP_WORD_CHAR);
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    wrap_label_with_text (child, text);
}

/**
 * sd_preferences_group_set_plain:
 * @title: the group's title, shown as typed
 * @description: (nullable): its description, shown as typed
 *
 * libadwaita 1.2 reads a group's title and description as Pango markup, and
 * both can come from a workshop's data file: they are escaped here, so a tag or
 * a link in them is shown as text. The title wraps rather than being cut short
 * with "…", as the names of some components are, in German, on a phone-sized
 * window.
 */
void
sd_preferences_group_set_plain (AdwPreferencesGroup *group,
                                const char          *title,
                                const char          *description)
{
  g_autofree char *escaped_title = g_markup_escape_text (title, -1);
  g_autofree char *escaped_description = description != NULL
    ? g_markup_escape_text (description, -1) : NULL;

  adw_preferences_group_set_title (group, escaped_title);
  adw_preferences_group_set_description (group, escaped_description);
  if (title[0] != '\0')
    wrap_label_with_text (GTK_WIDGET (group), title);
}

/**
 * sd_caution_row_new:
 *
 * Returns: (transfer floating): a row that shows @caution, its severity in
 *   words and as an icon; a danger is styled as an error
 */
GtkWidget *
sd_caution_row_new (const SdCaution *caution)
{
  GtkWidget *row;

  g_return_val_if_fail (caution != NULL, NULL);

  switch (caution->severity)
    {
    case SD_SEVERITY_DANGER:
      row = sd_text_row_new (C_("caution", "Danger"), sd_text_get (&caution->text),
                             "dialog-error-symbolic");
      gtk_widget_add_css_class (row, "error");
      break;
    case SD_SEVERITY_WARNING:
      row = sd_text_row_new (C_("caution", "Warning"), sd_text_get (&caution->text),
                             "dialog-warning-symbolic");
      break;
    case SD_SEVERITY_INFO:
    default:
      row = sd_text_row_new (C_("caution", "Note"), sd_text_get (&caution->text),
                             "dialog-information-symbolic");
      break;
    }

  return row;
}

/**
 * sd_texts_join:
 * @texts: the texts of a list (tools), or of #SdPart if @parts
 *
 * Returns: (transfer full): the texts one a line, in the current language
 */
char *
sd_texts_join (GPtrArray *texts,
               gboolean   parts)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < texts->len; i++)
    {
      const SdText *text = parts ? &((SdPart *) g_ptr_array_index (texts, i))->name
                                 : g_ptr_array_index (texts, i);

      if (out->len > 0)
        g_string_append_c (out, '\n');
      g_string_append (out, sd_text_get (text));
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}
