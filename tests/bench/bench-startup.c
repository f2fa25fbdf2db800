/* bench-startup.c: how much SOS Doctor costs at start-up over a bare window
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Starts sos-doctor and bare-window (an AdwApplicationWindow with a header bar,
 * built in the same tree) alternately, and measures for each the time from
 * starting the process to its first painted frame, and its peak RSS. Prints the
 * medians and both ratios against the targets: first frame within 1.2× the bare
 * window's, peak RSS within the bare window's + 25 MiB. The frame ratio is the
 * median of each round's ratio, the two runs of a round being back to back, so
 * that a busy moment of the machine slows both; the spread of those ratios is
 * printed too, and the CPU time each process took to its first frame, which
 * a machine busy with other work changes less than the wall time. Needs a
 * display:
 *
 *   xvfb-run -a _build/tests/bench-startup [ROUNDS]
 *
 * With --library DIR (a data directory with a procedures/ folder, made by
 * tests/bench/make-library.py), it compares the app with DIR as its user data
 * ($XDG_DATA_HOME/sos-doctor) against the same app with no user data: first
 * frame within 1.1×, peak RSS within + 15 MiB. It then runs both again
 * until the library is loaded (SOS_DOCTOR_QUIT_AFTER_LOADING: each quits
 * 1.5 s after its last batch of guides, or after its first frame when it has
 * none) and compares their peak RSS, against the same + 15 MiB.
 *
 *   xvfb-run -a _build/tests/bench-startup --library DIR [ROUNDS]
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

#define FRAME_RATIO_TARGET 1.2
#define RSS_EXTRA_TARGET_MIB 25.0

typedef struct
{
  double first_frame_ms;
  double peak_rss_mib;
  double cpu_ms;
} Sample;

static gboolean
run_once (const char *program,
          const char *data_home,
          const char *line_prefix,
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
      if (data_home != NULL)
        g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      execl (program, program, (char *) NULL);
      _exit (127);
    }

  close (out[1]);
  stream = fdopen (out[0], "r");
  if (fgets (line, sizeof line, stream) == NULL || !g_str_has_prefix (line, line_prefix))
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
  /* The process quits at its first frame: its CPU time is what that frame cost. */
  sample->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                   (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;

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

/* The peak RSS of the app once the library is loaded, against the app with none. */
static void
measure_loaded (const char *app,
                const char *library_home,
                const char *empty_home,
                guint       rounds,
                double      rss_target)
{
  g_autofree double *with = g_new (double, rounds);
  g_autofree double *without = g_new (double, rounds);
  g_autofree double *with_cpu = g_new (double, rounds);
  double extra;

  g_unsetenv ("SOS_DOCTOR_QUIT_AFTER_FIRST_FRAME");
  g_setenv ("SOS_DOCTOR_QUIT_AFTER_LOADING", "1", TRUE);
  for (int i = -1; i < (int) rounds; i++)
    {
      Sample a, b;

      if (!run_once (app, empty_home, "loaded", &b) ||
          !run_once (app, library_home, "loaded", &a))
        {
          g_printerr ("a run to the end of loading failed (%s)\n", app);
          return;
        }
      if (i < 0)
        continue;
      with[i] = a.peak_rss_mib;
      without[i] = b.peak_rss_mib;
      with_cpu[i] = a.cpu_ms;
    }

  extra = median (with, rounds) - median (without, rounds);
  g_print ("once loaded (%u rounds, medians): peak RSS with the library %.1f MiB, with none "
           "%.1f MiB; CPU time with the library %.0f ms\n", rounds, median (with, rounds),
           median (without, rounds), median (with_cpu, rounds));
  g_print ("peak RSS once loaded: reference + %.1f MiB, spread %.1f to %.1f MiB with the "
           "library (target: at most reference + %.0f MiB): %s\n", extra, with[0],
           with[rounds - 1], rss_target, extra <= rss_target ? "met" : "NOT met");
}

int
main (int   argc,
      char *argv[])
{
  gboolean library = argc > 2 && g_str_equal (argv[1], "--library");
  const char *library_dir = library ? argv[2] : NULL;
  guint rounds = argc > (library ? 3 : 1) ? (guint) atoi (argv[library ? 3 : 1]) : 30;
  double frame_target = library ? 1.1 : FRAME_RATIO_TARGET;
  double rss_target = library ? 15.0 : RSS_EXTRA_TARGET_MIB;
  g_autofree char *library_home = NULL;
  g_autofree char *empty_home = NULL;
  const char *reference_name = library ? "no user data" : "bare window";
  const char *app_name = library ? "sos-doctor with the library" : "sos-doctor";
  g_autofree char *here = g_path_get_dirname (argv[0]);
  g_autofree char *bare = g_build_filename (here, "bare-window", NULL);  /* the reference */
  g_autofree char *app = g_build_filename (here, "..", "app", "sos-doctor", NULL);
  g_autofree char *state = g_dir_make_tmp ("sos-doctor-bench-XXXXXX", NULL);
  g_autofree double *app_frame = NULL, *bare_frame = NULL, *app_rss = NULL, *bare_rss = NULL;
  g_autofree double *frame_ratios = NULL;
  g_autofree double *app_cpu = NULL, *bare_cpu = NULL;
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

  /* The library is the user's data: $XDG_DATA_HOME/sos-doctor/procedures. */
  if (library)
    {
      g_autofree char *link = NULL;
      g_autofree char *absolute = g_canonicalize_filename (library_dir, NULL);

      library_home = g_dir_make_tmp ("sos-doctor-bench-home-XXXXXX", NULL);
      empty_home = g_dir_make_tmp ("sos-doctor-bench-empty-XXXXXX", NULL);
      link = g_build_filename (library_home, "sos-doctor", NULL);
      if (symlink (absolute, link) != 0)
        {
          g_printerr ("cannot link %s\n", link);
          return 1;
        }
      g_free (bare);
      bare = g_strdup (app);
    }
  else
    {
      empty_home = g_dir_make_tmp ("sos-doctor-bench-empty-XXXXXX", NULL);
      library_home = g_strdup (empty_home);
    }

  app_frame = g_new (double, rounds);
  bare_frame = g_new (double, rounds);
  app_rss = g_new (double, rounds);
  bare_rss = g_new (double, rounds);
  frame_ratios = g_new (double, rounds);
  app_cpu = g_new (double, rounds);
  bare_cpu = g_new (double, rounds);

  /* One warm-up each, then alternating, so that neither profits from caches. */
  for (int i = -1; i < (int) rounds; i++)
    {
      Sample a, b;

      if (!run_once (bare, empty_home, "first-frame", &b) ||
          !run_once (app, library_home, "first-frame", &a))
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
      app_cpu[i] = a.cpu_ms;
      bare_cpu[i] = b.cpu_ms;
    }

  g_print ("rounds: %u, alternating (medians)\n", rounds);
  g_print ("first painted frame: %s %.1f ms, %s %.1f ms\n", app_name,
           median (app_frame, rounds), reference_name, median (bare_frame, rounds));
  g_print ("peak RSS: %s %.1f MiB, %s %.1f MiB\n", app_name,
           median (app_rss, rounds), reference_name, median (bare_rss, rounds));

  g_print ("CPU time to the first frame (all threads): %s %.1f ms, %s %.1f ms, ratio %.2fx\n",
           app_name, median (app_cpu, rounds), reference_name, median (bare_cpu, rounds),
           median (app_cpu, rounds) / median (bare_cpu, rounds));

  frame_ratio = median (frame_ratios, rounds);
  rss_extra = median (app_rss, rounds) - median (bare_rss, rounds);
  /* median() sorts: the quartiles are read off the sorted ratios. */
  g_print ("first frame ratio: %.2fx, quartiles %.2fx to %.2fx (target: at most %.1fx): %s\n",
           frame_ratio, frame_ratios[rounds / 4], frame_ratios[(3 * rounds) / 4],
           frame_target, frame_ratio <= frame_target ? "met" : "NOT met");
  g_print ("peak RSS: reference + %.1f MiB, ratio %.2fx (target: at most reference + %.0f MiB): %s\n",
           rss_extra, median (app_rss, rounds) / median (bare_rss, rounds), rss_target,
           rss_extra <= rss_target ? "met" : "NOT met");

  if (library)
    measure_loaded (app, library_home, empty_home, rounds, rss_target);

  g_rmdir (state);
  if (library)
    {
      g_autofree char *link = g_build_filename (library_home, "sos-doctor", NULL);

      g_unlink (link);
      g_rmdir (library_home);
    }
  g_rmdir (empty_home);

  return 0;
}
