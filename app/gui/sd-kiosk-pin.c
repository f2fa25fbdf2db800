/* sd-kiosk-pin.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kiosk's staff PIN: its salted hash, which is all the settings ever hold
 * ("sha256:SALT:HEX"), and the keypad staff type it on. An empty hash means the
 * kiosk has no PIN and cannot be left from the screen, only from the system.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "sd-kiosk-pin.h"

/* Long enough for a workshop's PIN; any longer is a mistake, not a PIN. */
#define MAX_PIN_LENGTH 12

struct _SdKioskPin
{
  AdwBin     parent_instance;

  char      *hash;
  GString   *typed;

  /* Template widgets */
  GtkLabel  *message;
  GtkLabel  *dots;
  GtkWidget *pad;
};

G_DEFINE_FINAL_TYPE (SdKioskPin, sd_kiosk_pin, ADW_TYPE_BIN)

enum {
  UNLOCKED,
  CANCELLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * sd_kiosk_pin_hash:
 * @pin: the PIN, in clear
 * @salt: (nullable): the salt; a random one if %NULL
 *
 * Returns: (transfer full): "sha256:SALT:HEX", the SHA-256 of SALT:PIN
 */
char *
sd_kiosk_pin_hash (const char *pin,
                   const char *salt)
{
  g_autofree char *random_salt = NULL;
  g_autofree char *salted = NULL;
  g_autofree char *digest = NULL;

  g_return_val_if_fail (pin != NULL, NULL);

  if (salt == NULL)
    salt = random_salt = g_strdup_printf ("%08x%08x", g_random_int (), g_random_int ());
  salted = g_strconcat (salt, ":", pin, NULL);
  digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, salted, -1);

  return g_strconcat ("sha256:", salt, ":", digest, NULL);
}

/**
 * sd_kiosk_pin_check:
 * @hash: (nullable): the hash from the settings
 *
 * Returns: whether @pin is the PIN of @hash; never for an empty or unreadable hash
 */
gboolean
sd_kiosk_pin_check (const char *hash,
                    const char *pin)
{
  g_auto(GStrv) parts = NULL;
  g_autofree char *expected = NULL;

  if (hash == NULL || pin == NULL || pin[0] == '\0')
    return FALSE;

  parts = g_strsplit (hash, ":", 3);
  if (g_strv_length (parts) != 3 || g_strcmp0 (parts[0], "sha256") != 0 || parts[1][0] == '\0')
    return FALSE;

  expected = sd_kiosk_pin_hash (pin, parts[1]);

  return g_strcmp0 (expected, hash) == 0;
}

/**
 * sd_kiosk_pin_set_from_stdin:
 * @settings: (nullable): the app's settings
 *
 * For `sos-doctor --set-kiosk-pin`: reads a PIN of digits from the first line
 * of standard input and keeps its hash in the settings; an empty line removes
 * the PIN, so that the kiosk can only be left from the system.
 *
 * Returns: the exit status
 */
int
sd_kiosk_pin_set_from_stdin (GSettings *settings)
{
  char line[256] = "";
  g_autofree char *hash = NULL;

  if (settings == NULL)
    {
      g_printerr (_("The settings schema of SOS Doctor is not installed.\n"));
      return 1;
    }

  if (fgets (line, sizeof line, stdin) == NULL)
    line[0] = '\0';
  g_strchomp (line);
  for (const char *p = line; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p) || p - line >= MAX_PIN_LENGTH)
        {
          g_printerr (_("A kiosk PIN is 1 to 12 digits.\n"));
          return 2;
        }
    }

  hash = line[0] != '\0' ? sd_kiosk_pin_hash (line, NULL) : g_strdup ("");
  g_settings_set_string (settings, "kiosk-pin-hash", hash);
  g_settings_sync ();

  return 0;
}

static void
update (SdKioskPin *self)
{
  g_autoptr(GString) dots = g_string_new (NULL);
  gboolean has_pin = self->hash != NULL && self->hash[0] != '\0';

  for (gsize i = 0; i < self->typed->len; i++)
    g_string_append (dots, "●");
  gtk_label_set_label (self->dots, dots->str);
  gtk_widget_set_visible (self->pad, has_pin);
  gtk_widget_set_visible (GTK_WIDGET (self->dots), has_pin);
  if (!has_pin)
    gtk_label_set_label (self->message, _("This kiosk has no staff PIN: it can only be left "
                                          "from the system."));
}

void
sd_kiosk_pin_set_hash (SdKioskPin *self,
                       const char *hash)
{
  g_return_if_fail (SD_IS_KIOSK_PIN (self));

  g_free (self->hash);
  self->hash = g_strdup (hash);
  update (self);
}

/**
 * sd_kiosk_pin_clear:
 *
 * Forgets what was typed, for the next time the keypad is shown.
 */
void
sd_kiosk_pin_clear (SdKioskPin *self)
{
  g_return_if_fail (SD_IS_KIOSK_PIN (self));

  g_string_truncate (self->typed, 0);
  gtk_label_set_label (self->message, _("Type the staff PIN."));
  update (self);
}

/**
 * sd_kiosk_pin_enter:
 *
 * Checks @pin as if it were typed and OK pressed: emits ::unlocked if it is right.
 *
 * Returns: whether it was right
 */
gboolean
sd_kiosk_pin_enter (SdKioskPin *self,
                    const char *pin)
{
  g_return_val_if_fail (SD_IS_KIOSK_PIN (self), FALSE);

  g_string_truncate (self->typed, 0);
  if (!sd_kiosk_pin_check (self->hash, pin))
    {
      update (self);
      if (self->hash != NULL && self->hash[0] != '\0')
        gtk_label_set_label (self->message, _("Wrong PIN. Try again."));
      return FALSE;
    }

  sd_kiosk_pin_clear (self);
  g_signal_emit (self, signals[UNLOCKED], 0);

  return TRUE;
}

static void
digit_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SdKioskPin *self = SD_KIOSK_PIN (widget);

  if (self->typed->len < MAX_PIN_LENGTH)
    g_string_append (self->typed, g_variant_get_string (parameter, NULL));
  update (self);
}

static void
erase_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SdKioskPin *self = SD_KIOSK_PIN (widget);

  if (self->typed->len > 0)
    g_string_truncate (self->typed, self->typed->len - 1);
  update (self);
}

static void
submit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SdKioskPin *self = SD_KIOSK_PIN (widget);
  g_autofree char *typed = g_strdup (self->typed->str);

  sd_kiosk_pin_enter (self, typed);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  SdKioskPin *self = SD_KIOSK_PIN (widget);

  sd_kiosk_pin_clear (self);
  g_signal_emit (self, signals[CANCELLED], 0);
}

static void
sd_kiosk_pin_finalize (GObject *object)
{
  SdKioskPin *self = SD_KIOSK_PIN (object);

  g_clear_pointer (&self->hash, g_free);
  g_string_free (self->typed, TRUE);

  G_OBJECT_CLASS (sd_kiosk_pin_parent_class)->finalize (object);
}

static void
sd_kiosk_pin_class_init (SdKioskPinClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sd_kiosk_pin_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-kiosk-pin.ui");
  gtk_widget_class_bind_template_child (widget_class, SdKioskPin, message);
  gtk_widget_class_bind_template_child (widget_class, SdKioskPin, dots);
  gtk_widget_class_bind_template_child (widget_class, SdKioskPin, pad);

  gtk_widget_class_install_action (widget_class, "pin.digit", "s", digit_action);
  gtk_widget_class_install_action (widget_class, "pin.erase", NULL, erase_action);
  gtk_widget_class_install_action (widget_class, "pin.submit", NULL, submit_action);
  gtk_widget_class_install_action (widget_class, "pin.cancel", NULL, cancel_action);

  /**
   * SdKioskPin::unlocked:
   *
   * Emitted when the right PIN is entered.
   */
  signals[UNLOCKED] = g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SdKioskPin::cancelled:
   *
   * Emitted when staff close the keypad without unlocking.
   */
  signals[CANCELLED] = g_signal_new ("cancelled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sd_kiosk_pin_init (SdKioskPin *self)
{
  self->typed = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
  sd_kiosk_pin_clear (self);
}
