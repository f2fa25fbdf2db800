/* bench-memory.c: what the user's guides cost in memory, guide by guide
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Loads the built-in catalog, then a library of the user's guides (a data
 * directory with a procedures/ folder, made by tests/bench/make-library.py)
 * as the app does after its first frame (SdProcedureLoader), and prints the
 * heap in use before and after (glibc's mallinfo2()), per guide, and the
 * process's RSS. The whole app's figure, under a display, is
 * bench-startup --library DIR: the peak RSS once the guides are all in.
 *
 *   _build/tests/bench-memory DIR
 */
#include "config.h"

#include <malloc.h>
#include <stdio.h>

#include "sd-catalog.h"
#include "sd-procedure-loader.h"

static double
heap_mib (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

static double
rss_mib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, "VmRSS:")) == NULL)
    return 0.0;

  return g_ascii_strtod (line + 6, NULL) / 1024.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SdCatalog) catalog = NULL;
  g_autoptr(SdProcedureLoader) loader = NULL;
  guint builtin, all;
  double heap_before, heap_after, rss_before, rss_after;

  if (argc != 2)
    {
      g_printerr ("usage: bench-memory LIBRARY_DIR\n");
      return 2;
    }

  catalog = sd_catalog_new ();
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_load (catalog);
  builtin = g_list_model_get_n_items (sd_catalog_get_procedures (catalog));
  malloc_trim (0);
  heap_before = heap_mib ();
  rss_before = rss_mib ();

  loader = sd_procedure_loader_new (catalog, argv[1]);
  sd_procedure_loader_load_now (loader);
  all = g_list_model_get_n_items (sd_catalog_get_procedures (catalog));
  rss_after = rss_mib ();
  heap_after = heap_mib ();

  g_print ("guides: %u built-in, %u of the user's loaded\n", builtin, all - builtin);
  g_print ("heap in use: %.1f MiB before, %.1f MiB after: %.1f KiB per guide\n",
           heap_before, heap_after, (heap_after - heap_before) * 1024.0 / MAX (all - builtin, 1));
  g_print ("RSS: %.1f MiB before, %.1f MiB after (+%.1f MiB)\n",
           rss_before, rss_after, rss_after - rss_before);

  return 0;
}
