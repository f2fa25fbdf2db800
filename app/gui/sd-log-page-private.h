/* sd-log-page-private.h: the log page's struct, shared with its report actions
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-log-page.h"

G_BEGIN_DECLS

struct _SdLogPage
{
  AdwBin       parent_instance;

  SdSession   *session;
  char        *text;
  SdCase      *notes_case;     /* the case the notes shown are of; not a reference */
  guint        notes_save_id;

  GtkTextView *text_view;
  GtkTextView *notes_view;
  GtkLabel    *case_label;
  GtkWidget   *case_bar;
};

void _sd_log_page_save_report_action  (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter);
void _sd_log_page_print_report_action (GtkWidget  *widget,
                                       const char *action_name,
                                       GVariant   *parameter);

G_END_DECLS
