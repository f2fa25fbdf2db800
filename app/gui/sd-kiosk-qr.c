/* sd-kiosk-qr.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A QR code the customer takes home with their phone: the short summary of
 * the case as text (the likely causes, the next step), drawn square by square
 * with GtkSnapshot, with no file in between.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <qrencode.h>

#include "sd-cause-item.h"
#include "sd-kiosk-qr.h"

/* The causes a summary names, the likeliest first. */
#define SUMMARY_CAUSES 3
/* The white border a reader needs around the code, in modules. */
#define QUIET_ZONE 4

struct _SdKioskQr
{
  GtkWidget  parent_instance;

  char      *text;
  QRcode    *code;
};

G_DEFINE_FINAL_TYPE (SdKioskQr, sd_kiosk_qr, GTK_TYPE_WIDGET)

/**
 * sd_kiosk_qr_dup_summary:
 *
 * Returns: (transfer full): the case in a few lines: the likeliest causes with
 *   their chances, and the recommended next step
 */
char *
sd_kiosk_qr_dup_summary (SdSession *session)
{
  SdDiagnosis *diagnosis;
  GListModel *causes;
  const SdAdvice *advice;
  const char * const *codes;
  g_autoptr(GString) text = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (SD_IS_SESSION (session), NULL);

  diagnosis = sd_session_get_diagnosis (session);
  causes = sd_diagnosis_get_causes (diagnosis);
  n = MIN (g_list_model_get_n_items (causes), SUMMARY_CAUSES);

  g_string_append_printf (text, "%s\n", _("SOS Doctor: emergency call warning"));
  g_string_append_printf (text, "%s\n", _("Likely causes:"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SdCauseItem) cause = g_list_model_get_item (causes, i);

      /* Translators: a likely cause in the summary a customer takes home; %d is
       * its chance in percent, followed by a percent sign. */
      g_string_append_printf (text, _("- %s: %d%%\n"), sd_cause_item_get_name (cause),
                              (int) (100.0 * sd_cause_item_get_probability (cause) + 0.5));
    }

  codes = sd_case_get_codes (sd_session_get_case (session));
  if (codes != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **) codes);

      /* Translators: the fault codes the customer entered, in the summary. */
      g_string_append_printf (text, _("Fault codes: %s\n"), joined);
    }

  advice = sd_diagnosis_get_advice (diagnosis);
  if (advice->kind == SD_ADVICE_DO && advice->procedure != NULL)
    g_string_append_printf (text, _("Next step: %s"), sd_procedure_get_title (advice->procedure));
  else if (advice->kind == SD_ADVICE_WORKSHOP)
    g_string_append_printf (text, _("Next step: %s"), _("See a workshop"));
  else if (advice->kind == SD_ADVICE_ASK)
    g_string_append_printf (text, _("Next step: %s"), _("Answer more questions"));
  else
    g_string_append_printf (text, _("Next step: %s"), _("Fixed"));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * sd_kiosk_qr_set_text:
 * @text: (nullable): what the code carries, in UTF-8
 */
void
sd_kiosk_qr_set_text (SdKioskQr  *self,
                      const char *text)
{
  g_return_if_fail (SD_IS_KIOSK_QR (self));

  if (g_strcmp0 (self->text, text) == 0)
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  g_clear_pointer (&self->code, QRcode_free);
  if (text != NULL && text[0] != '\0')
    self->code = QRcode_encodeString8bit (text, 0, QR_ECLEVEL_M);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

const char *
sd_kiosk_qr_get_text (SdKioskQr *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_QR (self), NULL);

  return self->text;
}

/**
 * sd_kiosk_qr_get_modules:
 *
 * Returns: the width of the code in modules (its little squares), or 0 when
 *   there is none, as for a text too long for a QR code
 */
guint
sd_kiosk_qr_get_modules (SdKioskQr *self)
{
  g_return_val_if_fail (SD_IS_KIOSK_QR (self), 0);

  return self->code != NULL ? (guint) self->code->width : 0;
}

static void
sd_kiosk_qr_snapshot (GtkWidget   *widget,
                      GtkSnapshot *snapshot)
{
  SdKioskQr *self = SD_KIOSK_QR (widget);
  static const GdkRGBA white = { 1, 1, 1, 1 };
  static const GdkRGBA black = { 0, 0, 0, 1 };
  int size = MIN (gtk_widget_get_width (widget), gtk_widget_get_height (widget));
  int modules, scale;
  float x0, y0;

  if (self->code == NULL)
    return;

  /* Whole pixels per module, so a phone's camera sees sharp squares. */
  modules = self->code->width + 2 * QUIET_ZONE;
  scale = MAX (1, size / modules);
  x0 = (gtk_widget_get_width (widget) - scale * modules) / 2;
  y0 = (gtk_widget_get_height (widget) - scale * modules) / 2;

  gtk_snapshot_append_color (snapshot, &white,
                             &GRAPHENE_RECT_INIT (x0, y0, scale * modules, scale * modules));
  for (int y = 0; y < self->code->width; y++)
    for (int x = 0; x < self->code->width; x++)
      if (self->code->data[y * self->code->width + x] & 1)
        gtk_snapshot_append_color (snapshot, &black,
                                   &GRAPHENE_RECT_INIT (x0 + scale * (x + QUIET_ZONE),
                                                        y0 + scale * (y + QUIET_ZONE),
                                                        scale, scale));
}

static void
sd_kiosk_qr_measure (GtkWidget      *widget,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  SdKioskQr *self = SD_KIOSK_QR (widget);
  int modules = self->code != NULL ? self->code->width + 2 * QUIET_ZONE : 0;

  /* At least three pixels a module, as phones read it from arm's length. */
  *minimum = 3 * modules;
  *natural = 6 * modules;
}

static void
sd_kiosk_qr_finalize (GObject *object)
{
  SdKioskQr *self = SD_KIOSK_QR (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->code, QRcode_free);

  G_OBJECT_CLASS (sd_kiosk_qr_parent_class)->finalize (object);
}

static void
sd_kiosk_qr_class_init (SdKioskQrClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sd_kiosk_qr_finalize;
  widget_class->snapshot = sd_kiosk_qr_snapshot;
  widget_class->measure = sd_kiosk_qr_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sd_kiosk_qr_init (SdKioskQr *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("QR code of the summary below"), -1);
}
