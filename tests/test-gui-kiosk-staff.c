/* test-gui-kiosk-staff.c: the kiosk's staff PIN and the result a customer takes home
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-cause-item.h"
#include "sd-kiosk.h"
#include "sd-kiosk-pin.h"
#include "sd-kiosk-qr.h"
#include "sd-test-gtk-utils.h"
#include "sd-test-utils.h"

static const char * const kiosk_args[] = { "--kiosk", NULL };

static SdKiosk *
kiosk_of (GtkWindow *window)
{
  SdKiosk *kiosk = sd_kiosk_get_for_window (window);

  assert_non_null (kiosk);

  return kiosk;
}

static void
settle (GtkWindow *window)
{
  sd_test_wait_for_draw (GTK_WIDGET (window));
}

static void
test_pin_hash (void **state)
{
  g_autofree char *hash = sd_kiosk_pin_hash ("2468", NULL);
  g_autofree char *again = sd_kiosk_pin_hash ("2468", NULL);
  g_autofree char *fixed = sd_kiosk_pin_hash ("2468", "salt");
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, "salt:2468", -1);
  g_autofree char *expected = g_strconcat ("sha256:salt:", digest, NULL);

  /* Never the PIN in clear; salted, so two hashes of one PIN differ. */
  assert_true (g_str_has_prefix (hash, "sha256:"));
  assert_null (strstr (hash, "2468"));
  assert_string_not_equal (hash, again);
  assert_string_equal (fixed, expected);

  assert_true (sd_kiosk_pin_check (hash, "2468"));
  assert_true (sd_kiosk_pin_check (again, "2468"));
  assert_false (sd_kiosk_pin_check (hash, "2469"));
  assert_false (sd_kiosk_pin_check (hash, ""));
  assert_false (sd_kiosk_pin_check ("", "2468"));
  assert_false (sd_kiosk_pin_check (NULL, "2468"));
  assert_false (sd_kiosk_pin_check ("sha256::", ""));
  assert_false (sd_kiosk_pin_check ("md5:salt:abc", "2468"));
}

/* With SOS_DOCTOR_KIOSK_SHOTS=DIR, the window as NAME.png in DIR. */
static void
save_screenshot (GtkWindow  *window,
                 const char *name)
{
  const char *dir = g_getenv ("SOS_DOCTOR_KIOSK_SHOTS");
  g_autofree char *file = g_strconcat (name, ".png", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, file, NULL);
  settle (window);
  snapshot = gtk_snapshot_new ();
  gtk_widget_snapshot_child (GTK_WIDGET (window), gtk_widget_get_first_child (GTK_WIDGET (window)),
                             snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node, NULL);
  assert_true (gdk_texture_save_to_png (texture, path));
}

/* `sos-doctor --set-kiosk-pin` keeps the hash of the PIN read from stdin, never the PIN. */
static void
test_set_pin_command (void **state)
{
  g_autofree char *exe = g_build_filename (g_getenv ("SOS_DOCTOR_BUILD_DIR"), "app", "sos-doctor",
                                           NULL);
  g_autofree char *config = sd_test_make_tmpdir ();
  g_autofree char *keyfile_path = g_build_filename (config, "glib-2.0", "settings", "keyfile",
                                                    NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) value = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *text = NULL;

  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "keyfile", TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  process = g_subprocess_launcher_spawn (launcher, &error, exe, "--set-kiosk-pin", NULL);
  assert_null (error);
  assert_true (g_subprocess_communicate_utf8 (process, "80551\n", NULL, NULL, NULL, &error));
  assert_null (error);
  assert_true (g_subprocess_get_if_exited (process));
  assert_int_equal (g_subprocess_get_exit_status (process), 0);

  assert_true (g_file_get_contents (keyfile_path, &text, NULL, NULL));
  assert_null (strstr (text, "80551"));
  assert_true (g_key_file_load_from_data (keyfile, text, -1, G_KEY_FILE_NONE, NULL));
  quoted = g_key_file_get_value (keyfile, "io/github/sosdoctor/SosDoctor", "kiosk-pin-hash", NULL);
  assert_non_null (quoted);
  value = g_variant_parse (G_VARIANT_TYPE_STRING, quoted, NULL, NULL, NULL);
  assert_non_null (value);
  hash = g_variant_dup_string (value, NULL);
  assert_true (sd_kiosk_pin_check (hash, "80551"));
  assert_false (sd_kiosk_pin_check (hash, "80550"));
  sd_test_rm_rf (config);
}

static void
type_pin (SdKioskPin *pin,
          const char *digits)
{
  for (const char *p = digits; *p != '\0'; p++)
    {
      char digit[2] = { *p, '\0' };

      assert_true (gtk_widget_activate_action (GTK_WIDGET (pin), "pin.digit", "s", digit));
    }
  assert_true (gtk_widget_activate_action (GTK_WIDGET (pin), "pin.submit", NULL));
}

static gboolean
is_row_with_subtitle (GtkWidget *widget,
                      gpointer   data)
{
  return ADW_IS_ACTION_ROW (widget) &&
         g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (widget)), data) == 0;
}

static void
check_pin (SdApplication *app,
           GtkWindow     *window)
{
  GSettings *settings = sd_application_get_settings (app);
  g_autofree char *hash = sd_kiosk_pin_hash ("2468", NULL);
  SdKiosk *kiosk = kiosk_of (window);
  SdKioskPin *pin;
  GtkWidget *pad;
  GtkWidget *row;
  GtkWidget *toggle;

  /* No PIN set: the pad offers no way out. */
  g_settings_set_string (settings, "kiosk-pin-hash", "");
  sd_kiosk_show_pin (kiosk);
  settle (window);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "pin");
  pin = SD_KIOSK_PIN (sd_test_find_widget (GTK_WIDGET (kiosk), SD_TYPE_KIOSK_PIN, NULL));
  pad = sd_test_find_widget (GTK_WIDGET (pin), GTK_TYPE_GRID, NULL);
  assert_false (gtk_widget_get_mapped (pad));
  assert_false (sd_kiosk_pin_enter (pin, ""));
  assert_false (sd_kiosk_pin_enter (pin, "2468"));
  assert_string_equal (sd_kiosk_get_cover (kiosk), "pin");
  assert_true (gtk_widget_activate_action (GTK_WIDGET (pin), "pin.cancel", NULL));
  assert_null (sd_kiosk_get_cover (kiosk));

  /* A PIN set: a wrong one is refused, the right one reaches the staff page. */
  g_settings_set_string (settings, "kiosk-pin-hash", hash);
  sd_kiosk_show_pin (kiosk);
  settle (window);
  assert_true (gtk_widget_get_mapped (pad));
  save_screenshot (window, "pin");
  type_pin (pin, "1357");
  assert_string_equal (sd_kiosk_get_cover (kiosk), "pin");
  assert_false (sd_kiosk_get_unlocked (kiosk));
  gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.leave", NULL);
  assert_false (sd_kiosk_get_unlocked (kiosk));
  type_pin (pin, "2468");
  assert_string_equal (sd_kiosk_get_cover (kiosk), "staff");

  /* Settings: the guides customers may start, one switch each. */
  assert_false (sd_kiosk_allows_procedure (kiosk, "sos-button-reset"));
  assert_true (gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.settings", NULL));
  settle (window);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "settings");
  row = sd_test_find_matching (GTK_WIDGET (kiosk), is_row_with_subtitle, (gpointer) "sos-button-reset");
  assert_non_null (row);
  toggle = sd_test_find_widget (row, GTK_TYPE_SWITCH, NULL);
  assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));
  gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
  assert_true (sd_kiosk_allows_procedure (kiosk, "sos-button-reset"));
  assert_true (sd_kiosk_allows_procedure (kiosk, "idrive-reboot"));
  gtk_switch_set_active (GTK_SWITCH (toggle), FALSE);
  assert_false (sd_kiosk_allows_procedure (kiosk, "sos-button-reset"));
  save_screenshot (window, "settings");
  gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.close-cover", NULL);
  assert_null (sd_kiosk_get_cover (kiosk));
  /* Not without the PIN. */
  gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.settings", NULL);
  assert_null (sd_kiosk_get_cover (kiosk));
  type_pin (pin, "2468");
  sd_kiosk_show_pin (kiosk);
  type_pin (pin, "2468");
  assert_string_equal (sd_kiosk_get_cover (kiosk), "staff");

  /* Leave Kiosk: the app may end. */
  assert_true (gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.leave", NULL));
  assert_true (sd_kiosk_get_unlocked (kiosk));
  assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));
  g_settings_set_string (settings, "kiosk-pin-hash", "");
}

static void
test_pin (void **state)
{
  sd_test_run_app_with_args (check_pin, kiosk_args);
}

static gboolean
is_label_with_text (GtkWidget *widget,
                    gpointer   data)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), data) == 0;
}

static void
check_take_home (SdApplication *app,
                 GtkWindow     *window)
{
  SdSession *session = sd_application_get_session (app);
  SdKiosk *kiosk = kiosk_of (window);
  g_autoptr(SdCauseItem) top = NULL;
  g_autofree char *summary = NULL;
  SdKioskQr *qr;
  GtkWidget *shown;
  const char *codes[] = { "B7F341", "C0FFEE", NULL };

  /* The codes the customer brought go home with the summary, known or not. */
  sd_case_set_codes (sd_session_get_case (session), codes);
  sd_session_set_answer (session, "radio-no-sound", SD_ANSWER_YES);
  top = g_list_model_get_item (sd_diagnosis_get_causes (sd_session_get_diagnosis (session)), 0);
  summary = sd_kiosk_qr_dup_summary (session);
  assert_non_null (strstr (summary, sd_cause_item_get_name (top)));
  assert_non_null (strstr (summary, "%"));
  assert_non_null (strstr (summary, "Next step: "));
  assert_non_null (strstr (summary, "Fault codes: B7F341, C0FFEE\n"));

  sd_kiosk_show_take_home (kiosk);
  settle (window);
  assert_string_equal (sd_kiosk_get_cover (kiosk), "take-home");
  qr = SD_KIOSK_QR (sd_test_find_widget (GTK_WIDGET (kiosk), SD_TYPE_KIOSK_QR, NULL));
  assert_true (gtk_widget_get_mapped (GTK_WIDGET (qr)));
  assert_string_equal (sd_kiosk_qr_get_text (qr), summary);
  /* Version 1 is 21 modules wide; this text needs a larger one. */
  assert_true (sd_kiosk_qr_get_modules (qr) > 21);
  assert_true (gtk_widget_get_width (GTK_WIDGET (qr)) >= 3 * (int) sd_kiosk_qr_get_modules (qr));
  /* The same text below the code, for reading. */
  shown = sd_test_find_matching (GTK_WIDGET (kiosk), is_label_with_text, summary);
  assert_non_null (shown);
  assert_true (gtk_widget_get_mapped (shown));

  /* docs/screenshots/kiosk.png and a look at this cover, when asked for. */
  save_screenshot (window, "take-home");
  gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.close-cover", NULL);
  settle (window);
  save_screenshot (window, "kiosk");

  gtk_widget_activate_action (GTK_WIDGET (kiosk), "kiosk.close-cover", NULL);
  assert_null (sd_kiosk_get_cover (kiosk));
}

static void
test_take_home (void **state)
{
  sd_test_run_app_with_args (check_take_home, kiosk_args);
}

int
main (int   argc,
      char *argv[])
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_pin_hash),
    cmocka_unit_test (test_set_pin_command),
    cmocka_unit_test_setup (test_pin, sd_test_fresh_case),
    cmocka_unit_test_setup (test_take_home, sd_test_fresh_case),
  };

  return sd_test_gtk_main (tests, G_N_ELEMENTS (tests));
}
