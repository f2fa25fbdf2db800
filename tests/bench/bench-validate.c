/* bench-validate.c: the loader on a library against xmllint on the same files
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs, alternately with the reference `xmllint --noout --relaxng
 * procedure.rng FILE…` on the library's files (so that a busy moment of the
 * machine slows both alike):
 *
 *  1. `sos-doctor --validate FILE…`: target at most 0.8× xmllint's wall time
 *     and at most 30 MiB peak RSS (issue 16);
 *  2. `sos-doctor --list-procedures` with the library as the user's data
 *     ($XDG_DATA_HOME/sos-doctor), which loads it as the app does at start.
 *
 * Prints the medians of wall time, CPU time (user + system) and peak RSS, and
 * the median of each round's time ratio. LIBRARY is a data directory with a
 * procedures/ folder, made by tests/bench/make-library.py:
 *
 *   bench-validate SOS_DOCTOR SCHEMA ROUNDS LIBRARY
 */
#include "config.h"

#include <fcntl.h>
#include <glib.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#define TIME_RATIO_TARGET 0.8
#define RSS_TARGET_MIB 30.0

typedef struct
{
  double wall_ms;
  double cpu_ms;
  double rss_mib;
} Sample;

static gboolean
run (char       **argv,
     const char  *data_home,
     Sample      *sample)
{
  gint64 start = g_get_monotonic_time ();
  struct rusage usage;
  int status;
  pid_t pid = fork ();

  if (pid < 0)
    return FALSE;
  if (pid == 0)
    {
      int null = open ("/dev/null", O_WRONLY);

      dup2 (null, STDOUT_FILENO);
      dup2 (null, STDERR_FILENO);
      if (data_home != NULL)
        g_setenv ("XDG_DATA_HOME", data_home, TRUE);
      execvp (argv[0], argv);
      _exit (127);
    }
  if (wait4 (pid, &status, 0, &usage) != pid)
    return FALSE;
  sample->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  sample->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                   (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  sample->rss_mib = usage.ru_maxrss / 1024.0;

  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

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

static double
median_of (Sample *samples,
           guint   n,
           gsize   offset)
{
  g_autofree double *values = g_new (double, n);

  for (guint i = 0; i < n; i++)
    values[i] = *(double *) ((char *) &samples[i] + offset);

  return median (values, n);
}

/* Runs @app and @ref alternately, a warm-up first; FALSE if a run failed. */
static gboolean
compare (const char  *title,
         char       **app,
         const char  *data_home,
         char       **ref,
         guint        rounds,
         gboolean     with_targets)
{
  g_autofree Sample *a = g_new (Sample, rounds);
  g_autofree Sample *r = g_new (Sample, rounds);
  g_autofree double *ratios = g_new (double, rounds);
  double ratio, rss;

  for (int i = -1; i < (int) rounds; i++)
    {
      Sample sa, sr;

      if (!run (ref, NULL, &sr) || !run (app, data_home, &sa))
        {
          g_printerr ("%s: a run failed, or found a problem in the files\n", title);
          return FALSE;
        }
      if (i < 0)
        continue;
      a[i] = sa;
      r[i] = sr;
      ratios[i] = sa.wall_ms / sr.wall_ms;
    }

  ratio = median (ratios, rounds);
  rss = median_of (a, rounds, G_STRUCT_OFFSET (Sample, rss_mib));
  g_print ("%s, %u rounds alternating with xmllint (medians)\n", title, rounds);
  g_print ("wall time: sos-doctor %.1f ms, xmllint %.1f ms; CPU time: sos-doctor %.1f ms, "
           "xmllint %.1f ms\n",
           median_of (a, rounds, G_STRUCT_OFFSET (Sample, wall_ms)),
           median_of (r, rounds, G_STRUCT_OFFSET (Sample, wall_ms)),
           median_of (a, rounds, G_STRUCT_OFFSET (Sample, cpu_ms)),
           median_of (r, rounds, G_STRUCT_OFFSET (Sample, cpu_ms)));
  /* median() sorts: the quartiles are read off the sorted ratios. */
  g_print ("time ratio: %.2fx, quartiles %.2fx to %.2fx", ratio, ratios[rounds / 4],
           ratios[(3 * rounds) / 4]);
  if (with_targets)
    g_print (" (target: at most %.1fx xmllint): %s", TIME_RATIO_TARGET,
             ratio <= TIME_RATIO_TARGET ? "met" : "NOT met");
  g_print ("\npeak RSS: sos-doctor %.1f MiB, xmllint %.1f MiB", rss,
           median_of (r, rounds, G_STRUCT_OFFSET (Sample, rss_mib)));
  if (with_targets)
    g_print (" (target: at most %.0f MiB): %s", RSS_TARGET_MIB,
             rss <= RSS_TARGET_MIB ? "met" : "NOT met");
  g_print ("\n");

  return TRUE;
}

static GPtrArray *
list_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".xml"))
      g_ptr_array_add (files, g_build_filename (folder, name, NULL));
  g_ptr_array_sort (files, (GCompareFunc) g_strcmp0);

  return files;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) files = NULL;
  g_autoptr(GPtrArray) validate = g_ptr_array_new ();
  g_autoptr(GPtrArray) ref = g_ptr_array_new ();
  g_autofree char *folder = NULL;
  g_autofree char *library = NULL;
  g_autofree char *home = NULL;
  g_autofree char *link = NULL;
  char *list[] = { argv[1], (char *) "--list-procedures", NULL };
  double load[3];
  guint rounds;
  gboolean ok;

  if (argc != 5)
    {
      g_printerr ("usage: bench-validate SOS_DOCTOR SCHEMA ROUNDS LIBRARY\n");
      return 2;
    }
  rounds = MAX (1, atoi (argv[3]));
  library = g_canonicalize_filename (argv[4], NULL);
  folder = g_build_filename (library, "procedures", NULL);
  files = list_files (folder);
  if (files->len == 0)
    {
      g_printerr ("no procedure files in %s\n", folder);
      return 2;
    }

  g_ptr_array_add (validate, argv[1]);
  g_ptr_array_add (validate, (char *) "--validate");
  g_ptr_array_add (ref, (char *) "xmllint");
  g_ptr_array_add (ref, (char *) "--noout");
  g_ptr_array_add (ref, (char *) "--relaxng");
  g_ptr_array_add (ref, argv[2]);
  for (guint i = 0; i < files->len; i++)
    {
      g_ptr_array_add (validate, files->pdata[i]);
      g_ptr_array_add (ref, files->pdata[i]);
    }
  g_ptr_array_add (validate, NULL);
  g_ptr_array_add (ref, NULL);

  /* The library as the user's data: $XDG_DATA_HOME/sos-doctor/procedures. */
  home = g_dir_make_tmp ("sos-doctor-bench-home-XXXXXX", NULL);
  link = g_build_filename (home, "sos-doctor", NULL);
  if (home == NULL || symlink (library, link) != 0)
    {
      g_printerr ("cannot make a data home for the library\n");
      return 1;
    }

  if (getloadavg (load, 3) == 3)
    g_print ("%u files, %u cores, load average %.2f %.2f %.2f\n", files->len,
             g_get_num_processors (), load[0], load[1], load[2]);
  ok = compare ("--validate", (char **) validate->pdata, NULL, (char **) ref->pdata, rounds,
                TRUE) &&
       compare ("--list-procedures with the library as the user's data", list, home,
                (char **) ref->pdata, rounds, FALSE);

  g_unlink (link);
  g_rmdir (home);

  return ok ? 0 : 1;
}
