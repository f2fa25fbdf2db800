/* sd-test-tiny.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A knowledge base small enough to compute by hand, with three procedures,
 * shared by the tests of the diagnosis's model, plan and advice.
 */
#pragma once

#include <math.h>

#include "sd-diagnosis.h"
#include "sd-test-utils.h"

typedef struct
{
  SdKnowledge *knowledge;
  GListStore  *procedures;
  SdDiagnosis *diagnosis;
} Tiny;

int sd_test_tiny_setup    (void **state);
int sd_test_tiny_teardown (void **state);

#define assert_close(a, b) \
  do { if (fabs ((a) - (b)) > 1e-9) fail_msg ("%.12f != %.12f", (double) (a), (double) (b)); } while (0)
