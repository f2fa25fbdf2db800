/* test-commands.c: the headless command-line verbs (app/engine/sd-commands.c)
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>
#include <math.h>

#include "sd-commands.h"
#include "sd-enum-utils.h"
#include "sd-session.h"
#include "sd-test-utils.h"

static void
assert_records (const char *text,
                guint       n_fields,
                guint       n_records)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;

      if (lines[i][0] == '\0')
        continue;

      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != n_fields)
        fail_msg ("expected %u fields in “%s”", n_fields, lines[i]);
      for (guint j = 0; j < n_fields; j++)
        if (fields[j][0] == '\0')
          fail_msg ("field %u is empty in “%s”", j, lines[i]);
      n++;
    }

  assert_int_equal (n, n_records);
}

static void
test_list_procedures (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *expected_line = NULL;
  SdProcedure *reboot = sd_catalog_lookup_procedure (catalog, "idrive-reboot");

  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_PROCEDURES, NULL, out, err), 0);
  assert_string_equal (err->str, "");
  assert_records (out->str, 6,
                  g_list_model_get_n_items (sd_catalog_get_procedures (catalog)));

  expected_line = g_strdup_printf ("idrive-reboot\t%s\t%u\t%s\t%u\t%s\n",
                                   sd_procedure_get_title (reboot),
                                   sd_procedure_get_minutes (reboot),
                                   sd_difficulty_to_string (sd_procedure_get_difficulty (reboot)),
                                   sd_procedure_get_n_steps (reboot),
                                   "resource:///io/github/sosdoctor/SosDoctor/procedures/idrive-reboot.xml");
  assert_non_null (strstr (out->str, expected_line));
}

static void
test_list_components_and_symptoms (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  SdKnowledge *knowledge = sd_catalog_get_knowledge (catalog);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_COMPONENTS, NULL, out, err), 0);
  assert_records (out->str, 4, sd_knowledge_get_n_components (knowledge));
  assert_true (g_str_has_prefix (out->str, sd_knowledge_get_component (knowledge, 0)->id));

  g_string_truncate (out, 0);
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_SYMPTOMS, NULL, out, err), 0);
  assert_records (out->str, 3, sd_knowledge_get_n_symptoms (knowledge));
  assert_string_equal (err->str, "");
}

static void
test_validate_statuses (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  const char *good[] = { SRCDIR "/data/procedures/idrive-reboot.xml",
                         SRCDIR "/data/knowledge/sos-doctor.xml", NULL };
  const char *mixed[] = { SRCDIR "/data/procedures/idrive-reboot.xml",
                          TESTDATADIR "/bad/semantic-goto-missing.xml", NULL };
  const char *none[] = { NULL };

  SdCommandOptions options = { NULL, };

  options.files = good;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_VALIDATE, &options, out, err), 0);
  assert_string_equal (out->str, "");
  assert_string_equal (err->str, "");

  /* One bad file makes the status 1; only its problems are printed. */
  options.files = mixed;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_VALIDATE, &options, out, err), 1);
  assert_true (g_str_has_prefix (err->str, TESTDATADIR "/bad/semantic-goto-missing.xml:"));
  assert_null (strstr (err->str, "idrive-reboot"));

  g_string_truncate (err, 0);
  options.files = none;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_VALIDATE, &options, out, err), 2);
  assert_non_null (strstr (err->str, "needs at least one file"));
}

static void
test_skipped_files_reported (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_catalog_new ();
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *bad = g_build_filename (dir, "bad.xml", NULL);
  g_autofree char *expected = NULL;

  assert_true (g_file_set_contents (bad, "<procedure>\n<unclosed>\n", -1, NULL));
  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);

  /* The listing still works; the skipped file is named on standard error. */
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_LIST_PROCEDURES, NULL, out, err), 0);
  assert_true (out->len > 0);
  expected = g_strdup_printf ("skipped: %s:", bad);
  assert_true (g_str_has_prefix (err->str, expected));

  sd_test_rm_rf (dir);
}

/* A fault name with what JSON must escape or carry: quotes, a backslash,
 * controls (DEL, and C1's NEL, which XML 1.0 allows) and non-ASCII letters. */
#define TRICKY_NAME "Amp \"quoted\" back\\slash \x7f\xc2\x85 “Gerät” défectueux 🔧"
#define TRICKY_NAME_XML "Amp &quot;quoted&quot; back\\slash &#x7F;&#x85; “Gerät” défectueux 🔧"

static SdCatalog *
load_catalog_with_tricky_name (const char *dir)
{
  g_autofree char *builtin = g_build_filename (SRCDIR, "data", "knowledge", "sos-doctor.xml",
                                               NULL);
  g_autofree char *knowledge_dir = g_build_filename (dir, "knowledge", NULL);
  g_autofree char *path = g_build_filename (knowledge_dir, "sos-doctor.xml", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *changed = NULL;
  SdCatalog *catalog = sd_catalog_new ();

  assert_true (g_file_get_contents (builtin, &contents, NULL, NULL));
  parts = g_strsplit (contents, "<name>Defective amplifier</name>", -1);
  assert_int_equal (g_strv_length (parts), 2);
  changed = g_strjoinv ("<name>" TRICKY_NAME_XML "</name>", parts);
  assert_int_equal (g_mkdir_with_parents (knowledge_dir, 0700), 0);
  assert_true (g_file_set_contents (path, changed, -1, NULL));

  sd_catalog_set_use_system_dirs (catalog, FALSE);
  sd_catalog_add_directory (catalog, dir);
  sd_catalog_load (catalog);
  assert_int_equal (sd_catalog_get_problems (catalog)->len, 0);

  return catalog;
}

static void
test_diagnose_json_parses (void **state)
{
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autoptr(SdCatalog) catalog = load_catalog_with_tricky_name (dir);
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  const char *present[] = { "amp-no-output,amp-burning-smell", NULL };
  SdCommandOptions options = { NULL, };
  g_auto(GStrv) lines = NULL;
  JsonObject *root, *top, *advice;
  JsonArray *causes;
  double sum = 0;

  options.present = present;
  options.json = TRUE;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 0);
  /* The copy replaces the built-in knowledge, and says so on stderr only:
   * nothing else may be said, and nothing of it goes into the JSON. */
  lines = g_strsplit (err->str, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (lines[i][0] != '\0')
      if (strstr (lines[i], " replaces the one loaded ") == NULL)
        fail_msg ("unexpected on stderr: %s", lines[i]);
  assert_true (g_utf8_validate (out->str, -1, NULL));

  if (!json_parser_load_from_data (parser, out->str, -1, &error))
    fail_msg ("--json printed invalid JSON (%s):\n%s", error->message, out->str);
  assert_int_equal (json_node_get_node_type (json_parser_get_root (parser)), JSON_NODE_OBJECT);
  root = json_node_get_object (json_parser_get_root (parser));

  /* The keys in the order scripts have read them so far. */
  {
    g_autoptr(GList) members = json_object_get_members (root);
    const char *expected[] = { "causes", "advice", "procedures", "questions" };
    guint i = 0;

    for (GList *l = members; l != NULL; l = l->next, i++)
      {
        assert_true (i < G_N_ELEMENTS (expected));
        assert_string_equal (l->data, expected[i]);
      }
    assert_int_equal (i, G_N_ELEMENTS (expected));
  }

  causes = json_object_get_array_member (root, "causes");
  top = json_array_get_object_element (causes, 0);
  assert_string_equal (json_object_get_string_member (top, "fault"), "amplifier-defective");
  assert_string_equal (json_object_get_string_member (top, "component"), "amplifier");
  assert_string_equal (json_object_get_string_member (top, "name"), TRICKY_NAME);
  assert_true (json_object_get_double_member (top, "probability") > 0.5);
  for (guint i = 0; i < json_array_get_length (causes); i++)
    sum += json_object_get_double_member (json_array_get_object_element (causes, i),
                                          "probability");
  assert_true (fabs (sum - 1) < 1e-9);

  /* The "something else" cause has no component: null, not a string. */
  for (guint i = 0; i < json_array_get_length (causes); i++)
    {
      JsonObject *cause = json_array_get_object_element (causes, i);

      if (g_strcmp0 (json_object_get_string_member (cause, "fault"), "other") == 0)
        assert_true (json_object_get_null_member (cause, "component"));
    }

  advice = json_object_get_object_member (root, "advice");
  assert_true (json_object_has_member (advice, "kind"));
  assert_true (json_object_has_member (advice, "expected_minutes"));
  assert_true (json_array_get_length (json_object_get_array_member (root, "procedures")) > 0);
  assert_true (json_object_has_member (
    json_array_get_object_element (json_object_get_array_member (root, "procedures"), 0),
    "allowed"));

  sd_test_rm_rf (dir);
}

/* --ring-plan walks the finder the way a script would: each answer given back
 * with --ring-answers, until the break is named. */
static void
test_ring_plan (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  const char *fitted[] = { "sdars,amplifier", NULL };
  g_autoptr(GPtrArray) given = g_ptr_array_new_with_free_func (g_free);
  SdCommandOptions options = { NULL, };
  guint rounds = 0;

  options.car = "e92";
  options.market = "na";
  options.fitted = fitted;

  /* The light stops after the tuner: every check sees light. */
  for (;;)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      g_autoptr(GString) err = g_string_new (NULL);
      g_auto(GStrv) lines = NULL;
      g_auto(GStrv) fields = NULL;

      g_ptr_array_add (given, NULL);
      options.ring_answers = (const char * const *) given->pdata;
      assert_int_equal (sd_commands_run (catalog, SD_COMMAND_RING_PLAN, &options, out, err), 0);
      g_ptr_array_remove_index (given, given->len - 1);
      assert_string_equal (err->str, "");

      lines = g_strsplit (out->str, "\n", -1);
      assert_string_equal (lines[0], "ring\thead-unit,amplifier,tcu,sdars");
      fields = g_strsplit (lines[1], "\t", -1);
      if (g_str_equal (fields[0], "break"))
        {
          assert_string_equal (fields[1], "sdars");
          assert_string_equal (fields[2], "head-unit");
          assert_string_equal (fields[3], "sdars-bypass");
          break;
        }
      assert_string_equal (fields[0], "check");
      assert_int_equal (g_strv_length (fields), 5);
      g_ptr_array_add (given, g_strdup_printf ("%s=light", fields[1]));
      assert_true (++rounds <= 2);
    }
  assert_int_equal (rounds, 2);

  /* A position from a scanner names the break at once. */
  {
    g_autoptr(GString) out = g_string_new (NULL);
    g_autoptr(GString) err = g_string_new (NULL);
    g_autoptr(JsonParser) parser = json_parser_new ();
    JsonObject *root, *found;

    options.ring_answers = NULL;
    options.has_node_position = TRUE;
    options.node_position = 1;
    options.json = TRUE;
    assert_int_equal (sd_commands_run (catalog, SD_COMMAND_RING_PLAN, &options, out, err), 0);
    assert_true (json_parser_load_from_data (parser, out->str, -1, NULL));
    root = json_node_get_object (json_parser_get_root (parser));
    assert_string_equal (json_object_get_string_member (root, "state"), "located");
    assert_true (json_object_get_null_member (root, "next_check"));
    found = json_object_get_object_member (root, "break");
    /* sdars counts 0, the head unit 1: the break is in front of the tuner. */
    assert_string_equal (json_object_get_string_member (found, "from"), "tcu");
    assert_string_equal (json_object_get_string_member (found, "to"), "sdars");
    assert_string_equal (json_object_get_string_member (found, "next_guide"), "fibre-splice");
  }

  /* Usage errors: a member the ring has not, a position past it. */
  {
    g_autoptr(GString) out = g_string_new (NULL);
    g_autoptr(GString) err = g_string_new (NULL);
    const char *wrong[] = { "kombi=light", NULL };

    options.json = FALSE;
    assert_int_equal (sd_commands_run (catalog, SD_COMMAND_RING_PLAN, &options, out, err), 0);
    options.node_position = 4;
    assert_int_equal (sd_commands_run (catalog, SD_COMMAND_RING_PLAN, &options, out, err), 2);
    options.has_node_position = FALSE;
    options.ring_answers = wrong;
    assert_int_equal (sd_commands_run (catalog, SD_COMMAND_RING_PLAN, &options, out, err), 2);
    assert_non_null (strstr (err->str, "kombi=light"));
  }
}

/* What a guide found reaches the diagnosis as it does in the app: a damaged
 * fibre found by fibre-inspect tops the causes, with its reason, and the splice
 * is the next step; a finding not understood is a usage error. */
static void
test_diagnose_finding (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  const char *present[] = { "recent-battery-trouble,audio-and-nav-lost,recent-boot-work,radio-no-sound", NULL };
  const char *found[] = { "fibre-inspect:fault-found:fibre-damaged", NULL };
  const char *bad_kind[] = { "fibre-inspect:broken:fibre-damaged", NULL };
  const char *bad_fault[] = { "fibre-inspect:fault-found:no-such-fault", NULL };
  SdCommandOptions options = { .present = present, .car = "e91", .market = "europe" };
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 0);
  assert_null (strstr (out->str, "Found in"));
  assert_non_null (strstr (out->str, "\tfibre-connector-unplugged\t"));

  options.findings = found;
  g_string_truncate (out, 0);
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 0);
  assert_string_equal (err->str, "");
  /* The first cause listed is the damaged fibre, with the guide's finding as a reason. */
  assert_non_null (strstr (strstr (out->str, "Likely causes:"), "%\tfibre-damaged\t"));
  assert_true (strstr (out->str, "\tfibre-damaged\t") < strstr (out->str, "\tfibre-connector-unplugged\t"));
  assert_non_null (strstr (out->str, "Found in"));
  /* The guide that found it is done; its repair comes next. */
  assert_non_null (strstr (out->str, "Recommended next step:\n  do\tfibre-splice\t"));

  options.findings = bad_kind;
  g_string_truncate (out, 0);
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 2);
  assert_non_null (strstr (err->str, "fibre-inspect:broken:fibre-damaged"));

  options.findings = bad_fault;
  g_string_truncate (err, 0);
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_DIAGNOSE, &options, out, err), 2);
  assert_non_null (strstr (err->str, "no-such-fault"));
}

/* The ids of --json's "questions", in their order. */
static GPtrArray *
json_questions (JsonObject *root)
{
  JsonArray *questions = json_object_get_array_member (root, "questions");
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (questions); i++)
    g_ptr_array_add (ids, (gpointer) json_object_get_string_member (
                            json_array_get_object_element (questions, i), "symptom"));

  return ids;
}

static gboolean
has_id (GPtrArray  *ids,
        const char *id)
{
  return g_ptr_array_find_with_equal_func (ids, id, g_str_equal, NULL);
}

/* Runs --diagnose --json with @options and parses it into @parser. */
static JsonObject *
diagnose_json (SdCatalog        *catalog,
               SdCommandOptions *options,
               JsonParser       *parser)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) err = g_string_new (NULL);

  options->json = TRUE;
  assert_int_equal (sd_commands_run (catalog, SD_COMMAND_DIAGNOSE, options, out, err), 0);
  assert_string_equal (err->str, "");
  assert_true (json_parser_load_from_data (parser, out->str, -1, NULL));

  return json_node_get_object (json_parser_get_root (parser));
}

/* --codes and --no-codes-in answer "has a scanner" yes and leave the scanner
 * questions unadvised, as codes entered in the app do: the command line gives
 * the same causes, questions and advice as a session with the same car,
 * answer and code. Without codes, a yes to "has-scanner" opens them. */
static void
test_diagnose_codes_answer_scanner (void **state)
{
  g_autoptr(SdCatalog) catalog = sd_test_load_catalog ();
  g_autofree char *dir = sd_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "case.ini", NULL);
  g_autoptr(SdSession) session = sd_session_new (catalog, path);
  g_autoptr(SdVehicleProfile) car = sd_vehicle_profile_new (sd_catalog_get_vehicles (catalog));
  SdDiagnosis *app = sd_session_get_diagnosis (session);
  const char *older[] = { "car-older-than-5-years", NULL };
  const char *scanner[] = { "car-older-than-5-years,has-scanner", NULL };
  const char *codes[] = { "B7F341", NULL };
  const char *telematics[] = { "telematics", NULL };
  SdCommandOptions options = { .present = older, .car = "e90", .codes = codes };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GPtrArray) asked = NULL;
  const SdAdvice *advice = NULL;
  JsonObject *root, *json_advice, *top;

  root = diagnose_json (catalog, &options, parser);
  asked = json_questions (root);
  assert_false (has_id (asked, "has-scanner"));
  assert_false (has_id (asked, "scanner-emergency-battery-code"));

  /* The app, with the same car, answer and code. */
  sd_vehicle_profile_set_model (car, "e90");
  sd_vehicle_profile_apply_defaults (car);
  sd_session_set_profile (session, car);
  sd_session_set_answer (session, "car-older-than-5-years", SD_ANSWER_YES);
  sd_session_set_codes (session, codes);
  advice = sd_diagnosis_get_advice (app);
  top = json_array_get_object_element (json_object_get_array_member (root, "causes"), 0);
  assert_string_equal (json_object_get_string_member (top, "fault"),
                       sd_diagnosis_get_cause (app, 0)->fault->id);
  assert_true (fabs (json_object_get_double_member (top, "probability") -
                     sd_diagnosis_get_cause (app, 0)->probability) < 1e-9);
  json_advice = json_object_get_object_member (root, "advice");
  assert_string_equal (json_object_get_string_member (json_advice, "kind"),
                       sd_enum_to_nick (SD_TYPE_ADVICE_KIND, advice->kind));
  assert_true (fabs (json_object_get_double_member (json_advice, "expected_minutes") -
                     advice->expected_cost) < 1e-9);
  assert_int_equal (asked->len, sd_diagnosis_get_n_questions (app));
  for (guint r = 0; r < asked->len; r++)
    assert_string_equal (g_ptr_array_index (asked, r),
                         sd_diagnosis_get_question (app, r)->symptom->id);

  /* A module found empty is a scanner's read too. */
  options.codes = NULL;
  options.clear_modules = telematics;
  g_ptr_array_unref (asked);
  asked = json_questions (diagnose_json (catalog, &options, parser));
  assert_false (has_id (asked, "has-scanner"));
  assert_false (has_id (asked, "scanner-emergency-battery-code"));

  /* Without either, the owner's yes opens the scanner question. */
  options.clear_modules = NULL;
  options.present = scanner;
  g_ptr_array_unref (asked);
  asked = json_questions (diagnose_json (catalog, &options, parser));
  assert_true (has_id (asked, "scanner-emergency-battery-code"));

  g_clear_object (&session);
  sd_test_rm_rf (dir);
}

int
main (void)
{
  const struct CMUnitTest tests[] = {
    cmocka_unit_test (test_list_procedures),
    cmocka_unit_test (test_list_components_and_symptoms),
    cmocka_unit_test (test_validate_statuses),
    cmocka_unit_test (test_skipped_files_reported),
    cmocka_unit_test (test_diagnose_json_parses),
    cmocka_unit_test (test_ring_plan),
    cmocka_unit_test (test_diagnose_finding),
    cmocka_unit_test (test_diagnose_codes_answer_scanner),
  };

  return cmocka_run_group_tests (tests, NULL, NULL);
}
