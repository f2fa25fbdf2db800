/* sd-ring-check.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The ring-break finder as a guide step: the car's ring members in light
 * order, where each one's input connector is and how long it takes to reach,
 * the light checks answered so far (or a scanner's relative node position),
 * and what they locate. The planning itself is SdRingFinder's (sd-ring.c).
 * The answers are kept as a short string ("amplifier=light,tcu=dark", or
 * "node=2") in the run, so a reopened case resumes where it was left.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-case.h"
#include "sd-ring.h"
#include "sd-ring-check.h"

/* Minutes to reach a connector whose place the knowledge base does not give:
 * following the fibre from the previous unit, behind trim (editorial, L). */
#define UNKNOWN_REACH_MINUTES 30.0

typedef struct
{
  guint    member;
  gboolean light;
} Answer;

struct _SdRingCheck
{
  GObject           parent_instance;

  GStrv             members;
  GPtrArray        *names;     /* of char *, for each member */
  GPtrArray        *places;    /* of char *, nullable */
  GArray           *minutes;   /* of double */
  SdRingFinder     *finder;
  GArray           *answers;   /* of Answer */
  int               node_position;
  SdRingCheckState  state;
};

G_DEFINE_FINAL_TYPE (SdRingCheck, sd_ring_check, G_TYPE_OBJECT)

static void
sd_ring_check_finalize (GObject *object)
{
  SdRingCheck *self = SD_RING_CHECK (object);

  g_clear_pointer (&self->members, g_strfreev);
  g_clear_pointer (&self->names, g_ptr_array_unref);
  g_clear_pointer (&self->places, g_ptr_array_unref);
  g_clear_pointer (&self->minutes, g_array_unref);
  g_clear_pointer (&self->finder, sd_ring_finder_free);
  g_clear_pointer (&self->answers, g_array_unref);

  G_OBJECT_CLASS (sd_ring_check_parent_class)->finalize (object);
}

static void
sd_ring_check_class_init (SdRingCheckClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sd_ring_check_finalize;
}

static void
sd_ring_check_init (SdRingCheck *self)
{
  self->names = g_ptr_array_new_with_free_func (g_free);
  self->places = g_ptr_array_new_with_free_func (g_free);
  self->minutes = g_array_new (FALSE, FALSE, sizeof (double));
  self->answers = g_array_new (FALSE, FALSE, sizeof (Answer));
  self->node_position = -1;
}

void
sd_ring_check_reset (SdRingCheck *self)
{
  g_return_if_fail (SD_IS_RING_CHECK (self));

  g_clear_pointer (&self->finder, sd_ring_finder_free);
  self->finder = sd_ring_finder_new ((const char * const *) self->members,
                                     (const double *) (gpointer) self->minutes->data);
  g_array_set_size (self->answers, 0);
  self->node_position = -1;
  self->state = SD_RING_CHECK_CHECKING;
}

/**
 * sd_ring_check_new_for_members:
 * @members: at least two member ids in light order, the head unit first
 * @minutes: (nullable): minutes to reach each member's input connector;
 *   equal if %NULL
 *
 * Returns: (transfer full): a check of a ring that only has ids, for tests
 *   and scripts
 */
SdRingCheck *
sd_ring_check_new_for_members (const char * const *members,
                               const double       *minutes)
{
  SdRingCheck *self;

  g_return_val_if_fail (members != NULL && g_strv_length ((GStrv) members) >= 2, NULL);

  self = g_object_new (SD_TYPE_RING_CHECK, NULL);
  self->members = g_strdupv ((GStrv) members);
  for (guint i = 0; members[i] != NULL; i++)
    {
      double value = minutes != NULL ? minutes[i] : UNKNOWN_REACH_MINUTES;

      g_ptr_array_add (self->names, g_strdup (members[i]));
      g_ptr_array_add (self->places, NULL);
      g_array_append_val (self->minutes, value);
    }
  sd_ring_check_reset (self);

  return self;
}

static const SdRingMember *
knowledge_member (SdKnowledge *knowledge,
                  const char  *component)
{
  for (guint i = 0; i < sd_knowledge_get_n_ring_members (knowledge); i++)
    {
      const SdRingMember *member = sd_knowledge_get_ring_member (knowledge, i);

      if (g_strcmp0 (member->component, component) == 0)
        return member;
    }

  return NULL;
}

static char *
member_name (SdKnowledge      *knowledge,
             SdVehicleProfile *profile,
             const char       *id)
{
  const SdComponent *component = sd_knowledge_lookup_component (knowledge, id);
  SdVehicles *vehicles = profile != NULL ? sd_vehicle_profile_get_vehicles (profile) : NULL;
  const char *text = NULL;

  if (component != NULL)
    return g_strdup (sd_text_get (&component->name));
  if (vehicles != NULL && sd_vehicles_lookup_unit (vehicles, SD_VEHICLE_OPTION, id) != NULL)
    text = sd_vehicles_get_text (vehicles, id, "name");

  /* Other units are known only by BMW's abbreviation ("AVT"). */
  return g_strdup (text != NULL ? text : id);
}

/**
 * sd_ring_check_new:
 * @profile: (nullable): the car; the knowledge base's generic ring when it
 *   has no ring for the car
 *
 * Returns: (transfer full) (nullable): the check for the car's ring, or %NULL
 *   when it has fewer than two members
 */
SdRingCheck *
sd_ring_check_new (SdKnowledge      *knowledge,
                   SdVehicleProfile *profile)
{
  g_autoptr(GPtrArray) ids = NULL;
  SdRingCheck *self;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), NULL);
  g_return_val_if_fail (profile == NULL || SD_IS_VEHICLE_PROFILE (profile), NULL);

  if (profile != NULL)
    ids = sd_vehicle_profile_list_ring (profile, NULL);
  if (ids == NULL || ids->len < 2)
    {
      g_clear_pointer (&ids, g_ptr_array_unref);
      ids = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < sd_knowledge_get_n_ring_members (knowledge); i++)
        g_ptr_array_add (ids, g_strdup (sd_knowledge_get_ring_member (knowledge, i)->component));
    }
  if (ids->len < 2)
    return NULL;

  self = g_object_new (SD_TYPE_RING_CHECK, NULL);
  g_ptr_array_add (ids, NULL);
  self->members = g_strdupv ((GStrv) ids->pdata);
  for (guint i = 0; self->members[i] != NULL; i++)
    {
      const char *id = self->members[i];
      const SdRingMember *member = knowledge_member (knowledge, id);
      const SdComponent *component = sd_knowledge_lookup_component (knowledge, id);
      double minutes = member != NULL ? member->reach_minutes : UNKNOWN_REACH_MINUTES;

      g_ptr_array_add (self->names, member_name (knowledge, profile, id));
      g_ptr_array_add (self->places,
                       component != NULL ? g_strdup (sd_text_get (&component->location)) : NULL);
      g_array_append_val (self->minutes, minutes);
    }
  sd_ring_check_reset (self);

  return self;
}

guint
sd_ring_check_get_n_members (SdRingCheck *self)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), 0);

  return g_strv_length (self->members);
}

const char *
sd_ring_check_get_member (SdRingCheck *self,
                          guint        index)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);
  g_return_val_if_fail (index < sd_ring_check_get_n_members (self), NULL);

  return self->members[index];
}

/**
 * sd_ring_check_get_member_name:
 *
 * Returns: the member's name in the owner's words ("Audio amplifier"), or
 *   BMW's abbreviation for a unit the knowledge base does not describe
 */
const char *
sd_ring_check_get_member_name (SdRingCheck *self,
                               guint        index)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);
  g_return_val_if_fail (index < self->names->len, NULL);

  return g_ptr_array_index (self->names, index);
}

/**
 * sd_ring_check_get_place:
 *
 * Returns: (nullable): where the member sits, or %NULL when not known
 */
const char *
sd_ring_check_get_place (SdRingCheck *self,
                         guint        index)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);
  g_return_val_if_fail (index < self->places->len, NULL);

  return g_ptr_array_index (self->places, index);
}

double
sd_ring_check_get_minutes (SdRingCheck *self,
                           guint        index)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), 0.0);
  g_return_val_if_fail (index < self->minutes->len, 0.0);

  return g_array_index (self->minutes, double, index);
}

SdRingCheckState
sd_ring_check_get_state (SdRingCheck *self)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), SD_RING_CHECK_CHECKING);

  return self->state;
}

/**
 * sd_ring_check_get_next_check:
 *
 * Returns: the member whose input connector to check next, or -1 once the
 *   break is located or the answers contradict each other
 */
int
sd_ring_check_get_next_check (SdRingCheck *self)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), -1);

  if (self->state != SD_RING_CHECK_CHECKING)
    return -1;

  return sd_ring_finder_get_next_check (self->finder);
}

static void
update_state (SdRingCheck *self)
{
  if (self->state == SD_RING_CHECK_CHECKING && sd_ring_finder_get_break (self->finder, NULL, NULL))
    self->state = SD_RING_CHECK_LOCATED;
}

/**
 * sd_ring_check_answer:
 * @member: the member whose input was checked (not the head unit)
 * @light: whether red light came out of the fibre there
 *
 * Answers that no single break explains (two breaks, a unit that fails now
 * and then, or a mistake) put the check in %SD_RING_CHECK_CONTRADICTED.
 *
 * Returns: %FALSE if the answer was not taken: the check is over, or it
 *   contradicts the answers before
 */
gboolean
sd_ring_check_answer (SdRingCheck *self,
                      guint        member,
                      gboolean     light)
{
  Answer answer = { member, !!light };

  g_return_val_if_fail (SD_IS_RING_CHECK (self), FALSE);
  g_return_val_if_fail (member > 0 && member < sd_ring_check_get_n_members (self), FALSE);

  if (self->state != SD_RING_CHECK_CHECKING)
    return FALSE;

  g_array_append_val (self->answers, answer);
  if (!sd_ring_finder_answer (self->finder, member, light))
    {
      self->state = SD_RING_CHECK_CONTRADICTED;
      return FALSE;
    }
  update_state (self);

  return TRUE;
}

/**
 * sd_ring_check_set_node_position:
 * @position: the head unit's (the gateway's) relative node position, as a
 *   scanner reads it after a ring restart
 *
 * Locates the break directly (see sd_ring_break_from_node_position()).
 *
 * Returns: %FALSE if the position is out of range or checks were answered
 */
gboolean
sd_ring_check_set_node_position (SdRingCheck *self,
                                 guint        position)
{
  guint k, segment;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), FALSE);

  k = sd_ring_check_get_n_members (self);
  if (position >= k || self->answers->len > 0 || self->node_position >= 0)
    return FALSE;

  segment = sd_ring_break_from_node_position (k, 0, position);
  /* Told to the finder as the two checks that would show it. */
  if (segment > 0)
    sd_ring_finder_answer (self->finder, segment, TRUE);
  if (segment + 1 < k)
    sd_ring_finder_answer (self->finder, segment + 1, FALSE);
  self->node_position = (int) position;
  update_state (self);

  return TRUE;
}

guint
sd_ring_check_get_n_answers (SdRingCheck *self)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), 0);

  return self->answers->len;
}

gboolean
sd_ring_check_get_answer (SdRingCheck *self,
                          guint        index,
                          guint       *member,
                          gboolean    *light)
{
  const Answer *answer;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), FALSE);

  if (index >= self->answers->len)
    return FALSE;

  answer = &g_array_index (self->answers, Answer, index);
  if (member != NULL)
    *member = answer->member;
  if (light != NULL)
    *light = answer->light;

  return TRUE;
}

/**
 * sd_ring_check_get_break:
 * @from: (out) (optional): the member whose light does not arrive
 * @to: (out) (optional): the member it should arrive at (0, the head unit,
 *   for the stretch back)
 *
 * Returns: %TRUE once the broken stretch is located
 */
gboolean
sd_ring_check_get_break (SdRingCheck *self,
                         guint       *from,
                         guint       *to)
{
  g_return_val_if_fail (SD_IS_RING_CHECK (self), FALSE);

  if (self->state != SD_RING_CHECK_LOCATED)
    return FALSE;

  return sd_ring_finder_get_break (self->finder, from, to);
}

/**
 * sd_ring_check_get_next_guide:
 *
 * The stretch starts at a unit whose light does not arrive: either its fibre
 * is damaged or the unit does not send. A satellite tuner can be bypassed
 * (losing only satellite radio); a fibre between two units in the boot can be
 * inspected and spliced; anything behind the dashboard or not described is a
 * workshop's job.
 *
 * Returns: (nullable): "sdars-bypass", "fibre-splice", or %NULL for a
 *   workshop; %NULL too while the break is not located
 */
const char *
sd_ring_check_get_next_guide (SdRingCheck *self)
{
  guint from, to;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);

  if (!sd_ring_check_get_break (self, &from, &to))
    return NULL;

  if (g_str_equal (self->members[from], "sdars"))
    return "sdars-bypass";
  /* The head unit's connector is behind the dashboard; an unknown unit's
   * place is not known: neither is a job to do at home. */
  if (from == 0 || to == 0 ||
      sd_ring_check_get_place (self, from) == NULL || sd_ring_check_get_place (self, to) == NULL)
    return NULL;

  return "fibre-splice";
}

/**
 * sd_ring_check_to_string:
 *
 * Returns: (transfer full): the answers as they are saved:
 *   "amplifier=light,tcu=dark", "node=2", or "" before any
 */
char *
sd_ring_check_to_string (SdRingCheck *self)
{
  GString *text;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), NULL);

  text = g_string_new (NULL);
  if (self->node_position >= 0)
    g_string_append_printf (text, "node=%d", self->node_position);
  for (guint i = 0; i < self->answers->len; i++)
    {
      const Answer *answer = &g_array_index (self->answers, Answer, i);

      g_string_append_printf (text, "%s%s=%s", text->len > 0 ? "," : "",
                              self->members[answer->member], answer->light ? "light" : "dark");
    }

  return g_string_free (text, FALSE);
}

static int
find_member (SdRingCheck *self,
             const char  *id)
{
  for (guint i = 0; self->members[i] != NULL; i++)
    if (g_str_equal (self->members[i], id))
      return (int) i;

  return -1;
}

/**
 * sd_ring_check_load_string:
 * @answers: as sd_ring_check_to_string() gives them, or as typed for
 *   --ring-plan ("amplifier=light,tcu=dark,node=2")
 *
 * Starts again and replays @answers. A contradiction is kept, as given.
 *
 * Returns: %FALSE if an answer names no member or is not light / dark
 */
gboolean
sd_ring_check_load_string (SdRingCheck  *self,
                           const char   *answers,
                           GError      **error)
{
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (SD_IS_RING_CHECK (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  sd_ring_check_reset (self);
  parts = g_strsplit (answers, ",", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (g_strstrip (parts[i]), "=", 2);
      guint64 position = 0;
      int member;

      if (pair[0] == NULL || pair[0][0] == '\0')
        continue;
      if (pair[1] != NULL && g_str_equal (pair[0], "node") &&
          g_ascii_string_to_unsigned (pair[1], 10, 0, G_MAXUINT, &position, NULL) &&
          sd_ring_check_set_node_position (self, (guint) position))
        continue;

      member = find_member (self, pair[0]);
      if (member <= 0 || pair[1] == NULL ||
          (!g_str_equal (pair[1], "light") && !g_str_equal (pair[1], "dark")))
        {
          g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
                       /* Translators: a ring check answer such as “amplifier=light” that
                        * does not fit the car's ring. */
                       _("“%s” is not a light check of this ring"), parts[i]);
          sd_ring_check_reset (self);
          return FALSE;
        }
      if (self->state == SD_RING_CHECK_CHECKING)
        sd_ring_check_answer (self, (guint) member, g_str_equal (pair[1], "light"));
    }

  return TRUE;
}
