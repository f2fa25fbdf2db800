/* test-case.c: the case model and what it does to a diagnosis (app/engine/sd-case.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-catalog.h"
#include "sd-test-case.h"

static void
test_answers_tried_skill_run (void **state)
{
  g_autoptr(SdCase) self = sd_case_new ();
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 23, 9, 30, 0);

  assert_int_equal (sd_case_get_n_answers (self), 0);
  assert_int_equal (sd_case_get_skill (self), SD_SKILL_DIY);
  assert_null (sd_case_get_run (self));

  sd_case_set_answer (self, "speaker-crackling", SD_ANSWER_YES);
  sd_case_set_answer (self, "speaker-crackling", SD_ANSWER_NO);
  assert_int_equal (sd_case_get_n_answers (self), 1);
  assert_int_equal (sd_case_get_answer (self, "speaker-crackling"), SD_ANSWER_NO);
  /* Unknown is the absence of an answer. */
  sd_case_set_answer (self, "speaker-crackling", SD_ANSWER_UNKNOWN);
  assert_int_equal (sd_case_get_n_answers (self), 0);

  sd_case_add_tried (self, "idrive-reboot", SD_OUTCOME_UNRESOLVED, when);
  sd_case_add_tried (self, "idrive-reboot", SD_OUTCOME_RESOLVED, NULL);
  assert_int_equal (sd_case_get_n_tried (self), 2);
  assert_true (g_date_time_equal (sd_case_get_tried (self, 0)->when, when));
  assert_int_equal (sd_case_get_tried (self, 1)->outcome, SD_OUTCOME_RESOLVED);

  sd_case_set_skill (self, SD_SKILL_WORKSHOP);
  assert_int_equal (sd_case_get_skill (self), SD_SKILL_WORKSHOP);

  sd_case_set_run (self, sd_case_run_new ("battery-disconnect"));
  assert_string_equal (sd_case_get_run (self)->procedure, "battery-disconnect");
  sd_case_set_run (self, NULL);
  assert_null (sd_case_get_run (self));
}

static void
test_apply (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(SdDiagnosis) from_case = NULL;
  g_autoptr(SdDiagnosis) direct = NULL;
  g_autoptr(SdCase) self = sd_test_case_a ();

  from_case = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));
  direct = sd_diagnosis_new (sd_catalog_get_knowledge (catalog), sd_catalog_get_procedures (catalog));

  sd_case_apply (self, from_case);
  sd_diagnosis_set_answer (direct, "speaker-crackling", SD_ANSWER_YES);
  sd_diagnosis_set_answer (direct, "recent-boot-work", SD_ANSWER_NO);
  sd_diagnosis_set_tried (direct, "idrive-reboot", SD_OUTCOME_UNRESOLVED);
  sd_diagnosis_set_skill (direct, SD_SKILL_WORKSHOP);
  assert_true (fabs (sd_diagnosis_get_probability (from_case, "sdars-faulty") -
                     sd_diagnosis_get_probability (direct, "sdars-faulty")) < 1e-12);
  assert_int_equal (sd_diagnosis_get_tried (from_case, "idrive-reboot"), SD_OUTCOME_UNRESOLVED);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_answers_tried_skill_run),
    cmocka_unit_test (test_apply),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
