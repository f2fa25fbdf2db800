/* test-diagnosis-models.c: the causes and questions as list models
 * (app/engine/sd-diagnosis-models.c, sd-cause-item.c, sd-question.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sd-cause-item.h"
#include "sd-question.h"
#include "sd-test-tiny.h"

typedef struct
{
  guint removed;
  guint added;
  guint signals;
  guint largest;
} Changes;

static void
on_items_changed_cb (GListModel *model,
                     guint       position,
                     guint       removed,
                     guint       added,
                     Changes    *changes)
{
  changes->removed += removed;
  changes->added += added;
  changes->signals++;
  changes->largest = MAX (changes->largest, MAX (removed, added));
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
count_reasons_cb (SdCauseItem *item,
                  guint       *count)
{
  (*count)++;
}

/* The model's order is the ranking's, item for item. */
static void
assert_causes_ranked (SdDiagnosis *diagnosis)
{
  GListModel *causes = sd_diagnosis_get_causes (diagnosis);

  assert_int_equal (g_list_model_get_n_items (causes), sd_diagnosis_get_n_causes (diagnosis));
  for (guint r = 0; r < g_list_model_get_n_items (causes); r++)
    {
      g_autoptr(SdCauseItem) item = g_list_model_get_item (causes, r);
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);

      assert_ptr_equal (sd_cause_item_get_fault (item), cause->fault);
      assert_true (sd_cause_item_get_probability (item) == cause->probability);
    }
}

static void
test_questions_model (void **state)
{
  Tiny *tiny = *state;
  GListModel *questions = sd_diagnosis_get_questions (tiny->diagnosis);
  SdQuestion *t = sd_diagnosis_lookup_question (tiny->diagnosis, "t");
  g_autofree char *text = NULL;
  g_autofree char *component = NULL;

  assert_int_equal (g_list_model_get_n_items (questions), 3);
  assert_true (g_list_model_get_item_type (questions) == SD_TYPE_QUESTION);
  assert_non_null (t);
  assert_null (sd_diagnosis_lookup_question (tiny->diagnosis, "no-such-symptom"));
  g_object_get (t, "text", &text, "component", &component, NULL);
  assert_string_equal (text, "T?");
  assert_null (component);
  assert_string_equal (sd_question_get_symptom_id (t), "t");
  assert_int_equal (sd_question_get_answer (t), SD_ANSWER_UNKNOWN);
}

/* One answer notifies its own question's "answer", and no other. */
static void
test_one_answer_notifies_one_question (void **state)
{
  Tiny *tiny = *state;
  GListModel *questions = sd_diagnosis_get_questions (tiny->diagnosis);
  guint counts[3] = { 0, 0, 0 };
  guint t_at = G_MAXUINT;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SdQuestion) question = g_list_model_get_item (questions, i);

      g_signal_connect (question, "notify", G_CALLBACK (count_cb), &counts[i]);
      if (g_strcmp0 (sd_question_get_symptom_id (question), "t") == 0)
        t_at = i;
    }
  assert_int_not_equal (t_at, G_MAXUINT);

  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_YES);
  for (guint i = 0; i < 3; i++)
    assert_int_equal (counts[i], i == t_at ? 1 : 0);
  assert_int_equal (sd_question_get_answer (sd_diagnosis_lookup_question (tiny->diagnosis, "t")),
                    SD_ANSWER_YES);

  /* The same answer again is no change. */
  sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_YES);
  assert_int_equal (counts[t_at], 1);

  /* A new case clears only what was answered. */
  sd_diagnosis_clear (tiny->diagnosis);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(SdQuestion) question = g_list_model_get_item (questions, i);

      assert_int_equal (counts[i], i == t_at ? 2 : 0);
      g_signal_handlers_disconnect_by_data (question, &counts[i]);
    }
}

/* An answer re-sorts the causes by moving only the cause that changed place;
 * every fault keeps its object, and probabilities notify. */
static void
test_answer_moves_few_causes (void **state)
{
  Tiny *tiny = *state;
  GListModel *causes = sd_diagnosis_get_causes (tiny->diagnosis);
  g_autoptr(SdCauseItem) first = g_list_model_get_item (causes, 0);
  g_autoptr(SdCauseItem) second = g_list_model_get_item (causes, 1);
  g_autoptr(SdCauseItem) third = g_list_model_get_item (causes, 2);
  g_autoptr(SdCauseItem) b = NULL;
  Changes changes = { 0, };
  guint b_notified = 0;

  /* Without evidence: something else 0.5, a 0.3, b 0.2. */
  assert_null (sd_cause_item_get_fault_id (first));
  assert_string_equal (sd_cause_item_get_fault_id (second), "a");
  assert_string_equal (sd_cause_item_get_fault_id (third), "b");
  g_signal_connect (causes, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);
  g_signal_connect (third, "notify::probability", G_CALLBACK (count_cb), &b_notified);

  /* u points to b alone: b goes first, the other two keep their order. */
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_YES);
  assert_int_equal (changes.removed, 1);
  assert_int_equal (changes.added, 1);
  assert_int_equal (changes.largest, 1);
  assert_int_equal (b_notified, 1);
  b = g_list_model_get_item (causes, 0);
  assert_ptr_equal (b, third);
  assert_causes_ranked (tiny->diagnosis);

  /* An answer that leaves the order: no items-changed at all. */
  changes = (Changes) { 0, };
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_UNKNOWN);
  changes = (Changes) { 0, };
  sd_diagnosis_set_answer (tiny->diagnosis, "u", SD_ANSWER_NO);
  assert_int_equal (changes.signals, 0);
  assert_causes_ranked (tiny->diagnosis);
  g_signal_handlers_disconnect_by_data (causes, &changes);
  g_signal_handlers_disconnect_by_data (third, &b_notified);
}

/* With the shipped knowledge base and many answers, the model always follows
 * the ranking with the same objects, and never resets. */
static void
test_causes_follow_many_answers (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(SdDiagnosis) diagnosis = sd_diagnosis_new (knowledge,
                                                       sd_catalog_get_procedures (catalog));
  GListModel *causes = sd_diagnosis_get_causes (diagnosis);
  guint n = g_list_model_get_n_items (causes);
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (10);
  Changes changes = { 0, };

  for (guint r = 0; r < n; r++)
    g_ptr_array_add (objects, g_list_model_get_item (causes, r));
  g_signal_connect (causes, "items-changed", G_CALLBACK (on_items_changed_cb), &changes);

  for (guint i = 0; i < 100; i++)
    {
      guint s = g_rand_int_range (rand, 0, sd_knowledge_get_n_symptoms (knowledge));

      changes.largest = 0;
      sd_diagnosis_set_answer (diagnosis, sd_knowledge_get_symptom (knowledge, s)->id,
                               (SdAnswer) g_rand_int_range (rand, 0, 3));
      assert_true (changes.largest <= 1);
      assert_causes_ranked (diagnosis);
      for (guint r = 0; r < n; r++)
        {
          g_autoptr(SdCauseItem) item = g_list_model_get_item (causes, r);

          assert_true (g_ptr_array_find (objects, item, NULL));
        }
    }
  g_signal_handlers_disconnect_by_data (causes, &changes);
  assert_int_equal (changes.removed, changes.added);
  /* Far from a reset on every answer. */
  assert_true (changes.removed < 100 * n / 2);
}

static void
test_cause_item (void **state)
{
  Tiny *tiny = *state;
  GListModel *causes = sd_diagnosis_get_causes (tiny->diagnosis);
  g_autoptr(SdCauseItem) other = g_list_model_get_item (causes, 0);
  g_autoptr(SdCauseItem) a = g_list_model_get_item (causes, 1);
  g_autoptr(GArray) reasons = NULL;
  g_autoptr(GArray) expected = NULL;
  g_autofree char *name = NULL;
  g_autofree char *component = NULL;
  g_autofree char *text = NULL;
  guint reasons_changed = 0;

  assert_string_equal (sd_cause_item_get_name (other), "Something else");
  assert_null (sd_cause_item_get_component_name (other));
  assert_null (sd_cause_item_get_explanation (other));
  g_object_get (a, "name", &name, "component-name", &component, NULL);
  assert_string_equal (name, "A");
  assert_string_equal (component, "Box");
  assert_string_equal (sd_cause_item_get_explanation (a), "E");

  /* Its reasons are those of its rank, in the same words. */
  g_signal_connect (a, "reasons-changed", G_CALLBACK (count_reasons_cb), &reasons_changed);
  sd_diagnosis_set_answer (tiny->diagnosis, "s", SD_ANSWER_YES);
  assert_true (reasons_changed > 0);
  assert_ptr_equal (sd_diagnosis_get_cause (tiny->diagnosis, 0)->fault, sd_cause_item_get_fault (a));
  reasons = sd_cause_item_dup_reasons (a);
  expected = sd_diagnosis_dup_reasons (tiny->diagnosis, 0);
  assert_int_equal (reasons->len, 1);
  assert_int_equal (expected->len, 1);
  assert_close (g_array_index (reasons, SdReason, 0).ratio, g_array_index (expected, SdReason, 0).ratio);
  text = sd_cause_item_describe_reason (a, &g_array_index (reasons, SdReason, 0));
  assert_string_equal (text, "You answered yes to “S?”: 8.2 times more likely.");
  g_signal_handlers_disconnect_by_data (a, &reasons_changed);
}

/* A cause outlives its diagnosis harmlessly, with no reasons. */
static void
test_cause_outlives_diagnosis (void **state)
{
  Tiny *tiny = *state;
  g_autoptr(SdCauseItem) item = g_list_model_get_item (sd_diagnosis_get_causes (tiny->diagnosis), 1);
  g_autoptr(GArray) reasons = NULL;

  g_clear_object (&tiny->diagnosis);
  assert_string_equal (sd_cause_item_get_name (item), "A");
  reasons = sd_cause_item_dup_reasons (item);
  assert_int_equal (reasons->len, 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test_setup_teardown (test_questions_model, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_one_answer_notifies_one_question, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_answer_moves_few_causes, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test (test_causes_follow_many_answers),
    cmocka_unit_test_setup_teardown (test_cause_item, sd_test_tiny_setup, sd_test_tiny_teardown),
    cmocka_unit_test_setup_teardown (test_cause_outlives_diagnosis, sd_test_tiny_setup, sd_test_tiny_teardown),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
