/* sd-text.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SdText:
 * @context: the msgctxt, `root-id:owner-id:element`, as data/its/sos-doctor.its builds it
 * @msgid: the English text with its white space collapsed, as xgettext extracts it
 * @domain: the gettext domain it is looked up in: the file's translation-domain,
 *   or the app's own (an interned string)
 *
 * A translatable text from a data file. It is looked up in the catalog each time
 * it is shown, so switching the language while the app runs needs no reload.
 */
typedef struct
{
  char       *context;
  char       *msgid;
  const char *domain;
} SdText;

const char *sd_text_get            (const SdText *text);
gboolean    sd_text_is_translated  (const SdText *text);
void        sd_text_clear          (SdText     *text);
void        sd_text_free           (SdText     *text);
char       *sd_text_normalize      (const char *raw);
void        sd_text_set_language   (const char *language);

typedef void (*SdTextFunc) (const SdText *text,
                            gpointer      user_data);

G_END_DECLS
