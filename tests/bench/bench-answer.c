/* bench-answer.c: what an answer costs the main thread, with the case saved
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Times sd_session_set_answer() on the main thread, which re-ranks the causes
 * and hands the case to the writer thread, and, for comparison, the durable
 * save itself (sd_case_save(), what the main thread did before). Every answer
 * is then flushed, so that each one is really written; the flush is not
 * counted, as it is not the main thread's work in the app. Prints the medians
 * against one 16.7 ms frame.
 *
 *   bench-answer [ANSWERS]
 */
#include "config.h"

#include <stdlib.h>

#include "sd-case-store.h"
#include "sd-session.h"
#include "sd-test-utils.h"

#define FRAME_MS 16.7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? MAX (1, atoi (argv[1])) : 50;
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autofree char *other = g_build_filename (dir, "sync.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autofree double *answer_ms = g_new (double, n);
  g_autofree double *save_ms = g_new (double, n);
  double answer, save;

  for (guint i = 0; i < n; i++)
    {
      gint64 start = g_get_monotonic_time ();

      sd_session_set_answer (session, "speaker-crackling", i % 2 ? SD_ANSWER_NO : SD_ANSWER_YES);
      answer_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      sd_session_flush (session);
      g_assert (sd_session_get_saved (session));

      start = g_get_monotonic_time ();
      g_assert (sd_case_save (sd_session_get_case (session), other, NULL));
      save_ms[i] = (g_get_monotonic_time () - start) / 1000.0;
    }

  answer = median (answer_ms, n);
  save = median (save_ms, n);
  g_print ("answer on the main thread, case saved by the writer: %.3f ms median over %u answers\n",
           answer, n);
  g_print ("the durable save it no longer waits for: %.3f ms median\n", save);
  g_print ("answer: %.1f %% of a %.1f ms frame (target: within one frame): %s\n",
           100.0 * answer / FRAME_MS, FRAME_MS, answer <= FRAME_MS ? "met" : "NOT met");

  sd_test_rm_rf (dir);

  return 0;
}
