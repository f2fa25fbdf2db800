/* sd-codes-entry.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Where the owner enters the fault codes a scanner read: a text field that
 * takes what the scanner printed, typed or pasted (sd_codes_parse_input()),
 * the codes entered with what each means or that SOS Doctor does not know it,
 * each with a remove button, and "a scanner read the telematics unit and found
 * no codes". The codes are the case's (sd_session_set_codes()): the entry
 * shows what the case holds, so the Diagnose and Car pages agree.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-codes-entry.h"
#include "sd-gui-utils.h"

/* The module of "found no codes" (codes.xml). */
#define CLEAR_MODULE "telematics"

struct _SdCodesEntry
{
  AdwBin       parent_instance;

  SdSession   *session;

  GtkTextView *text_view;
  GtkLabel    *message_label;
  GtkButton   *add_button;
  GtkListBox  *codes_list;
  GtkSwitch   *clear_switch;
};

G_DEFINE_FINAL_TYPE (SdCodesEntry, sd_codes_entry, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_SESSION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static SdCodes *
table_of (SdCodesEntry *self)
{
  return sd_catalog_get_codes (sd_session_get_catalog (self->session));
}

static void
set_message (SdCodesEntry *self,
             const char   *message)
{
  gtk_label_set_text (self->message_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->message_label), message != NULL);
}

/* The case's codes with @code left out. */
static GStrv
dup_codes_without (SdCodesEntry *self,
                   const char   *code)
{
  const char * const *codes = sd_case_get_codes (sd_session_get_case (self->session));
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; codes != NULL && codes[i] != NULL; i++)
    if (!g_str_equal (codes[i], code))
      g_strv_builder_add (builder, codes[i]);

  return g_strv_builder_end (builder);
}

static void
on_remove_clicked_cb (SdCodesEntry *self,
                      GtkButton    *button)
{
  g_auto(GStrv) codes = dup_codes_without (self, g_object_get_data (G_OBJECT (button), "code"));

  sd_session_set_codes (self->session, (const char * const *) codes);
}

/* What the code means and which module stores it, or that it is not known. */
static char *
dup_description (SdCodesEntry *self,
                 const char   *entered)
{
  SdCodes *table = table_of (self);
  const SdCode *code = sd_codes_lookup_entered (table, entered);
  g_autoptr(GString) text = NULL;

  if (code == NULL)
    /* Translators: said of a fault code the owner entered that the app's table lacks. */
    return g_strdup (_("Not known to SOS Doctor — kept in the case"));

  text = g_string_new (sd_codes_get_meaning (table, code));
  for (guint i = 0; code->modules != NULL && code->modules[i] != NULL; i++)
    {
      const char *module = sd_codes_get_module_name (table, code->modules[i]);

      g_string_append_printf (text, "%s%s", i == 0 ? "\n" : ", ",
                              module != NULL ? module : code->modules[i]);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
create_code_row (SdCodesEntry *self,
                 const char   *entered)
{
  g_autofree char *description = dup_description (self, entered);
  /* Translators: the accessible name and tooltip of a button; %s is a fault code. */
  g_autofree char *remove_label = g_strdup_printf (_("Remove code %s"), entered);
  GtkWidget *row = sd_text_row_new (entered, description, NULL);
  GtkWidget *button = gtk_button_new_from_icon_name ("edit-delete-symbolic");

  gtk_widget_set_name (row, entered);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  g_object_set_data_full (G_OBJECT (button), "code", g_strdup (entered), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (on_remove_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  g_object_set_data (G_OBJECT (row), "remove-button", button);

  return row;
}

/* The rows of the case's codes, made again: a change of language or of case
 * changes them. A focus on a row that goes moves to the next one, or to the
 * text field. */
static void
sync_codes (SdCodesEntry *self)
{
  const char * const *codes = sd_case_get_codes (sd_session_get_case (self->session));
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  int focused = -1;
  guint n = 0;

  if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->codes_list)))
    {
      GtkWidget *row = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW);

      focused = row != NULL ? gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) : 0;
    }

  sd_list_box_remove_all (self->codes_list);
  for (; codes != NULL && codes[n] != NULL; n++)
    gtk_list_box_append (self->codes_list, create_code_row (self, codes[n]));
  gtk_widget_set_visible (GTK_WIDGET (self->codes_list), n > 0);

  if (focused >= 0 && n > 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->codes_list,
                                                          MIN ((guint) focused, n - 1));

      gtk_widget_grab_focus (g_object_get_data (G_OBJECT (row), "remove-button"));
    }
  else if (focused >= 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
    }
}

static gboolean
has_clear_module (SdCodesEntry *self)
{
  const char * const *modules = sd_case_get_clear_modules (sd_session_get_case (self->session));

  return modules != NULL && g_strv_contains (modules, CLEAR_MODULE);
}

static void
sync_all (SdCodesEntry *self)
{
  sync_codes (self);
  if (gtk_switch_get_active (self->clear_switch) != has_clear_module (self))
    gtk_switch_set_active (self->clear_switch, has_clear_module (self));
}

static void
on_clear_switch_active_cb (SdCodesEntry *self)
{
  const char * const *modules;
  g_autoptr(GStrvBuilder) builder = NULL;
  g_auto(GStrv) changed = NULL;
  gboolean active = gtk_switch_get_active (self->clear_switch);

  if (self->session == NULL || active == has_clear_module (self))
    return;

  modules = sd_case_get_clear_modules (sd_session_get_case (self->session));
  builder = g_strv_builder_new ();
  for (guint i = 0; modules != NULL && modules[i] != NULL; i++)
    if (!g_str_equal (modules[i], CLEAR_MODULE))
      g_strv_builder_add (builder, modules[i]);
  if (active)
    g_strv_builder_add (builder, CLEAR_MODULE);
  changed = g_strv_builder_end (builder);
  sd_session_set_clear_modules (self->session, (const char * const *) changed);
}

/* Reads the codes in the field and adds them to the case. A malformed token is
 * said and the text stays, to be corrected; the codes found are added anyway.
 * The focus stays in the field, for the next codes. */
static void
add_codes (SdCodesEntry *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  const char * const *before = sd_case_get_codes (sd_session_get_case (self->session));
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  GtkTextIter start, end;
  guint n_before;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);

  /* The codes already entered first: a code entered again is not added twice. */
  for (n_before = 0; before != NULL && before[n_before] != NULL; n_before++)
    g_ptr_array_add (codes, g_strdup (before[n_before]));
  sd_codes_parse_input (text, codes, problems);

  if (problems->len > 0)
    {
      g_ptr_array_add (problems, NULL);
      message = g_strjoinv ("\n", (char **) problems->pdata);
      set_message (self, message);
    }
  else if (codes->len == n_before)
    {
      /* Nothing typed, only words, or only codes entered already. */
      set_message (self, _("No new fault code in the text. A code has 4 to 6 characters from "
                           "0–9 and A–F, such as B7F341."));
    }
  else
    {
      set_message (self, NULL);
      gtk_text_buffer_set_text (buffer, "", -1);
    }

  g_ptr_array_add (codes, NULL);
  sd_session_set_codes (self->session, (const char * const *) codes->pdata);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  add_codes (SD_CODES_ENTRY (widget));
}

static void
sd_codes_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SdCodesEntry *self = SD_CODES_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      g_value_set_object (value, self->session);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_codes_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SdCodesEntry *self = SD_CODES_ENTRY (object);

  switch (prop_id)
    {
    case PROP_SESSION:
      sd_codes_entry_set_session (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_codes_entry_dispose (GObject *object)
{
  SdCodesEntry *self = SD_CODES_ENTRY (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SD_TYPE_CODES_ENTRY);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (sd_codes_entry_parent_class)->dispose (object);
}

static void
sd_codes_entry_class_init (SdCodesEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = sd_codes_entry_get_property;
  object_class->set_property = sd_codes_entry_set_property;
  object_class->dispose = sd_codes_entry_dispose;

  /**
   * SdCodesEntry:session:
   *
   * The session whose case's codes are shown and entered; set once.
   */
  properties[PROP_SESSION] =
    g_param_spec_object ("session", NULL, NULL, SD_TYPE_SESSION,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* "Add Codes", and Ctrl+Enter in the field. */
  gtk_widget_class_install_action (widget_class, "codes.add", NULL, add_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/sd-codes-entry.ui");
  gtk_widget_class_bind_template_child (widget_class, SdCodesEntry, text_view);
  gtk_widget_class_bind_template_child (widget_class, SdCodesEntry, message_label);
  gtk_widget_class_bind_template_child (widget_class, SdCodesEntry, add_button);
  gtk_widget_class_bind_template_child (widget_class, SdCodesEntry, codes_list);
  gtk_widget_class_bind_template_child (widget_class, SdCodesEntry, clear_switch);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_switch_active_cb);
}

static void
sd_codes_entry_init (SdCodesEntry *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * sd_codes_entry_new:
 * @session: (nullable): the session; see sd_codes_entry_set_session()
 *
 * Returns: (transfer floating): the fault-code entry
 */
GtkWidget *
sd_codes_entry_new (SdSession *session)
{
  g_return_val_if_fail (session == NULL || SD_IS_SESSION (session), NULL);

  return g_object_new (SD_TYPE_CODES_ENTRY, "session", session, NULL);
}

/**
 * sd_codes_entry_set_session:
 * @session: the session whose case's codes to show; set once, for an entry
 *   made by a template
 */
void
sd_codes_entry_set_session (SdCodesEntry *self,
                            SdSession    *session)
{
  g_return_if_fail (SD_IS_CODES_ENTRY (self));
  g_return_if_fail (session == NULL || SD_IS_SESSION (session));
  g_return_if_fail (self->session == NULL || self->session == session);

  if (session == NULL || self->session == session)
    return;

  self->session = g_object_ref (session);
  g_signal_connect_object (session, "changed", G_CALLBACK (sync_all), self, G_CONNECT_SWAPPED);
  sync_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SESSION]);
}
