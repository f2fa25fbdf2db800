/* sd-enum-utils.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The string forms of the engine's enums, as the data files, the saved case and
 * the command line spell them: the nicks glib-mkenums derives from the value names
 * (SD_OUTCOME_UNRESOLVED → "unresolved").
 */
#include "config.h"

#include "sd-enum-utils.h"

/**
 * sd_enum_to_nick:
 * @type: an enum type registered by sd-enums.c
 * @value: one of its values
 *
 * Returns: (transfer none) (nullable): the value's nick, or %NULL if @value is
 *   not a value of @type
 */
const char *
sd_enum_to_nick (GType type,
                 int   value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), NULL);

  klass = g_type_class_ref (type);
  found = g_enum_get_value (klass, value);

  /* The class of a static type is never freed, so the nick outlives it. */
  return found != NULL ? found->value_nick : NULL;
}

/**
 * sd_enum_from_nick:
 * @type: an enum type registered by sd-enums.c
 * @nick: (nullable): a nick such as "unresolved"
 * @value: (out): the value
 *
 * Returns: %FALSE if @nick names no value of @type (then @value is not changed)
 */
gboolean
sd_enum_from_nick (GType       type,
                   const char *nick,
                   int        *value)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *found;

  g_return_val_if_fail (G_TYPE_IS_ENUM (type), FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (type);
  found = g_enum_get_value_by_nick (klass, nick);
  if (found == NULL)
    return FALSE;

  *value = found->value;

  return TRUE;
}
