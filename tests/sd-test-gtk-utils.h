/* sd-test-gtk-utils.h: helpers for the GUI tests, which drive real widgets
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-test-utils.h"

#include "sd-application.h"

typedef void (*SdWindowCheck) (SdApplication *app,
                               GtkWindow     *window);

int        sd_test_gtk_main          (const struct CMUnitTest *tests,
                                      size_t                   n_tests);
void       sd_test_run_app           (SdWindowCheck  check,
                                      const char    *data_dir);
void       sd_test_run_app_with_args (SdWindowCheck       check,
                                      const char * const *args);
void       sd_test_wait_for_draw     (GtkWidget     *widget);
GtkWidget *sd_test_find_widget       (GtkWidget     *root,
                                      GType          type,
                                      const char    *name);
GtkWidget *sd_test_find_row_titled   (GtkWidget     *root,
                                      const char    *prefix);
typedef gboolean (*SdWidgetMatch) (GtkWidget *widget,
                                   gpointer   data);

GtkWidget *sd_test_find_matching     (GtkWidget     *root,
                                      SdWidgetMatch  match,
                                      gpointer       data);
GtkWidget *sd_test_find_guide_row    (GtkWidget     *root,
                                      const char    *id);
GtkWidget *sd_test_find_cause_row    (GtkWidget     *root,
                                      const char    *fault_id);
int        sd_test_fresh_case        (void         **state);
int        sd_test_new_case          (void         **state);
void       sd_test_show_page         (GtkWindow     *window,
                                      const char    *name);
