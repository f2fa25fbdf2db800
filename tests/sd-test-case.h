/* sd-test-case.h: a case the case tests share
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sd-test-utils.h"

#include "sd-case.h"

SdCase *sd_test_case_a           (void);
void    sd_test_assert_is_case_a (SdCase *self);
