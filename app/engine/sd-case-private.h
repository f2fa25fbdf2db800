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
  SdCaseRun  *run;
  /* The car and the fault codes entered (helper Q). */
  SdVehicleProfile *profile;
  GStrv       codes;
};

G_END_DECLS
