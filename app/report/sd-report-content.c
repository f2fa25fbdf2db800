/* sd-report-content.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the report says, in order: the car, the dates, the fault codes, every
 * answer, every guide tried and the one under way, the ranked causes with
 * their reasons, the next step, the diagram, the owner's notes and what the
 * probabilities mean. A field the case lacks reads "not given".
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-component-info.h"
#include "sd-procedure.h"
#include "sd-report-private.h"

/* How many causes the report ranks, and how many reasons, the strongest, it
 * gives for each. */
#define RANKED_CAUSES 5
#define REASONS_PER_CAUSE 4

static void
heading (SdReport   *self,
         const char *text)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);

  _sd_report_add_block (self, SD_BLOCK_HEADING, markup, NULL, NULL);
}

/* A paragraph of plain text, escaped. */
static void
text (SdReport   *self,
      const char *plain,
      double      indent)
{
  g_autofree char *markup = g_markup_escape_text (plain, -1);
  SdBlock *block;

  _sd_report_add_block (self, SD_BLOCK_TEXT, markup, NULL, NULL);
  block = g_ptr_array_index (self->blocks, self->blocks->len - 1);
  block->indent = indent;
}

static void
row (SdReport   *self,
     const char *label,
     const char *plain,
     const char *date)
{
  g_autofree char *first = g_markup_escape_text (label != NULL ? label : "", -1);
  g_autofree char *second = g_markup_escape_text (plain != NULL ? plain : "", -1);
  g_autofree char *third = g_markup_escape_text (date != NULL ? date : "", -1);

  _sd_report_add_block (self, SD_BLOCK_ROW, first, second, third);
}

static const char *
or_not_given (const char *value)
{
  /* Translators: in the report, for a field the case has no value for (the VIN, …). */
  return value != NULL ? value : _("not given");
}

/* The codes entered, each with what it means, or said to be unknown. */
static char *
join_codes (SdReport           *self,
            const char * const *codes)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; codes[i] != NULL; i++)
    {
      const SdCode *code = self->codes != NULL ? sd_codes_lookup_entered (self->codes, codes[i]) : NULL;

      /* Listed as entered without a table; one a line with what they mean. */
      if (out->len > 0)
        g_string_append (out, self->codes != NULL ? "\n" : ", ");
      if (code != NULL)
        /* Translators: a fault code and what it means, in the report. */
        g_string_append_printf (out, _("%s: %s"), codes[i], sd_codes_get_meaning (self->codes, code));
      else if (self->codes != NULL)
        /* Translators: a fault code the owner entered that the app's table lacks. */
        g_string_append_printf (out, _("%s: not known to SOS Doctor"), codes[i]);
      else
        g_string_append (out, codes[i]);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
add_car (SdReport *self)
{
  const char * const *codes = sd_case_get_codes (self->kase);
  g_autofree char *started = _sd_report_format_date (sd_case_get_created (self->kase));
  g_autofree char *joined = NULL;
  g_autofree char *car = sd_case_dup_car (self->kase);

  heading (self, _("The car"));
  /* Translators: labels of the report's first rows; keep them short. */
  row (self, C_("report", "Car"), or_not_given (car), NULL);
  row (self, C_("report", "VIN"), or_not_given (sd_case_get_vin (self->kase)), NULL);
  row (self, C_("report", "Mileage"), or_not_given (sd_case_get_mileage (self->kase)), NULL);
  if (codes != NULL)
    joined = join_codes (self, codes);
  row (self, C_("report", "Fault codes"), or_not_given (joined), NULL);
  row (self, C_("report", "Started"), started, NULL);
  if (sd_case_get_name (self->kase) != NULL)
    row (self, C_("report", "Case"), sd_case_get_name (self->kase), NULL);
}

static void
add_answer (SdReport   *self,
            const char *question,
            SdAnswer    answer,
            GDateTime  *when)
{
  g_autofree char *date = when != NULL ? _sd_report_format_date (when) : NULL;

  row (self, answer == SD_ANSWER_YES ? C_("answer", "Yes") : C_("answer", "No"), question, date);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

/* Every answer, in the knowledge base's order, then any about a question it no
 * longer has, by id. */
static void
add_answers (SdReport *self)
{
  g_autoptr(GHashTable) known = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) answered = NULL;
  guint listed = 0;

  heading (self, _("What the owner noticed"));
  for (guint s = 0; s < sd_knowledge_get_n_symptoms (self->knowledge); s++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (self->knowledge, s);
      SdAnswer answer = sd_case_get_answer (self->kase, symptom->id);

      g_hash_table_add (known, symptom->id);
      if (answer == SD_ANSWER_UNKNOWN)
        continue;
      add_answer (self, sd_text_get (&symptom->question), answer,
                  sd_case_get_answer_time (self->kase, symptom->id));
      listed++;
    }

  answered = sd_case_dup_answered (self->kase);
  for (guint i = 0; answered[i] != NULL; i++)
    if (!g_hash_table_contains (known, answered[i]))
      g_ptr_array_add (others, g_strdup (answered[i]));
  g_ptr_array_sort (others, compare_strings);
  for (guint i = 0; i < others->len; i++)
    {
      const char *id = g_ptr_array_index (others, i);

      add_answer (self, id, sd_case_get_answer (self->kase, id),
                  sd_case_get_answer_time (self->kase, id));
      listed++;
    }

  if (listed == 0)
    text (self, _("No questions answered yet."), 0);
}

static const char *
title_of (SdReport   *self,
          const char *id)
{
  SdProcedure *procedure = sd_procedures_lookup (self->procedures, id);

  return procedure != NULL ? sd_procedure_get_title (procedure) : id;
}

/* What was answered at a step of the run under way: a choice's label, or the
 * answer as recorded. */
static char *
describe_step (SdProcedure *procedure,
               const char  *step_id,
               const char  *answer)
{
  int index = sd_procedure_find_step (procedure, step_id);
  const SdStep *step = index >= 0 ? sd_procedure_get_step (procedure, index) : NULL;
  const char *title = step != NULL ? sd_text_get (&step->title) : step_id;
  guint64 choice;

  if (answer == NULL)
    return g_strdup (title);

  if (step != NULL && step->choices != NULL &&
      g_ascii_string_to_unsigned (answer, 10, 0, step->choices->len - 1, &choice, NULL))
    {
      const SdChoice *picked = g_ptr_array_index (step->choices, choice);

      return g_strdup_printf ("%s — %s", title, sd_text_get (&picked->label));
    }

  return g_strdup (title);
}

static void
add_guides (SdReport *self)
{
  const SdCaseRun *run = sd_case_get_run (self->kase);

  heading (self, _("What was tried"));
  for (guint i = 0; i < sd_case_get_n_tried (self->kase); i++)
    {
      const SdTried *tried = sd_case_get_tried (self->kase, i);
      g_autofree char *when = _sd_report_format_date (tried->when);

      row (self, sd_outcome_get_log_label (tried->outcome), title_of (self, tried->procedure),
           when);
    }
  if (sd_case_get_n_tried (self->kase) == 0 && run == NULL)
    text (self, _("Nothing tried yet."), 0);

  /* What the guides found (issue 12). */
  for (guint i = 0; i < sd_case_get_n_findings (self->kase); i++)
    {
      const SdFinding *finding = sd_case_get_finding (self->kase, i);
      g_autofree char *line = sd_finding_describe (finding, sd_procedures_lookup (self->procedures,
                                                                                  finding->procedure));

      text (self, line, SD_REPORT_TEXT_INDENT);
    }

  if (run != NULL)
    {
      SdProcedure *procedure = sd_procedures_lookup (self->procedures, run->procedure);

      /* Translators: a guide that was started and not finished, in the report. */
      row (self, C_("outcome", "not finished"), title_of (self, run->procedure), NULL);
      for (guint i = 0; procedure != NULL && i < run->path->len; i++)
        {
          const char *step = g_ptr_array_index (run->path, i);
          g_autofree char *line = describe_step (procedure, step,
                                                 g_hash_table_lookup (run->answers, step));
          g_autofree char *numbered = g_strdup_printf ("%u. %s", i + 1, line);

          text (self, numbered, SD_REPORT_TEXT_INDENT);
        }
    }
}

static void
add_causes (SdReport *self)
{
  heading (self, _("Most likely causes"));
  for (guint r = 0; r < RANKED_CAUSES && r < sd_diagnosis_get_n_causes (self->diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (self->diagnosis, r);
      const SdComponent *component = cause->fault != NULL
        ? sd_knowledge_lookup_component (self->knowledge, cause->fault->component) : NULL;
      g_autoptr(GArray) reasons = sd_diagnosis_dup_reasons (self->diagnosis, r);
      g_autofree char *probability = sd_probability_format (cause->probability);
      g_autofree char *name = component != NULL
        ? g_strdup_printf ("%s (%s)", sd_cause_get_name (cause), sd_text_get (&component->name))
        : g_strdup (sd_cause_get_name (cause));

      row (self, probability, name, NULL);
      for (guint i = 0; i < reasons->len && i < REASONS_PER_CAUSE; i++)
        {
          g_autofree char *reason = sd_reason_describe (&g_array_index (reasons, SdReason, i),
                                                        self->knowledge, self->diagnosis);
          g_autofree char *bullet = g_strdup_printf ("• %s", reason);

          text (self, bullet, SD_REPORT_TEXT_INDENT);
        }
    }
}

static void
add_next_step (SdReport *self)
{
  const SdAdvice *advice = sd_diagnosis_get_advice (self->diagnosis);
  g_autofree char *what = NULL;

  heading (self, _("Recommended next step"));
  switch (advice->kind)
    {
    case SD_ADVICE_ASK:
      what = g_strdup_printf (_("Next, answer: %s"), sd_text_get (&advice->symptom->question));
      break;
    case SD_ADVICE_DO:
      what = g_strdup_printf (_("Next, do: %s"), sd_procedure_get_title (advice->procedure));
      break;
    case SD_ADVICE_WORKSHOP:
      what = g_strdup (_("See a workshop."));
      break;
    case SD_ADVICE_DONE:
    default:
      what = g_strdup (_("Fixed."));
      break;
    }
  text (self, what, 0);
  if (advice->reason != NULL)
    text (self, advice->reason, 0);
}

static void
add_notes (SdReport *self)
{
  const char *notes = sd_case_get_notes (self->kase);
  g_auto(GStrv) paragraphs = NULL;

  heading (self, _("Owner’s notes"));
  if (notes == NULL)
    {
      text (self, or_not_given (NULL), 0);
      return;
    }

  /* A paragraph per line, so that a long note breaks between its lines. */
  paragraphs = g_strsplit (notes, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    text (self, paragraphs[i][0] != '\0' ? paragraphs[i] : " ", 0);
}

static const char *
suspicion_label (SdSuspicionLevel level)
{
  switch (level)
    {
    case SD_SUSPICION_HIGH:
      /* Translators: how suspect a part is, in the key of the report's diagram. */
      return _("strongly suspected");
    case SD_SUSPICION_MEDIUM:
      return _("suspected");
    case SD_SUSPICION_LOW:
    default:
      return _("not suspected");
    }
}

typedef struct
{
  guint       number;
  SdSuspicion suspicion;
} KeyEntry;

static gint
compare_most_suspect (gconstpointer a,
                      gconstpointer b)
{
  const KeyEntry *first = a;
  const KeyEntry *second = b;

  if (first->suspicion.probability != second->suspicion.probability)
    return first->suspicion.probability < second->suspicion.probability ? 1 : -1;
  return first->number < second->number ? -1 : first->number > second->number;
}

/* The numbers on the diagram, the most suspect parts first. */
static void
add_diagram_key (SdReport *self)
{
  guint n = sd_knowledge_get_n_components (self->knowledge);
  g_autoptr(GArray) entries = g_array_sized_new (FALSE, FALSE, sizeof (KeyEntry), n);

  for (guint i = 0; i < n; i++)
    {
      const SdComponent *component = sd_knowledge_get_component (self->knowledge, i);
      KeyEntry entry = { i + 1, sd_component_get_suspicion (self->knowledge, self->diagnosis,
                                                            component->id) };

      g_array_append_val (entries, entry);
    }
  g_array_sort (entries, compare_most_suspect);

  for (guint i = 0; i < entries->len; i++)
    {
      const KeyEntry *entry = &g_array_index (entries, KeyEntry, i);
      const SdComponent *component = sd_knowledge_get_component (self->knowledge,
                                                                 entry->number - 1);
      g_autofree char *number = g_strdup_printf ("%u", entry->number);
      g_autofree char *probability = sd_probability_format (entry->suspicion.probability);
      g_autofree char *level = g_strdup_printf ("%s, %s", suspicion_label (entry->suspicion.level),
                                                probability);

      row (self, number, sd_text_get (&component->name), level);
    }
}

void
_sd_report_build (SdReport *self)
{
  g_autofree char *title = g_markup_escape_text (_("SOS Doctor repair report"), -1);

  _sd_report_add_block (self, SD_BLOCK_TITLE, title, NULL, NULL);
  text (self, _("Warning: SOS call / emergency call malfunction"), 0);

  add_car (self);
  add_answers (self);
  add_guides (self);
  add_causes (self);
  add_next_step (self);

  heading (self, _("Where the suspected parts are"));
  _sd_report_add_block (self, SD_BLOCK_DIAGRAM, NULL, NULL, NULL);
  add_diagram_key (self);

  add_notes (self);

  heading (self, _("What the probabilities mean"));
  text (self, _("Each percentage is how likely that cause is, given the answers and the results "
                "of the guides above, estimated from how often each fault shows each sign. It "
                "is not a measurement of the car: a mechanic’s test confirms or rules out a "
                "cause. The percentages of all causes, including causes the app does not know, "
                "add up to 100 %."), 0);
}
