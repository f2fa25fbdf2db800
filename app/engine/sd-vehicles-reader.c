/* sd-vehicles-reader.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reads a vehicle table (data/schema/vehicles.rng) into SdVehicles and checks
 * what the schema cannot: every fact has a confidence, years run forwards and
 * lie in their series', and every series, unit, option and market named exists.
 * Problems are `file:line: message`; a bad entry is reported and the good ones
 * are kept.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-fact-reader.h"
#include "sd-problem.h"
#include "sd-vehicles-private.h"
#include "sd-vehicles-reader.h"
#include "sd-xml.h"

typedef struct
{
  SdVehicles *vehicles;
  const char *source;
  GPtrArray  *problems;
} Reader;

/* Reads the attribute @name as one of @values (a NULL-terminated list); returns
 * its index, @fallback when it is missing, or -1 after a problem. */
static int
read_choice (Reader             *reader,
             xmlNode            *node,
             const char         *name,
             const char * const *values,
             int                 fallback)
{
  g_autofree char *value = sd_xml_get_attr (node, name);
  g_autofree char *allowed = NULL;

  if (value == NULL)
    {
      if (fallback < 0)
        sd_problems_add (reader->problems, reader->source, sd_xml_line (node),
                         _("<%s> needs the attribute “%s”"), (const char *) node->name, name);
      return fallback;
    }

  for (int i = 0; values[i] != NULL; i++)
    if (g_str_equal (value, values[i]))
      return i;

  allowed = g_strjoinv (", ", (char **) values);
  sd_problems_add (reader->problems, reader->source, sd_xml_line (node),
                   _("attribute “%s” has the value “%s”; it must be one of: %s"),
                   name, value, allowed);
  return -1;
}

static const char * const fact_values[] = { "unknown", "no", "yes", "depends", NULL };
static const char * const yes_no_unknown_values[] = { "unknown", "no", "yes", NULL };
static const char * const bus_values[] = { "unknown", "most", "can", "ethernet", "k-bus", NULL };

/* Reads an attribute every element of its kind must have. */
static char *
read_required (Reader     *reader,
               xmlNode    *node,
               const char *name)
{
  char *value = sd_xml_get_attr (node, name);

  if (value == NULL)
    sd_problems_add (reader->problems, reader->source, sd_xml_line (node),
                     _("<%s> needs the attribute “%s”"), (const char *) node->name, name);

  return value;
}

static void
require_child (Reader     *reader,
               xmlNode    *node,
               const char *name)
{
  if (sd_fact_child_named (node, name) == NULL)
    sd_problems_add (reader->problems, reader->source, sd_xml_line (node),
                     _("<%s> is missing the element <%s>"), (const char *) node->name, name);
}

/* The id is read again from @node: the entry is freed when it was not taken. */
static void
report_twice (Reader     *reader,
              xmlNode    *node,
              gboolean    taken)
{
  g_autofree char *again = NULL;

  if (taken)
    return;

  again = sd_xml_get_attr (node, "id");
  sd_problems_add (reader->problems, reader->source, sd_xml_line (node),
                   _("“%s” is defined twice"), again);
}

static guint
read_networks (xmlNode *node)
{
  g_autofree char *value = sd_xml_get_attr (node, "networks");
  g_auto(GStrv) words = value != NULL ? g_strsplit (value, " ", -1) : NULL;
  guint networks = 0;

  for (guint i = 0; words != NULL && words[i] != NULL; i++)
    {
      if (g_str_equal (words[i], "2g"))
        networks |= SD_NETWORK_2G;
      else if (g_str_equal (words[i], "3g"))
        networks |= SD_NETWORK_3G;
      else if (g_str_equal (words[i], "4g"))
        networks |= SD_NETWORK_4G;
      else if (g_str_equal (words[i], "5g"))
        networks |= SD_NETWORK_5G;
    }

  return networks;
}

static void
read_unit (Reader        *reader,
           xmlNode       *node,
           SdVehicleKind  kind)
{
  SdVehicleUnit *unit = g_new0 (SdVehicleUnit, 1);
  int battery = 0;

  unit->kind = kind;
  unit->id = read_required (reader, node, "id");
  unit->source = g_strdup (reader->source);
  unit->line = sd_xml_line (node);
  unit->confidence = sd_fact_read_confidence (node, reader->source, reader->problems);
  sd_fact_read_years (node, reader->source, reader->problems, &unit->from, &unit->to);
  require_child (reader, node, "name");

  if (kind == SD_VEHICLE_HEAD_UNIT)
    require_child (reader, node, "recognise");
  if (kind == SD_VEHICLE_TELEMATICS)
    {
      battery = read_choice (reader, node, "backup-battery", yes_no_unknown_values, -1);
      unit->backup_battery = battery >= 0 ? (SdFact) battery : SD_FACT_UNKNOWN;
      unit->networks = read_networks (node);
    }
  if (kind == SD_VEHICLE_OPTION)
    unit->component = sd_xml_get_attr (node, "component");

  if (unit->id == NULL)
    {
      _sd_vehicle_unit_free (unit);
      return;
    }

  report_twice (reader, node, _sd_vehicles_take_unit (reader->vehicles, unit));
}

static SdVehicleFit *
read_fit (Reader        *reader,
          xmlNode       *node,
          SdVehicleKind  kind)
{
  SdVehicleFit *fit = g_new0 (SdVehicleFit, 1);
  g_autofree char *is_default = sd_xml_get_attr (node, "default");
  g_autofree char *known = sd_xml_get_attr (node, "known");
  g_autofree char *ecall = sd_xml_get_attr (node, "ecall");
  int most, bus;

  fit->kind = kind;
  fit->line = sd_xml_line (node);
  fit->ref = read_required (reader, node, "ref");
  fit->confidence = sd_fact_read_confidence (node, reader->source, reader->problems);
  sd_fact_read_years (node, reader->source, reader->problems, &fit->from, &fit->to);
  fit->market = sd_xml_get_attr (node, "market");
  fit->is_default = g_strcmp0 (is_default, "yes") == 0;
  fit->known = g_strcmp0 (known, "no") != 0;
  fit->ecall = g_strcmp0 (ecall, "yes") == 0;

  if (fit->is_default && !fit->known)
    sd_problems_add (reader->problems, reader->source, fit->line,
                     _("“%s” cannot be the default when whether it is fitted is not known"),
                     fit->ref != NULL ? fit->ref : "");

  most = read_choice (reader, node, "most", yes_no_unknown_values, SD_FACT_UNKNOWN);
  fit->most = most >= 0 ? (SdFact) most : SD_FACT_UNKNOWN;
  if (kind == SD_VEHICLE_TELEMATICS)
    {
      bus = read_choice (reader, node, "bus", bus_values, -1);
      fit->bus = bus >= 0 ? (SdBus) bus : SD_BUS_UNKNOWN;
    }

  return fit;
}

static void
read_ring (Reader         *reader,
           xmlNode        *node,
           SdVehicleSetup *setup)
{
  static const char * const order_values[] = { "none", "known", "example", "unknown", NULL };
  int order = read_choice (reader, node, "order", order_values, -1);

  setup->ring_order = order > 0 ? (SdRingOrder) order : SD_RING_ORDER_UNKNOWN;
  setup->ring_confidence = sd_fact_read_confidence (node, reader->source, reader->problems);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      SdRingSlot *slot = g_new0 (SdRingSlot, 1);

      slot->line = sd_xml_line (child);
      slot->ref = sd_xml_get_attr (child, "ref");
      slot->module = sd_xml_get_attr (child, "module");
      if ((slot->ref == NULL) == (slot->module == NULL))
        sd_problems_add (reader->problems, reader->source, slot->line,
                         _("a ring <member> names either a ref or a module"));
      g_ptr_array_add (setup->ring, slot);
    }
}

static SdVehicleSetup *
read_setup (Reader  *reader,
            xmlNode *node)
{
  SdVehicleSetup *setup = g_new0 (SdVehicleSetup, 1);
  int most_ring = read_choice (reader, node, "most-ring", fact_values, -1);

  setup->line = sd_xml_line (node);
  setup->most_ring = most_ring >= 0 ? (SdFact) most_ring : SD_FACT_UNKNOWN;
  setup->confidence = sd_fact_read_confidence (node, reader->source, reader->problems);
  setup->telematics_known = TRUE;
  setup->fits = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_vehicle_fit_free);
  setup->ring = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_ring_slot_free);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      if (sd_xml_is (child, "head-unit"))
        g_ptr_array_add (setup->fits, read_fit (reader, child, SD_VEHICLE_HEAD_UNIT));
      else if (sd_xml_is (child, "telematics"))
        g_ptr_array_add (setup->fits, read_fit (reader, child, SD_VEHICLE_TELEMATICS));
      else if (sd_xml_is (child, "option"))
        g_ptr_array_add (setup->fits, read_fit (reader, child, SD_VEHICLE_OPTION));
      else if (sd_xml_is (child, "ring"))
        read_ring (reader, child, setup);
      else if (sd_xml_is (child, "telematics-unknown"))
        {
          setup->telematics_known = FALSE;
          sd_fact_read_confidence (child, reader->source, reader->problems);
        }
    }

  return setup;
}

static void
check_inside (Reader     *reader,
              guint       line,
              const char *id,
              guint       from,
              guint       to,
              guint       outer_from,
              guint       outer_to)
{
  if ((outer_from != 0 && from != 0 && from < outer_from) ||
      (outer_to != 0 && to != 0 && to > outer_to) ||
      (outer_to != 0 && to == 0))
    sd_problems_add (reader->problems, reader->source, line,
                     _("the years of “%s” lie outside those of its series"), id);
}

static void
read_model (Reader                *reader,
            xmlNode               *node,
            const SdVehicleSeries *series)
{
  SdVehicleModel *model = g_new0 (SdVehicleModel, 1);
  xmlNode *setup = sd_fact_child_named (node, "setup");

  model->id = read_required (reader, node, "id");
  model->source = g_strdup (reader->source);
  model->line = sd_xml_line (node);
  model->series = g_strdup (series->id);
  model->code = read_required (reader, node, "code");
  model->body = sd_xml_get_attr (node, "body");
  model->confidence = sd_fact_read_confidence (node, reader->source, reader->problems);
  if (sd_fact_read_years (node, reader->source, reader->problems, &model->from, &model->to) &&
      model->id != NULL)
    check_inside (reader, model->line, model->id, model->from, model->to,
                  series->from, series->to);
  if (setup != NULL)
    model->setup = read_setup (reader, setup);

  if (model->id == NULL || model->code == NULL)
    {
      _sd_vehicle_model_free (model);
      return;
    }

  report_twice (reader, node, _sd_vehicles_take_model (reader->vehicles, model));
}

static void
read_series (Reader  *reader,
             xmlNode *node)
{
  SdVehicleSeries *series = g_new0 (SdVehicleSeries, 1);
  xmlNode *setup = sd_fact_child_named (node, "setup");

  series->id = read_required (reader, node, "id");
  series->source = g_strdup (reader->source);
  series->line = sd_xml_line (node);
  series->brand = sd_xml_get_attr (node, "brand");
  series->generation = sd_xml_get_attr (node, "generation");
  series->confidence = sd_fact_read_confidence (node, reader->source, reader->problems);
  sd_fact_read_years (node, reader->source, reader->problems, &series->from, &series->to);
  require_child (reader, node, "name");
  require_child (reader, node, "model");
  if (setup != NULL)
    series->setup = read_setup (reader, setup);
  else
    require_child (reader, node, "setup");

  if (series->id == NULL)
    {
      _sd_vehicle_series_free (series);
      return;
    }

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    if (sd_xml_is (child, "model"))
      read_model (reader, child, series);

  report_twice (reader, node, _sd_vehicles_take_series (reader->vehicles, series));
}

static gboolean
is_date (const char *text)
{
  gsize length = strlen (text);
  guint month;

  /* "2016", "2016-12" or "2016-12-31"; the schema checks the digits too. */
  if (length != 4 && length != 7 && length != 10)
    return FALSE;
  if (length == 10 && (text[7] != '-' || !g_ascii_isdigit (text[8]) || !g_ascii_isdigit (text[9])))
    return FALSE;

  {
    g_autofree char *head = g_strndup (text, MIN (length, 7));

    return sd_vehicle_month_parse (head, FALSE, &month);
  }
}

static void
read_shutdown (Reader  *reader,
               xmlNode *node)
{
  static const char * const network_values[] = { "2g", "3g", "4g-ims", NULL };
  static const SdNetwork networks[] = { SD_NETWORK_2G, SD_NETWORK_3G, SD_NETWORK_4G_IMS };
  SdNetworkShutdown *shutdown = g_new0 (SdNetworkShutdown, 1);
  g_autofree char *date = sd_xml_get_attr (node, "date");
  int network = read_choice (reader, node, "network", network_values, -1);

  shutdown->id = read_required (reader, node, "id");
  shutdown->source = g_strdup (reader->source);
  shutdown->line = sd_xml_line (node);
  shutdown->market = sd_xml_get_attr (node, "market");
  shutdown->country = sd_xml_get_attr (node, "country");
  shutdown->network = network >= 0 ? networks[network] : 0;
  shutdown->confidence = sd_fact_read_confidence (node, reader->source, reader->problems);
  shutdown->affects = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_shutdown_unit_free);
  require_child (reader, node, "note");

  if (date == NULL || (!g_str_equal (date, "unknown") && !is_date (date)))
    sd_problems_add (reader->problems, reader->source, shutdown->line,
                     _("date must be a day, month or year such as 2016-12-31, or “unknown”"));
  else if (!g_str_equal (date, "unknown"))
    shutdown->date = g_steal_pointer (&date);

  for (xmlNode *child = sd_xml_first_child (node); child != NULL; child = sd_xml_next (child))
    {
      SdShutdownUnit *unit;

      if (!sd_xml_is (child, "affects"))
        continue;

      unit = g_new0 (SdShutdownUnit, 1);
      unit->unit = sd_xml_get_attr (child, "unit");
      unit->series = sd_xml_get_attr (child, "series");
      unit->line = sd_xml_line (child);
      g_ptr_array_add (shutdown->affects, unit);
    }

  if (shutdown->id == NULL)
    {
      _sd_network_shutdown_free (shutdown);
      return;
    }

  report_twice (reader, node, _sd_vehicles_take_shutdown (reader->vehicles, shutdown));
}

/**
 * sd_vehicles_add_document:
 * @doc: a parsed vehicle table
 * @source: the file's name for messages
 * @problems: (nullable): where to add what is wrong
 *
 * Adds the entries of @doc. An entry with a problem is reported and, where it
 * can be read at all, kept; run sd_vehicles_check() when every file is in.
 *
 * Returns: %TRUE if the document had no problem
 */
gboolean
sd_vehicles_add_document (SdVehicles *self,
                          xmlDoc     *doc,
                          const char *source,
                          GPtrArray  *problems)
{
  g_autoptr(GPtrArray) found = sd_problems_new ();
  Reader reader = { self, source, found };
  xmlNode *root;

  g_return_val_if_fail (SD_IS_VEHICLES (self), FALSE);
  g_return_val_if_fail (doc != NULL, FALSE);

  root = xmlDocGetRootElement (doc);
  if (!sd_xml_is (root, "vehicles"))
    {
      sd_problems_add (problems, source, sd_xml_line (root),
                       /* Translators: two element names. */
                       _("the root element is <%s>; this file starts with <%s>"),
                       root != NULL ? (const char *) root->name : "", "vehicles");
      return FALSE;
    }

  sd_xml_check_unique_ids (root, source, found);

  for (xmlNode *child = sd_xml_first_child (root); child != NULL; child = sd_xml_next (child))
    {
      if (sd_xml_is (child, "market"))
        read_unit (&reader, child, SD_VEHICLE_MARKET);
      else if (sd_xml_is (child, "body"))
        read_unit (&reader, child, SD_VEHICLE_BODY);
      else if (sd_xml_is (child, "head-unit"))
        read_unit (&reader, child, SD_VEHICLE_HEAD_UNIT);
      else if (sd_xml_is (child, "telematics-unit"))
        read_unit (&reader, child, SD_VEHICLE_TELEMATICS);
      else if (sd_xml_is (child, "option"))
        read_unit (&reader, child, SD_VEHICLE_OPTION);
      else if (sd_xml_is (child, "series"))
        read_series (&reader, child);
      else if (sd_xml_is (child, "shutdown"))
        read_shutdown (&reader, child);
      else
        sd_problems_add (found, source, sd_xml_line (child),
                         _("element <%s> is not allowed here"), (const char *) child->name);
    }

  sd_fact_collect_texts (root, _sd_vehicles_get_texts (self));

  return sd_fact_move_problems (found, problems);
}

/**
 * sd_vehicles_new_builtin:
 * @problems: (nullable): where to add what is wrong with the built-in table
 *
 * Returns: (transfer full): the vehicle table built into the app, checked
 */
SdVehicles *
sd_vehicles_new_builtin (GPtrArray *problems)
{
  g_autoptr(SdVehicles) self = sd_vehicles_new ();
  g_autoptr(GFile) file = NULL;
  g_autoptr(xmlDoc) doc = NULL;

  sd_xml_init ();
  file = g_file_new_for_uri ("resource://" RESOURCE_BASE "/knowledge/vehicles.xml");
  doc = sd_xml_load_builtin (file, "vehicles.xml", NULL, problems);
  if (doc != NULL)
    sd_vehicles_add_document (self, doc, "vehicles.xml", problems);
  sd_vehicles_check (self, problems);

  return g_steal_pointer (&self);
}
