/* sd-vehicle-profile.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The owner's car: model, series, head unit, telematics unit, market and the
 * options that matter for the emergency call, with the VIN and the mileage for
 * the report. Every field may be unknown (%NULL): a profile with nothing known
 * is "I don't know my car", and everything applies, as it always did. Each
 * option is fitted, not fitted or not known, on its own: "I don't know" for
 * one option is not a "no".
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "sd-case.h"
#include "sd-vehicle-profile-private.h"

G_DEFINE_FINAL_TYPE (SdVehicleProfile, sd_vehicle_profile, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

void
_sd_vehicle_profile_notify (SdVehicleProfile *self,
                            guint             prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
sd_vehicle_profile_finalize (GObject *object)
{
  SdVehicleProfile *self = (SdVehicleProfile *) object;

  g_clear_object (&self->vehicles);
  g_clear_pointer (&self->model, g_free);
  g_clear_pointer (&self->series, g_free);
  g_clear_pointer (&self->head_unit, g_free);
  g_clear_pointer (&self->telematics, g_free);
  g_clear_pointer (&self->market, g_free);
  g_clear_pointer (&self->options, g_strfreev);
  g_clear_pointer (&self->not_fitted, g_strfreev);
  g_clear_pointer (&self->vin, g_free);

  G_OBJECT_CLASS (sd_vehicle_profile_parent_class)->finalize (object);
}

static char **
field_for (SdVehicleProfile *self,
           guint             prop_id)
{
  switch (prop_id)
    {
    case PROP_MODEL:
      return &self->model;
    case PROP_SERIES:
      return &self->series;
    case PROP_HEAD_UNIT:
      return &self->head_unit;
    case PROP_TELEMATICS:
      return &self->telematics;
    case PROP_MARKET:
      return &self->market;
    case PROP_VIN:
      return &self->vin;
    default:
      return NULL;
    }
}

static void
sd_vehicle_profile_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  SdVehicleProfile *self = SD_VEHICLE_PROFILE (object);
  char **field = field_for (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_OPTIONS)
    g_value_set_boxed (value, self->options);
  else if (prop_id == PROP_NOT_FITTED)
    g_value_set_boxed (value, self->not_fitted);
  else if (prop_id == PROP_MILEAGE)
    g_value_set_uint (value, self->mileage);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* "unknown" and "" are the same as not known. */
static gboolean
set_field (SdVehicleProfile *self,
           guint             prop_id,
           const char       *value)
{
  char **field = field_for (self, prop_id);

  if (value != NULL && (value[0] == '\0' || g_str_equal (value, "unknown")))
    value = NULL;
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  return TRUE;
}

static void
sd_vehicle_profile_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  SdVehicleProfile *self = SD_VEHICLE_PROFILE (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      sd_vehicle_profile_set_model (self, g_value_get_string (value));
      break;
    case PROP_SERIES:
    case PROP_HEAD_UNIT:
    case PROP_TELEMATICS:
    case PROP_MARKET:
    case PROP_VIN:
      set_field (self, prop_id, g_value_get_string (value));
      break;
    case PROP_OPTIONS:
      sd_vehicle_profile_set_options (self, g_value_get_boxed (value));
      break;
    case PROP_NOT_FITTED:
      sd_vehicle_profile_set_not_fitted (self, g_value_get_boxed (value));
      break;
    case PROP_MILEAGE:
      sd_vehicle_profile_set_mileage (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sd_vehicle_profile_class_init (SdVehicleProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = sd_vehicle_profile_finalize;
  object_class->get_property = sd_vehicle_profile_get_property;
  object_class->set_property = sd_vehicle_profile_set_property;

  /* Each an id of vehicles.xml, or %NULL when not known. */
  properties[PROP_MODEL] = g_param_spec_string ("model", NULL, NULL, NULL, flags);
  properties[PROP_SERIES] = g_param_spec_string ("series", NULL, NULL, NULL, flags);
  properties[PROP_HEAD_UNIT] = g_param_spec_string ("head-unit", NULL, NULL, NULL, flags);
  properties[PROP_TELEMATICS] = g_param_spec_string ("telematics", NULL, NULL, NULL, flags);
  properties[PROP_MARKET] = g_param_spec_string ("market", NULL, NULL, NULL, flags);
  /**
   * SdVehicleProfile:options:
   *
   * The options known to be fitted; %NULL while nothing is known of any
   * option. Set as a whole (sd_vehicle_profile_set_options()) it is the
   * complete list: every other option is not fitted.
   */
  properties[PROP_OPTIONS] = g_param_spec_boxed ("options", NULL, NULL, G_TYPE_STRV, flags);
  /**
   * SdVehicleProfile:not-fitted:
   *
   * The options known not to be fitted, as the owner said one by one; an
   * option in neither list is not known (sd_vehicle_profile_get_option()).
   */
  properties[PROP_NOT_FITTED] = g_param_spec_boxed ("not-fitted", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_VIN] = g_param_spec_string ("vin", NULL, NULL, NULL, flags);
  properties[PROP_MILEAGE] = g_param_spec_uint ("mileage", NULL, NULL, 0, G_MAXUINT, 0, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sd_vehicle_profile_init (SdVehicleProfile *self)
{
}

/**
 * sd_vehicle_profile_new:
 * @vehicles: (nullable): the vehicle table the ids refer to
 *
 * Returns: (transfer full): a profile with nothing known
 */
SdVehicleProfile *
sd_vehicle_profile_new (SdVehicles *vehicles)
{
  SdVehicleProfile *self = g_object_new (SD_TYPE_VEHICLE_PROFILE, NULL);

  sd_vehicle_profile_set_vehicles (self, vehicles);

  return self;
}

/**
 * sd_vehicle_profile_get_vehicles:
 *
 * Returns: (transfer none) (nullable): the vehicle table
 */
SdVehicles *
sd_vehicle_profile_get_vehicles (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), NULL);

  return self->vehicles;
}

void
sd_vehicle_profile_set_vehicles (SdVehicleProfile *self,
                                 SdVehicles       *vehicles)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));
  g_return_if_fail (vehicles == NULL || SD_IS_VEHICLES (vehicles));

  g_set_object (&self->vehicles, vehicles);
}

/**
 * sd_vehicle_profile_is_unknown:
 *
 * Returns: whether nothing that decides what applies is known
 */
gboolean
sd_vehicle_profile_is_unknown (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), TRUE);

  return self->model == NULL && self->series == NULL && self->head_unit == NULL &&
         self->telematics == NULL && self->market == NULL && self->options == NULL &&
         self->not_fitted == NULL;
}

/* Forgets everything: "I don't know my car". */
void
sd_vehicle_profile_clear (SdVehicleProfile *self)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop_id = PROP_MODEL; prop_id < N_PROPS; prop_id++)
    if (field_for (self, prop_id) != NULL)
      set_field (self, prop_id, NULL);
  sd_vehicle_profile_set_options (self, NULL);
  sd_vehicle_profile_set_mileage (self, 0);
  g_object_thaw_notify (G_OBJECT (self));
}

/* Takes every field of @other, notifying only what changed. */
void
sd_vehicle_profile_copy_from (SdVehicleProfile *self,
                              SdVehicleProfile *other)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (other));

  g_object_freeze_notify (G_OBJECT (self));
  if (other->vehicles != NULL)
    sd_vehicle_profile_set_vehicles (self, other->vehicles);
  for (guint prop_id = PROP_MODEL; prop_id < N_PROPS; prop_id++)
    if (field_for (self, prop_id) != NULL)
      set_field (self, prop_id, *field_for (other, prop_id));
  _sd_vehicle_profile_set_options (self, (const char * const *) other->options, other->complete);
  sd_vehicle_profile_set_not_fitted (self, (const char * const *) other->not_fitted);
  sd_vehicle_profile_set_mileage (self, other->mileage);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
sd_vehicle_profile_get_model (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), NULL);

  return self->model;
}

/**
 * sd_vehicle_profile_set_model:
 *
 * Also sets the series to the model's, when the vehicle table has the model.
 */
void
sd_vehicle_profile_set_model (SdVehicleProfile *self,
                              const char       *model)
{
  const SdVehicleModel *entry;

  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_field (self, PROP_MODEL, model);
  entry = self->vehicles != NULL ? sd_vehicles_lookup_model (self->vehicles, self->model) : NULL;
  if (entry != NULL)
    set_field (self, PROP_SERIES, entry->series);
  g_object_thaw_notify (G_OBJECT (self));
}

#define STRING_ACCESSORS(name, PROP)                                         \
  const char *                                                               \
  sd_vehicle_profile_get_##name (SdVehicleProfile *self)                     \
  {                                                                          \
    g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), NULL);               \
    return self->name;                                                       \
  }                                                                          \
  void                                                                       \
  sd_vehicle_profile_set_##name (SdVehicleProfile *self,                     \
                                 const char       *value)                    \
  {                                                                          \
    g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));                         \
    set_field (self, PROP, value);                                           \
  }

STRING_ACCESSORS (series, PROP_SERIES)
STRING_ACCESSORS (head_unit, PROP_HEAD_UNIT)
STRING_ACCESSORS (telematics, PROP_TELEMATICS)
STRING_ACCESSORS (market, PROP_MARKET)
STRING_ACCESSORS (vin, PROP_VIN)

guint
sd_vehicle_profile_get_mileage (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), 0);

  return self->mileage;
}

void
sd_vehicle_profile_set_mileage (SdVehicleProfile *self,
                                guint             mileage)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  if (self->mileage == mileage)
    return;
  self->mileage = mileage;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MILEAGE]);
}

/**
 * sd_vehicle_profile_get_model_year:
 *
 * Returns: the model year the VIN's 10th character gives (ISO 3779), or 0
 */
guint
sd_vehicle_profile_get_model_year (SdVehicleProfile *self)
{
  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), 0);

  if (self->vin == NULL || self->vehicles == NULL)
    return 0;

  return sd_vehicles_get_model_year (self->vehicles, self->vin, self->model);
}

/**
 * sd_vehicle_profile_get_build_month:
 *
 * The month the car was most likely built in, from its model year: BMW's
 * model years begin with the cars built from September of the year before
 * (a 2009 model was built from 09/2008), so that is the month taken. A guess
 * good enough to pick a default unit (CCC or CIC around 09/2008), no more.
 *
 * Returns: the month, as sd_vehicle_month() counts, or 0 when the VIN gives
 *   no model year
 */
guint
sd_vehicle_profile_get_build_month (SdVehicleProfile *self)
{
  guint year;

  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), 0);

  year = sd_vehicle_profile_get_model_year (self);

  return year > 1 ? sd_vehicle_month (year - 1, 9) : 0;
}

/**
 * sd_vehicle_profile_apply_defaults:
 *
 * Fills the head unit and the telematics unit that are not known with what
 * the model has unless the owner says otherwise, in the month the car was
 * built, when its VIN tells (sd_vehicle_profile_get_build_month()). The
 * options stay as they are: the table names no option every car has.
 */
void
sd_vehicle_profile_apply_defaults (SdVehicleProfile *self)
{
  guint month;

  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  if (self->vehicles == NULL || self->model == NULL)
    return;

  month = sd_vehicle_profile_get_build_month (self);
  g_object_freeze_notify (G_OBJECT (self));
  if (self->head_unit == NULL)
    set_field (self, PROP_HEAD_UNIT,
               sd_vehicles_get_default (self->vehicles, self->model, SD_VEHICLE_HEAD_UNIT,
                                        self->market, month));
  if (self->telematics == NULL)
    set_field (self, PROP_TELEMATICS,
               sd_vehicles_get_default (self->vehicles, self->model, SD_VEHICLE_TELEMATICS,
                                        self->market, month));
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * sd_vehicle_profile_has_most_ring:
 *
 * Returns: whether the car has a fibre-optic (MOST) ring, or %SD_FACT_UNKNOWN
 */
SdFact
sd_vehicle_profile_has_most_ring (SdVehicleProfile *self)
{
  SdFact fact;

  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), SD_FACT_UNKNOWN);

  if (self->vehicles == NULL || self->model == NULL)
    return SD_FACT_UNKNOWN;

  fact = sd_vehicles_has_most_ring (self->vehicles, self->model, self->head_unit,
                                    (const char * const *) self->options);
  /* The table takes a list of options as complete: an option not known that
   * can be on the ring leaves the ring not known. */
  if (fact == SD_FACT_NO && _sd_vehicle_profile_ring_option_unknown (self))
    fact = SD_FACT_UNKNOWN;

  return fact;
}

/**
 * sd_vehicle_profile_describe:
 *
 * Returns: (transfer full): the car in a line, such as "E92 · CIC · TCU · North
 *   America", with "unknown" for what is not known
 */
char *
sd_vehicle_profile_describe (SdVehicleProfile *self)
{
  const char *fields[4];
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), NULL);

  fields[0] = self->model != NULL ? self->model : self->series;
  fields[1] = self->head_unit;
  fields[2] = self->telematics;
  fields[3] = self->market;
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const SdVehicleModel *model = NULL;
      g_autofree char *label = NULL;
      const char *name = NULL;

      if (fields[i] != NULL && self->vehicles != NULL)
        {
          model = i == 0 ? sd_vehicles_lookup_model (self->vehicles, fields[i]) : NULL;
          label = model != NULL ? sd_vehicles_dup_model_label (self->vehicles, model) : NULL;
          name = label != NULL ? label : sd_vehicles_get_text (self->vehicles, fields[i], "name");
        }

      if (i > 0)
        g_string_append (out, " · ");
      /* Translators: a field of the car's profile that the owner does not know. */
      g_string_append (out, name != NULL ? name : fields[i] != NULL ? fields[i] : _("unknown"));
    }

  return g_string_free (out, FALSE);
}

/**
 * sd_vehicle_profile_to_key_file:
 *
 * Writes what is known to the "[car]" group; nothing when nothing is known.
 */
void
sd_vehicle_profile_to_key_file (SdVehicleProfile *self,
                                GKeyFile         *file)
{
  g_return_if_fail (SD_IS_VEHICLE_PROFILE (self));

  for (guint prop_id = PROP_MODEL; prop_id < N_PROPS; prop_id++)
    {
      char **field = field_for (self, prop_id);
      g_autofree char *valid = NULL;

      if (field == NULL || *field == NULL)
        continue;
      valid = g_utf8_make_valid (*field, -1);
      g_key_file_set_string (file, SD_VEHICLE_PROFILE_GROUP,
                             g_param_spec_get_name (properties[prop_id]), valid);
    }
  /* A complete list keeps the key it always had; answers one by one are two lists. */
  if (self->complete)
    g_key_file_set_string_list (file, SD_VEHICLE_PROFILE_GROUP, "options",
                                (const char * const *) self->options,
                                g_strv_length (self->options));
  else if (self->options != NULL)
    g_key_file_set_string_list (file, SD_VEHICLE_PROFILE_GROUP, "fitted",
                                (const char * const *) self->options,
                                g_strv_length (self->options));
  if (self->not_fitted != NULL)
    g_key_file_set_string_list (file, SD_VEHICLE_PROFILE_GROUP, "not-fitted",
                                (const char * const *) self->not_fitted,
                                g_strv_length (self->not_fitted));
  if (self->mileage > 0)
    g_key_file_set_uint64 (file, SD_VEHICLE_PROFILE_GROUP, "mileage", self->mileage);
}

/**
 * sd_vehicle_profile_from_key_file:
 *
 * Reads the "[car]" group; a file without one is a car nothing is known of.
 *
 * Returns: %FALSE, with @error set, if the group is damaged
 */
gboolean
sd_vehicle_profile_from_key_file (SdVehicleProfile  *self,
                                  GKeyFile          *file,
                                  GError           **error)
{
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) options = NULL;
  g_auto(GStrv) not_fitted = NULL;
  guint64 mileage;

  g_return_val_if_fail (SD_IS_VEHICLE_PROFILE (self), FALSE);

  sd_vehicle_profile_clear (self);
  if (!g_key_file_has_group (file, SD_VEHICLE_PROFILE_GROUP))
    return TRUE;

  g_object_freeze_notify (G_OBJECT (self));
  for (guint prop_id = PROP_MODEL; prop_id < N_PROPS; prop_id++)
    {
      g_autofree char *value = NULL;

      if (field_for (self, prop_id) == NULL)
        continue;
      value = g_key_file_get_string (file, SD_VEHICLE_PROFILE_GROUP,
                                     g_param_spec_get_name (properties[prop_id]), NULL);
      if (value != NULL && !g_utf8_validate (value, -1, NULL))
        g_clear_pointer (&value, g_free);
      set_field (self, prop_id, value);
    }
  options = g_key_file_get_string_list (file, SD_VEHICLE_PROFILE_GROUP, "options", NULL, NULL);
  if (options != NULL)
    sd_vehicle_profile_set_options (self, (const char * const *) options);
  else
    {
      options = g_key_file_get_string_list (file, SD_VEHICLE_PROFILE_GROUP, "fitted", NULL, NULL);
      not_fitted = g_key_file_get_string_list (file, SD_VEHICLE_PROFILE_GROUP, "not-fitted",
                                               NULL, NULL);
      _sd_vehicle_profile_set_options (self, (const char * const *) options, FALSE);
      sd_vehicle_profile_set_not_fitted (self, (const char * const *) not_fitted);
    }
  g_object_thaw_notify (G_OBJECT (self));

  if (!g_key_file_has_key (file, SD_VEHICLE_PROFILE_GROUP, "mileage", NULL))
    return TRUE;
  mileage = g_key_file_get_uint64 (file, SD_VEHICLE_PROFILE_GROUP, "mileage", &local_error);
  if (local_error != NULL || mileage > G_MAXUINT)
    {
      g_set_error (error, SD_CASE_ERROR, SD_CASE_ERROR_DAMAGED,
                   _("the saved case is damaged: %s"), _("the mileage is not a number"));
      return FALSE;
    }
  sd_vehicle_profile_set_mileage (self, (guint) mileage);

  return TRUE;
}
