/* sd-vehicles.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The vehicle table: which series and models exist, which head units,
 * telematics units and options each can have, its MOST ring and the mobile
 * network shutdowns, each fact with its confidence. data/knowledge/vehicles.xml
 * is read by sd-vehicles-reader.c; this file answers what applies to a car.
 */
#include "config.h"

#include "sd-text.h"
#include "sd-fact-reader.h"
#include "sd-vehicles-private.h"

struct _SdVehicles
{
  GObject     parent_instance;

  GPtrArray  *units[SD_VEHICLE_N_KINDS];
  GPtrArray  *series;
  GPtrArray  *models;
  GPtrArray  *shutdowns;
  /* "owner-id:element" -> SdText */
  GHashTable *texts;
};

G_DEFINE_FINAL_TYPE (SdVehicles, sd_vehicles, G_TYPE_OBJECT)

void
_sd_vehicle_unit_free (SdVehicleUnit *unit)
{
  g_free (unit->id);
  g_free (unit->source);
  g_free (unit->component);
  g_free (unit);
}

void
_sd_vehicle_fit_free (SdVehicleFit *fit)
{
  g_free (fit->ref);
  g_free (fit->market);
  g_free (fit);
}

void
_sd_ring_slot_free (SdRingSlot *slot)
{
  g_free (slot->ref);
  g_free (slot->module);
  g_free (slot);
}

void
_sd_vehicle_setup_free (SdVehicleSetup *setup)
{
  if (setup == NULL)
    return;

  g_clear_pointer (&setup->fits, g_ptr_array_unref);
  g_clear_pointer (&setup->ring, g_ptr_array_unref);
  g_free (setup);
}

void
_sd_vehicle_series_free (SdVehicleSeries *series)
{
  g_free (series->id);
  g_free (series->source);
  g_free (series->brand);
  g_free (series->generation);
  _sd_vehicle_setup_free (series->setup);
  g_free (series);
}

void
_sd_vehicle_model_free (SdVehicleModel *model)
{
  g_free (model->id);
  g_free (model->source);
  g_free (model->series);
  g_free (model->code);
  g_free (model->body);
  _sd_vehicle_setup_free (model->setup);
  g_free (model);
}

void
_sd_shutdown_unit_free (SdShutdownUnit *unit)
{
  g_free (unit->unit);
  g_free (unit->series);
  g_free (unit);
}

void
_sd_network_shutdown_free (SdNetworkShutdown *shutdown)
{
  g_free (shutdown->id);
  g_free (shutdown->source);
  g_free (shutdown->market);
  g_free (shutdown->country);
  g_free (shutdown->date);
  g_clear_pointer (&shutdown->affects, g_ptr_array_unref);
  g_free (shutdown);
}

static void
sd_vehicles_finalize (GObject *object)
{
  SdVehicles *self = (SdVehicles *) object;

  for (guint i = 0; i < SD_VEHICLE_N_KINDS; i++)
    g_clear_pointer (&self->units[i], g_ptr_array_unref);
  g_clear_pointer (&self->series, g_ptr_array_unref);
  g_clear_pointer (&self->models, g_ptr_array_unref);
  g_clear_pointer (&self->shutdowns, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_hash_table_unref);

  G_OBJECT_CLASS (sd_vehicles_parent_class)->finalize (object);
}

static void
sd_vehicles_class_init (SdVehiclesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sd_vehicles_finalize;
}

static void
sd_vehicles_init (SdVehicles *self)
{
  for (guint i = 0; i < SD_VEHICLE_N_KINDS; i++)
    self->units[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_vehicle_unit_free);
  self->series = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_vehicle_series_free);
  self->models = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_vehicle_model_free);
  self->shutdowns = g_ptr_array_new_with_free_func ((GDestroyNotify) _sd_network_shutdown_free);
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) sd_text_free);
}

/**
 * sd_vehicles_new:
 *
 * Returns: (transfer full): an empty table; fill it with sd_vehicles_add_document()
 *   (sd-vehicles-reader.h), or use sd_vehicles_new_builtin()
 */
SdVehicles *
sd_vehicles_new (void)
{
  return g_object_new (SD_TYPE_VEHICLES, NULL);
}

static gboolean
take_entry (GPtrArray      *array,
            gpointer        entry,
            GDestroyNotify  free_func)
{
  if (sd_facts_find_by_id (array, *(const char * const *) entry) != NULL)
    {
      free_func (entry);
      return FALSE;
    }

  g_ptr_array_add (array, entry);
  return TRUE;
}

gboolean
_sd_vehicles_take_unit (SdVehicles    *self,
                        SdVehicleUnit *unit)
{
  g_return_val_if_fail (unit->kind < SD_VEHICLE_N_KINDS, FALSE);

  return take_entry (self->units[unit->kind], unit, (GDestroyNotify) _sd_vehicle_unit_free);
}

gboolean
_sd_vehicles_take_series (SdVehicles      *self,
                          SdVehicleSeries *series)
{
  return take_entry (self->series, series, (GDestroyNotify) _sd_vehicle_series_free);
}

gboolean
_sd_vehicles_take_model (SdVehicles     *self,
                         SdVehicleModel *model)
{
  return take_entry (self->models, model, (GDestroyNotify) _sd_vehicle_model_free);
}

gboolean
_sd_vehicles_take_shutdown (SdVehicles        *self,
                            SdNetworkShutdown *shutdown)
{
  return take_entry (self->shutdowns, shutdown, (GDestroyNotify) _sd_network_shutdown_free);
}

GHashTable *
_sd_vehicles_get_texts (SdVehicles *self)
{
  return self->texts;
}

static const SdText *
lookup_text (SdVehicles *self,
             const char *owner_id,
             const char *element)
{
  g_autofree char *key = g_strdup_printf ("%s:%s", owner_id, element);

  return g_hash_table_lookup (self->texts, key);
}

/**
 * sd_vehicles_get_text:
 * @owner_id: the id of the entry, such as "ccc" or "us-2g-2016"
 * @element: "name", "recognise" or "note"
 *
 * Returns: (transfer none) (nullable): the text in the current language, or
 *   %NULL when the entry has no such text
 */
const char *
sd_vehicles_get_text (SdVehicles *self,
                      const char *owner_id,
                      const char *element)
{
  const SdText *text;

  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  text = lookup_text (self, owner_id, element);

  return text != NULL ? sd_text_get (text) : NULL;
}

/**
 * sd_vehicles_get_text_msgid:
 *
 * Returns: (transfer none) (nullable): the English text, as in the file
 */
const char *
sd_vehicles_get_text_msgid (SdVehicles *self,
                            const char *owner_id,
                            const char *element)
{
  const SdText *text;

  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  text = lookup_text (self, owner_id, element);

  return text != NULL ? text->msgid : NULL;
}

/**
 * sd_vehicles_dup_model_label:
 *
 * Returns: (transfer full): the chassis code and body style, such as "E90 Saloon"
 */
char *
sd_vehicles_dup_model_label (SdVehicles           *self,
                             const SdVehicleModel *model)
{
  const char *body;

  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);
  g_return_val_if_fail (model != NULL, NULL);

  body = sd_vehicles_get_text (self, model->body, "name");

  return body != NULL ? g_strdup_printf ("%s %s", model->code, body) : g_strdup (model->code);
}

guint
sd_vehicles_get_n_units (SdVehicles    *self,
                         SdVehicleKind  kind)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), 0);
  g_return_val_if_fail (kind < SD_VEHICLE_N_KINDS, 0);

  return self->units[kind]->len;
}

const SdVehicleUnit *
sd_vehicles_get_unit (SdVehicles    *self,
                      SdVehicleKind  kind,
                      guint          index)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);
  g_return_val_if_fail (kind < SD_VEHICLE_N_KINDS, NULL);
  g_return_val_if_fail (index < self->units[kind]->len, NULL);

  return g_ptr_array_index (self->units[kind], index);
}

const SdVehicleUnit *
sd_vehicles_lookup_unit (SdVehicles    *self,
                         SdVehicleKind  kind,
                         const char    *id)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);
  g_return_val_if_fail (kind < SD_VEHICLE_N_KINDS, NULL);

  return sd_facts_find_by_id (self->units[kind], id);
}

guint
sd_vehicles_get_n_series (SdVehicles *self)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), 0);

  return self->series->len;
}

const SdVehicleSeries *
sd_vehicles_get_series (SdVehicles *self,
                        guint       index)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);
  g_return_val_if_fail (index < self->series->len, NULL);

  return g_ptr_array_index (self->series, index);
}

const SdVehicleSeries *
sd_vehicles_lookup_series (SdVehicles *self,
                           const char *id)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  return sd_facts_find_by_id (self->series, id);
}

guint
sd_vehicles_get_n_models (SdVehicles *self)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), 0);

  return self->models->len;
}

const SdVehicleModel *
sd_vehicles_get_model (SdVehicles *self,
                       guint       index)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);
  g_return_val_if_fail (index < self->models->len, NULL);

  return g_ptr_array_index (self->models, index);
}

const SdVehicleModel *
sd_vehicles_lookup_model (SdVehicles *self,
                          const char *id)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  return sd_facts_find_by_id (self->models, id);
}

/**
 * sd_vehicles_find_model_by_code:
 * @code: a chassis code such as "E90" or "e90"
 *
 * Returns: (transfer none) (nullable): the model with that chassis code
 */
const SdVehicleModel *
sd_vehicles_find_model_by_code (SdVehicles *self,
                                const char *code)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);

  for (guint i = 0; code != NULL && i < self->models->len; i++)
    {
      const SdVehicleModel *model = g_ptr_array_index (self->models, i);

      if (g_ascii_strcasecmp (model->code, code) == 0)
        return model;
    }

  return NULL;
}

guint
sd_vehicles_get_n_shutdowns (SdVehicles *self)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), 0);

  return self->shutdowns->len;
}

const SdNetworkShutdown *
sd_vehicles_get_shutdown (SdVehicles *self,
                          guint       index)
{
  g_return_val_if_fail (SD_IS_VEHICLES (self), NULL);
  g_return_val_if_fail (index < self->shutdowns->len, NULL);

  return g_ptr_array_index (self->shutdowns, index);
}
