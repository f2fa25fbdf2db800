/* test-format.c: durations and times in the language of the moment (app/engine/sd-format.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>

#include "sd-format.h"
#include "sd-test-utils.h"
#include "sd-text.h"

static char *
deadline_in (GDateTime *now,
             int        days,
             int        hour,
             int        minute)
{
  g_autoptr(GDateTime) day = g_date_time_add_days (now, days);
  g_autoptr(GDateTime) deadline = g_date_time_new_local (g_date_time_get_year (day),
                                                         g_date_time_get_month (day),
                                                         g_date_time_get_day_of_month (day),
                                                         hour, minute, 0.0);

  return sd_format_deadline (deadline, now);
}

static void
test_english (void **state)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 23, 21, 30, 0.0);
  const struct { int days; const char *text; } deadlines[] = {
    { -1, "yesterday at 07:05" },
    { 0, "today at 07:05" },
    { 1, "tomorrow at 07:05" },
    { 2, "the day after tomorrow at 07:05" },
    { 3, "2026-11-26 at 07:05" },
    { -40, "2026-10-14 at 07:05" },
  };

  sd_text_set_language ("en");
  for (guint i = 0; i < G_N_ELEMENTS (deadlines); i++)
    {
      g_autofree char *text = deadline_in (now, deadlines[i].days, 7, 5);

      assert_string_equal (text, deadlines[i].text);
    }

  /* Across the end of a year, and a deadline given in another time zone. */
  {
    g_autoptr(GDateTime) new_year_eve = g_date_time_new_local (2026, 12, 31, 23, 0, 0.0);
    g_autoptr(GDateTime) utc = g_date_time_new_utc (2027, 1, 1, 3, 0, 0.0);
    g_autoptr(GDateTime) local = g_date_time_to_local (utc);
    g_autofree char *text = sd_format_deadline (utc, new_year_eve);
    g_autofree char *time = g_date_time_format (local, "%H:%M");
    g_autofree char *expected = g_strdup_printf ("%s at %s",
                                                 g_date_time_get_day_of_month (local) == 1
                                                   ? "tomorrow" : "today", time);

    assert_string_equal (text, expected);
  }

  {
    g_autofree char *hours = sd_format_duration (12 * 3600 - 61);
    g_autofree char *minutes = sd_format_duration (599);
    g_autofree char *seconds = sd_format_duration (7);

    assert_string_equal (hours, "11 h 58 min");
    assert_string_equal (minutes, "9 min 59 s");
    assert_string_equal (seconds, "7 s");
  }
}

/* Each language has its own words for when a wait ends; the numbers stay. */
static void
test_every_language (void **state)
{
  g_autoptr(GDateTime) now = g_date_time_new_local (2026, 11, 23, 21, 30, 0.0);
  g_auto(GStrv) languages = sd_test_dup_languages ();
  g_autofree char *english_today = NULL;
  g_autofree char *english_later = NULL;

  sd_text_set_language ("en");
  english_today = deadline_in (now, 0, 22, 45);
  english_later = deadline_in (now, 5, 22, 45);

  for (guint i = 0; languages[i] != NULL; i++)
    {
      g_autofree char *today = NULL;
      g_autofree char *tomorrow = NULL;
      g_autofree char *later = NULL;

      sd_text_set_language (languages[i]);
      today = deadline_in (now, 0, 22, 45);
      tomorrow = deadline_in (now, 1, 22, 45);
      later = deadline_in (now, 5, 22, 45);

      print_message ("%s: %s / %s / %s\n", languages[i], today, tomorrow, later);
      assert_string_not_equal (today, english_today);
      assert_string_not_equal (today, tomorrow);
      assert_string_not_equal (later, english_later);
      assert_non_null (strstr (today, "22") != NULL ? today : strstr (today, "10"));
      assert_non_null (strstr (later, "28"));
      assert_non_null (strstr (later, "11"));
    }

  sd_text_set_language ("en");
}

static int
setup (void **state)
{
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SOS_DOCTOR_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  setlocale (LC_ALL, "C.UTF-8");
  /* The day boundaries of a place with summer time. */
  g_setenv ("TZ", "Europe/Berlin", TRUE);

  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_english),
    cmocka_unit_test (test_every_language),
  };

  return cmocka_run_group_tests (tests, setup, NULL);
}
