/* sd-case-format.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The case as text: a key file that ends in a line proving it whole
 * (`checksum=sha256:…` over everything before it). Reading checks every value:
 * UTF-8 text, times that are times, and a wait that would end further ahead
 * than any wait lasts starts again, with a notice. Writing leaves out what could
 * not be read back, so that a save never produces a file its load refuses.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-case-private.h"
#include "sd-enum-utils.h"
#include "sd-procedure.h"

/* 2 adds the checksum line; 1, without it, is still read. */
#define CASE_FORMAT_VERSION 2
#define CASE_FORMAT_VERSION_UNCHECKED 1

#define CHECKSUM_PREFIX "checksum=sha256:"

static gboolean
damaged (GError    **error,
         const char *what)
{
  g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
               _("the saved case is damaged: %s"), what);
  return FALSE;
}

/* A key or value GKeyFile takes without complaint and gives back unchanged. */
static gboolean
is_key_name (const char *key)
{
  gsize length;

  if (key == NULL || !g_utf8_validate (key, -1, NULL))
    return FALSE;

  length = strlen (key);
  /* A line that starts with # is a comment. */
  if (length == 0 || key[0] == ' ' || key[0] == '#' || key[length - 1] == ' ')
    return FALSE;

  for (const char *p = key; *p != '\0'; p++)
    if (*p == '=' || *p == '[' || *p == ']' || (guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;

  return TRUE;
}

static void
set_string (GKeyFile   *file,
            const char *group,
            const char *key,
            const char *value)
{
  g_autofree char *valid = NULL;

  /* What cannot be written is left out, never a critical and a lost save. */
  if (!is_key_name (key) || value == NULL)
    return;

  valid = g_utf8_make_valid (value, -1);
  g_key_file_set_string (file, group, key, valid);
}

static void
set_string_list (GKeyFile           *file,
                 const char         *group,
                 const char         *key,
                 const char * const *list,
                 gsize               length)
{
  g_autoptr(GPtrArray) valid = g_ptr_array_new_with_free_func (g_free);

  for (gsize i = 0; i < length; i++)
    g_ptr_array_add (valid, g_utf8_make_valid (list[i] != NULL ? list[i] : "", -1));

  g_key_file_set_string_list (file, group, key, (const char * const *) valid->pdata, valid->len);
}

/* A run that can be read back: one with a procedure and a step. */
static gboolean
run_is_whole (const SdCaseRun *run)
{
  if (run == NULL || run->procedure == NULL || run->procedure[0] == '\0' || run->path->len == 0)
    return FALSE;

  for (guint i = 0; i < run->path->len; i++)
    {
      const char *step = g_ptr_array_index (run->path, i);

      if (step == NULL || step[0] == '\0')
        return FALSE;
    }

  return TRUE;
}

/* What guides found: a finding not recorded properly is left out, as it
 * says less than the answers and codes it came with. */
static void
read_findings (SdCase   *self,
               GKeyFile *file)
{
  g_auto(GStrv) keys = g_key_file_get_keys (file, "findings", NULL, NULL);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("%u", i);
      g_auto(GStrv) fields = g_key_file_get_string_list (file, "findings", name, NULL, NULL);
      g_autoptr(SdFinding) finding = NULL;
      int kind;

      if (fields == NULL || g_strv_length (fields) != 4 || fields[0][0] == '\0' ||
          fields[2][0] == '\0' || !sd_enum_from_nick (SD_TYPE_OBSERVE_KIND, fields[1], &kind))
        continue;
      finding = sd_finding_new (kind, fields[2], fields[0], fields[3]);
      sd_case_add_finding (self, finding);
    }
}

static GKeyFile *
to_key_file (SdCase *self)
{
  GKeyFile *file = g_key_file_new ();
  g_autofree char *created = g_date_time_format_iso8601 (self->created);
  GHashTableIter iter;
  gpointer key, value;

  g_key_file_set_integer (file, "case", "version", CASE_FORMAT_VERSION);
  set_string (file, "case", "created", created);
  set_string (file, "case", "skill", sd_enum_to_nick (SD_TYPE_SKILL, self->skill));
  set_string (file, "case", "name", self->name);
  set_string (file, "case", "notes", self->notes);
  /* The car as the owner described it; the model, its units and the VIN are
   * the profile's, in "[car]". */
  set_string (file, "case", "car-label", self->car_label);
  set_string (file, "case", "mileage", self->mileage);
  if (self->codes != NULL)
    set_string_list (file, "case", "codes", (const char * const *) self->codes,
                     g_strv_length (self->codes));
  if (self->clear_modules != NULL)
    set_string_list (file, "case", "no-codes-in", (const char * const *) self->clear_modules,
                     g_strv_length (self->clear_modules));
  sd_vehicle_profile_to_key_file (self->profile, file);
  g_key_file_set_boolean (file, SD_VEHICLE_PROFILE_GROUP, "asked", self->car_asked);

  g_hash_table_iter_init (&iter, self->answers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GDateTime *when = g_hash_table_lookup (self->answer_times, key);

      set_string (file, "answers", key, sd_enum_to_nick (SD_TYPE_ANSWER, GPOINTER_TO_INT (value)));
      if (when != NULL && is_key_name (key))
        {
          g_autofree char *text = g_date_time_format_iso8601 (when);

          set_string (file, "answer-times", key, text);
        }
    }

  for (guint i = 0, n = 0; i < self->tried->len; i++)
    {
      const SdTried *tried = g_ptr_array_index (self->tried, i);
      g_autofree char *name = NULL;
      g_autofree char *when = g_date_time_format_iso8601 (tried->when);
      const char *fields[] = { tried->procedure, sd_outcome_to_string (tried->outcome), when };

      /* Numbered without gaps: a gap on reading means lost lines. */
      if (tried->procedure[0] == '\0')
        continue;
      name = g_strdup_printf ("%u", n++);
      set_string_list (file, "tried", name, fields, G_N_ELEMENTS (fields));
    }

  for (guint i = 0; i < self->findings->len; i++)
    {
      const SdFinding *finding = g_ptr_array_index (self->findings, i);
      g_autofree char *name = g_strdup_printf ("%u", i);
      const char *fields[] = { finding->procedure, sd_observe_kind_to_string (finding->kind),
                               finding->ref, finding->text };

      set_string_list (file, "findings", name, fields, G_N_ELEMENTS (fields));
    }

  if (run_is_whole (self->run))
    {
      set_string (file, "run", "procedure", self->run->procedure);
      set_string_list (file, "run", "path",
                       (const char * const *) self->run->path->pdata, self->run->path->len);
      if (self->run->wait_deadline != NULL)
        {
          g_autofree char *deadline = g_date_time_format_iso8601 (self->run->wait_deadline);

          set_string (file, "run", "wait-deadline", deadline);
        }

      g_hash_table_iter_init (&iter, self->run->answers);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          g_autofree char *name = g_strconcat ("answer-", key, NULL);

          set_string (file, "run", name, value);
        }
    }

  return file;
}

/**
 * sd_case_to_data:
 * @length: (out) (optional): the length of the text
 *
 * Returns: (transfer full): the case as it is saved, its checksum line last
 */
char *
sd_case_to_data (SdCase *self,
                 gsize  *length)
{
  g_autoptr(GKeyFile) file = NULL;
  g_autofree char *data = NULL;
  g_autofree char *checksum = NULL;
  GString *out;
  gsize data_length;

  g_return_val_if_fail (SD_IS_CASE (self), NULL);

  file = to_key_file (self);
  data = g_key_file_to_data (file, &data_length, NULL);

  out = g_string_new_len (data, data_length);
  if (out->len == 0 || out->str[out->len - 1] != '\n')
    g_string_append_c (out, '\n');
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) out->str, out->len);
  g_string_append_printf (out, CHECKSUM_PREFIX "%s\n", checksum);
  if (length != NULL)
    *length = out->len;

  return g_string_free (out, FALSE);
}

/* A time in UTC, or %NULL: one that cannot be in UTC (9999-12-31T23:00-05:00)
 * is no time either. */
static GDateTime *
parse_time (const char *text)
{
  g_autoptr(GDateTime) time = text != NULL ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return time != NULL ? g_date_time_to_utc (time) : NULL;
}

/* A value that is meant as a time: run answers hold the end of a wait so. */
static gboolean
looks_like_time (const char *text)
{
  for (guint i = 0; i < 4; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;

  return text[4] == '-';
}

/* Whether a wait saved to end at @text can be trusted: a time no further
 * ahead than the longest wait a step may have. Otherwise the wait starts again
 * and @notices says so. */
static gboolean
check_wait_end (const char *text,
                GString    *notices)
{
  g_autoptr(GDateTime) end = parse_time (text);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *shown = NULL;

  if (end != NULL && g_date_time_difference (end, now) <= SD_WAIT_MAX_SECONDS * G_TIME_SPAN_SECOND)
    return TRUE;

  if (notices->len > 0)
    g_string_append_c (notices, '\n');
  shown = g_utf8_make_valid (text, -1);
  if (end == NULL)
    g_string_append_printf (notices,
                            _("The saved end of the wait (%s) is not a time, so the wait "
                              "starts again."), shown);
  else
    g_string_append_printf (notices,
                            _("The saved end of the wait (%s) is further ahead than any wait "
                              "lasts (%u hours), perhaps because the computer’s clock was "
                              "wrong, so the wait starts again."),
                            shown, SD_WAIT_MAX_SECONDS / 3600);
  return FALSE;
}

static gboolean
read_run (SdCase    *self,
          GKeyFile  *file,
          GString   *notices,
          GError   **error)
{
  g_autoptr(SdCaseRun) run = NULL;
  g_autofree char *procedure = g_key_file_get_string (file, "run", "procedure", NULL);
  g_autofree char *deadline = g_key_file_get_string (file, "run", "wait-deadline", NULL);
  g_auto(GStrv) path = g_key_file_get_string_list (file, "run", "path", NULL, NULL);
  g_auto(GStrv) keys = g_key_file_get_keys (file, "run", NULL, NULL);

  if (procedure == NULL || procedure[0] == '\0' || path == NULL || path[0] == NULL)
    return damaged (error, _("the wizard run has no procedure or no step"));

  run = sd_case_run_new (procedure);
  for (guint i = 0; path[i] != NULL; i++)
    {
      if (path[i][0] == '\0')
        return damaged (error, _("the wizard run has no procedure or no step"));
      g_ptr_array_add (run->path, g_strdup (path[i]));
    }

  if (deadline != NULL && check_wait_end (deadline, notices))
    run->wait_deadline = parse_time (deadline);

  for (guint i = 0; keys != NULL && keys[i] != NULL; i++)
    {
      const char *step;
      g_autofree char *value = NULL;

      if (!g_str_has_prefix (keys[i], "answer-") || keys[i][strlen ("answer-")] == '\0')
        continue;
      step = keys[i] + strlen ("answer-");

      value = g_key_file_get_string (file, "run", keys[i], NULL);
      if (value == NULL || !is_key_name (keys[i]))
        return damaged (error, _("an answer in the wizard run is not recorded properly"));

      /* The end of a wait is kept as the wait step's answer, first, before
       * what the run adds to it ("… 600 over"): without it the step starts its
       * wait again. The same end is reported once. */
      if (looks_like_time (value))
        {
          g_autofree char *end = g_strndup (value, strcspn (value, " "));

          if (g_strcmp0 (end, deadline) == 0 ? run->wait_deadline == NULL
                                             : !check_wait_end (end, notices))
            continue;
        }

      g_hash_table_insert (run->answers, g_strdup (step), g_steal_pointer (&value));
    }

  self->run = g_steal_pointer (&run);

  return TRUE;
}

/* The optional texts: the name, the notes and the car. Each is UTF-8 already,
 * as the whole file is. */
static void
read_texts (SdCase   *self,
            GKeyFile *file)
{
  g_autofree char *name = g_key_file_get_string (file, "case", "name", NULL);
  g_autofree char *notes = g_key_file_get_string (file, "case", "notes", NULL);
  g_autofree char *label = g_key_file_get_string (file, "case", "car-label", NULL);
  g_autofree char *mileage = g_key_file_get_string (file, "case", "mileage", NULL);

  sd_case_set_name (self, name);
  sd_case_set_notes (self, notes);
  sd_case_set_car_label (self, label);
  sd_case_set_mileage (self, mileage);
}

static SdCase *
from_key_file (GKeyFile  *file,
               gboolean   checked,
               GString   *notices,
               GError   **error)
{
  g_autoptr(SdCase) self = sd_case_new ();
  g_autofree char *created = NULL;
  g_autofree char *skill = NULL;
  g_auto(GStrv) answers = NULL;
  g_auto(GStrv) tried = NULL;
  g_auto(GStrv) codes = NULL;
  g_auto(GStrv) clear_modules = NULL;
  gsize n_tried = 0;
  GError *local_error = NULL;
  int version;
  int value;

  version = g_key_file_get_integer (file, "case", "version", &local_error);
  if (local_error != NULL ||
      (version != CASE_FORMAT_VERSION && version != CASE_FORMAT_VERSION_UNCHECKED))
    {
      g_clear_error (&local_error);
      damaged (error, _("unknown format version"));
      return NULL;
    }

  /* Only files from before the checksum may lack it: one cut off lost it. */
  if (version == CASE_FORMAT_VERSION && !checked)
    {
      damaged (error, _("it is incomplete"));
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
  value = SD_SKILL_DIY;
  sd_enum_from_nick (SD_TYPE_SKILL, skill, &value);
  self->skill = value;

  answers = g_key_file_get_keys (file, "answers", NULL, NULL);
  for (guint i = 0; answers != NULL && answers[i] != NULL; i++)
    {
      g_autofree char *text = g_key_file_get_string (file, "answers", answers[i], NULL);

      /* A key that could not be saved again is not one this app wrote. */
      if (!is_key_name (answers[i]) ||
          !sd_enum_from_nick (SD_TYPE_ANSWER, text, &value) || value == SD_ANSWER_UNKNOWN)
        {
          damaged (error, _("an answer is neither yes nor no"));
          return NULL;
        }
      sd_case_set_answer (self, answers[i], value);
    }

  /* Times of answers, optional (older files have none): one that is there is a time. */
  for (guint i = 0; answers != NULL && answers[i] != NULL; i++)
    {
      g_autofree char *text = g_key_file_get_string (file, "answer-times", answers[i], NULL);
      g_autoptr(GDateTime) when = NULL;

      /* sd_case_set_answer() above took the time of the load. */
      if (text == NULL)
        {
          sd_case_set_answer_time (self, answers[i], NULL);
          continue;
        }
      if ((when = parse_time (text)) == NULL)
        {
          damaged (error, _("the time of an answer is not a time"));
          return NULL;
        }
      sd_case_set_answer_time (self, answers[i], when);
    }

  read_texts (self, file);

  /* Numbered in order; a gap means lost lines. */
  tried = g_key_file_get_keys (file, "tried", &n_tried, NULL);
  for (gsize i = 0; i < n_tried; i++)
    {
      g_autofree char *name = g_strdup_printf ("%" G_GSIZE_FORMAT, i);
      g_auto(GStrv) fields = g_key_file_get_string_list (file, "tried", name, NULL, NULL);
      g_autoptr(GDateTime) when = NULL;

      /* "none" is saved for a procedure left unfinished. */
      if (fields == NULL || g_strv_length (fields) != 3 || fields[0][0] == '\0' ||
          !sd_enum_from_nick (SD_TYPE_OUTCOME, fields[1], &value) ||
          (when = parse_time (fields[2])) == NULL)
        {
          damaged (error, _("a procedure tried is not recorded properly"));
          return NULL;
        }
      sd_case_add_tried (self, fields[0], value, when);
    }

  read_findings (self, file);

  if (g_key_file_has_group (file, "run") && !read_run (self, file, notices, error))
    return NULL;

  codes = g_key_file_get_string_list (file, "case", "codes", NULL, NULL);
  sd_case_set_codes (self, (const char * const *) codes);
  clear_modules = g_key_file_get_string_list (file, "case", "no-codes-in", NULL, NULL);
  sd_case_set_clear_modules (self, (const char * const *) clear_modules);
  if (!sd_vehicle_profile_from_key_file (self->profile, file, error))
    return NULL;
  /* A case saved before "Your car" was asked counts as asked: it goes on as it was. */
  self->car_asked = g_key_file_get_boolean (file, SD_VEHICLE_PROFILE_GROUP, "asked", &local_error);
  if (local_error != NULL)
    {
      g_clear_error (&local_error);
      self->car_asked = TRUE;
    }

  return g_steal_pointer (&self);
}

/* Whether @data ends in a checksum line that matches what is before it; the
 * length without that line goes to @content_length. */
static gboolean
find_checksum (const char *data,
               gsize       length,
               gboolean   *present,
               gsize      *content_length)
{
  g_autofree char *expected = NULL;
  const char *line;
  gsize line_length;

  *present = FALSE;
  *content_length = length;

  if (length == 0 || data[length - 1] != '\n')
    return FALSE;

  line = data + length - 1;
  while (line > data && line[-1] != '\n')
    line--;
  line_length = data + length - 1 - line;

  if (line_length < strlen (CHECKSUM_PREFIX) ||
      strncmp (line, CHECKSUM_PREFIX, strlen (CHECKSUM_PREFIX)) != 0)
    return FALSE;

  *present = TRUE;
  *content_length = line - data;
  expected = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, line - data);

  return line_length == strlen (CHECKSUM_PREFIX) + strlen (expected) &&
         memcmp (line + strlen (CHECKSUM_PREFIX), expected, strlen (expected)) == 0;
}

static SdCase *
case_from_data (const char  *data,
                gsize        length,
                GString     *notices,
                GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  gboolean present;
  gboolean whole;
  gsize content_length;

  if (length > SD_CASE_MAX_FILE_SIZE)
    {
      damaged (error, _("it is larger than 1 MiB"));
      return NULL;
    }

  /* No NUL, and text every GLib function takes as it is. */
  if (!g_utf8_validate (data, length, NULL))
    {
      damaged (error, _("it is not UTF-8 text"));
      return NULL;
    }

  whole = find_checksum (data, length, &present, &content_length);
  if (present && !whole)
    {
      damaged (error, _("its checksum does not match, so part of it is missing or changed"));
      return NULL;
    }

  if (!g_key_file_load_from_data (file, data, content_length, G_KEY_FILE_NONE, NULL))
    {
      damaged (error, _("it is not a key file"));
      return NULL;
    }

  return from_key_file (file, whole, notices, error);
}

/**
 * sd_case_new_from_data:
 * @data: the text of a case file
 * @notice: (out) (optional) (nullable): what was changed in the values read, for
 *   the user (a wait that starts again)
 *
 * Reads a case from memory, checking everything sd_case_load() checks of a file.
 *
 * Returns: (transfer full) (nullable): the case, or %NULL if @data is damaged
 */
SdCase *
sd_case_new_from_data (const char  *data,
                       gsize        length,
                       char       **notice,
                       GError     **error)
{
  g_autoptr(GString) notices = g_string_new (NULL);
  SdCase *self;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (notice != NULL)
    *notice = NULL;

  self = case_from_data (data != NULL ? data : "", length, notices, error);
  if (self != NULL && notice != NULL && notices->len > 0)
    *notice = g_strdup (notices->str);

  return self;
}
