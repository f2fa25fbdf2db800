/* fuzz-case.c: libFuzzer harness for the saved case
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Feeds arbitrary bytes through the code that reads a case file (the same that
 * sd_case_load() runs on a file's contents): the checksum, the UTF-8 check, the
 * key file and every value. A case that loads must save and load again, as the
 * same case and without a damaged-file error: a save never writes what its load
 * refuses.
 */
#include "config.h"

#include <stdint.h>
#include <stdlib.h>

#include "sd-case.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SdCase) loaded = NULL;
  g_autoptr(SdCase) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notice = NULL;
  g_autofree char *saved = NULL;
  const SdCaseRun *run;
  gsize length;

  loaded = sd_case_new_from_data ((const char *) data, size, &notice, NULL);
  if (loaded == NULL)
    return 0;

  saved = sd_case_to_data (loaded, &length);
  again = sd_case_new_from_data (saved, length, NULL, &error);
  if (again == NULL)
    {
      g_printerr ("a loaded case was saved as one that does not load: %s\n%s",
                  error->message, saved);
      abort ();
    }

  run = sd_case_get_run (loaded);
  if (sd_case_get_n_answers (again) != sd_case_get_n_answers (loaded) ||
      sd_case_get_n_tried (again) != sd_case_get_n_tried (loaded) ||
      sd_case_get_skill (again) != sd_case_get_skill (loaded) ||
      (run == NULL) != (sd_case_get_run (again) == NULL) ||
      (run != NULL && run->path->len != sd_case_get_run (again)->path->len))
    {
      g_printerr ("a loaded case changed when saved and loaded again:\n%s", saved);
      abort ();
    }

  return 0;
}
