/* sd-case.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case: what the owner answered, the procedures tried and how they ended,
 * and the wizard run under way. Saved as a key file in the user state directory,
 * atomically and durably, with the previous good copy kept beside it; read back
 * tolerantly: a damaged file is set aside, the previous copy restored, and the
 * caller told, never a crash.
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "sd-case.h"

#define CASE_FORMAT_VERSION 1

struct _SdCase
{
  GObject     parent_instance;

  GDateTime  *created;
  SdSkill     skill;
  GHashTable *answers;   /* symptom id → SdAnswer */
  GPtrArray  *tried;     /* of SdTried, in order */
  SdCaseRun  *run;
};

G_DEFINE_FINAL_TYPE (SdCase, sd_case, G_TYPE_OBJECT)
G_DEFINE_QUARK (sd-case-error-quark, sd_case_error)

static void
tried_free (SdTried *tried)
{
  g_free (tried->procedure);
  g_clear_pointer (&tried->when, g_date_time_unref);
  g_free (tried);
}

SdCaseRun *
sd_case_run_new (const char *procedure)
{
  SdCaseRun *run = g_new0 (SdCaseRun, 1);

  run->procedure = g_strdup (procedure);
  run->path = g_ptr_array_new_with_free_func (g_free);
  run->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  return run;
}

void
sd_case_run_free (SdCaseRun *run)
{
  if (run == NULL)
    return;

  g_free (run->procedure);
  g_clear_pointer (&run->path, g_ptr_array_unref);
  g_clear_pointer (&run->answers, g_hash_table_unref);
  g_clear_pointer (&run->wait_deadline, g_date_time_unref);
  g_free (run);
}

static void
sd_case_finalize (GObject *object)
{
  SdCase *self = (SdCase *) object;

  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->tried, g_ptr_array_unref);
  g_clear_pointer (&self->run, sd_case_run_free);

  G_OBJECT_CLASS (sd_case_parent_class)->finalize (object);
}

static void
sd_case_class_init (SdCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_case_finalize;
}

static void
sd_case_init (SdCase *self)
{
  self->created = g_date_time_new_now_utc ();
  self->answers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->tried = g_ptr_array_new_with_free_func ((GDestroyNotify) tried_free);
}

SdCase *
sd_case_new (void)
{
  return g_object_new (SD_TYPE_CASE, NULL);
}

/**
 * sd_case_dup_default_path:
 *
 * Returns: (transfer full): where the current case is kept
 */
char *
sd_case_dup_default_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "sos-doctor", "case.ini", NULL);
}

void
sd_case_set_answer (SdCase     *self,
                    const char *symptom,
                    SdAnswer    answer)
{
  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (symptom != NULL);

  if (answer == SD_ANSWER_UNKNOWN)
    g_hash_table_remove (self->answers, symptom);
  else
    g_hash_table_insert (self->answers, g_strdup (symptom), GINT_TO_POINTER (answer));
}

SdAnswer
sd_case_get_answer (SdCase     *self,
                    const char *symptom)
{
  g_return_val_if_fail (SD_IS_CASE (self), SD_ANSWER_UNKNOWN);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->answers, symptom));
}

guint
sd_case_get_n_answers (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), 0);

  return g_hash_table_size (self->answers);
}

/**
 * sd_case_add_tried:
 * @when: (nullable): when it ended; now if %NULL
 */
void
sd_case_add_tried (SdCase     *self,
                   const char *procedure,
                   SdOutcome   outcome,
                   GDateTime  *when)
{
  SdTried *tried;

  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (procedure != NULL);

  tried = g_new0 (SdTried, 1);
  tried->procedure = g_strdup (procedure);
  tried->outcome = outcome;
  tried->when = when != NULL ? g_date_time_to_utc (when) : g_date_time_new_now_utc ();
  g_ptr_array_add (self->tried, tried);
}

guint
sd_case_get_n_tried (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), 0);

  return self->tried->len;
}

const SdTried *
sd_case_get_tried (SdCase *self,
                   guint   index)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);
  g_return_val_if_fail (index < self->tried->len, NULL);

  return g_ptr_array_index (self->tried, index);
}

void
sd_case_set_skill (SdCase  *self,
                   SdSkill  skill)
{
  g_return_if_fail (SD_IS_CASE (self));

  self->skill = skill;
}

SdSkill
sd_case_get_skill (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), SD_SKILL_DIY);

  return self->skill;
}

/**
 * sd_case_set_run:
 * @run: (transfer full) (nullable): the run under way, or %NULL when none is
 */
void
sd_case_set_run (SdCase    *self,
                 SdCaseRun *run)
{
  g_return_if_fail (SD_IS_CASE (self));

  g_clear_pointer (&self->run, sd_case_run_free);
  self->run = run;
}

const SdCaseRun *
sd_case_get_run (SdCase *self)
{
  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  return self->run;
}

/**
 * sd_case_apply:
 *
 * Makes @diagnosis reflect the case: its answers, procedures tried and skill.
 * The last outcome of a procedure tried more than once counts.
 */
void
sd_case_apply (SdCase      *self,
               SdDiagnosis *diagnosis)
{
  GHashTableIter iter;
  gpointer key, value;

  g_return_if_fail (SD_IS_CASE (self));
  g_return_if_fail (SD_IS_DIAGNOSIS (diagnosis));

  sd_diagnosis_clear (diagnosis);
  sd_diagnosis_set_skill (diagnosis, self->skill);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    sd_diagnosis_set_answer (diagnosis, key, GPOINTER_TO_INT (value));

  for (guint i = 0; i < self->tried->len; i++)
    {
      const SdTried *tried = g_ptr_array_index (self->tried, i);

      sd_diagnosis_set_tried (diagnosis, tried->procedure, tried->outcome);
    }
}

static const char *
skill_to_string (SdSkill skill)
{
  return skill == SD_SKILL_WORKSHOP ? "workshop" : "diy";
}

static GKeyFile *
to_key_file (SdCase *self)
{
  GKeyFile *file = g_key_file_new ();
  g_autofree char *created = g_date_time_format_iso8601 (self->created);
  GHashTableIter iter;
  gpointer key, value;

  g_key_file_set_integer (file, "case", "version", CASE_FORMAT_VERSION);
  g_key_file_set_string (file, "case", "created", created);
  g_key_file_set_string (file, "case", "skill", skill_to_string (self->skill));

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_key_file_set_string (file, "answers", key, sd_answer_to_string (GPOINTER_TO_INT (value)));

  for (guint i = 0; i < self->tried->len; i++)
    {
      const SdTried *tried = g_ptr_array_index (self->tried, i);
      g_autofree char *name = g_strdup_printf ("%u", i);
      g_autofree char *when = g_date_time_format_iso8601 (tried->when);
      const char *fields[] = { tried->procedure, sd_outcome_to_string (tried->outcome), when };

      g_key_file_set_string_list (file, "tried", name, fields, G_N_ELEMENTS (fields));
    }

  if (self->run != NULL)
    {
      g_hash_table_iter_init (&iter, self->run->answers);
      g_key_file_set_string (file, "run", "procedure", self->run->procedure);
      g_key_file_set_string_list (file, "run", "path",
                                  (const char * const *) self->run->path->pdata,
                                  self->run->path->len);
      if (self->run->wait_deadline != NULL)
        {
          g_autofree char *deadline = g_date_time_format_iso8601 (self->run->wait_deadline);

          g_key_file_set_string (file, "run", "wait-deadline", deadline);
        }
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autofree char *name = g_strconcat ("answer-", key, NULL);

          g_key_file_set_string (file, "run", name, value);
        }
    }

  return file;
}

static gboolean
damaged (GError    **error,
         const char *what)
{
  g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
               _("the saved case is damaged: %s"), what);
  return FALSE;
}

static GDateTime *
parse_time (const char *text)
{
  return text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;
}

static gboolean
parse_answer (const char *text,
              SdAnswer   *answer)
{
  if (g_strcmp0 (text, "yes") == 0)
    *answer = SD_ANSWER_YES;
  else if (g_strcmp0 (text, "no") == 0)
    *answer = SD_ANSWER_NO;
  else
    return FALSE;

  return TRUE;
}

static gboolean
read_run (SdCase    *self,
          GKeyFile  *file,
          GError   **error)
{
  g_autoptr(SdCaseRun) run = NULL;
  g_autofree char *procedure = g_key_file_get_string (file, "run", "procedure", NULL);
  g_autofree char *deadline = g_key_file_get_string (file, "run", "wait-deadline", NULL);
  g_auto(GStrv) path = g_key_file_get_string_list (file, "run", "path", NULL, NULL);
  g_auto(GStrv) keys = g_key_file_get_keys (file, "run", NULL, NULL);

  if (procedure == NULL || path == NULL || path[0] == NULL)
    return damaged (error, _("the wizard run has no procedure or no step"));

  run = sd_case_run_new (procedure);
  for (guint i = 0; path[i] != NULL; i++)
    g_ptr_array_add (run->path, g_strdup (path[i]));

  if (deadline != NULL && (run->wait_deadline = parse_time (deadline)) == NULL)
    return damaged (error, _("the wait deadline is not a time"));

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    if (g_str_has_prefix (keys[i], "answer-"))
      g_hash_table_insert (run->answers, g_strdup (keys[i] + strlen ("answer-")),
                           g_key_file_get_string (file, "run", keys[i], NULL));

  self->run = g_steal_pointer (&run);

  return TRUE;
}

static SdCase *
from_key_file (GKeyFile  *file,
               GError   **error)
{
  g_autoptr(SdCase) self = sd_case_new ();
  g_autofree char *created = NULL;
  g_autofree char *skill = NULL;
  g_auto(GStrv) answers = NULL;
  g_auto(GStrv) tried = NULL;
  GError *local_error = NULL;
  int version;

  version = g_key_file_get_integer (file, "case", "version", &local_error);
  if (local_error != NULL || version != CASE_FORMAT_VERSION)
    {
      g_clear_error (&local_error);
      damaged (error, _("unknown format version"));
      return NULL;
    }

  created = g_key_file_get_string (file, "case", "created", NULL);
  if (created == NULL)
    {
      damaged (error, _("no creation time"));
      return NULL;
    }
  g_clear_pointer (&self->created, g_date_time_unref);
  if ((self->created = parse_time (created)) == NULL)
    {
      self->created = g_date_time_new_now_utc ();
      damaged (error, _("the creation time is not a time"));
      return NULL;
    }

  skill = g_key_file_get_string (file, "case", "skill", NULL);
  self->skill = g_strcmp0 (skill, "workshop") == 0 ? SD_SKILL_WORKSHOP : SD_SKILL_DIY;

  answers = g_key_file_get_keys (file, "answers", NULL, NULL);
  for (guint i = 0; answers != NULL && answers[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_string (file, "answers", answers[i], NULL);
      SdAnswer answer;

      if (!parse_answer (value, &answer))
        {
          damaged (error, _("an answer is neither yes nor no"));
          return NULL;
        }
      sd_case_set_answer (self, answers[i], answer);
    }

  /* Numbered in order; a gap means lost lines. */
  tried = g_key_file_get_keys (file, "tried", NULL, NULL);
  for (guint i = 0; tried != NULL && i < g_strv_length (tried); i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i);
      g_auto(GStrv) fields = g_key_file_get_string_list (file, "tried", name, NULL, NULL);
      g_autoptr(GDateTime) when = NULL;
      SdOutcome outcome;

      if (fields == NULL || g_strv_length (fields) != 3 ||
          !sd_outcome_from_string (fields[1], &outcome) ||
          (when = parse_time (fields[2])) == NULL)
        {
          damaged (error, _("a procedure tried is not recorded properly"));
          return NULL;
        }
      sd_case_add_tried (self, fields[0], outcome, when);
    }

  if (g_key_file_has_group (file, "run") && !read_run (self, file, error))
    return NULL;

  return g_steal_pointer (&self);
}

static SdCase *
read_case (const char  *path,
           GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;

  if (!g_key_file_load_from_data (file, contents, length, G_KEY_FILE_NONE, NULL))
    {
      damaged (error, _("it is not a key file"));
      return NULL;
    }

  return from_key_file (file, error);
}

static char *
backup_path (const char *path)
{
  return g_strconcat (path, ".bak", NULL);
}

/**
 * sd_case_load:
 * @path: the case file
 * @notice: (out) (optional) (nullable): what was done about a damaged file, for
 *   the user
 *
 * Reads a case. A missing file gives a new case. A damaged one is renamed to
 * `PATH.damaged-TIME` and the previous good copy (`PATH.bak`) is read instead,
 * or a new case started if that is damaged too; @notice then says so.
 *
 * Returns: (transfer full): the case, never %NULL
 */
SdCase *
sd_case_load (const char  *path,
              char       **notice)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *backup = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  SdCase *self;

  g_return_val_if_fail (path != NULL, NULL);

  if (notice != NULL)
    *notice = NULL;

  self = read_case (path, &error);
  if (self != NULL)
    return self;

  if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      /* Saving may have been cut off between keeping the copy and writing. */
      backup = backup_path (path);
      self = read_case (backup, NULL);
      return self != NULL ? self : sd_case_new ();
    }

  now = g_date_time_new_now_utc ();
  stamp = g_date_time_format (now, "%Y%m%dT%H%M%S");
  aside = g_strdup_printf ("%s.damaged-%s", path, stamp);
  if (g_rename (path, aside) != 0)
    g_clear_pointer (&aside, g_free);

  backup = backup_path (path);
  self = read_case (backup, NULL);

  if (notice != NULL)
    {
      if (self != NULL)
        *notice = g_strdup_printf (_("The saved case could not be read (%s). It was kept as %s, "
                                     "and the copy saved before it was restored."),
                                   error->message, aside != NULL ? aside : path);
      else
        *notice = g_strdup_printf (_("The saved case could not be read (%s). It was kept as %s, "
                                     "and a new case was started."),
                                   error->message, aside != NULL ? aside : path);
    }

  return self != NULL ? self : sd_case_new ();
}

/**
 * sd_case_save:
 * @path: the case file
 *
 * Writes the case atomically and durably, readable by the user only. The file
 * it replaces is kept as `PATH.bak` first, if it could be read back.
 *
 * Returns: %TRUE on success
 */
gboolean
sd_case_save (SdCase      *self,
              const char  *path,
              GError     **error)
{
  g_autoptr(GKeyFile) file = NULL;
  g_autofree char *data = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *backup = NULL;
  g_autoptr(SdCase) previous = NULL;
  gsize length;

  g_return_val_if_fail (SD_IS_CASE (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  dir = g_path_get_dirname (path);
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot create %s: %s"), dir, g_strerror (saved_errno));
      return FALSE;
    }

  /* A damaged file never replaces the last good copy. */
  backup = backup_path (path);
  previous = read_case (path, NULL);
  if (previous != NULL && g_rename (path, backup) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Cannot keep a copy of %s: %s"), path, g_strerror (saved_errno));
      return FALSE;
    }

  file = to_key_file (self);
  data = g_key_file_to_data (file, &length, NULL);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static const char *
outcome_label (SdOutcome outcome)
{
  switch (outcome)
    {
    case SD_OUTCOME_RESOLVED:
      /* Translators: how a procedure ended, in the repair log. */
      return C_("outcome", "fixed it");
    case SD_OUTCOME_UNRESOLVED:
      return C_("outcome", "did not fix it");
    case SD_OUTCOME_WORKSHOP:
      return C_("outcome", "needs a workshop");
    case SD_OUTCOME_NONE:
    default:
      return C_("outcome", "not finished");
    }
}

static SdProcedure *
find_procedure (GListModel *procedures,
                const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (procedures); i++)
    {
      g_autoptr(SdProcedure) procedure = g_list_model_get_item (procedures, i);

      if (g_strcmp0 (sd_procedure_get_id (procedure), id) == 0)
        return procedure;
    }

  return NULL;
}

static char *
format_local (GDateTime *time)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (time);

  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

/**
 * sd_case_to_text:
 * @diagnosis: a diagnosis the case was applied to
 *
 * Returns: (transfer full): the repair log: what was observed, tried and
 *   concluded, as plain text for a mechanic
 */
char *
sd_case_to_text (SdCase      *self,
                 SdDiagnosis *diagnosis,
                 SdKnowledge *knowledge,
                 GListModel  *procedures)
{
  GString *out = g_string_new (NULL);
  g_autofree char *created = NULL;
  const SdAdvice *advice;
  guint listed = 0;

  g_return_val_if_fail (SD_IS_CASE (self), NULL);
  g_return_val_if_fail (SD_IS_DIAGNOSIS (diagnosis), NULL);

  created = format_local (self->created);
  g_string_append_printf (out, "%s\n", _("SOS Doctor repair log"));
  g_string_append_printf (out, _("Case started: %s\n"), created);
  g_string_append_printf (out, "%s\n\n", _("Warning: SOS call / emergency call malfunction"));

  g_string_append_printf (out, "%s\n", _("What the owner noticed"));
  for (guint s = 0; s < sd_knowledge_get_n_symptoms (knowledge); s++)
    {
      const SdSymptom *symptom = sd_knowledge_get_symptom (knowledge, s);
      SdAnswer answer = sd_case_get_answer (self, symptom->id);

      if (answer == SD_ANSWER_UNKNOWN)
        continue;
      g_string_append_printf (out, "  %-5s %s\n",
                              answer == SD_ANSWER_YES ? C_("answer", "Yes") : C_("answer", "No"),
                              sd_text_get (&symptom->question));
      listed++;
    }
  if (listed == 0)
    g_string_append_printf (out, "  %s\n", _("No questions answered yet."));

  g_string_append_printf (out, "\n%s\n", _("What was tried"));
  for (guint i = 0; i < self->tried->len; i++)
    {
      const SdTried *tried = g_ptr_array_index (self->tried, i);
      SdProcedure *procedure = find_procedure (procedures, tried->procedure);
      g_autofree char *when = format_local (tried->when);

      g_string_append_printf (out, "  %s  %s: %s\n", when,
                              procedure != NULL ? sd_procedure_get_title (procedure)
                                                : tried->procedure,
                              outcome_label (tried->outcome));
    }
  if (self->tried->len == 0)
    g_string_append_printf (out, "  %s\n", _("Nothing tried yet."));

  if (self->run != NULL)
    {
      SdProcedure *procedure = find_procedure (procedures, self->run->procedure);

      g_string_append_printf (out, _("  Under way: %s, at step %u\n"),
                              procedure != NULL ? sd_procedure_get_title (procedure)
                                                : self->run->procedure,
                              self->run->path->len);
    }

  g_string_append_printf (out, "\n%s\n", _("Most likely causes"));
  for (guint r = 0; r < 5 && r < sd_diagnosis_get_n_causes (diagnosis); r++)
    {
      const SdCause *cause = sd_diagnosis_get_cause (diagnosis, r);
      const SdComponent *component = cause->fault != NULL
        ? sd_knowledge_lookup_component (knowledge, cause->fault->component) : NULL;

      g_string_append_printf (out, "  %3.0f %%  %s", cause->probability * 100,
                              sd_cause_get_name (cause));
      if (component != NULL)
        g_string_append_printf (out, " (%s)", sd_text_get (&component->name));
      g_string_append_c (out, '\n');
    }

  advice = sd_diagnosis_get_advice (diagnosis);
  g_string_append_printf (out, "\n%s\n  ", _("Conclusion"));
  switch (advice->kind)
    {
    case SD_ADVICE_ASK:
      g_string_append_printf (out, _("Next, answer: %s"), sd_text_get (&advice->symptom->question));
      break;
    case SD_ADVICE_DO:
      g_string_append_printf (out, _("Next, do: %s"), sd_procedure_get_title (advice->procedure));
      break;
    case SD_ADVICE_WORKSHOP:
      g_string_append (out, _("See a workshop."));
      break;
    case SD_ADVICE_DONE:
    default:
      g_string_append (out, _("Fixed."));
      break;
    }
  g_string_append_printf (out, "\n  %s\n", advice->reason);
  g_string_append_printf (out, "\n%s\n", _("The probabilities are estimates from the answers "
                                           "above, not a measurement of the car."));

  return g_string_free (out, FALSE);
}
