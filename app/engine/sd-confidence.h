/* sd-confidence.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * SdConfidence:
 * @SD_CONFIDENCE_NONE: not given (a data file that lacks it is refused)
 * @SD_CONFIDENCE_L: folklore, a single post, or an inference
 * @SD_CONFIDENCE_M: one good secondary source or several agreeing owner reports
 * @SD_CONFIDENCE_H: BMW service text
 *
 * How sure the vehicle and code tables are of a fact; `confidence="H|M|L"`.
 */
typedef enum
{
  SD_CONFIDENCE_NONE,
  SD_CONFIDENCE_L,
  SD_CONFIDENCE_M,
  SD_CONFIDENCE_H,
} SdConfidence;

SdConfidence sd_confidence_from_string (const char   *value);
const char  *sd_confidence_to_string   (SdConfidence  confidence);

G_END_DECLS
