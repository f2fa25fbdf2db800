/* bench-startup.c: how much SOS Doctor costs at start-up over a bare window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts sos-doctor and bare-window (an AdwApplicationWindow with a header bar,
 * built in the same tree) alternately, and measures for each the time from
 * starting the process to its first painted frame, and its peak RSS. Prints the
 * medians and both ratios against the targets: first frame within 1.3× the bare
 * window's, peak RSS within the bare window's + 25 MiB. The frame ratio is the
 * median of each round's ratio, the two runs of a round being back to back, so
 * that a busy moment of the machine slows both; the spread of those ratios is
 * printed too. Needs a display:
 *
 *   xvfb-run -a _build/tests/bench-startup [ROUNDS]
 */
#include "config.h"

#include <errno.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define FRAME_RATIO_TARGET 1.3
#define RSS_EXTRA_TARGET_MIB 25.0

typedef struct
{
  double first_frame_ms;
  double peak_rss_mib;
} Sample;

static gboolean
run_once (const char *program,
          Sample     *sample)
{
  int out[2];
  pid_t pid;
  gint64 start;
  char line[64] = "";
  FILE *stream;
  int status;
  struct rusage usage;

  if (pipe (out) != 0)
    return FALSE;

  start = g_get_monotonic_time ();
  pid = fork ();
  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      dup2 (out[1], STDOUT_FILENO);
      close (out[0]);
      close (out[1]);
      execl (program, program, (char *) NULL);
      _exit (127);
    }

  close (out[1]);
  stream = fdopen (out[0], "r");
  if (fgets (line, sizeof line, stream) == NULL || !g_str_has_prefix (line, "first-frame"))
    {
      fclose (stream);
      kill (pid, SIGKILL);
      waitpid (pid, NULL, 0);
      return FALSE;
    }
  sample->first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
  fclose (stream);

  if (wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;
  sample->peak_rss_mib = usage.ru_maxrss / 1024.0;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static int
compare_samples (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_samples);

  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int
main (int   argc,
      char *argv[])
{
  guint rounds = argc > 1 ? (guint) atoi (argv[1]) : 30;
  g_autofree char *here = g_path_get_dirname (argv[0]);
  g_autofree char *bare = g_build_filename (here, "bare-window", NULL);
  g_autofree char *app = g_build_filename (here, "..", "app", "sos-doctor", NULL);
  g_autofree char *state = g_dir_make_tmp ("sos-doctor-bench-XXXXXX", NULL);
  g_autofree double *app_frame = NULL, *bare_frame = NULL, *app_rss = NULL, *bare_rss = NULL;
  g_autofree double *frame_ratios = NULL;
  double frame_ratio, rss_extra;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_printerr ("bench-startup needs a display: run it under xvfb-run -a.\n");
      return 2;
    }
  if (rounds == 0)
    rounds = 1;

  /* The same conditions for both: no saved state, no settings, cairo rendering. */
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_setenv ("SOS_DOCTOR_QUIT_AFTER_FIRST_FRAME", "1", TRUE);

  app_frame = g_new (double, rounds);
  bare_frame = g_new (double, rounds);
  app_rss = g_new (double, rounds);
  bare_rss = g_new (double, rounds);
  frame_ratios = g_new (double, rounds);

  /* One warm-up each, then alternating, so that neither profits from caches. */
  for (int i = -1; i < (int) rounds; i++)
    {
      Sample a, b;

      if (!run_once (bare, &b) || !run_once (app, &a))
        {
          g_printerr ("a run failed (%s, %s)\n", bare, app);
          return 1;
        }
      if (i < 0)
        continue;
      app_frame[i] = a.first_frame_ms;
      app_rss[i] = a.peak_rss_mib;
      bare_frame[i] = b.first_frame_ms;
      bare_rss[i] = b.peak_rss_mib;
      frame_ratios[i] = a.first_frame_ms / b.first_frame_ms;
    }

  g_print ("rounds: %u, alternating (medians)\n", rounds);
  g_print ("first painted frame: sos-doctor %.1f ms, bare window %.1f ms\n",
           median (app_frame, rounds), median (bare_frame, rounds));
  g_print ("peak RSS: sos-doctor %.1f MiB, bare window %.1f MiB\n",
           median (app_rss, rounds), median (bare_rss, rounds));

  frame_ratio = median (frame_ratios, rounds);
  rss_extra = median (app_rss, rounds) - median (bare_rss, rounds);
  /* median() sorts: the quartiles are read off the sorted ratios. */
  g_print ("first frame ratio: %.2fx, quartiles %.2fx to %.2fx (target: at most %.1fx): %s\n",
           frame_ratio, frame_ratios[rounds / 4], frame_ratios[(3 * rounds) / 4],
           FRAME_RATIO_TARGET, frame_ratio <= FRAME_RATIO_TARGET ? "met" : "NOT met");
  g_print ("peak RSS: bare + %.1f MiB, ratio %.2fx (target: at most bare + %.0f MiB): %s\n",
           rss_extra, median (app_rss, rounds) / median (bare_rss, rounds), RSS_EXTRA_TARGET_MIB,
           rss_extra <= RSS_EXTRA_TARGET_MIB ? "met" : "NOT met");

  g_rmdir (state);

  return 0;
}
