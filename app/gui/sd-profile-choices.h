/* sd-profile-choices.h: one choice of "Your car", a combo row with its ids,
 * its "I don't know" and its "Help me find out"
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sd-vehicle-profile.h"

G_BEGIN_DECLS

/* The kind of a choice that is not a vehicle-table list: the model. */
#define SD_PROFILE_CHOICE_MODEL SD_VEHICLE_N_KINDS

typedef struct
{
  AdwComboRow   *row;
  char          *help;    /* the text of its "Help me find out", whose popover is built
                           on its first click */
  GPtrArray     *ids;     /* what each item stands for, NULL first: "I don't know" */
  /* The model's row lists only "I don't know" and the model chosen until it
   * is opened or a model is chosen from the code: the first frame does not
   * build the rows of its long list. */
  gboolean       partial;
  SdVehicleKind  kind;    /* or SD_PROFILE_CHOICE_MODEL */
  char          *option;  /* an option's row: the option; its ids are "yes" and "no" */
} SdProfileChoice;

SdProfileChoice *sd_profile_choice_new      (AdwComboRow      *row,
                                             SdVehicleKind     kind,
                                             const char       *option);
void             sd_profile_choice_free     (SdProfileChoice  *choice);
void             sd_profile_choice_fill     (SdProfileChoice  *choice,
                                             SdVehicleProfile *draft);
const char      *sd_profile_choice_get_id   (SdProfileChoice  *choice);
gboolean         sd_profile_choice_select   (SdProfileChoice  *choice,
                                             const char       *id);
void             sd_profile_choice_describe (SdProfileChoice  *choice,
                                             SdVehicleProfile *draft);
void             sd_profile_choice_complete (SdProfileChoice  *choice,
                                             SdVehicleProfile *draft);

G_END_DECLS
