/* sd-applies.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

/**
 * SdApplies:
 * @needs_most_ring: needs="most-ring": only on a car with a fibre-optic ring
 * @needs_shutdown: needs="network-shutdown": only where a mobile network its
 *   telematics unit needs has been switched off (vehicles.xml shutdowns)
 * @series: (nullable): series="…": only on these series
 * @head_units: (nullable): head-unit="…": only with one of these head units
 * @telematics: (nullable): telematics="…": only with one of these units
 * @markets: (nullable): market="…": only in these markets
 * @options: (nullable): option="…": only with one of these options fitted
 *
 * Which cars an entry of the knowledge base or a procedure is for; every
 * condition must hold. The lists are ids of vehicles.xml.
 */
typedef struct
{
  gboolean  needs_most_ring;
  gboolean  needs_shutdown;
  GStrv     series;
  GStrv     head_units;
  GStrv     telematics;
  GStrv     markets;
  GStrv     options;
} SdApplies;

void    sd_applies_free   (SdApplies         *applies);
SdFact  sd_applies_decide (const SdApplies   *applies,
                           SdVehicleProfile  *profile);
SdFact  sd_fact_and       (SdFact             a,
                           SdFact             b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SdApplies, sd_applies_free)

G_END_DECLS
