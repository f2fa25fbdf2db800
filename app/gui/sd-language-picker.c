/* sd-language-picker.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of large buttons, one per language, for the start page of a kiosk: a
 * walk-up customer switches the language with one tap, without a menu. The
 * buttons drive the app.language action, so the one of the current language is
 * shown pressed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-language-picker.h"
#include "sd-languages.h"

struct _SdLanguagePicker
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (SdLanguagePicker, sd_language_picker, ADW_TYPE_BIN)

static void
sd_language_picker_class_init (SdLanguagePickerClass *klass)
{
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "languagepicker");
}

static void
sd_language_picker_init (SdLanguagePicker *self)
{
  g_auto(GStrv) codes = sd_languages_dup_available ();
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), TRUE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (flow), 2);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), g_strv_length (codes));
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Language"),
                                  -1);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const char *name = sd_languages_get_name (codes[i]);
      GtkWidget *button = gtk_toggle_button_new_with_label (name);
      GtkWidget *child;

      gtk_widget_set_name (button, codes[i]);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "app.language");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", codes[i]);
      gtk_widget_add_css_class (button, "pill");
      gtk_flow_box_append (GTK_FLOW_BOX (flow), button);

      /* The button takes the focus, not the box around it. */
      child = gtk_widget_get_parent (button);
      gtk_widget_set_focusable (child, FALSE);
    }

  adw_bin_set_child (ADW_BIN (self), flow);
}

GtkWidget *
sd_language_picker_new (void)
{
  return g_object_new (SD_TYPE_LANGUAGE_PICKER, NULL);
}
