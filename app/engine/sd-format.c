/* sd-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Durations and times as a person reads them, in the language of the moment.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-format.h"

/**
 * sd_format_duration:
 * @seconds: a duration of at most a few days
 *
 * Returns: (transfer full): @seconds as the time left of a wait, such as
 *   "11 h 58 min", in the language of the moment
 */
char *
sd_format_duration (gint64 seconds)
{
  /* A wait lasts at most 48 hours: an int holds every part. */
  if (seconds >= 3600)
    /* Translators: time left, in hours and minutes. */
    return g_strdup_printf (_("%d h %02d min"), (int) (seconds / 3600), (int) (seconds % 3600) / 60);
  if (seconds >= 60)
    /* Translators: time left, in minutes and seconds. */
    return g_strdup_printf (_("%d min %02d s"), (int) (seconds / 60), (int) (seconds % 60));

  /* Translators: time left, in seconds. */
  return g_strdup_printf (_("%d s"), (int) seconds);
}

static GDateTime *
local_midnight (GDateTime *time)
{
  return g_date_time_new_local (g_date_time_get_year (time), g_date_time_get_month (time),
                                g_date_time_get_day_of_month (time), 0, 0, 0.0);
}

/**
 * sd_format_deadline:
 * @deadline: when a wait ends
 * @now: the time it is now
 *
 * Says when the wait ends, in the local time zone, in the words and with the
 * clock of the language of the moment: the translations decide between 21:30
 * and 9:30 PM, so switching the language switches them too, whatever the
 * locale says.
 *
 * Returns: (transfer full): such as "tomorrow at 07:30"
 */
char *
sd_format_deadline (GDateTime *deadline,
                    GDateTime *now)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (deadline);
  g_autoptr(GDateTime) deadline_day = local_midnight (local);
  g_autoptr(GDateTime) today = local_midnight (now);
  GTimeSpan between = g_date_time_difference (deadline_day, today);
  gint64 days;
  g_autofree char *time = NULL;

  /* Rounded, for the days on which the clocks change and have 23 or 25 hours. */
  days = (between + (between >= 0 ? 1 : -1) * G_TIME_SPAN_HOUR * 12) / G_TIME_SPAN_DAY;

  /* Translators: a time of day, in g_date_time_format() notation: "%H:%M" for
      21:30, "%l:%M %p" for 9:30 PM. Use what people of your language expect. */
  time = g_date_time_format (local, _("%H:%M"));

  switch (days)
    {
    case -1:
      /* Translators: when a wait ended, e.g. "yesterday at 21:30". */
      return g_strdup_printf (_("yesterday at %s"), time);
    case 0:
      /* Translators: when a wait ends, e.g. "today at 21:30". */
      return g_strdup_printf (_("today at %s"), time);
    case 1:
      /* Translators: when a wait ends, e.g. "tomorrow at 21:30". */
      return g_strdup_printf (_("tomorrow at %s"), time);
    case 2:
      /* Translators: when a wait ends, e.g. "the day after tomorrow at 21:30". */
      return g_strdup_printf (_("the day after tomorrow at %s"), time);
    default:
      {
        g_autofree char *date = NULL;

        /* Translators: a date in numbers, in g_date_time_format() notation, such
            as "%d.%m.%Y" or "%d/%m/%Y"; no names of months, which the locale may
            not have in your language. */
        date = g_date_time_format (local, _("%Y-%m-%d"));
        /* Translators: a date and a time of day, e.g. "23.11.2026 at 21:30". */
        return g_strdup_printf (_("%s at %s"), date, time);
      }
    }
}
