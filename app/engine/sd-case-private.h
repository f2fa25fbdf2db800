/* sd-case-private.h: the case's fields, shared by its model, store and repair log
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-case.h"
#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

struct _SdCase
{
  GObject     parent_instance;

  GDateTime  *created;
  SdSkill     skill;
  GHashTable *answers;   /* symptom id → SdAnswer */
  GPtrArray  *tried;     /* of SdTried, in order */
  GPtrArray  *findings;  /* of SdFinding: what guides found, in order */
  SdCaseRun  *run;

  char       *id;            /* the store's name for it, or NULL */
  char       *name;          /* what the user called it, or NULL */
  char       *notes;         /* the owner's notes, or NULL */
  char       *mileage;
  char       *car_label;
  GStrv       codes;         /* fault codes entered, or NULL */
  GStrv       clear_modules; /* modules a scanner found no codes in, or NULL */
  GHashTable *answer_times;  /* symptom id → GDateTime, when it was answered */
  SdVehicleProfile *profile;  /* the car: model, units, options, VIN */
  gboolean    car_asked;     /* whether the owner was asked about the car */
};

G_END_DECLS
