/* sd-mnemonic-names.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Buttons with a mnemonic are named by their text without the underscore, so
 * that a screen reader does not say "underscore Next" (GTK 4.8).
 */
#include "config.h"

#include <string.h>

#include "sd-mnemonic-names.h"

/* "_Next" read as "Next": the text without the mnemonic's underscores. */
static char *
strip_mnemonic (const char *label)
{
  GString *text = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          p++;
          if (*p == '\0')
            break;
        }
      g_string_append_c (text, *p);
    }

  return g_string_free (text, FALSE);
}

/* GTK 4.8 gives a button with a mnemonic its label as its accessible name,
 * underscore and all: a screen reader says "underscore Next". Each button and
 * check button is named by its text instead when it is shown, and again
 * whenever its label changes. */
static void
name_without_mnemonic (GtkWidget *widget)
{
  const char *label = NULL;
  g_autofree char *text = NULL;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    label = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_CHECK_BUTTON (widget) &&
           gtk_check_button_get_use_underline (GTK_CHECK_BUTTON (widget)))
    label = gtk_check_button_get_label (GTK_CHECK_BUTTON (widget));

  if (label == NULL || strchr (label, '_') == NULL)
    return;

  text = strip_mnemonic (label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static gboolean
name_without_mnemonic_hook (GSignalInvocationHint *hint,
                            guint                  n_params,
                            const GValue          *params,
                            gpointer               user_data)
{
  GObject *object = g_value_get_object (&params[0]);
  static GQuark watched;

  if (!GTK_IS_BUTTON (object) && !GTK_IS_CHECK_BUTTON (object))
    return TRUE;

  if (watched == 0)
    watched = g_quark_from_static_string ("sd-name-without-mnemonic");
  if (g_object_get_qdata (object, watched) == NULL)
    {
      g_object_set_qdata (object, watched, GINT_TO_POINTER (TRUE));
      g_signal_connect (object, "notify::label", G_CALLBACK (name_without_mnemonic), NULL);
      g_signal_connect (object, "notify::use-underline", G_CALLBACK (name_without_mnemonic), NULL);
    }
  name_without_mnemonic (GTK_WIDGET (object));

  return TRUE;
}

/**
 * sd_add_name_without_mnemonic_hook:
 *
 * Names every button and check button with a mnemonic by its text without
 * the underscore, once for the process.
 */
void
sd_add_name_without_mnemonic_hook (void)
{
  static gboolean added;

  /* Once for the process, as the tests run more than one application. */
  if (added)
    return;

  added = TRUE;
  /* The signal exists once its class does. */
  g_type_class_unref (g_type_class_ref (GTK_TYPE_WIDGET));
  g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                              name_without_mnemonic_hook, NULL, NULL);
}
