/* sd-window.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: the Diagnose, Car, Guides and Repair log pages in a view stack
 * (its switcher moves to the bottom on narrow windows), each built the first
 * time it is shown, and the wizard, which takes the whole window while a guide
 * is followed. Its actions are in sd-window-actions.c.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-car-page.h"
#include "sd-diagnose-page.h"
#include "sd-guides-page.h"
#include "sd-kiosk.h"
#include "sd-languages.h"
#include "sd-log-page.h"
#include "sd-profile-page.h"
#include "sd-window-private.h"
#include "sd-wizard-view.h"

G_DEFINE_FINAL_TYPE (SdWindow, sd_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  WAIT_OVER,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_WIZARD_SHOWN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_sd_window_toast (SdWindow   *self,
                  const char *text)
{
  AdwToast *toast = adw_toast_new (text);

  adw_toast_set_timeout (toast, 6);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* A problem the user has to read in full, so not a toast, which libadwaita 1.2
 * cuts short on a narrow window. Shown once the window is. */
void
_sd_window_show_problem (SdWindow   *self,
                         const char *heading,
                         const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_window_present (GTK_WINDOW (dialog));
  else
    g_signal_connect_object (self, "map", G_CALLBACK (gtk_window_present), dialog,
                             G_CONNECT_SWAPPED);
}

/* Pages are built the first time they are shown, not at start-up. */
static void
ensure_page (SdWindow   *self,
             const char *name)
{
  if (g_strcmp0 (name, "diagnose") == 0 && adw_bin_get_child (self->diagnose_bin) == NULL)
    adw_bin_set_child (self->diagnose_bin, sd_diagnose_page_new (self->session));
  else if (g_strcmp0 (name, "car") == 0 && adw_bin_get_child (self->car_bin) == NULL)
    adw_bin_set_child (self->car_bin, sd_car_page_new (self->session));
  else if (g_strcmp0 (name, "log") == 0 && adw_bin_get_child (self->log_bin) == NULL)
    adw_bin_set_child (self->log_bin, sd_log_page_new (self->session));
  else if (g_strcmp0 (name, "guides") == 0 && adw_bin_get_child (self->guides_bin) == NULL)
    {
      SdApplication *application = SD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
      GtkWidget *page = g_object_new (SD_TYPE_GUIDES_PAGE, NULL);

      sd_guides_page_set_session (SD_GUIDES_PAGE (page), self->session);
      sd_guides_page_set_loader (SD_GUIDES_PAGE (page), sd_application_get_loader (application));
      adw_bin_set_child (self->guides_bin, page);
    }
}

/* Only while the pages are shown: at start-up a new case shows "Your car"
 * first, and Diagnose is built when it is done, not before the first frame. */
static void
on_visible_page_changed_cb (SdWindow *self)
{
  /* The stacks tell of their first child while the template is built. */
  if (self->main_stack != NULL && self->view_stack != NULL &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "pages") == 0)
    ensure_page (self, adw_view_stack_get_visible_child_name (self->view_stack));
}

static void
on_wait_toast_dismissed_cb (SdWindow *self,
                            AdwToast *toast)
{
  if (self->wait_toast == toast)
    g_clear_object (&self->wait_toast);
}

/* Takes back a "wait is over" that no longer holds: the user went on past the
 * wait, left the guide, or another wait began. */
static void
withdraw_wait_toast (SdWindow *self)
{
  g_autoptr(AdwToast) toast = g_steal_pointer (&self->wait_toast);

  if (toast != NULL)
    adw_toast_dismiss (toast);
}

static void
notify_wait_over (SdWindow   *self,
                  const char *title)
{
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  g_autoptr(GNotification) notification = g_notification_new (_("The wait is over"));
  g_autofree char *body = g_strdup_printf (_("You can go on with “%s”."), title);
  AdwToast *over = adw_toast_new (_("The wait is over"));

  /* In the app too, wherever the user is in it: a kiosk has no notification
   * server, and without a session bus there is nobody to send one to. The
   * toast is short, as libadwaita 1.2 cuts a long one short. */
  adw_toast_set_button_label (over, _("_Continue"));
  adw_toast_set_action_name (over, "win.show-wizard");
  adw_toast_set_timeout (over, 0);
  /* One wait at a time: an older "wait is over" makes way for this one. */
  withdraw_wait_toast (self);
  self->wait_toast = g_object_ref (over);
  g_signal_connect_object (over, "dismissed", G_CALLBACK (on_wait_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, over);
  g_signal_emit (self, signals[WAIT_OVER], 0, title);

  if (application == NULL || g_application_get_dbus_connection (application) == NULL)
    return;

  g_notification_set_body (notification, body);
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  /* An app action, so that it works when the app has to be started for it. */
  g_notification_set_default_action (notification, "app.show-wizard");
  g_application_send_notification (application, "wait-over", notification);
}

/* The session says when a wait is over, once for each wait, whichever window
 * is open then; the window shows it. */
static void
on_wait_ended_cb (SdWindow  *self,
                  SdRun     *run,
                  SdSession *session)
{
  notify_wait_over (self, sd_procedure_get_title (sd_run_get_procedure (run)));
}

/**
 * sd_window_check_wait:
 *
 * Has the session look at the wait of the run under way now, rather than at
 * the next second: if it just ended, the user is told, on whichever page they are.
 */
void
sd_window_check_wait (SdWindow *self)
{
  g_return_if_fail (SD_IS_WINDOW (self));

  sd_session_check_wait (self->session);
}

/* A save that failed is told at once, in a dialog the user cannot miss. */
static void
on_save_failed_cb (SdWindow   *self,
                   const char *message,
                   SdSession  *session)
{
  g_autofree char *body = NULL;

  body = g_strdup_printf ("%s\n\n%s", message, _("SOS Doctor keeps them while it is open, "
                                                   "and tries again to save them."));
  _sd_window_show_problem (self, _("The Case Could Not Be Saved"), body);
}

void
_sd_window_show_wizard (SdWindow *self)
{
  if (sd_session_get_run (self->session) == NULL)
    return;

  if (adw_bin_get_child (self->wizard_bin) == NULL)
    {
      GtkWidget *wizard = sd_wizard_view_new (self->session);

      sd_wizard_view_set_primary_menu (SD_WIZARD_VIEW (wizard), G_MENU_MODEL (self->primary_menu));
      adw_bin_set_child (self->wizard_bin, wizard);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "wizard");
}

void
_sd_window_show_pages (SdWindow   *self,
                       const char *page)
{
  /* The switchers' buttons and the menu's items are built when they are first needed. */
  if (!gtk_widget_get_visible (self->pages_box))
    {
      adw_view_switcher_title_set_stack (self->switcher_title, self->view_stack);
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->view_stack);
      /* A kiosk has no menu (sd-kiosk.c). */
      if (gtk_widget_get_visible (GTK_WIDGET (self->menu_button)))
        gtk_menu_button_set_menu_model (self->menu_button, G_MENU_MODEL (self->primary_menu));
      gtk_widget_set_visible (self->pages_box, TRUE);
    }
  gtk_stack_set_visible_child_name (self->main_stack, "pages");
  if (page != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, page);
}

static void
on_profile_done_cb (SdWindow      *self,
                    SdProfilePage *page)
{
  gboolean changing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (page), "changing"));

  _sd_window_show_pages (self, changing ? "car" : "diagnose");
}

/**
 * _sd_window_show_profile:
 * @changing: whether the owner asked to change the car (the Car page's
 *   "Change…"), which they may cancel, rather than a new case asking
 *
 * Shows "Your car", built afresh from the case's car; when it is done, the
 * Car page or Diagnose.
 */
void
_sd_window_show_profile (SdWindow *self,
                         gboolean  changing)
{
  GtkWidget *page = sd_profile_page_new (self->session);

  sd_profile_page_set_cancellable (SD_PROFILE_PAGE (page), changing);
  g_object_set_data (G_OBJECT (page), "changing", GINT_TO_POINTER (changing));
  g_signal_connect_object (page, "done", G_CALLBACK (on_profile_done_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->profile_bin, page);
  gtk_stack_set_visible_child_name (self->main_stack, "profile");
  gtk_widget_child_focus (page, GTK_DIR_TAB_FORWARD);
}

/**
 * _sd_window_show_start:
 *
 * Where a case starts: "Your car" while it was not asked, else Diagnose.
 */
void
_sd_window_show_start (SdWindow *self)
{
  if (!sd_case_get_car_asked (sd_session_get_case (self->session)))
    _sd_window_show_profile (self, FALSE);
  else
    _sd_window_show_pages (self, "diagnose");
}

/* Another case, opened or new: asked about its car unless it was. */
static void
on_case_changed_cb (SdWindow *self)
{
  if (!sd_case_get_car_asked (sd_session_get_case (self->session)))
    _sd_window_show_profile (self, FALSE);
}

/**
 * sd_window_get_wizard_shown:
 *
 * Returns: whether the wizard takes the window, rather than the pages
 */
gboolean
sd_window_get_wizard_shown (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "wizard") == 0;
}

/* The stack's pages are the pages, the wizard and "Your car": wizard-shown
 * is told only when the wizard comes or goes. */
static void
on_main_stack_changed_cb (SdWindow *self)
{
  gboolean shown = sd_window_get_wizard_shown (self);

  on_visible_page_changed_cb (self);

  if (shown == self->wizard_was_shown)
    return;
  self->wizard_was_shown = shown;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WIZARD_SHOWN]);
}

static void
on_run_changed_cb (SdWindow  *self,
                   SdSession *session)
{
  SdRun *run = sd_session_get_run (session);
  guint tried = sd_case_get_n_tried (sd_session_get_case (session));

  if (run == NULL || !sd_run_is_wait_over (run))
    withdraw_wait_toast (self);

  /* The run was finished or stopped: back to the diagnosis, which has moved
   * on only if the guide ended with an outcome. */
  if (run == NULL && sd_window_get_wizard_shown (self))
    {
      _sd_window_show_pages (self, "diagnose");
      if (tried > self->tried_seen)
        _sd_window_toast (self, _("The diagnosis is updated."));
    }
  self->tried_seen = tried;
}

static void
sd_window_remember_size (SdWindow  *self,
                         GSettings *settings)
{
  /* An uninstalled build without GSETTINGS_SCHEMA_DIR has no settings; the
   * window then simply does not remember its size. */
  if (settings == NULL)
    return;

  g_settings_bind (settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);
}

/* The window's icon is drawn from an SVG in several sizes for the window
 * manager, which the first frame does not need: it comes once that frame is
 * painted and whatever else waits on it is done. */
static gboolean
set_icon_idle (gpointer user_data)
{
  gtk_window_set_default_icon_name (APP_ID);
  gtk_window_set_icon_name (GTK_WINDOW (user_data), APP_ID);

  return G_SOURCE_REMOVE;
}

static void
on_first_frame_cb (GdkFrameClock *clock,
                   SdWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_frame_cb, self);
  g_idle_add_full (G_PRIORITY_LOW, set_icon_idle, g_object_ref (self), g_object_unref);
}

static void
sd_window_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (sd_window_parent_class)->realize (widget);

  g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                           G_CALLBACK (on_first_frame_cb), widget, 0);
}

static void
sd_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  SdWindow *self = SD_WINDOW (object);

  switch (prop_id)
    {
    case PROP_WIZARD_SHOWN:
      g_value_set_boolean (value, sd_window_get_wizard_shown (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* libadwaita 1.2's switchers go wrong when the stack they show is disposed
 * before them, which the order of the template would do. */
static void
unset_switchers (SdWindow *self)
{
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_stack (self->switcher_bar, NULL);
  if (self->switcher_title != NULL)
    adw_view_switcher_title_set_stack (self->switcher_title, NULL);
}

static void
sd_window_dispose (GObject *object)
{
  SdWindow *self = SD_WINDOW (object);

  unset_switchers (self);
  _sd_window_drop_help_overlay (self);
  g_clear_object (&self->wait_toast);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sd_window_parent_class)->dispose (object);
}

static void
sd_window_class_init (SdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_window_get_property;
  object_class->dispose = sd_window_dispose;
  widget_class->realize = sd_window_realize;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/sd-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SdWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, pages_box);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, diagnose_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, car_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, guides_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, log_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, wizard_bin);
  gtk_widget_class_bind_template_child (widget_class, SdWindow, profile_bin);
  gtk_widget_class_bind_template_callback (widget_class, on_visible_page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_main_stack_changed_cb);

  /**
   * SdWindow:wizard-shown:
   *
   * Whether the wizard takes the window, rather than the pages.
   */
  properties[PROP_WIZARD_SHOWN] =
    g_param_spec_boolean ("wizard-shown", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SdWindow::wait-over:
   * @title: the title of the guide whose wait ended
   *
   * Emitted once for each wait, when the user is told that it is over.
   */
  signals[WAIT_OVER] = g_signal_new ("wait-over", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  _sd_window_class_actions_init (klass);
}

static void
sd_window_init (SdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* The menu reads New Case…, then Language, Keyboard Shortcuts, Help and About. */
static void
add_language_menu (SdWindow *self)
{
  g_autoptr(GMenu) languages = sd_languages_create_menu ();
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append_submenu (section, _("_Language"), G_MENU_MODEL (languages));
  g_menu_insert_section (self->primary_menu, 1, NULL, G_MENU_MODEL (section));
}

/* A kiosk fills the screen, has larger buttons for fingers, and shows the
 * languages on its start page. */
static void
set_up_kiosk (SdWindow *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");
  gtk_window_fullscreen (GTK_WINDOW (self));
  ensure_page (self, "diagnose");
  sd_diagnose_page_show_languages (SD_DIAGNOSE_PAGE (adw_bin_get_child (self->diagnose_bin)));
  /* Locked, one case per customer, only the guides the workshop offers: sd-kiosk.c. */
  sd_kiosk_attach (self);
}

/* What the template builds, and what is set up on it: done again in another
 * language by sd_window_rebuild(). */
static void
set_up_content (SdWindow *self)
{
  SdApplication *application = SD_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  on_visible_page_changed_cb (self);
  add_language_menu (self);
  if (sd_application_get_kiosk (application))
    set_up_kiosk (self);
}

SdWindow *
sd_window_new (SdApplication *application)
{
  SdWindow *self;
  g_autofree char *notice = NULL;

  g_return_val_if_fail (SD_IS_APPLICATION (application), NULL);

  self = g_object_new (SD_TYPE_WINDOW,
                       "application", application,
                       NULL);
  self->session = g_object_ref (sd_application_get_session (application));
  self->tried_seen = sd_case_get_n_tried (sd_session_get_case (self->session));
  g_signal_connect_object (self->session, "run-changed", G_CALLBACK (on_run_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "wait-ended", G_CALLBACK (on_wait_ended_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "save-failed", G_CALLBACK (on_save_failed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->session, "notify::case", G_CALLBACK (on_case_changed_cb), self,
                           G_CONNECT_SWAPPED);
  /* "Your car" first if it is to be shown, so that no page is built for nothing. */
  if (sd_case_get_car_asked (sd_session_get_case (self->session)))
    _sd_window_show_pages (self, NULL);
  else
    _sd_window_show_profile (self, FALSE);
  set_up_content (self);
  if (!sd_application_get_kiosk (application))
    sd_window_remember_size (self, sd_application_get_settings (application));

  notice = sd_session_take_notice (self->session);
  if (notice != NULL)
    _sd_window_show_problem (self, _("Problem With the Saved Case"), notice);

  return self;
}

/**
 * sd_window_rebuild:
 *
 * Builds the window's content again, in the language in use now, in the same
 * window: it keeps its place and size on the screen, and shows the same page,
 * or the wizard on the same step (those are the session's).
 */
void
sd_window_rebuild (SdWindow *self)
{
  g_autofree char *page = NULL;
  gboolean wizard;
  gboolean profile;
  gboolean changing = FALSE;
  int width, height;

  g_return_if_fail (SD_IS_WINDOW (self));

  page = g_strdup (adw_view_stack_get_visible_child_name (self->view_stack));
  wizard = sd_window_get_wizard_shown (self);
  profile = g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "profile") == 0;
  if (profile)
    changing = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (adw_bin_get_child (self->profile_bin)),
                                                   "changing"));
  /* The template sets the default size, which follows the window's size. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);

  unset_switchers (self);
  _sd_window_drop_help_overlay (self);
  /* Its overlay goes with the rest. */
  g_clear_object (&self->wait_toast);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_WINDOW);
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);

  set_up_content (self);
  _sd_window_show_pages (self, page);
  if (wizard)
    _sd_window_show_wizard (self);
  else if (profile)
    _sd_window_show_profile (self, changing);
}

/**
 * sd_window_get_session:
 *
 * Returns: (transfer none): the session the window shows
 */
SdSession *
sd_window_get_session (SdWindow *self)
{
  g_return_val_if_fail (SD_IS_WINDOW (self), NULL);

  return self->session;
}
