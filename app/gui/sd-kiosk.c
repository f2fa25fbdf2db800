/* sd-kiosk.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The kiosk a workshop puts on its counter, around the window's content: locked
 * (no quit, close or minimise; staff leave through a PIN behind a three-second
 * press on the app's name), one case per customer ("Start over", and after a
 * while without input "Are you still there?", then the case goes from screen
 * and disk and the start page returns in the kiosk's language), only the guides
 * the workshop offers (the others say "Ask our staff"), and the result to take
 * home as a QR code. The window owns it as its content.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sd-case-store.h"
#include "sd-kiosk.h"
#include "sd-kiosk-pin.h"
#include "sd-kiosk-qr.h"
#include "sd-kiosk-settings.h"
#include "sd-window-private.h"

#define DEFAULT_IDLE_SECONDS 180
/* How long staff hold the app's name to reach the PIN pad: longer than any
 * customer's tap, and longer than GtkGestureLongPress can be made to wait. */
#define HOLD_FOR_PIN_MS 3000

struct _SdKiosk
{
  AdwBin       parent_instance;

  SdWindow    *window;      /* unowned: the window owns the kiosk */
  SdClockFunc  clock;
  gpointer     clock_data;
  gint64       last_input;
  gint64       idle_since;  /* when "Are you still there?" was shown, or 0 */
  guint        tick_id;
  guint        hold_id;
  gboolean     unlocked;

  /* Template widgets */
  AdwBin      *content;
  GtkStack    *cover;
  GtkLabel    *countdown;
  SdKioskPin  *pin;
  SdKioskQr   *qr;
  GtkLabel    *summary;
  SdKioskSettings *settings;
};

G_DEFINE_FINAL_TYPE (SdKiosk, sd_kiosk, ADW_TYPE_BIN)

/* The language the kiosk greets each customer in, as the app.language state:
 * the one at start, then the one each start over returns to. Kept across the
 * windows that a language switch builds anew. */
static char *greeting_language;
static GtkApplication *greeting_application;  /* weak: whose language that is */

static void
set_string (char       **str,
                  const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*str);
  *str = copy;
}

static char *
dup_language_state (SdKiosk *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self->window));
  g_autoptr(GVariant) state = NULL;

  if (application != NULL)
    state = g_action_group_get_action_state (G_ACTION_GROUP (application), "language");

  return state != NULL ? g_variant_dup_string (state, NULL) : g_strdup ("");
}

static gint64
real_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static GSettings *
get_settings (SdKiosk *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self->window));

  return application != NULL ? sd_application_get_settings (SD_APPLICATION (application)) : NULL;
}

static void
set_app_actions_enabled (SdKiosk  *self,
                         gboolean  enabled)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self->window));
  /* Everything that leaves the kiosk or opens a window of another program. */
  static const char * const leaving[] = { "quit", "about", "help", NULL };

  for (guint i = 0; application != NULL && leaving[i] != NULL; i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (application), leaving[i]);

      if (G_IS_SIMPLE_ACTION (action))
        g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
    }
}

/**
 * sd_kiosk_get_cover:
 *
 * Returns: (nullable): what covers the kiosk: "idle", "pin", "staff",
 *   "settings" or "take-home", or %NULL when the customer sees the app
 */
const char *
sd_kiosk_get_cover (SdKiosk *self)
{
  g_return_val_if_fail (SD_IS_KIOSK (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->cover)))
    return NULL;

  return gtk_stack_get_visible_child_name (self->cover);
}

static void
show_cover (SdKiosk    *self,
            const char *name)
{
  if (name != NULL)
    gtk_stack_set_visible_child_name (self->cover, name);
  gtk_widget_set_visible (GTK_WIDGET (self->cover), name != NULL);
  if (g_strcmp0 (name, "idle") != 0)
    self->idle_since = 0;
}

gboolean
sd_kiosk_get_unlocked (SdKiosk *self)
{
  g_return_val_if_fail (SD_IS_KIOSK (self), FALSE);

  return self->unlocked;
}

/* A customer's case is on screen: something to clear for the next one. */
static gboolean
has_customer (SdKiosk *self)
{
  SdSession *session = sd_window_get_session (self->window);
  SdCase *kase = sd_session_get_case (session);
  g_autofree char *language = dup_language_state (self);

  return g_strcmp0 (language, greeting_language) != 0 ||
         sd_case_get_n_answers (kase) > 0 || sd_case_get_n_tried (kase) > 0 ||
         sd_session_get_run (session) != NULL || sd_window_get_wizard_shown (self->window) ||
         g_strcmp0 (adw_view_stack_get_visible_child_name (self->window->view_stack),
                    "diagnose") != 0 ||
         sd_kiosk_get_cover (self) != NULL;
}

/* The saved case is replaced by an empty one; its copies go too. */
static void
forget_saved_case (void)
{
  g_autofree char *path = sd_case_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *child = NULL;

      /* case.ini.bak, case.ini.damaged-TIME: what the customer answered before. */
      if (!g_str_has_prefix (name, base) || g_str_equal (name, base))
        continue;

      child = g_build_filename (dir, name, NULL);
      g_unlink (child);
    }
}

/**
 * sd_kiosk_start_over:
 *
 * Clears everything of the customer for the next one: the case goes from the
 * screen and the disk (with its copies), and every window is built anew on the
 * start page in the kiosk's language, so no page keeps a scroll position, a
 * search, an open dialog or a toast of theirs.
 */
void
sd_kiosk_start_over (SdKiosk *self)
{
  GtkApplication *application;
  GSettings *settings;
  g_autoptr(GList) windows = NULL;
  g_autofree char *language = NULL;

  g_return_if_fail (SD_IS_KIOSK (self));

  application = gtk_window_get_application (GTK_WINDOW (self->window));
  settings = get_settings (self);

  sd_session_new_case (sd_window_get_session (self->window));
  /* The empty case is on disk before the customer's backup copy goes: a save
   * still under way would otherwise keep that copy, or write it again. */
  sd_session_flush (sd_window_get_session (self->window));
  forget_saved_case ();
  show_cover (self, NULL);
  /* "Your car" first, which a walk-up customer may skip. */
  _sd_window_show_start (self->window);
  self->last_input = self->clock (self->clock_data);

  if (application == NULL)
    return;

  /* Dialogs the customer left open. */
  windows = gtk_window_list_toplevels ();
  for (GList *l = windows; l != NULL; l = l->next)
    if (!SD_IS_WINDOW (l->data) && SD_IS_WINDOW (gtk_window_get_transient_for (l->data)))
      gtk_window_destroy (l->data);

  /* The kiosk's language, or the one it started in, which is the computer's. */
  language = settings != NULL ? g_settings_get_string (settings, "kiosk-language")
                              : g_strdup ("");
  if (language[0] != '\0')
    set_string (&greeting_language, language);
  g_action_group_activate_action (G_ACTION_GROUP (application), "language",
                                  g_variant_new_string (greeting_language));
  sd_application_rebuild_windows (SD_APPLICATION (application));
}

static void
update_countdown (SdKiosk *self,
                  gint64   now)
{
  gint64 left = SD_KIOSK_COUNTDOWN_SECONDS - (now - self->idle_since) / G_USEC_PER_SEC;
  g_autofree char *text = NULL;

  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Everything shown here is cleared for the next customer "
                                       "in %d second.",
                                       "Everything shown here is cleared for the next customer "
                                       "in %d seconds.",
                                       (gulong) MAX (left, 0)),
                          (int) MAX (left, 0));
  gtk_label_set_label (self->countdown, text);
}

/**
 * sd_kiosk_check_idle:
 *
 * Looks at the clock now rather than at the next second: after the idle time
 * without input it shows "Are you still there?", and when its countdown is
 * over, starts over.
 */
void
sd_kiosk_check_idle (SdKiosk *self)
{
  GSettings *settings;
  gint64 now, idle;

  g_return_if_fail (SD_IS_KIOSK (self));

  if (self->unlocked)
    return;

  now = self->clock (self->clock_data);
  if (self->idle_since != 0)
    {
      if (now - self->idle_since >= SD_KIOSK_COUNTDOWN_SECONDS * G_USEC_PER_SEC)
        sd_kiosk_start_over (self);
      else
        update_countdown (self, now);
      return;
    }

  settings = get_settings (self);
  idle = settings != NULL ? g_settings_get_uint (settings, "kiosk-idle-seconds")
                          : DEFAULT_IDLE_SECONDS;
  if (now - self->last_input < idle * G_USEC_PER_SEC || !has_customer (self))
    return;

  show_cover (self, "idle");
  self->idle_since = now;
  update_countdown (self, now);
}

static gboolean
tick_cb (gpointer user_data)
{
  sd_kiosk_check_idle (user_data);

  return G_SOURCE_CONTINUE;
}

/**
 * sd_kiosk_set_clock:
 * @clock: (nullable): a monotonic clock in microseconds; the real one if %NULL
 *
 * For tests. The time without input starts again from now.
 */
void
sd_kiosk_set_clock (SdKiosk     *self,
                    SdClockFunc  clock,
                    gpointer     user_data)
{
  g_return_if_fail (SD_IS_KIOSK (self));

  self->clock = clock != NULL ? clock : real_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
  self->last_input = self->clock (self->clock_data);
}

static gboolean
on_input_cb (SdKiosk                  *self,
             GdkEvent                 *event,
             GtkEventControllerLegacy *controller)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_BUTTON_PRESS || type == GDK_KEY_PRESS || type == GDK_TOUCH_BEGIN ||
      type == GDK_SCROLL || type == GDK_MOTION_NOTIFY)
    self->last_input = self->clock (self->clock_data);

  return GDK_EVENT_PROPAGATE;
}

static gboolean
on_close_request_cb (SdKiosk   *self,
                     GtkWindow *window)
{
  /* Alt+F4, Ctrl+W, a close button anywhere: only staff leave the kiosk. */
  return !self->unlocked;
}

/**
 * sd_kiosk_show_pin:
 *
 * Shows the staff PIN pad, as the long press on the app's name does.
 */
void
sd_kiosk_show_pin (SdKiosk *self)
{
  GSettings *settings;
  g_autofree char *hash = NULL;

  g_return_if_fail (SD_IS_KIOSK (self));

  settings = get_settings (self);
  hash = settings != NULL ? g_settings_get_string (settings, "kiosk-pin-hash") : g_strdup ("");
  sd_kiosk_pin_set_hash (self->pin, hash);
  sd_kiosk_pin_clear (self->pin);
  show_cover (self, "pin");
}

static gboolean
held_cb (gpointer user_data)
{
  SdKiosk *self = user_data;

  self->hold_id = 0;
  sd_kiosk_show_pin (self);

  return G_SOURCE_REMOVE;
}

static void
on_title_pressed_cb (SdKiosk *self)
{
  g_clear_handle_id (&self->hold_id, g_source_remove);
  self->hold_id = g_timeout_add (HOLD_FOR_PIN_MS, held_cb, self);
}

static void
on_title_released_cb (SdKiosk *self)
{
  g_clear_handle_id (&self->hold_id, g_source_remove);
}

static void
on_pin_unlocked_cb (SdKiosk *self)
{
  show_cover (self, "staff");
}

static void
on_pin_cancelled_cb (SdKiosk *self)
{
  show_cover (self, NULL);
}

/**
 * sd_kiosk_show_take_home:
 *
 * Shows the QR code of the summary, with the same text below it.
 */
void
sd_kiosk_show_take_home (SdKiosk *self)
{
  g_autofree char *text = NULL;

  g_return_if_fail (SD_IS_KIOSK (self));

  text = sd_kiosk_qr_dup_summary (sd_window_get_session (self->window));
  sd_kiosk_qr_set_text (self->qr, text);
  gtk_label_set_label (self->summary, text);
  show_cover (self, "take-home");
}

static void
start_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  sd_kiosk_start_over (SD_KIOSK (widget));
}

static void
take_home_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  sd_kiosk_show_take_home (SD_KIOSK (widget));
}

static void
still_here_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  SdKiosk *self = SD_KIOSK (widget);

  self->last_input = self->clock (self->clock_data);
  show_cover (self, NULL);
}

static void
close_cover_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  show_cover (SD_KIOSK (widget), NULL);
}

static void
settings_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  SdKiosk *self = SD_KIOSK (widget);

  /* Only from the staff page, which only the PIN opens. */
  if (g_strcmp0 (sd_kiosk_get_cover (self), "staff") != 0)
    return;

  sd_kiosk_settings_load (self->settings, get_settings (self),
                          sd_session_get_catalog (sd_window_get_session (self->window)));
  show_cover (self, "settings");
}

static void
leave_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  SdKiosk *self = SD_KIOSK (widget);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self->window));

  if (sd_kiosk_get_cover (self) == NULL || !g_str_equal (sd_kiosk_get_cover (self), "staff"))
    return;

  self->unlocked = TRUE;
  set_app_actions_enabled (self, TRUE);
  if (application != NULL)
    g_application_quit (G_APPLICATION (application));
}

static void
sd_kiosk_dispose (GObject *object)
{
  SdKiosk *self = SD_KIOSK (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->hold_id, g_source_remove);

  G_OBJECT_CLASS (sd_kiosk_parent_class)->dispose (object);
}

static void
sd_kiosk_class_init (SdKioskClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sd_kiosk_dispose;

  g_type_ensure (SD_TYPE_KIOSK_PIN);
  g_type_ensure (SD_TYPE_KIOSK_QR);
  g_type_ensure (SD_TYPE_KIOSK_SETTINGS);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-kiosk.ui");
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, content);
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, cover);
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, countdown);
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, pin);
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, qr);
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, summary);
  gtk_widget_class_bind_template_child (widget_class, SdKiosk, settings);
  gtk_widget_class_bind_template_callback (widget_class, on_title_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_title_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_unlocked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_pin_cancelled_cb);

  gtk_widget_class_install_action (widget_class, "kiosk.start-over", NULL, start_over_action);
  gtk_widget_class_install_action (widget_class, "kiosk.take-home", NULL, take_home_action);
  gtk_widget_class_install_action (widget_class, "kiosk.still-here", NULL, still_here_action);
  gtk_widget_class_install_action (widget_class, "kiosk.close-cover", NULL, close_cover_action);
  gtk_widget_class_install_action (widget_class, "kiosk.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "kiosk.settings", NULL, settings_action);
}

static void
sd_kiosk_init (SdKiosk *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->clock = real_clock;
  self->last_input = real_clock (NULL);
}

/* No window controls on any window of the kiosk (the wizard's header and the
 * dialogs included), and no menu: its items leave the app or open others. */
static void
hide_window_controls (SdKiosk *self)
{
  GtkWindow *window = GTK_WINDOW (self->window);

  g_object_set (gtk_settings_get_for_display (gtk_widget_get_display (GTK_WIDGET (window))),
                "gtk-decoration-layout", "", NULL);
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_deletable (window, FALSE);

  for (GtkWidget *widget = GTK_WIDGET (self->window->toast_overlay); widget != NULL; )
    {
      /* Depth first, to the menu button whose menu is the window's (the
       * pages' own gets it only when they are first shown). */
      if (GTK_IS_MENU_BUTTON (widget) &&
          (widget == GTK_WIDGET (self->window->menu_button) ||
           gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) ==
           G_MENU_MODEL (self->window->primary_menu)))
        {
          /* Without its menu, too: GTK 4.8's menu items fail when re-rooted,
           * as attaching the kiosk does. */
          gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (widget), NULL);
          gtk_widget_set_visible (widget, FALSE);
        }

      if (gtk_widget_get_first_child (widget) != NULL)
        widget = gtk_widget_get_first_child (widget);
      else
        {
          while (widget != NULL && gtk_widget_get_next_sibling (widget) == NULL &&
                 widget != GTK_WIDGET (self->window->toast_overlay))
            widget = gtk_widget_get_parent (widget);
          if (widget == NULL || widget == GTK_WIDGET (self->window->toast_overlay))
            break;
          widget = gtk_widget_get_next_sibling (widget);
        }
    }
}

/* As large as the screen even where nothing makes the window full screen (a
 * display with no window manager); the size the window takes before it is shown. */
static void
fill_monitor (SdKiosk *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self->window)));
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, 0);
  GdkRectangle geometry;

  if (monitor == NULL)
    return;

  gdk_monitor_get_geometry (monitor, &geometry);
  gtk_window_set_default_size (GTK_WINDOW (self->window), geometry.width, geometry.height);
}

/**
 * sd_kiosk_attach:
 * @window: a window that is to be a kiosk
 *
 * Puts a kiosk around the content of @window and locks it.
 *
 * Returns: (transfer none): the kiosk, which @window owns
 */
SdKiosk *
sd_kiosk_attach (SdWindow *window)
{
  SdKiosk *self;
  GtkWidget *content;
  GtkEventController *input;

  g_return_val_if_fail (SD_IS_WINDOW (window), NULL);

  self = g_object_new (SD_TYPE_KIOSK, NULL);
  self->window = window;

  hide_window_controls (self);
  fill_monitor (self);
  content = g_object_ref (adw_application_window_get_content (ADW_APPLICATION_WINDOW (window)));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), NULL);
  adw_bin_set_child (self->content, content);
  g_object_unref (content);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), GTK_WIDGET (self));
  set_app_actions_enabled (self, FALSE);
  /* Its file chooser would show the counter's computer to every customer. */
  gtk_widget_action_set_enabled (GTK_WIDGET (window), "win.save-log", FALSE);
  g_signal_connect_object (window, "close-request", G_CALLBACK (on_close_request_cb), self,
                           G_CONNECT_SWAPPED);

  input = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (input, GTK_PHASE_CAPTURE);
  g_signal_connect_object (input, "event", G_CALLBACK (on_input_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (window), input);

  if (greeting_application != gtk_window_get_application (GTK_WINDOW (window)))
    {
      g_set_weak_pointer (&greeting_application, gtk_window_get_application (GTK_WINDOW (window)));
      g_free (greeting_language);
      greeting_language = dup_language_state (self);
    }
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);

  return self;
}
