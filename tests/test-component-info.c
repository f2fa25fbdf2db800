/* test-component-info.c: how suspect a component is, and what concerns it
 * (app/engine/sd-component-info.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "sd-component-info.h"
#include "sd-test-utils.h"

/* Three components: the box with faults a (prior 0.3) and b (0.2), the lid with
 * c (0.1), the pin with d (0.05) and the bare one with none; "something else"
 * has 0.35. Symptom t points hard at c. */
static const char *tiny_kb =
  "<?xml version=\"1.0\"?>\n<knowledge id=\"tiny\" version=\"1\">\n"
  "  <component id=\"box\"><name>Box</name><role>R</role><location>L</location>"
  "<hotspot x=\"0.5\" y=\"0.5\"/></component>\n"
  "  <component id=\"lid\"><name>Lid</name><role>R</role><location>L</location>"
  "<hotspot x=\"0.5\" y=\"0.2\"/></component>\n"
  "  <component id=\"pin\"><name>Pin</name><role>R</role><location>L</location>"
  "<hotspot x=\"0.2\" y=\"0.2\"/></component>\n"
  "  <component id=\"bare\"><name>Bare</name><role>R</role><location>L</location>"
  "<hotspot x=\"0.8\" y=\"0.8\"/></component>\n"
  "  <fault id=\"a\" component=\"box\" prior=\"0.3\"><name>A</name><explanation>E</explanation></fault>\n"
  "  <fault id=\"c\" component=\"lid\" prior=\"0.1\"><name>C</name><explanation>E</explanation></fault>\n"
  "  <fault id=\"b\" component=\"box\" prior=\"0.2\"><name>B</name><explanation>E</explanation></fault>\n"
  "  <fault id=\"d\" component=\"pin\" prior=\"0.05\"><name>D</name><explanation>E</explanation></fault>\n"
  "  <symptom id=\"s\" component=\"box\" leak=\"0.1\"><question>S?</question>"
  "<indicates fault=\"a\" likelihood=\"0.8\"/></symptom>\n"
  "  <symptom id=\"t\" component=\"lid\" leak=\"0.05\"><question>T?</question>"
  "<indicates fault=\"c\" likelihood=\"0.95\"/></symptom>\n"
  "  <symptom id=\"u\" leak=\"0.05\"><question>U?</question>"
  "<indicates fault=\"b\" likelihood=\"0.95\"/></symptom>\n"
  "  <symptom id=\"v\" component=\"box\" leak=\"0.1\"><question>V?</question>"
  "<indicates fault=\"b\" likelihood=\"0.7\"/></symptom>\n"
  "</knowledge>\n";

typedef struct
{
  SdKnowledge *knowledge;
  GListStore  *procedures;
  SdDiagnosis *diagnosis;
} Tiny;

static int
tiny_setup (void **state)
{
  Tiny *tiny = g_new0 (Tiny, 1);
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(xmlDoc) doc = sd_test_parse (tiny_kb, "tiny.xml", problems);

  tiny->knowledge = sd_knowledge_new ();
  assert_true (sd_knowledge_add_document (tiny->knowledge, doc, "tiny.xml", problems, NULL));
  assert_true (sd_knowledge_check (tiny->knowledge, problems));
  tiny->procedures = g_list_store_new (SD_TYPE_PROCEDURE);
  tiny->diagnosis = sd_diagnosis_new (tiny->knowledge, G_LIST_MODEL (tiny->procedures));
  *state = tiny;

  return 0;
}

static int
tiny_teardown (void **state)
{
  Tiny *tiny = *state;

  g_clear_object (&tiny->diagnosis);
  g_clear_object (&tiny->procedures);
  g_clear_object (&tiny->knowledge);
  g_free (tiny);

  return 0;
}

#define assert_close(a, b) \
  do { if (fabs ((a) - (b)) > 1e-9) fail_msg ("%.12f != %.12f", (double) (a), (double) (b)); } while (0)

static void
test_levels_at_thresholds (void **state)
{
  assert_int_equal (sd_suspicion_level_for (0.0), SD_SUSPICION_LOW);
  assert_int_equal (sd_suspicion_level_for (0.0799), SD_SUSPICION_LOW);
  assert_int_equal (sd_suspicion_level_for (0.08), SD_SUSPICION_MEDIUM);
  assert_int_equal (sd_suspicion_level_for (0.2499), SD_SUSPICION_MEDIUM);
  assert_int_equal (sd_suspicion_level_for (0.25), SD_SUSPICION_HIGH);
  assert_int_equal (sd_suspicion_level_for (1.0), SD_SUSPICION_HIGH);
}

static void
test_suspicion_sums_the_faults (void **state)
{
  Tiny *tiny = *state;
  SdSuspicion box = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "box");
  SdSuspicion lid = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "lid");
  SdSuspicion pin = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "pin");
  SdSuspicion bare = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "bare");
  SdSuspicion unknown = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "nope");

  /* Without evidence, the priors: a + b, c, d, nothing. */
  assert_close (box.probability, 0.5);
  assert_int_equal (box.level, SD_SUSPICION_HIGH);
  assert_close (lid.probability, 0.1);
  assert_int_equal (lid.level, SD_SUSPICION_MEDIUM);
  assert_close (pin.probability, 0.05);
  assert_int_equal (pin.level, SD_SUSPICION_LOW);
  assert_close (bare.probability, 0.0);
  assert_int_equal (bare.level, SD_SUSPICION_LOW);
  assert_close (unknown.probability, 0.0);
  assert_string_equal (sd_component_find_most_suspect (tiny->knowledge, tiny->diagnosis), "box");
}

static void
test_suspicion_follows_answers (void **state)
{
  Tiny *tiny = *state;
  SdSuspicion box, lid;

  /* t points at c: the lid becomes the most suspect, the box less so. */
  assert_true (sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_YES));
  box = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "box");
  lid = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "lid");
  assert_close (lid.probability, sd_diagnosis_get_probability (tiny->diagnosis, "c"));
  assert_close (box.probability, sd_diagnosis_get_probability (tiny->diagnosis, "a") +
                                 sd_diagnosis_get_probability (tiny->diagnosis, "b"));
  assert_int_equal (lid.level, SD_SUSPICION_HIGH);
  assert_int_equal (box.level, SD_SUSPICION_MEDIUM);
  assert_true (lid.probability > box.probability);
  assert_string_equal (sd_component_find_most_suspect (tiny->knowledge, tiny->diagnosis), "lid");

  /* "No" makes it less suspect than before the answer. */
  assert_true (sd_diagnosis_set_answer (tiny->diagnosis, "t", SD_ANSWER_NO));
  lid = sd_component_get_suspicion (tiny->knowledge, tiny->diagnosis, "lid");
  assert_true (lid.probability < 0.1);
  assert_string_equal (sd_component_find_most_suspect (tiny->knowledge, tiny->diagnosis), "box");
}

static void
assert_ids (GPtrArray          *items,
            const char * const *expected)
{
  /* SdFault and SdSymptom both begin with their id. */
  assert_int_equal (items->len, g_strv_length ((char **) expected));
  for (guint i = 0; i < items->len; i++)
    assert_string_equal (*(char **) g_ptr_array_index (items, i), expected[i]);
}

static void
test_faults_and_symptoms_of_a_component (void **state)
{
  Tiny *tiny = *state;
  g_autoptr(GPtrArray) box_faults = sd_knowledge_dup_component_faults (tiny->knowledge, "box");
  g_autoptr(GPtrArray) lid_faults = sd_knowledge_dup_component_faults (tiny->knowledge, "lid");
  g_autoptr(GPtrArray) bare_faults = sd_knowledge_dup_component_faults (tiny->knowledge, "bare");
  g_autoptr(GPtrArray) box_symptoms = sd_knowledge_dup_component_symptoms (tiny->knowledge, "box");
  g_autoptr(GPtrArray) lid_symptoms = sd_knowledge_dup_component_symptoms (tiny->knowledge, "lid");
  g_autoptr(GPtrArray) pin_symptoms = sd_knowledge_dup_component_symptoms (tiny->knowledge, "pin");
  g_autoptr(GPtrArray) no_symptoms = sd_knowledge_dup_component_symptoms (tiny->knowledge, NULL);

  /* In the file's order; u has no component and belongs to none. */
  assert_ids (box_faults, (const char * const[]) { "a", "b", NULL });
  assert_ids (lid_faults, (const char * const[]) { "c", NULL });
  assert_ids (bare_faults, (const char * const[]) { NULL });
  assert_ids (box_symptoms, (const char * const[]) { "s", "v", NULL });
  assert_ids (lid_symptoms, (const char * const[]) { "t", NULL });
  assert_ids (pin_symptoms, (const char * const[]) { NULL });
  assert_ids (no_symptoms, (const char * const[]) { NULL });
}

static gboolean
contains_procedure (GPtrArray  *procedures,
                    const char *id)
{
  for (guint i = 0; i < procedures->len; i++)
    if (g_strcmp0 (sd_procedure_get_id (g_ptr_array_index (procedures, i)), id) == 0)
      return TRUE;

  return FALSE;
}

static void
test_guides_of_a_component (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(GPtrArray) amplifier = sd_catalog_dup_component_procedures (catalog, "amplifier");
  g_autoptr(GPtrArray) nothing = sd_catalog_dup_component_procedures (catalog, "no-such-part");
  GListModel *all = sd_catalog_get_procedures (catalog);
  guint next = 0;

  assert_true (contains_procedure (amplifier, "amplifier-check"));
  assert_true (contains_procedure (amplifier, "workshop-amplifier"));
  assert_false (contains_procedure (amplifier, "idrive-reboot"));
  assert_true (amplifier->len < g_list_model_get_n_items (all));
  assert_int_equal (nothing->len, 0);

  /* Each concerns the amplifier, and they come in the catalog's order. */
  for (guint i = 0; i < amplifier->len; i++)
    {
      SdProcedure *procedure = g_ptr_array_index (amplifier, i);
      gboolean found = FALSE;

      assert_true (g_strv_contains (sd_procedure_get_components (procedure), "amplifier"));
      for (; next < g_list_model_get_n_items (all) && !found; next++)
        {
          g_autoptr(SdProcedure) item = g_list_model_get_item (all, next);

          found = item == procedure;
        }
      assert_true (found);
    }
}

static void
test_probability_format (void **state)
{
  g_autofree char *some = sd_probability_format (0.4249);
  g_autofree char *none = sd_probability_format (0.0);

  assert_string_equal (some, "42 %");
  assert_string_equal (none, "0 %");
}

/* The arrow keys' order: the ring in light order, then front to back. */
static void
test_marker_order (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(GArray) order = sd_knowledge_dup_marker_order (knowledge);
  guint n_ring = sd_knowledge_get_n_ring_members (knowledge);
  g_autofree gboolean *seen = g_new0 (gboolean, sd_knowledge_get_n_components (knowledge));

  assert_int_equal (order->len, sd_knowledge_get_n_components (knowledge));
  assert_true (n_ring >= 2);
  for (guint i = 0; i < order->len; i++)
    {
      guint index = g_array_index (order, guint, i);
      const SdComponent *component = sd_knowledge_get_component (knowledge, index);

      assert_false (seen[index]);
      seen[index] = TRUE;
      if (i < n_ring)
        assert_string_equal (component->id, sd_knowledge_get_ring_member (knowledge, i)->component);
      else
        {
          assert_int_equal (component->ring_index, -1);
          if (i > n_ring)
            {
              const SdComponent *before = sd_knowledge_get_component (knowledge,
                                                                      g_array_index (order, guint, i - 1));

              assert_true (before->y < component->y ||
                           (before->y == component->y && before->x <= component->x));
            }
        }
    }
  assert_string_equal (sd_knowledge_get_component (knowledge, g_array_index (order, guint, 0))->id,
                       "head-unit");
}

/* The ring drawn through its members in light order, as a loop that does not
 * cross itself. */
static void
test_ring_path (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  double aspect = 2.2;
  g_autoptr(GArray) path = sd_knowledge_dup_ring_path (knowledge, aspect);
  g_autoptr(GArray) straight = g_array_copy (path);
  guint n = sd_knowledge_get_n_ring_members (knowledge);
  const SdComponent *ring = sd_knowledge_lookup_component (knowledge, "fibre-ring");
  SdPoint on, tangent, at;

  assert_int_equal (path->len, n);
  for (guint r = 0; r < n; r++)
    {
      const SdRingSegment *segment = &g_array_index (path, SdRingSegment, r);
      const SdComponent *from = sd_knowledge_lookup_component (knowledge,
                                                               sd_knowledge_get_ring_member (knowledge, r)->component);
      const SdRingSegment *next = &g_array_index (path, SdRingSegment, (r + 1) % n);

      assert_true (fabs (segment->from.x - from->x) < 1e-9);
      assert_true (fabs (segment->from.y - from->y * aspect) < 1e-9);
      /* Closed: each curve ends where the next begins. */
      assert_true (fabs (segment->to.x - next->from.x) < 1e-9);
      assert_true (fabs (segment->to.y - next->from.y) < 1e-9);
    }
  assert_false (sd_ring_path_crosses_itself (path));

  /* The straight lines through the shipped members do cross: the check can
   * fail. */
  for (guint r = 0; r < n; r++)
    {
      SdRingSegment *segment = &g_array_index (straight, SdRingSegment, r);

      segment->control = (SdPoint) { (segment->from.x + segment->to.x) / 2,
                                     (segment->from.y + segment->to.y) / 2 };
    }
  assert_true (sd_ring_path_crosses_itself (straight));

  /* The ring's own marker goes onto the loop, near where it is. */
  assert_non_null (ring);
  on = sd_ring_path_nearest (path, (SdPoint) { ring->x, ring->y * aspect });
  assert_true (hypot (on.x - ring->x, on.y - ring->y * aspect) < 0.3);
  at = sd_ring_segment_at (&g_array_index (path, SdRingSegment, 0), 0.0, &tangent);
  assert_true (fabs (at.x - g_array_index (path, SdRingSegment, 0).from.x) < 1e-9);
  assert_true (tangent.x != 0 || tangent.y != 0);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_levels_at_thresholds),
    cmocka_unit_test_setup_teardown (test_suspicion_sums_the_faults, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_suspicion_follows_answers, tiny_setup, tiny_teardown),
    cmocka_unit_test_setup_teardown (test_faults_and_symptoms_of_a_component, tiny_setup,
                                     tiny_teardown),
    cmocka_unit_test (test_guides_of_a_component),
    cmocka_unit_test (test_probability_format),
    cmocka_unit_test (test_marker_order),
    cmocka_unit_test (test_ring_path),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
