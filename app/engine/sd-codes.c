/* sd-codes.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The fault-code table (data/knowledge/codes.xml, read by sd-codes-reader.c):
 * what each code a scanner shows means, and the faults it points to; and the
 * reading of codes as an owner types or pastes them.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-codes-private.h"
#include "sd-fact-reader.h"
#include "sd-text.h"

struct _SdCodes
{
  GObject     parent_instance;

  GPtrArray  *codes;
  /* hex -> SdCode of codes, for the codes entered: each update looks them up */
  GHashTable *by_hex;
  GPtrArray  *modules;
  /* "owner-id:element" -> SdText */
  GHashTable *texts;
};

G_DEFINE_FINAL_TYPE (SdCodes, sd_codes, G_TYPE_OBJECT)

void
_sd_code_indication_clear (SdCodeIndication *indication)
{
  g_free (indication->fault);
}

void
_sd_code_free (SdCode *code)
{
  g_free (code->id);
  g_free (code->source);
  g_free (code->hex);
  g_strfreev (code->modules);
  g_clear_pointer (&code->indications, g_array_unref);
  g_free (code);
}

void
_sd_code_module_free (SdCodeModule *module)
{
  g_free (module->id);
  g_free (module->source);
  g_free (module);
}

static void
sd_codes_finalize (GObject *object)
{
  SdCodes *self = (SdCodes *) object;

  g_clear_pointer (&self->by_hex, g_hash_table_unref);
  g_clear_pointer (&self->codes, g_ptr_array_unref);
  g_clear_pointer (&self->modules, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);

  G_OBJECT_CLASS (sd_codes_parent_class)->finalize (object);
}

static void
sd_codes_class_init (SdCodesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_codes_finalize;
}

static void
sd_codes_init (SdCodes *self)
{
  self->codes = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_code_free);
  self->by_hex = g_hash_table_new (g_str_hash, g_str_equal);
  self->modules = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_code_module_free);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sd_text_free);
}

/**
 * sd_codes_new:
 *
 * Returns: (transfer full): an empty table; fill it with sd_codes_add_document()
 *   (sd-codes-reader.h), or use sd_codes_new_builtin()
 */
SdCodes *
sd_codes_new (void)
{
  return g_object_new (SD_TYPE_CODES, NULL);
}

gboolean
_sd_codes_take_code (SdCodes *self,
                     SdCode  *code)
{
  if (sd_facts_find_by_id (self->codes, code->id) != NULL ||
      (code->hex != NULL && sd_codes_lookup (self, code->hex) != NULL))
    {
      _sd_code_free (code);
      return FALSE;
    }

  g_ptr_array_add (self->codes, code);
  if (code->hex != NULL)
    g_hash_table_insert (self->by_hex, code->hex, code);
  return TRUE;
}

gboolean
_sd_codes_take_module (SdCodes      *self,
                       SdCodeModule *module)
{
  if (sd_facts_find_by_id (self->modules, module->id) != NULL)
    {
      _sd_code_module_free (module);
      return FALSE;
    }

  g_ptr_array_add (self->modules, module);
  return TRUE;
}

GHashTable *
_sd_codes_get_texts (SdCodes *self)
{
  return self->texts;
}

guint
sd_codes_get_n_codes (SdCodes *self)
{
  g_return_val_if_fail (SD_IS_CODES (self), 0);

  return self->codes->len;
}

const SdCode *
sd_codes_get_code (SdCodes *self,
                   guint    index)
{
  g_return_val_if_fail (SD_IS_CODES (self), NULL);
  g_return_val_if_fail (index < self->codes->len, NULL);

  return g_ptr_array_index (self->codes, index);
}

/**
 * sd_codes_lookup:
 * @code: a code as typed: "B7F341", "b7f341" or "0xB7F341"
 *
 * Returns: (transfer none) (nullable): the table's entry for it
 */
const SdCode *
sd_codes_lookup (SdCodes    *self,
                 const char *code)
{
  g_autofree char *hex = NULL;

  g_return_val_if_fail (SD_IS_CODES (self), NULL);

  hex = sd_codes_normalize (code);

  return hex != NULL ? g_hash_table_lookup (self->by_hex, hex) : NULL;
}

/**
 * sd_codes_lookup_id:
 *
 * Returns: (transfer none) (nullable): the entry with that id, including those
 *   whose number is not known
 */
const SdCode *
sd_codes_lookup_id (SdCodes    *self,
                    const char *id)
{
  g_return_val_if_fail (SD_IS_CODES (self), NULL);

  return sd_facts_find_by_id (self->codes, id);
}

/**
 * sd_codes_lookup_entered:
 * @entered: a code as sd_codes_parse_input() gives it, or the id of a code
 *   whose number is not known
 *
 * Returns: (transfer none) (nullable): the code the owner meant, or %NULL
 *   when the table does not know it
 */
const SdCode *
sd_codes_lookup_entered (SdCodes    *self,
                         const char *entered)
{
  const SdCode *code;

  g_return_val_if_fail (SD_IS_CODES (self), NULL);
  g_return_val_if_fail (entered != NULL, NULL);

  code = sd_codes_lookup (self, entered);

  return code != NULL ? code : sd_codes_lookup_id (self, entered);
}

guint
sd_codes_get_n_modules (SdCodes *self)
{
  g_return_val_if_fail (SD_IS_CODES (self), 0);

  return self->modules->len;
}

const SdCodeModule *
sd_codes_get_module (SdCodes *self,
                     guint    index)
{
  g_return_val_if_fail (SD_IS_CODES (self), NULL);
  g_return_val_if_fail (index < self->modules->len, NULL);

  return g_ptr_array_index (self->modules, index);
}

const SdCodeModule *
sd_codes_lookup_module (SdCodes    *self,
                        const char *id)
{
  g_return_val_if_fail (SD_IS_CODES (self), NULL);

  return sd_facts_find_by_id (self->modules, id);
}

static const char *
get_text (SdCodes    *self,
          const char *owner_id,
          const char *element)
{
  g_autofree char *key = g_strdup_printf ("%s:%s", owner_id, element);
  const SdText *text = g_hash_table_lookup (self->texts, key);

  return text != NULL ? sd_text_get (text) : NULL;
}

/**
 * sd_codes_get_meaning:
 *
 * Returns: (transfer none): what @code means, in the current language
 */
const char *
sd_codes_get_meaning (SdCodes      *self,
                      const SdCode *code)
{
  const char *meaning;

  g_return_val_if_fail (SD_IS_CODES (self), "");
  g_return_val_if_fail (code != NULL, "");

  meaning = get_text (self, code->id, "meaning");

  return meaning != NULL ? meaning : "";
}

/**
 * sd_codes_get_module_name:
 *
 * Returns: (transfer none) (nullable): the module's name in the current language
 */
const char *
sd_codes_get_module_name (SdCodes    *self,
                          const char *module_id)
{
  g_return_val_if_fail (SD_IS_CODES (self), NULL);

  return get_text (self, module_id, "name");
}

static gboolean
has_hex_prefix (const char *token)
{
  return token[0] == '0' && (token[1] == 'x' || token[1] == 'X');
}

/**
 * sd_codes_normalize:
 * @token: (nullable): one code as typed
 *
 * Returns: (transfer full) (nullable): the code in upper case without "0x", or
 *   %NULL when @token is not 4 to 6 hexadecimal digits
 */
char *
sd_codes_normalize (const char *token)
{
  const char *digits;
  gsize length;

  if (token == NULL)
    return NULL;

  digits = has_hex_prefix (token) ? token + 2 : token;
  length = strlen (digits);
  if (length < 4 || length > 6)
    return NULL;

  for (const char *p = digits; *p != '\0'; p++)
    if (!g_ascii_isxdigit (*p))
      return NULL;

  return g_ascii_strup (digits, -1);
}

/* Brackets, quotes and the colon or dash scanners print after a code. */
static char *
strip_token (const char *token)
{
  const char *punctuation = "()[]{}<>\"'.:-*#";
  const char *start = token;
  const char *end = token + strlen (token);

  while (*start != '\0' && strchr (punctuation, *start) != NULL)
    start++;
  while (end > start && strchr (punctuation, end[-1]) != NULL)
    end--;

  return g_strndup (start, end - start);
}

/* A token meant as a code but mistyped: "0x" before it, or letters and digits
 * with at least one digit, such as B7F34G or B7F3411. A word is description. */
static gboolean
looks_like_code (const char *token)
{
  gboolean digit = FALSE;
  gsize length = strlen (token);

  if (has_hex_prefix (token))
    return TRUE;

  for (const char *p = token; *p != '\0'; p++)
    {
      if (!g_ascii_isalnum (*p))
        return FALSE;
      digit |= g_ascii_isdigit (*p);
    }

  return digit && length >= 3 && length <= 8;
}

/* After the description has started, only what can hardly be a word counts: a
 * code with "0x", or one in capitals with both a digit and a letter. */
static gboolean
is_code_in_description (const char *token)
{
  gboolean digit = FALSE, letter = FALSE;

  if (has_hex_prefix (token))
    return TRUE;

  for (const char *p = token; *p != '\0'; p++)
    {
      if (g_ascii_islower (*p))
        return FALSE;
      digit |= g_ascii_isdigit (*p);
      letter |= g_ascii_isalpha (*p);
    }

  return digit && letter;
}

/* "added", "face" or "decade" are words that happen to be hexadecimal: a token
 * with no digit and a lower-case letter is a word unless it starts with "0x". */
static gboolean
is_word (const char *token)
{
  gboolean digit = FALSE, lower = FALSE;

  if (has_hex_prefix (token))
    return FALSE;

  for (const char *p = token; *p != '\0'; p++)
    {
      digit |= g_ascii_isdigit (*p);
      lower |= g_ascii_islower (*p);
    }

  return lower && !digit;
}

static void
add_code (GPtrArray  *codes_out,
          const char *hex)
{
  for (guint i = 0; i < codes_out->len; i++)
    if (g_str_equal (g_ptr_array_index (codes_out, i), hex))
      return;

  g_ptr_array_add (codes_out, g_strdup (hex));
}

static void
parse_segment (const char  *segment,
               guint        line,
               GPtrArray   *codes_out,
               GPtrArray   *problems_out,
               gboolean    *ok)
{
  g_auto(GStrv) tokens = g_strsplit_set (segment, " \t", -1);
  gboolean in_description = FALSE;

  for (guint i = 0; tokens[i] != NULL; i++)
    {
      g_autofree char *token = strip_token (tokens[i]);
      g_autofree char *hex = NULL;

      if (token[0] == '\0')
        continue;

      hex = is_word (token) ? NULL : sd_codes_normalize (token);
      if (hex != NULL && (!in_description || is_code_in_description (token)))
        {
          add_code (codes_out, hex);
        }
      else if (!in_description && looks_like_code (token))
        {
          if (problems_out != NULL)
            g_ptr_array_add (problems_out,
                             /* Translators: a line number, then what the owner typed. */
                             g_strdup_printf (_("Line %u: “%s” is not a fault code. A code has "
                                                "4 to 6 characters from 0–9 and A–F, such as "
                                                "B7F341 (a scanner may print it as 0xB7F341)."),
                                              line, token));
          *ok = FALSE;
        }
      else
        {
          /* "B7F341 Emergency battery: ..." : the rest is the scanner's text. */
          in_description = TRUE;
        }
    }
}

/**
 * sd_codes_parse_input:
 * @text: what the owner typed or pasted from a scanner
 * @codes_out: (element-type utf8): where to add each code found, in upper case
 *   without "0x", once each, in the order typed (an array that frees with g_free)
 * @problems_out: (nullable) (element-type utf8): where to add a sentence for each
 *   token that looks like a mistyped code (an array that frees with g_free)
 *
 * Codes are separated by commas, semicolons, spaces or new lines, and may be
 * written "B7F341", "b7f341" or "0xB7F341". Text after a code on the same line,
 * up to the next comma or semicolon, is the scanner's description and is skipped
 * (a code with a digit and a letter in capitals is still found in it); a word
 * in lower case such as "added" is never a code. A malformed token is reported and everything else is kept. Whether a code is in
 * the table is not checked here: an unknown code is still a code.
 *
 * Returns: %TRUE if nothing was malformed
 */
gboolean
sd_codes_parse_input (const char *text,
                      GPtrArray  *codes_out,
                      GPtrArray  *problems_out)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) unified = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (codes_out != NULL, FALSE);

  if (text == NULL)
    return TRUE;

  /* Windows and old Mac line ends count as one line end each. */
  unified = g_string_new (text);
  g_string_replace (unified, "\r\n", "\n", 0);
  g_string_replace (unified, "\r", "\n", 0);
  lines = g_strsplit (unified->str, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) segments = g_strsplit_set (lines[i], ",;", -1);

      for (guint j = 0; segments[j] != NULL; j++)
        parse_segment (segments[j], i + 1, codes_out, problems_out, &ok);
    }

  return ok;
}
