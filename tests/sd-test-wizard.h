/* sd-test-wizard.h: driving a guide's wizard through its widgets, as a user would
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-test-gtk-utils.h"

/* The wall and monotonic clock of the sessions of sd_test_wizard_session(), in µs. */
extern gint64 sd_test_fake_now;

SdSession  *sd_test_wizard_session (SdApplication *app);
GtkWidget  *sd_test_wizard_view    (GtkWindow     *window);
gboolean    sd_test_wizard_shown   (GtkWindow     *window);
const char *sd_test_current_step   (SdApplication *app);
GtkWidget  *sd_test_next_button    (GtkWindow     *window);
gboolean    sd_test_next_enabled   (GtkWindow     *window);
void        sd_test_press_next     (GtkWindow     *window);
GtkWidget  *sd_test_step_body      (GtkWindow     *window);
GtkWidget  *sd_test_choice_row     (GtkWindow     *window,
                                    const char    *target);
void        sd_test_choose         (GtkWindow     *window,
                                    const char    *target);
GtkWidget  *sd_test_step_view      (GtkWindow     *window);
void        sd_test_click          (GtkWidget     *button);
gboolean    sd_test_overview_shown (GtkWindow     *window);
void        sd_test_start_guide    (GtkWindow     *window,
                                    const char    *id);
const char *sd_test_next_reason    (GtkWindow     *window);
