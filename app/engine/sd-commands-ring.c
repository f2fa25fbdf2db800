/* sd-commands-ring.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * --ring-plan: the ring-break finder for scripts and tests. With the car's
 * options (--car, --market, --options …), the light checks answered so far
 * (--ring-answers MEMBER=light|dark,…) and a scanner's relative node position
 * (--node-position N), it prints the car's ring and then either the next check
 * or the break found, as tab-separated records or, with --json, as an object.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "sd-commands-car.h"
#include "sd-commands-ring.h"
#include "sd-ring-check.h"

static const GOptionEntry ring_option_entries[] = {
  { "ring-plan", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the next light check of the fibre-optic ring, or the break found (with --car, "
       "--ring-answers, --node-position)"), NULL },
  { "ring-answers", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --ring-plan: the light checks done, such as amplifier=light,tcu=dark"),
    N_("MEMBER=light|dark[,…]") },
  /* A string: GApplication does not pass on an integer option given as 0. */
  { "node-position", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --ring-plan: the head unit's relative node position read by a scanner"), N_("N") },
  { NULL }
};

void
sd_commands_ring_add_options (GApplication *application)
{
  static GOptionEntry translated[G_N_ELEMENTS (ring_option_entries)];

  for (guint i = 0; i < G_N_ELEMENTS (ring_option_entries); i++)
    {
      translated[i] = ring_option_entries[i];
      if (ring_option_entries[i].description != NULL)
        translated[i].description = _(ring_option_entries[i].description);
      if (ring_option_entries[i].arg_description != NULL)
        translated[i].arg_description = _(ring_option_entries[i].arg_description);
    }
  g_application_add_main_option_entries (application, translated);
}

/**
 * sd_commands_ring_read_options:
 * @command: (inout): set to %SD_COMMAND_RING_PLAN when --ring-plan is given
 * @lists: where the lists put in @options are kept, to free with it
 *
 * Returns: %TRUE if --ring-plan, --ring-answers or --node-position was given
 */
gboolean
sd_commands_ring_read_options (GVariantDict     *dict,
                               SdCommandOptions *options,
                               SdCommand        *command,
                               GPtrArray        *lists)
{
  const char **list = NULL;
  gboolean any = FALSE;
  const char *position = NULL;

  if (g_variant_dict_lookup (dict, "ring-answers", "^a&s", &list))
    options->ring_answers = list, any = TRUE, g_ptr_array_add (lists, list);
  if (g_variant_dict_lookup (dict, "node-position", "&s", &position))
    {
      guint64 value = G_MAXUINT;

      /* Not a number: refused like a position past the ring. */
      g_ascii_string_to_unsigned (position, 10, 0, G_MAXUINT, &value, NULL);
      options->has_node_position = TRUE;
      options->node_position = (guint) value;
      any = TRUE;
    }
  if (g_variant_dict_contains (dict, "ring-plan"))
    {
      *command = SD_COMMAND_RING_PLAN;
      options->json = g_variant_dict_contains (dict, "json");
      any = TRUE;
    }

  return any;
}

static const char *
state_to_string (SdRingCheckState state)
{
  switch (state)
    {
    case SD_RING_CHECK_LOCATED:
      return "located";
    case SD_RING_CHECK_CONTRADICTED:
      return "contradicted";
    case SD_RING_CHECK_CHECKING:
    default:
      return "checking";
    }
}

static void
print_json (SdRingCheck *check,
            GString     *out)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *answers = sd_ring_check_to_string (check);
  g_autofree char *result = sd_ring_check_describe_result (check);
  int next = sd_ring_check_get_next_check (check);
  guint from, to;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "ring");
  json_builder_begin_array (builder);
  for (guint i = 0; i < sd_ring_check_get_n_members (check); i++)
    json_builder_add_string_value (builder, sd_ring_check_get_member (check, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "answers");
  json_builder_add_string_value (builder, answers);
  json_builder_set_member_name (builder, "state");
  json_builder_add_string_value (builder, state_to_string (sd_ring_check_get_state (check)));

  json_builder_set_member_name (builder, "next_check");
  if (next > 0)
    {
      g_autofree char *words = sd_ring_check_describe_check (check, (guint) next);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "member");
      json_builder_add_string_value (builder, sd_ring_check_get_member (check, (guint) next));
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, sd_ring_check_get_member (check, (guint) next - 1));
      json_builder_set_member_name (builder, "minutes");
      json_builder_add_double_value (builder, sd_ring_check_get_minutes (check, (guint) next));
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, words);
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }

  json_builder_set_member_name (builder, "break");
  if (sd_ring_check_get_break (check, &from, &to))
    {
      const char *guide = sd_ring_check_get_next_guide (check);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, sd_ring_check_get_member (check, from));
      json_builder_set_member_name (builder, "to");
      json_builder_add_string_value (builder, sd_ring_check_get_member (check, to));
      json_builder_set_member_name (builder, "next_guide");
      if (guide != NULL)
        json_builder_add_string_value (builder, guide);
      else
        json_builder_add_null_value (builder);
      json_builder_end_object (builder);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
  json_builder_set_member_name (builder, "result");
  if (result != NULL)
    json_builder_add_string_value (builder, result);
  else
    json_builder_add_null_value (builder);
  json_builder_end_object (builder);

  sd_commands_append_json (builder, out);
}

/* ring, then check (member, from, minutes, words) or break (from, to, next
 * guide or "workshop", words) or contradiction (words): one record a line. */
static void
print_text (SdRingCheck *check,
            GString     *out)
{
  g_autofree char *result = sd_ring_check_describe_result (check);
  int next = sd_ring_check_get_next_check (check);
  guint from, to;

  g_string_append (out, "ring");
  for (guint i = 0; i < sd_ring_check_get_n_members (check); i++)
    g_string_append_printf (out, "%c%s", i == 0 ? '\t' : ',', sd_ring_check_get_member (check, i));
  g_string_append_c (out, '\n');

  if (next > 0)
    {
      g_autofree char *words = sd_ring_check_describe_check (check, (guint) next);

      g_string_append_printf (out, "check\t%s\t%s\t%g\t%s\n",
                              sd_ring_check_get_member (check, (guint) next),
                              sd_ring_check_get_member (check, (guint) next - 1),
                              sd_ring_check_get_minutes (check, (guint) next), words);
    }
  else if (sd_ring_check_get_break (check, &from, &to))
    {
      const char *guide = sd_ring_check_get_next_guide (check);

      g_string_append_printf (out, "break\t%s\t%s\t%s\t%s\n",
                              sd_ring_check_get_member (check, from),
                              sd_ring_check_get_member (check, to),
                              guide != NULL ? guide : "workshop", result);
    }
  else if (result != NULL)
    {
      g_string_append_printf (out, "contradiction\t%s\n", result);
    }
}

/**
 * sd_commands_ring_plan:
 *
 * Returns: the exit status: 0, or 2 on a usage error said in @err
 */
int
sd_commands_ring_plan (SdCatalog              *catalog,
                       const SdCommandOptions *options,
                       GString                *out,
                       GString                *err)
{
  g_autoptr(SdVehicleProfile) profile = NULL;
  g_autoptr(SdRingCheck) check = NULL;
  g_autoptr(GString) answers = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gsize before = err->len;

  profile = sd_commands_car_build_profile (catalog, options, err);
  if (err->len > before)
    return 2;

  check = sd_ring_check_new (sd_catalog_get_knowledge (catalog), profile);
  if (check == NULL)
    {
      g_string_append_printf (err, "%s\n", _("This car has no fibre-optic ring to check"));
      return 2;
    }

  if (options->has_node_position && options->node_position >= sd_ring_check_get_n_members (check))
    {
      g_string_append_printf (err, _("--node-position: the ring has %u members, so 0 to %u\n"),
                              sd_ring_check_get_n_members (check),
                              sd_ring_check_get_n_members (check) - 1);
      return 2;
    }
  if (options->has_node_position)
    g_string_append_printf (answers, "node=%u", options->node_position);
  for (guint i = 0; options->ring_answers != NULL && options->ring_answers[i] != NULL; i++)
    g_string_append_printf (answers, "%s%s", answers->len > 0 ? "," : "", options->ring_answers[i]);
  if (!sd_ring_check_load_string (check, answers->str, &error))
    {
      g_string_append_printf (err, "--ring-answers: %s\n", error->message);
      return 2;
    }

  if (options->json)
    print_json (check, out);
  else
    print_text (check, out);

  return 0;
}
