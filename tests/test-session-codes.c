/* test-session-codes.c: the fault codes of the session's case (app/engine/sd-session-codes.c),
 * and the questions that wait for the owner's scanner
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-question.h"
#include "sd-session.h"
#include "sd-test-utils.h"

static SdCatalog *catalog;

static void
count (GObject  *object,
       gpointer  user_data)
{
  (*(guint *) user_data)++;
}

static void
count_items_changed (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static gboolean
model_has_question (SdDiagnosis *diagnosis,
                    const char  *symptom_id)
{
  GListModel *questions = sd_diagnosis_get_questions (diagnosis);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SdQuestion) question = g_list_model_get_item (questions, i);

      if (g_str_equal (sd_question_get_symptom_id (question), symptom_id))
        return TRUE;
    }

  return FALSE;
}

static const SdReason *
find_code_reason (GArray     *reasons,
                  const char *code)
{
  for (guint i = 0; i < reasons->len; i++)
    {
      const SdReason *reason = &g_array_index (reasons, SdReason, i);

      if (reason->kind == SD_REASON_CODE && g_str_equal (reason->id, code))
        return reason;
    }

  return NULL;
}

/* Codes are kept in the case with the unknown one, move the diagnosis, answer
 * "has-scanner" yes, tell "changed" once, and are in the repair log. */
static void
test_codes_saved_and_applied (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autoptr(SdSession) reopened = NULL;
  g_autoptr(GArray) reasons = NULL;
  g_autofree char *log = NULL;
  g_autofree char *reason_text = NULL;
  const char *codes[] = { "B7F341", "C0FFEE", NULL };
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  const SdReason *reason;
  guint changes = 0;
  double before;

  g_signal_connect (session, "changed", G_CALLBACK (count), &changes);
  before = sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn");
  assert_false (model_has_question (diagnosis, "scanner-emergency-battery-code"));

  sd_session_set_codes (session, codes);
  assert_int_equal (changes, 1);
  sd_session_set_codes (session, codes);
  assert_int_equal (changes, 1);

  assert_int_equal (g_strv_length ((char **) sd_case_get_codes (sd_session_get_case (session))), 2);
  assert_int_equal (sd_case_get_answer (sd_session_get_case (session), "has-scanner"),
                    SD_ANSWER_YES);
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "has-scanner"), SD_ANSWER_YES);
  assert_true (model_has_question (diagnosis, "scanner-emergency-battery-code"));
  assert_true (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn") > before * 2);
  assert_string_equal (sd_diagnosis_get_cause (diagnosis, 0)->fault->id, "emergency-battery-worn");
  /* The codes tell what the question about a scanner's battery fault would:
   * it is not advised, though it may be answered. */
  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
    assert_string_not_equal (sd_diagnosis_get_question (diagnosis, r)->symptom->id,
                             "scanner-emergency-battery-code");

  /* The known code is a reason, in words; the unknown one is none. */
  reasons = sd_diagnosis_dup_reasons (diagnosis, 0);
  reason = find_code_reason (reasons, "B7F341");
  assert_non_null (reason);
  assert_true (reason->ratio > 10.0);
  assert_null (find_code_reason (reasons, "C0FFEE"));
  reason_text = sd_reason_describe (reason, sd_catalog_get_knowledge (catalog), diagnosis);
  assert_non_null (strstr (reason_text, "Fault code B7F341 (The emergency call backup battery is "
                                        "faulty): "));
  assert_non_null (strstr (reason_text, "times more likely."));

  log = sd_session_dup_repair_log (session);
  assert_non_null (strstr (log, "Fault code B7F341: The emergency call backup battery is faulty."));
  assert_non_null (strstr (log, "Fault code C0FFEE: not known to SOS Doctor"));

  /* Kept in the case file. */
  sd_session_flush (session);
  reopened = sd_session_new (catalog, path);
  assert_string_equal (sd_case_get_codes (sd_session_get_case (reopened))[1], "C0FFEE");
  assert_float_equal (sd_diagnosis_get_probability (sd_session_get_diagnosis (reopened),
                                                    "emergency-battery-worn"),
                      sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn"), 1e-12);
  for (guint r = 0; r < sd_diagnosis_get_n_questions (sd_session_get_diagnosis (reopened)); r++)
    assert_string_not_equal (sd_diagnosis_get_question (sd_session_get_diagnosis (reopened),
                                                        r)->symptom->id,
                             "scanner-emergency-battery-code");

  /* Removing them takes their evidence away at once; the scanner stays. */
  sd_session_set_codes (session, NULL);
  assert_int_equal (changes, 2);
  assert_null (sd_case_get_codes (sd_session_get_case (session)));
  assert_float_equal (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn"), before,
                      1e-12);
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "has-scanner"), SD_ANSWER_YES);

  sd_test_rm_rf (dir);
}

/* "A scanner read the telematics unit and found no codes" is evidence, kept,
 * and in the repair log. */
static void
test_clear_module (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autoptr(SdSession) reopened = NULL;
  g_autofree char *log = NULL;
  const char *modules[] = { "telematics", NULL };
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  guint changes = 0;
  double before;

  g_signal_connect (session, "changed", G_CALLBACK (count), &changes);
  before = sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn");
  sd_session_set_clear_modules (session, modules);
  sd_session_set_clear_modules (session, modules);
  assert_int_equal (changes, 1);
  assert_true (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn") < before / 2);
  assert_int_equal (sd_diagnosis_get_answer (diagnosis, "has-scanner"), SD_ANSWER_YES);

  log = sd_session_dup_repair_log (session);
  assert_non_null (strstr (log, "No fault codes in: Telematics unit (TCU, TCB or ATM)"));

  sd_session_flush (session);
  reopened = sd_session_new (catalog, path);
  assert_string_equal (sd_case_get_clear_modules (sd_session_get_case (reopened))[0], "telematics");
  assert_float_equal (sd_diagnosis_get_probability (sd_session_get_diagnosis (reopened),
                                                    "emergency-battery-worn"),
                      sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn"), 1e-12);

  sd_session_set_clear_modules (session, NULL);
  assert_int_equal (changes, 2);
  assert_float_equal (sd_diagnosis_get_probability (diagnosis, "emergency-battery-worn"), before,
                      1e-12);
  sd_test_rm_rf (dir);
}

/* A question that waits for a yes is neither in the questions model nor
 * advised until then; an answer given to it keeps it there. */
static void
test_gated_question_hidden (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  GListModel *questions = sd_diagnosis_get_questions (diagnosis);
  guint all = g_list_model_get_n_items (questions);
  guint added = 0;

  assert_false (model_has_question (diagnosis, "scanner-emergency-battery-code"));
  assert_true (model_has_question (diagnosis, "has-scanner"));

  g_signal_connect (questions, "items-changed", G_CALLBACK (count_items_changed), &added);
  sd_session_set_answer (session, "has-scanner", SD_ANSWER_YES);
  assert_true (added > 0);
  assert_int_equal (g_list_model_get_n_items (questions), all + 1);
  assert_true (model_has_question (diagnosis, "scanner-emergency-battery-code"));

  /* Answered, it stays even if the gate closes again. */
  sd_session_set_answer (session, "scanner-emergency-battery-code", SD_ANSWER_YES);
  sd_session_set_answer (session, "has-scanner", SD_ANSWER_NO);
  assert_true (model_has_question (diagnosis, "scanner-emergency-battery-code"));
  sd_session_set_answer (session, "scanner-emergency-battery-code", SD_ANSWER_UNKNOWN);
  assert_false (model_has_question (diagnosis, "scanner-emergency-battery-code"));
  assert_int_equal (g_list_model_get_n_items (questions), all);

  sd_test_rm_rf (dir);
}

/* In a new generic case, nothing the Diagnose page asks first needs a
 * scanner: not the advice, not the most useful questions. */
static void
test_first_question_needs_no_scanner (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  SdDiagnosis *diagnosis = sd_session_get_diagnosis (session);
  const SdAdvice *advice;

  sd_session_new_case (session);
  advice = sd_diagnosis_get_advice (diagnosis);
  assert_int_equal (advice->kind, SD_ADVICE_ASK);
  assert_null (advice->symptom->after);
  assert_null (strstr (sd_text_get (&advice->symptom->question), "B7F3"));
  assert_true (sd_diagnosis_get_n_questions (diagnosis) > 0);
  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
    assert_null (sd_diagnosis_get_question (diagnosis, r)->symptom->after);

  /* With a scanner, the question about its codes may come. */
  sd_session_set_answer (session, "has-scanner", SD_ANSWER_YES);
  for (guint r = 0; r < sd_diagnosis_get_n_questions (diagnosis); r++)
    if (sd_diagnosis_get_question (diagnosis, r)->symptom->after != NULL)
      {
        sd_test_rm_rf (dir);
        return;
      }
  fail_msg ("no question waiting for has-scanner was ranked after a yes to it");
}

static int
setup (void **state)
{
  catalog = sd_test_load_catalog ();

  return 0;
}

static int
teardown (void **state)
{
  g_clear_object (&catalog);

  return 0;
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_codes_saved_and_applied),
    cmocka_unit_test (test_clear_module),
    cmocka_unit_test (test_gated_question_hidden),
    cmocka_unit_test (test_first_question_needs_no_scanner),
  };

  return cmocka_run_group_tests (tests, setup, teardown);
}
