/* test-knowledge.c: the knowledge base (app/engine/sd-knowledge.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <libxml/parser.h>

#include "sd-knowledge.h"
#include "sd-test-utils.h"

#define KB_HEAD "<?xml version=\"1.0\"?>\n<knowledge id=\"kb\" version=\"1\">\n"
#define KB_TAIL "</knowledge>\n"
#define COMPONENT(id, x) \
  "  <component id=\"" id "\"><name>Name of " id "</name><role>Role</role>" \
  "<location>Somewhere</location><hotspot x=\"" x "\" y=\"0.5\"/></component>\n"

static const char *base_kb =
  KB_HEAD
  COMPONENT ("radio", "0.2")
  COMPONENT ("phone-box", "0.8")
  "  <fault id=\"radio-dead\" component=\"radio\" prior=\"0.3\">\n"
  "    <name>Dead radio</name><explanation>It died.</explanation>\n"
  "  </fault>\n"
  "  <fault id=\"box-dead\" component=\"phone-box\" prior=\"0.2\">\n"
  "    <name>Dead box</name><explanation>It died too.</explanation>\n"
  "  </fault>\n"
  "  <symptom id=\"silence\" component=\"radio\" leak=\"0.05\">\n"
  "    <question>Is the radio silent?</question>\n"
  "    <indicates fault=\"radio-dead\" likelihood=\"0.9\"/>\n"
  "    <indicates fault=\"box-dead\" likelihood=\"0.1\"/>\n"
  "  </symptom>\n"
  "  <symptom id=\"hot-day\">\n"
  "    <question>Was it hot?</question>\n"
  "    <indicates fault=\"box-dead\" likelihood=\"0.4\"/>\n"
  "  </symptom>\n"
  "  <ring>\n"
  "    <member component=\"radio\" reach-minutes=\"3\"/>\n"
  "    <member component=\"phone-box\"/>\n"
  "  </ring>\n"
  KB_TAIL;

static SdKnowledge *
load (const char *xml,
      GPtrArray  *problems)
{
  g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();
  g_autoptr(xmlDoc) doc = sd_test_parse (xml, "kb.xml", problems);

  assert_non_null (doc);
  if (!sd_knowledge_add_document (knowledge, doc, "kb.xml", problems, NULL))
    return NULL;

  return g_steal_pointer (&knowledge);
}

static void
test_load_and_lookup (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = load (base_kb, problems);
  const SdComponent *radio;
  const SdSymptom *silence;

  assert_non_null (knowledge);
  assert_true (sd_knowledge_check (knowledge, problems));
  assert_int_equal (problems->len, 0);

  assert_int_equal (sd_knowledge_get_n_components (knowledge), 2);
  assert_int_equal (sd_knowledge_get_n_faults (knowledge), 2);
  assert_int_equal (sd_knowledge_get_n_symptoms (knowledge), 2);
  assert_int_equal (sd_knowledge_get_n_ring_members (knowledge), 2);

  radio = sd_knowledge_lookup_component (knowledge, "radio");
  assert_non_null (radio);
  assert_string_equal (sd_text_get (&radio->name), "Name of radio");
  assert_true (radio->x > 0.19 && radio->x < 0.21);
  assert_int_equal (radio->ring_index, 0);
  assert_int_equal (sd_knowledge_lookup_component (knowledge, "phone-box")->ring_index, 1);
  assert_int_equal (sd_knowledge_get_ring_member (knowledge, 0)->reach_minutes, 3);

  silence = sd_knowledge_lookup_symptom (knowledge, "silence");
  assert_string_equal (silence->component, "radio");
  assert_int_equal (silence->indications->len, 2);
  assert_true (g_array_index (silence->indications, SdIndication, 0).likelihood > 0.89);
  assert_null (sd_knowledge_lookup_symptom (knowledge, "hot-day")->component);
  assert_null (sd_knowledge_lookup_fault (knowledge, "nothing"));
}

static void
test_duplicate_id_in_one_file (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = NULL;

  knowledge = load (KB_HEAD COMPONENT ("radio", "0.2") "\n" COMPONENT ("radio", "0.4") KB_TAIL,
                    problems);
  assert_null (knowledge);
  sd_test_assert_problem (problems, 5, "the id “radio” is already used on line 3");
}

static void
test_dangling_references (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = NULL;

  knowledge = load (KB_HEAD
                    COMPONENT ("radio", "0.2")
                    "  <fault id=\"f\" component=\"ghost\" prior=\"0.1\">\n"
                    "    <name>F</name><explanation>E</explanation></fault>\n"
                    "  <symptom id=\"s\" component=\"phantom\">\n"
                    "    <question>Q?</question>\n"
                    "    <indicates fault=\"nope\" likelihood=\"0.5\"/>\n"
                    "  </symptom>\n"
                    "  <ring>\n"
                    "    <member component=\"radio\"/>\n"
                    "    <member component=\"radio\"/>\n"
                    "    <member component=\"spectre\"/>\n"
                    "  </ring>\n"
                    KB_TAIL, problems);
  assert_non_null (knowledge);
  assert_false (sd_knowledge_check (knowledge, problems));
  sd_test_assert_problem (problems, 4, "fault “f” names component “ghost”, which does not exist");
  sd_test_assert_problem (problems, 6, "symptom “s” names component “phantom”");
  sd_test_assert_problem (problems, 8, "symptom “s” indicates fault “nope”, which does not exist");
  sd_test_assert_problem (problems, 12, "component “radio” is on the ring twice");
  sd_test_assert_problem (problems, 13, "ring member “spectre” is not a component");
}

static void
test_priors_leave_room_for_other (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = NULL;

  knowledge = load (KB_HEAD
                    COMPONENT ("radio", "0.2")
                    "  <fault id=\"a\" component=\"radio\" prior=\"0.6\">\n"
                    "    <name>A</name><explanation>E</explanation></fault>\n"
                    "  <fault id=\"b\" component=\"radio\" prior=\"0.4\">\n"
                    "    <name>B</name><explanation>E</explanation></fault>\n"
                    KB_TAIL, problems);
  assert_false (sd_knowledge_check (knowledge, problems));
  sd_test_assert_problem (problems, 6, "add up to 1.000");
}

static void
test_later_file_replaces_entries (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GPtrArray) notices = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = load (base_kb, problems);
  g_autoptr(xmlDoc) update = NULL;

  update = sd_test_parse (KB_HEAD
                          "  <fault id=\"radio-dead\" component=\"radio\" prior=\"0.1\">\n"
                          "    <name>Radio gone</name><explanation>Replaced.</explanation>\n"
                          "  </fault>\n"
                          KB_TAIL, "workshop.xml", problems);
  assert_non_null (update);
  assert_true (sd_knowledge_add_document (knowledge, update, "workshop.xml", problems, notices));
  assert_true (sd_knowledge_check (knowledge, problems));

  /* Replaced in place: same count, same position, new values. */
  assert_int_equal (sd_knowledge_get_n_faults (knowledge), 2);
  assert_string_equal (sd_knowledge_get_fault (knowledge, 0)->id, "radio-dead");
  assert_string_equal (sd_text_get (&sd_knowledge_get_fault (knowledge, 0)->name), "Radio gone");
  assert_int_equal (notices->len, 1);
  sd_test_assert_problem (notices, 3, "fault “radio-dead” replaces the one loaded before");
}

static void
test_text_contexts (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = load (base_kb, problems);
  const SdComponent *radio = sd_knowledge_lookup_component (knowledge, "radio");
  const SdSymptom *silence = sd_knowledge_lookup_symptom (knowledge, "silence");

  /* These must match what data/its/sos-doctor.its makes xgettext write. */
  assert_string_equal (radio->name.context, "kb:radio:name");
  assert_string_equal (radio->location.context, "kb:radio:location");
  assert_string_equal (silence->question.context, "kb:silence:question");
}


static xmlDoc *
parse_unvalidated (const char *xml)
{
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));

  /* Without the schema and the loader's number check: what sd-knowledge.c
   * itself does with a bad number. */
  return sd_xml_parse (bytes, "raw.xml", NULL);
}

static void
test_numbers_read_strictly (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = load (base_kb, problems);
  g_autoptr(xmlDoc) overflow = NULL;
  g_autoptr(xmlDoc) sign = NULL;

  /* Once an undefined float-to-unsigned cast (UBSan). */
  overflow = parse_unvalidated (KB_HEAD
                                COMPONENT ("amp", "0.3")
                                "  <ring>\n"
                                "    <member component=\"radio\"/><member component=\"amp\" "
                                "reach-minutes=\"99999999999999999999\"/>\n"
                                "  </ring>\n"
                                KB_TAIL);
  assert_false (sd_knowledge_add_document (knowledge, overflow, "raw.xml", problems, NULL));
  sd_test_assert_problem (problems, 5, "attribute “reach-minutes” has the value “99999999999999999999”");

  sign = parse_unvalidated (KB_HEAD
                            COMPONENT ("amp", "+0.3")
                            "  <fault id=\"amp-dead\" component=\"amp\" prior=\"+0.1\">\n"
                            "    <name>A</name><explanation>E</explanation></fault>\n"
                            KB_TAIL);
  assert_false (sd_knowledge_add_document (knowledge, sign, "raw.xml", problems, NULL));
  sd_test_assert_problem (problems, 3, "attribute “x” has the value “+0.3”");
  sd_test_assert_problem (problems, 4, "attribute “prior” has the value “+0.1”");

  /* Nothing of either file was added: the first component of each is not there. */
  assert_null (sd_knowledge_lookup_component (knowledge, "amp"));
  assert_null (sd_knowledge_lookup_fault (knowledge, "amp-dead"));
  assert_int_equal (sd_knowledge_get_n_components (knowledge), 2);
  assert_int_equal (sd_knowledge_get_n_ring_members (knowledge), 2);
  assert_int_equal (sd_knowledge_get_ring_member (knowledge, 0)->reach_minutes, 3);
}

static void
test_checked_add_is_all_or_nothing (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(GPtrArray) notices = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = load (base_kb, problems);
  g_autoptr(xmlDoc) bad = NULL;
  g_autoptr(xmlDoc) good = NULL;

  assert_true (sd_knowledge_check (knowledge, problems));

  /* Replaces a fault, a component and the ring, adds one more, and its priors
   * take the sum to 1.1: refused as a whole. */
  bad = sd_test_parse (KB_HEAD
                       COMPONENT ("radio", "0.9")
                       COMPONENT ("amp", "0.3")
                       "  <fault id=\"radio-dead\" component=\"radio\" prior=\"0.5\">\n"
                       "    <name>Replaced</name><explanation>E</explanation></fault>\n"
                       "  <fault id=\"amp-dead\" component=\"amp\" prior=\"0.4\">\n"
                       "    <name>Amp</name><explanation>E</explanation></fault>\n"
                       "  <ring><member component=\"amp\"/></ring>\n"
                       KB_TAIL, "bad.xml", problems);
  assert_non_null (bad);
  assert_false (sd_knowledge_add_document_checked (knowledge, bad, "bad.xml", problems, notices));
  sd_test_assert_problem (problems, 7, "the priors of all faults add up to 1.100");

  /* As it was: entries, their order, the ring and its numbering, no notices. */
  assert_int_equal (notices->len, 0);
  assert_int_equal (sd_knowledge_get_n_components (knowledge), 2);
  assert_int_equal (sd_knowledge_get_n_faults (knowledge), 2);
  assert_null (sd_knowledge_lookup_fault (knowledge, "amp-dead"));
  assert_null (sd_knowledge_lookup_component (knowledge, "amp"));
  assert_string_equal (sd_text_get (&sd_knowledge_lookup_fault (knowledge, "radio-dead")->name),
                       "Dead radio");
  assert_true (sd_knowledge_lookup_component (knowledge, "radio")->x < 0.21);
  assert_string_equal (sd_knowledge_get_fault (knowledge, 0)->id, "radio-dead");
  assert_int_equal (sd_knowledge_get_n_ring_members (knowledge), 2);
  assert_int_equal (sd_knowledge_lookup_component (knowledge, "phone-box")->ring_index, 1);

  /* A file that fits is added, with its notices. */
  good = sd_test_parse (KB_HEAD
                        "  <fault id=\"radio-dead\" component=\"radio\" prior=\"0.1\">\n"
                        "    <name>Replaced</name><explanation>E</explanation></fault>\n"
                        KB_TAIL, "good.xml", problems);
  assert_true (sd_knowledge_add_document_checked (knowledge, good, "good.xml", problems, notices));
  assert_int_equal (notices->len, 1);
  assert_string_equal (sd_text_get (&sd_knowledge_lookup_fault (knowledge, "radio-dead")->name),
                       "Replaced");
}

#define SYMPTOM(id, attrs, body) \
  "  <symptom id=\"" id "\"" attrs "><question>" id "?</question>" body "</symptom>\n"
#define IMPLIES(when, id, answer) \
  "<implies when=\"" when "\" symptom=\"" id "\" answer=\"" answer "\"/>"

/* Effort: a word of the scale or minutes; implications are read with their line. */
static void
test_effort_and_implications (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = NULL;
  const SdSymptom *silent;
  const SdImplication *implication;

  knowledge = load (KB_HEAD
                    SYMPTOM ("silent", " effort=\"look\"",
                             "\n" IMPLIES ("yes", "distorted", "no") "\n")
                    SYMPTOM ("distorted", "", "")
                    SYMPTOM ("coded", " effort=\"scanner\"", "")
                    SYMPTOM ("trim", " effort=\"open-trim\"", "")
                    SYMPTOM ("wet", " effort=\"7.5\"", "")
                    KB_TAIL, problems);
  assert_non_null (knowledge);
  assert_true (sd_knowledge_check (knowledge, problems));
  assert_int_equal (problems->len, 0);

  silent = sd_knowledge_lookup_symptom (knowledge, "silent");
  assert_true (silent->effort == SD_EFFORT_LOOK_MINUTES);
  assert_true (sd_knowledge_lookup_symptom (knowledge, "distorted")->effort ==
               SD_EFFORT_NOTICED_MINUTES);
  assert_true (sd_knowledge_lookup_symptom (knowledge, "coded")->effort ==
               SD_EFFORT_SCANNER_MINUTES);
  assert_true (sd_knowledge_lookup_symptom (knowledge, "trim")->effort ==
               SD_EFFORT_OPEN_TRIM_MINUTES);
  assert_true (sd_knowledge_lookup_symptom (knowledge, "wet")->effort == 7.5);
  assert_int_equal (silent->implications->len, 1);
  implication = &g_array_index (silent->implications, SdImplication, 0);
  assert_string_equal (implication->symptom, "distorted");
  assert_true (implication->when_yes);
  assert_false (implication->answer_yes);
  assert_int_equal (implication->line, 4);
}

/* Implications naming nothing or themselves, going in a circle or answering
 * something both ways are refused, each at its file and line. */
static void
test_bad_implications (void **state)
{
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) dangling = NULL;
  g_autoptr(SdKnowledge) circle = NULL;
  g_autoptr(SdKnowledge) contradiction = NULL;

  dangling = load (KB_HEAD
                   SYMPTOM ("a", "", IMPLIES ("yes", "ghost", "no"))
                   SYMPTOM ("b", "", IMPLIES ("no", "b", "yes"))
                   KB_TAIL, problems);
  assert_non_null (dangling);
  assert_false (sd_knowledge_check (dangling, problems));
  sd_test_assert_problem (problems, 3, "symptom “a” implies an answer to symptom “ghost”, "
                          "which does not exist");
  sd_test_assert_problem (problems, 4, "symptom “b” implies an answer to itself");

  g_ptr_array_set_size (problems, 0);
  circle = load (KB_HEAD
                 SYMPTOM ("a", "", IMPLIES ("yes", "b", "yes"))
                 SYMPTOM ("b", "", IMPLIES ("yes", "c", "no"))
                 SYMPTOM ("c", "", IMPLIES ("no", "a", "yes"))
                 KB_TAIL, problems);
  assert_false (sd_knowledge_check (circle, problems));
  sd_test_assert_problem (problems, 5, "the implications of symptom “c” lead in a circle back "
                          "to it through symptom “a”");

  g_ptr_array_set_size (problems, 0);
  contradiction = load (KB_HEAD
                        SYMPTOM ("a", "", IMPLIES ("yes", "b", "yes") IMPLIES ("yes", "c", "no"))
                        SYMPTOM ("b", "", IMPLIES ("yes", "c", "yes"))
                        SYMPTOM ("c", "", "")
                        KB_TAIL, problems);
  assert_false (sd_knowledge_check (contradiction, problems));
  sd_test_assert_problem (problems, 3, "answering symptom “a” yes would answer symptom “c” both "
                          "yes and no");
}

/* An effort that is neither minutes nor a word of the scale is refused by the
 * reader, which reads numbers strictly ("+5" passes the schema's decimal). */
static void
test_bad_effort (void **state)
{
  static const char *xml = KB_HEAD SYMPTOM ("a", " effort=\"+5\"", "") KB_TAIL;
  g_autoptr(GPtrArray) problems = sd_problems_new ();
  g_autoptr(SdKnowledge) knowledge = sd_knowledge_new ();
  g_autoptr(xmlDoc) doc = xmlReadMemory (xml, strlen (xml), "kb.xml", NULL, XML_PARSE_NONET);

  assert_non_null (doc);
  assert_false (sd_knowledge_add_document (knowledge, doc, "kb.xml", problems, NULL));
  sd_test_assert_problem (problems, 3, "effort “+5” is neither minutes");
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_load_and_lookup),
    cmocka_unit_test (test_duplicate_id_in_one_file),
    cmocka_unit_test (test_dangling_references),
    cmocka_unit_test (test_priors_leave_room_for_other),
    cmocka_unit_test (test_later_file_replaces_entries),
    cmocka_unit_test (test_text_contexts),
    cmocka_unit_test (test_numbers_read_strictly),
    cmocka_unit_test (test_checked_add_is_all_or_nothing),
    cmocka_unit_test (test_effort_and_implications),
    cmocka_unit_test (test_bad_implications),
    cmocka_unit_test (test_bad_effort),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
