/* sd-commands-car.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command line's car and fault codes: --car and the profile's fields,
 * --codes and --no-codes-in next to --diagnose, --list-cars and --list-codes,
 * and the car and the codes in --diagnose's output.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-commands-car.h"

static const GOptionEntry car_option_entries[] = {
  { "list-cars", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the car models, one per line: id, series, name, years, has a fibre-optic ring"),
    NULL },
  { "list-codes", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("List the fault codes, one per line: code, module, faults it points to, meaning"), NULL },
  { "codes", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --diagnose: fault codes a scanner read, as it prints them"), N_("CODE[,CODE…]") },
  { "no-codes-in", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --diagnose: modules a scanner read and found no fault codes in, such as "
       "telematics"), N_("MODULE[,MODULE…]") },
  { "car", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --diagnose: the car's model, such as e90 (see --list-cars)"), N_("MODEL") },
  { "head-unit", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --car: the head unit, if not the model's usual one"), N_("ID") },
  { "telematics", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --car: the telematics unit, if not the model's usual one"), N_("ID") },
  { "market", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("With --car: na (North America), europe or other"), N_("ID") },
  { "options", 0, 0, G_OPTION_ARG_STRING_ARRAY, NULL,
    N_("With --car: the options fitted, such as amplifier,sdars; “none” for none"),
    N_("ID[,ID…]") },
  { NULL }
};

void
sd_commands_car_add_options (GApplication *application)
{
  static GOptionEntry translated[G_N_ELEMENTS (car_option_entries)];

  for (guint i = 0; i < G_N_ELEMENTS (car_option_entries); i++)
    {
      translated[i] = car_option_entries[i];
      if (car_option_entries[i].description != NULL)
        translated[i].description = _(car_option_entries[i].description);
      if (car_option_entries[i].arg_description != NULL)
        translated[i].arg_description = _(car_option_entries[i].arg_description);
    }
  g_application_add_main_option_entries (application, translated);
}

/**
 * sd_commands_car_read_options:
 * @command: (inout): set to --list-cars or --list-codes when one is given
 * @lists: where the lists put in @options are kept, to free with it
 *
 * Reads the car and code options into @options. The strings stay owned by @dict.
 *
 * Returns: %TRUE if one of them was given
 */
gboolean
sd_commands_car_read_options (GVariantDict     *dict,
                              SdCommandOptions *options,
                              SdCommand        *command,
                              GPtrArray        *lists)
{
  const char **list = NULL;
  gboolean any = FALSE;

  if (g_variant_dict_lookup (dict, "codes", "^a&s", &list))
    options->codes = list, any = TRUE, g_ptr_array_add (lists, list);
  if (g_variant_dict_lookup (dict, "no-codes-in", "^a&s", &list))
    options->clear_modules = list, any = TRUE, g_ptr_array_add (lists, list);
  if (g_variant_dict_lookup (dict, "options", "^a&s", &list))
    options->fitted = list, any = TRUE, g_ptr_array_add (lists, list);
  any |= g_variant_dict_lookup (dict, "car", "&s", &options->car);
  any |= g_variant_dict_lookup (dict, "head-unit", "&s", &options->head_unit);
  any |= g_variant_dict_lookup (dict, "telematics", "&s", &options->telematics);
  any |= g_variant_dict_lookup (dict, "market", "&s", &options->market);

  if (g_variant_dict_contains (dict, "list-cars"))
    *command = SD_COMMAND_LIST_CARS;
  if (g_variant_dict_contains (dict, "list-codes"))
    *command = SD_COMMAND_LIST_CODES;

  return any;
}

static const char *
fact_to_string (SdFact fact)
{
  switch (fact)
    {
    case SD_FACT_YES:
      return "yes";
    case SD_FACT_NO:
      return "no";
    case SD_FACT_DEPENDS:
      return "depends";
    case SD_FACT_UNKNOWN:
    default:
      return "unknown";
    }
}

void
sd_commands_list_cars (SdCatalog *catalog,
                       GString   *out)
{
  SdVehicles *vehicles = sd_catalog_get_vehicles (catalog);

  for (guint i = 0; i < sd_vehicles_get_n_models (vehicles); i++)
    {
      const SdVehicleModel *model = sd_vehicles_get_model (vehicles, i);
      const SdVehicleSetup *setup = sd_vehicles_get_setup (vehicles, model->id);
      g_autofree char *label = sd_vehicles_dup_model_label (vehicles, model);
      g_autofree char *from = model->from != 0
                                ? g_strdup_printf ("%u", sd_vehicle_month_get_year (model->from))
                                : g_strdup ("");
      g_autofree char *to = model->to != 0
                              ? g_strdup_printf ("%u", sd_vehicle_month_get_year (model->to))
                              : g_strdup ("");

      g_string_append_printf (out, "%s\t%s\t%s\t%s-%s\t%s\n", model->id, model->series, label,
                              from, to,
                              fact_to_string (setup != NULL ? setup->most_ring : SD_FACT_UNKNOWN));
    }
}

void
sd_commands_list_codes (SdCatalog *catalog,
                        GString   *out)
{
  SdCodes *codes = sd_catalog_get_codes (catalog);

  for (guint i = 0; i < sd_codes_get_n_codes (codes); i++)
    {
      const SdCode *code = sd_codes_get_code (codes, i);
      g_autofree char *modules = g_strjoinv (",", code->modules);
      g_autoptr(GString) faults = g_string_new (NULL);

      for (guint j = 0; j < code->indications->len; j++)
        g_string_append_printf (faults, "%s%s", j > 0 ? "," : "",
                                g_array_index (code->indications, SdCodeIndication, j).fault);
      /* A code whose number is not known is listed, and entered, by its id. */
      g_string_append_printf (out, "%s\t%s\t%s\t%s\n", code->hex != NULL ? code->hex : code->id,
                              modules, faults->str, sd_codes_get_meaning (codes, code));
    }
}

static GStrv
split_list (const char * const *args)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; args != NULL && args[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (args[i], ",", -1);

      for (guint j = 0; parts[j] != NULL; j++)
        if (g_strstrip (parts[j])[0] != '\0' && !g_str_equal (parts[j], "none"))
          g_strv_builder_add (builder, parts[j]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
check_unit (SdVehicles    *vehicles,
            SdVehicleKind  kind,
            const char    *id,
            const char    *option,
            GString       *err)
{
  if (id == NULL || g_str_equal (id, "unknown") || sd_vehicles_lookup_unit (vehicles, kind, id))
    return TRUE;

  /* Translators: a command-line option such as --head-unit, and the id given to it. */
  g_string_append_printf (err, _("%s: “%s” is not in the vehicle table\n"), option, id);
  return FALSE;
}

/**
 * sd_commands_car_build_profile:
 *
 * Returns: (transfer full) (nullable): the car of the options; %NULL for a car
 *   nothing is known of, or on a usage error, said in @err
 */
SdVehicleProfile *
sd_commands_car_build_profile (SdCatalog              *catalog,
               const SdCommandOptions *options,
               GString                *err)
{
  SdVehicles *vehicles = sd_catalog_get_vehicles (catalog);
  g_autoptr(SdVehicleProfile) profile = sd_vehicle_profile_new (vehicles);

  if (options->car == NULL && options->head_unit == NULL && options->telematics == NULL &&
      options->market == NULL && options->fitted == NULL)
    return NULL;

  if (options->car != NULL && sd_vehicles_lookup_model (vehicles, options->car) == NULL)
    {
      g_string_append_printf (err, _("Unknown car model “%s” (see --list-cars)\n"), options->car);
      return NULL;
    }
  if (!check_unit (vehicles, SD_VEHICLE_HEAD_UNIT, options->head_unit, "--head-unit", err) ||
      !check_unit (vehicles, SD_VEHICLE_TELEMATICS, options->telematics, "--telematics", err) ||
      !check_unit (vehicles, SD_VEHICLE_MARKET, options->market, "--market", err))
    return NULL;

  sd_vehicle_profile_set_model (profile, options->car);
  sd_vehicle_profile_set_head_unit (profile, options->head_unit);
  sd_vehicle_profile_set_telematics (profile, options->telematics);
  sd_vehicle_profile_set_market (profile, options->market);
  if (options->fitted != NULL)
    {
      g_auto(GStrv) fitted = split_list (options->fitted);

      for (guint i = 0; fitted[i] != NULL; i++)
        if (!check_unit (vehicles, SD_VEHICLE_OPTION, fitted[i], "--options", err))
          return NULL;
      sd_vehicle_profile_set_options (profile, (const char * const *) fitted);
    }
  sd_vehicle_profile_apply_defaults (profile);

  return g_steal_pointer (&profile);
}

/**
 * sd_commands_car_apply:
 *
 * Gives @diagnosis the car and the codes of @options. A malformed code is
 * reported in @err and the others are kept; an unknown code is kept too. Codes
 * or modules found empty answer "has a scanner" yes, as in the app
 * (sd_diagnosis_imply_scanner()); answers given with them come after.
 *
 * Returns: %FALSE on a usage error, said in @err
 */
gboolean
sd_commands_car_apply (SdCatalog              *catalog,
                       SdDiagnosis            *diagnosis,
                       const SdCommandOptions *options,
                       GString                *err)
{
  g_autoptr(SdVehicleProfile) profile = NULL;
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) clear = split_list (options->clear_modules);
  SdCodes *table = sd_catalog_get_codes (catalog);
  gsize before = err->len;

  profile = sd_commands_car_build_profile (catalog, options, err);
  if (err->len > before)
    return FALSE;
  sd_diagnosis_set_profile (diagnosis, profile);

  for (guint i = 0; options->codes != NULL && options->codes[i] != NULL; i++)
    {
      const char *entry = options->codes[i];

      /* A code the table knows only by its id is taken as it is. */
      if (sd_codes_lookup_id (table, entry) != NULL)
        g_ptr_array_add (codes, g_strdup (entry));
      else
        sd_codes_parse_input (entry, codes, problems);
    }
  for (guint i = 0; i < problems->len; i++)
    g_string_append_printf (err, "--codes: %s\n", (const char *) g_ptr_array_index (problems, i));
  for (guint i = 0; clear[i] != NULL; i++)
    if (sd_codes_lookup_module (table, clear[i]) == NULL)
      {
        g_string_append_printf (err, _("Unknown module “%s” (see --list-codes)\n"), clear[i]);
        return FALSE;
      }

  g_ptr_array_add (codes, NULL);
  sd_diagnosis_set_codes (diagnosis, table, (const char * const *) codes->pdata);
  sd_diagnosis_set_clear_modules (diagnosis, (const char * const *) clear);
  /* As in the app: the codes answer "has a scanner" and the scanner questions. */
  if (codes->len > 1 || clear[0] != NULL)
    sd_diagnosis_imply_scanner (diagnosis, TRUE);

  return TRUE;
}

/* The car and the codes, as the first lines of --diagnose's text. */
void
sd_commands_car_print_text (SdDiagnosis *diagnosis,
                            SdCodes     *table,
                            GString     *out)
{
  SdVehicleProfile *profile = sd_diagnosis_get_profile (diagnosis);
  GPtrArray *codes = sd_diagnosis_get_codes (diagnosis);

  if (profile != NULL)
    {
      g_autofree char *car = sd_vehicle_profile_describe (profile);

      /* Translators: the car's profile in a line, e.g. "E90 · CIC · TCU · Europe". */
      g_string_append_printf (out, _("Car: %s\n"), car);
    }
  for (guint i = 0; i < codes->len; i++)
    {
      const char *entered = g_ptr_array_index (codes, i);
      const SdCode *code = sd_codes_lookup_entered (table, entered);

      if (code != NULL)
        g_string_append_printf (out, _("Fault code %s: %s\n"), entered,
                                sd_codes_get_meaning (table, code));
      else
        g_string_append_printf (out, _("Fault code %s: not known to SOS Doctor\n"), entered);
    }
  if (profile != NULL || codes->len > 0)
    g_string_append_c (out, '\n');
}

static void
add_member (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

/* "car": the profile, or null; "codes": each entered, with whether it is
 * known. Both only when a car or a code was given, so that the output of a
 * plain --diagnose stays as scripts know it. */
void
sd_commands_car_add_json (JsonBuilder *builder,
                          SdDiagnosis *diagnosis,
                          SdCodes     *table)
{
  SdVehicleProfile *profile = sd_diagnosis_get_profile (diagnosis);
  GPtrArray *codes = sd_diagnosis_get_codes (diagnosis);

  if (profile == NULL && codes->len == 0)
    return;
  json_builder_set_member_name (builder, "car");
  if (profile == NULL)
    json_builder_add_null_value (builder);
  else
    {
      const char * const *fitted = sd_vehicle_profile_get_options (profile);
      SdVehicles *vehicles = sd_vehicle_profile_get_vehicles (profile);

      json_builder_begin_object (builder);
      add_member (builder, "model", sd_vehicle_profile_get_model (profile));
      add_member (builder, "series", sd_vehicle_profile_get_series (profile));
      add_member (builder, "head_unit", sd_vehicle_profile_get_head_unit (profile));
      add_member (builder, "telematics", sd_vehicle_profile_get_telematics (profile));
      add_member (builder, "market", sd_vehicle_profile_get_market (profile));
      json_builder_set_member_name (builder, "options");
      if (fitted == NULL)
        json_builder_add_null_value (builder);
      else
        {
          json_builder_begin_array (builder);
          for (guint i = 0; fitted[i] != NULL; i++)
            json_builder_add_string_value (builder, fitted[i]);
          json_builder_end_array (builder);
        }
      /* Each option said not to be fitted; one in neither list is not known. */
      json_builder_set_member_name (builder, "not_fitted");
      json_builder_begin_array (builder);
      for (guint i = 0; vehicles != NULL && i < sd_vehicles_get_n_units (vehicles, SD_VEHICLE_OPTION); i++)
        {
          const char *id = sd_vehicles_get_unit (vehicles, SD_VEHICLE_OPTION, i)->id;

          if (sd_vehicle_profile_get_option (profile, id) == SD_FACT_NO)
            json_builder_add_string_value (builder, id);
        }
      json_builder_end_array (builder);
      add_member (builder, "most_ring",
                  fact_to_string (sd_vehicle_profile_has_most_ring (profile)));
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "codes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < codes->len; i++)
    {
      const char *entered = g_ptr_array_index (codes, i);
      const SdCode *code = sd_codes_lookup_entered (table, entered);

      json_builder_begin_object (builder);
      add_member (builder, "code", entered);
      json_builder_set_member_name (builder, "known");
      json_builder_add_boolean_value (builder, code != NULL);
      add_member (builder, "meaning", code != NULL ? sd_codes_get_meaning (table, code) : NULL);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/**
 * sd_commands_append_json:
 * @builder: a builder holding one finished value
 *
 * Appends that value to @out as --json prints it: indented by two, one line
 * at the end.
 */
void
sd_commands_append_json (JsonBuilder *builder,
                         GString     *out)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  g_string_append_printf (out, "%s\n", text);
}
