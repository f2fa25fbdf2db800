/* sd-ring-check-text.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring check in the owner's words: the next light check with the place of
 * its connector, each check done, and what the checks found with the guide
 * that comes next. Only through SdRingCheck's public functions.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-ring-check.h"

/**
 * sd_ring_check_describe_check:
 * @member: the member whose input connector to check
 *
 * Returns: (transfer full): the check in the owner's words, with the place
 */
char *
sd_ring_check_describe_check (SdRingCheck *self,
                              guint        member)
{
  const char *place;
  g_autofree char *check = NULL;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);
  g_return_val_if_fail (member > 0 && member < sd_ring_check_get_n_members (self), NULL);

  check = g_strdup_printf (_("Unplug the fibre-optic connector at the input of “%s” and look "
                             "into the fibre that comes from “%s”: is red light coming out "
                             "of it?"),
                           sd_ring_check_get_member_name (self, member),
                           sd_ring_check_get_member_name (self, member - 1));
  place = sd_ring_check_get_place (self, member);
  if (place == NULL)
    return g_steal_pointer (&check);

  /* Translators: the first %s is a light check, the second where the unit sits. */
  return g_strdup_printf (_("%s Where: %s"), check, place);
}

/**
 * sd_ring_check_describe_answer:
 *
 * Returns: (transfer full) (nullable): one check done, in words
 */
char *
sd_ring_check_describe_answer (SdRingCheck *self,
                               guint        index)
{
  guint member;
  gboolean light;
  const char *name;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);

  if (!sd_ring_check_get_answer (self, index, &member, &light))
    return NULL;

  name = sd_ring_check_get_member_name (self, member);
  if (light)
    return g_strdup_printf (_("Light arrives at “%s”"), name);

  return g_strdup_printf (_("No light at “%s”"), name);
}

/**
 * sd_ring_check_describe_result:
 *
 * Returns: (transfer full) (nullable): what the checks found and what comes
 *   next, or %NULL while checking
 */
char *
sd_ring_check_describe_result (SdRingCheck *self)
{
  const char *guide;
  const char *next;
  guint from, to;
  g_autofree char *stretch = NULL;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);

  if (sd_ring_check_get_state (self) == SD_RING_CHECK_CONTRADICTED)
    return g_strdup (_("These answers do not fit one break: the ring may be broken in two "
                       "places, a unit may fail now and then, or a check was misread. This "
                       "car's ring order may also differ from the one used here. Check "
                       "again, or let a workshop run the ring diagnosis."));
  if (!sd_ring_check_get_break (self, &from, &to))
    return NULL;

  stretch = g_strdup_printf (_("The light stops between “%s” and “%s”: either the fibre "
                               "on this stretch is damaged or unplugged, or “%s” does not "
                               "send light on."),
                             sd_ring_check_get_member_name (self, from),
                             sd_ring_check_get_member_name (self, to),
                             sd_ring_check_get_member_name (self, from));
  guide = sd_ring_check_get_next_guide (self);
  if (g_strcmp0 (guide, "sdars-bypass") == 0)
    next = _("Next: inspect this fibre and its connectors. If they are sound, the "
             "satellite tuner is the likely culprit: the guide “Bypass the satellite radio "
             "tuner” restores the ring without it, losing only satellite radio. Never "
             "bypass the telematics unit: that disables emergency calls.");
  else if (g_strcmp0 (guide, "fibre-splice") == 0)
    next = _("Next: inspect this fibre and its connectors. Push home a loose connector; "
             "a damaged fibre can be repaired with the guide “Splice a damaged fibre-optic "
             "cable”. If the fibre is sound, the unit is faulty and needs a workshop.");
  else
    next = _("Next: this stretch or unit is not one to work on at home. Show this result "
             "to a workshop.");

  return g_strdup_printf ("%s %s", stretch, next);
}
