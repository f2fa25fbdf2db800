/* sd-vehicles-year.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Build months, and the model year from the VIN's 10th character.
 */
#include "config.h"

#include "sd-vehicles.h"

guint
sd_vehicle_month (guint year,
                  guint month)
{
  g_return_val_if_fail (month >= 1 && month <= 12, 0);

  return year * 12 + (month - 1);
}

guint
sd_vehicle_month_get_year (guint month)
{
  return month / 12;
}

/**
 * sd_vehicle_month_parse:
 * @text: "2009" or "2009-09"
 * @end_of_year: whether a bare year means its December rather than its January
 * @month: (out): the month, as sd_vehicle_month() counts
 *
 * Returns: %TRUE if @text is a month of a year from 1950 to 2100
 */
gboolean
sd_vehicle_month_parse (const char *text,
                        gboolean    end_of_year,
                        guint      *month)
{
  guint64 year = 0;
  guint64 number = end_of_year ? 12 : 1;
  const char *rest = NULL;

  g_return_val_if_fail (month != NULL, FALSE);

  *month = 0;
  if (text == NULL || strlen (text) < 4 || !g_ascii_isdigit (text[0]))
    return FALSE;

  year = g_ascii_strtoull (text, (char **) &rest, 10);
  if (rest != text + 4 || year < 1950 || year > 2100)
    return FALSE;

  if (*rest == '-')
    {
      const char *start = rest + 1;

      if (strlen (start) != 2 || !g_ascii_isdigit (start[0]) || !g_ascii_isdigit (start[1]))
        return FALSE;
      number = g_ascii_strtoull (start, (char **) &rest, 10);
      if (number < 1 || number > 12)
        return FALSE;
    }

  if (*rest != '\0')
    return FALSE;

  *month = sd_vehicle_month ((guint) year, (guint) number);
  return TRUE;
}

/* ISO 3779 (and 49 CFR 565 in North America): the 10th character of the VIN is
 * the model year, in a cycle of 30 that skips I, O, Q, U, Z and 0. */
static const char year_codes[] = "ABCDEFGHJKLMNPRSTVWXY123456789";

/**
 * sd_vin_is_valid:
 *
 * Returns: whether @vin has 17 letters and digits, none of them I, O or Q
 */
gboolean
sd_vin_is_valid (const char *vin)
{
  if (vin == NULL || strlen (vin) != 17)
    return FALSE;

  for (const char *p = vin; *p != '\0'; p++)
    {
      char c = g_ascii_toupper (*p);

      if (!g_ascii_isalnum (c) || c == 'I' || c == 'O' || c == 'Q')
        return FALSE;
    }

  return TRUE;
}

/**
 * sd_vin_get_year_candidates:
 * @earlier: (out): the model year from 1980 to 2009
 * @later: (out): the same letter 30 years on
 *
 * Returns: %FALSE when @vin is not valid or its 10th character is not a year code
 *   (many VINs outside North America do not carry one there)
 */
gboolean
sd_vin_get_year_candidates (const char *vin,
                            guint      *earlier,
                            guint      *later)
{
  const char *found;

  *earlier = *later = 0;
  if (!sd_vin_is_valid (vin))
    return FALSE;

  found = strchr (year_codes, g_ascii_toupper (vin[9]));
  if (found == NULL)
    return FALSE;

  *earlier = 1980 + (guint) (found - year_codes);
  *later = *earlier + 30;
  return TRUE;
}

static gboolean
year_fits_model (guint                 year,
                 const SdVehicleModel *model,
                 guint                 this_year)
{
  guint first = model->from != 0 ? sd_vehicle_month_get_year (model->from) : 0;
  /* A model year may run one ahead of the calendar year the car was built in. */
  guint last = model->to != 0 ? sd_vehicle_month_get_year (model->to) + 1 : this_year + 1;

  return year >= first && year <= last;
}

/**
 * sd_vehicles_get_model_year:
 * @vin: the vehicle identification number
 * @model_id: (nullable): the car's model, which tells the two readings of the
 *   30-year cycle apart
 *
 * Without a model, the later reading is taken unless it lies in the future.
 *
 * Returns: the model year, or 0 when the VIN has none or neither reading (or
 *   both) fit the model's production years
 */
guint
sd_vehicles_get_model_year (SdVehicles *self,
                            const char *vin,
                            const char *model_id)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint this_year = (guint) g_date_time_get_year (now);
  const SdVehicleModel *model;
  guint earlier, later;
  gboolean earlier_fits, later_fits;

  g_return_val_if_fail (SD_IS_VEHICLES (self), 0);

  if (!sd_vin_get_year_candidates (vin, &earlier, &later))
    return 0;

  model = sd_vehicles_lookup_model (self, model_id);
  if (model == NULL)
    return later <= this_year + 1 ? later : earlier;

  earlier_fits = year_fits_model (earlier, model, this_year);
  later_fits = year_fits_model (later, model, this_year);
  if (earlier_fits == later_fits)
    return 0;

  return earlier_fits ? earlier : later;
}
