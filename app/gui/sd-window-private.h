/* sd-window-private.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What sd-window.c (the pages, the wizard and the wait) and
 * sd-window-actions.c (the win.* actions) share.
 */
#pragma once

#include "sd-window.h"

G_BEGIN_DECLS

struct _SdWindow
{
  AdwApplicationWindow  parent_instance;

  SdSession            *session;

  /* Template widgets */
  GMenu                *primary_menu;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  GtkWidget            *pages_box;
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *menu_button;
  AdwBin               *diagnose_bin;
  AdwBin               *car_bin;
  AdwBin               *guides_bin;
  AdwBin               *log_bin;
  AdwBin               *wizard_bin;
  AdwBin               *profile_bin;

  /* "The wait is over", while it still holds; withdrawn when it does not. */
  AdwToast             *wait_toast;
  /* How many guides the case had tried when the window last looked. */
  guint                 tried_seen;
  /* What wizard-shown last told. */
  gboolean              wizard_was_shown;
};

void _sd_window_class_actions_init (SdWindowClass *klass);
void _sd_window_toast              (SdWindow      *self,
                                    const char    *text);
void _sd_window_show_problem       (SdWindow      *self,
                                    const char    *heading,
                                    const char    *body);
void _sd_window_show_wizard        (SdWindow      *self);
void _sd_window_show_pages         (SdWindow      *self,
                                    const char    *page);
void _sd_window_drop_help_overlay  (SdWindow      *self);
void _sd_window_show_profile       (SdWindow      *self,
                                    gboolean       changing);
void _sd_window_show_start         (SdWindow      *self);

G_END_DECLS
