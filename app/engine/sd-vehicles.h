/* sd-vehicles.h
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sd-confidence.h"

G_BEGIN_DECLS

/* What a vehicle-table entry is; also which list a setup's entry refers to. */
typedef enum
{
  SD_VEHICLE_MARKET,
  SD_VEHICLE_BODY,
  SD_VEHICLE_HEAD_UNIT,
  SD_VEHICLE_TELEMATICS,
  SD_VEHICLE_OPTION,
  SD_VEHICLE_N_KINDS,
} SdVehicleKind;

/* A fact that may be unknown; "depends" only for a setup's MOST ring. */
typedef enum
{
  SD_FACT_UNKNOWN,
  SD_FACT_NO,
  SD_FACT_YES,
  SD_FACT_DEPENDS,
} SdFact;

typedef enum
{
  SD_BUS_UNKNOWN,
  SD_BUS_MOST,
  SD_BUS_CAN,
  SD_BUS_ETHERNET,
  SD_BUS_K_BUS,
} SdBus;

typedef enum
{
  SD_NETWORK_2G = 1 << 0,
  SD_NETWORK_3G = 1 << 1,
  SD_NETWORK_4G = 1 << 2,
  SD_NETWORK_5G = 1 << 3,
  /* Only for a shutdown: 4G without the voice (IMS) profile an emergency call needs. */
  SD_NETWORK_4G_IMS = 1 << 4,
} SdNetwork;

/* Ring order: no <ring> in the setup, BMW's order, one car's order, or no order. */
typedef enum
{
  SD_RING_ORDER_NONE,
  SD_RING_ORDER_KNOWN,
  SD_RING_ORDER_EXAMPLE,
  SD_RING_ORDER_UNKNOWN,
} SdRingOrder;

/* Build months count as year * 12 + (month - 1); 0 means "open". */

/**
 * SdVehicleUnit:
 * @id: its id; texts: sd_vehicles_get_text (@id, "name" or "recognise")
 * @backup_battery: telematics units: whether it has an emergency battery
 * @networks: telematics units: the #SdNetwork it speaks, 0 when not known
 * @component: options: the knowledge-base component it is, or %NULL
 *
 * A market, body style, head unit, telematics unit or option.
 */
typedef struct
{
  char          *id;
  SdVehicleKind  kind;
  char          *source;
  guint          line;
  SdConfidence   confidence;
  guint          from;
  guint          to;
  SdFact         backup_battery;
  guint          networks;
  char          *component;
} SdVehicleUnit;

/**
 * SdVehicleFit:
 * @kind: %SD_VEHICLE_HEAD_UNIT, %SD_VEHICLE_TELEMATICS or %SD_VEHICLE_OPTION
 * @ref: the unit's or option's id
 * @market: (nullable): the only market it applies to
 * @is_default: whether it is what the model has unless the owner says otherwise
 * @known: %FALSE when whether it can be fitted at all is not known
 * @most: whether it is on the MOST ring in these cars
 * @bus: telematics: the bus it talks on
 * @ecall: head units: the emergency-call logic runs in it
 *
 * One thing a series or model can have.
 */
typedef struct
{
  SdVehicleKind  kind;
  char          *ref;
  guint          line;
  SdConfidence   confidence;
  guint          from;
  guint          to;
  char          *market;
  gboolean       is_default;
  gboolean       known;
  SdFact         most;
  SdBus          bus;
  gboolean       ecall;
} SdVehicleFit;

/**
 * SdRingSlot:
 * @ref: "head-unit", "telematics" or an option's id; %NULL for @module
 * @module: another unit, by BMW's abbreviation
 */
typedef struct
{
  char  *ref;
  char  *module;
  guint  line;
} SdRingSlot;

typedef struct
{
  guint         line;
  SdFact        most_ring;
  SdConfidence  confidence;
  /* FALSE when the setup says its telematics unit is not known. */
  gboolean      telematics_known;
  GPtrArray    *fits;
  SdRingOrder   ring_order;
  SdConfidence  ring_confidence;
  GPtrArray    *ring;
} SdVehicleSetup;

typedef struct
{
  char           *id;
  char           *source;
  guint           line;
  char           *brand;
  char           *generation;
  SdConfidence    confidence;
  guint           from;
  guint           to;
  SdVehicleSetup *setup;
} SdVehicleSeries;

typedef struct
{
  char           *id;
  char           *source;
  guint           line;
  char           *series;
  char           *code;
  char           *body;
  SdConfidence    confidence;
  guint           from;
  guint           to;
  /* (nullable): its own setup, when it differs from its series' */
  SdVehicleSetup *setup;
} SdVehicleModel;

typedef struct
{
  char  *unit;
  char  *series;
  guint  line;
} SdShutdownUnit;

/**
 * SdNetworkShutdown:
 * @date: (nullable): "2016-12-31", "2022" and so on, or %NULL when not known
 * @affects: the #SdShutdownUnit it affects (a unit, in one series or in all)
 *
 * A mobile network switched off; its note: sd_vehicles_get_text (@id, "note").
 */
typedef struct
{
  char         *id;
  char         *source;
  guint         line;
  char         *market;
  char         *country;
  SdNetwork     network;
  char         *date;
  SdConfidence  confidence;
  GPtrArray    *affects;
} SdNetworkShutdown;

#define SD_TYPE_VEHICLES (sd_vehicles_get_type ())

G_DECLARE_FINAL_TYPE (SdVehicles, sd_vehicles, SD, VEHICLES, GObject)

SdVehicles              *sd_vehicles_new                (void);
SdVehicles              *sd_vehicles_new_builtin        (GPtrArray     *problems);
gboolean                 sd_vehicles_check              (SdVehicles    *self,
                                                         GPtrArray     *problems);

const char              *sd_vehicles_get_text           (SdVehicles    *self,
                                                         const char    *owner_id,
                                                         const char    *element);
const char              *sd_vehicles_get_text_msgid     (SdVehicles    *self,
                                                         const char    *owner_id,
                                                         const char    *element);
char                    *sd_vehicles_dup_model_label    (SdVehicles    *self,
                                                         const SdVehicleModel *model);

guint                    sd_vehicles_get_n_units        (SdVehicles    *self,
                                                         SdVehicleKind  kind);
const SdVehicleUnit     *sd_vehicles_get_unit           (SdVehicles    *self,
                                                         SdVehicleKind  kind,
                                                         guint          index);
const SdVehicleUnit     *sd_vehicles_lookup_unit        (SdVehicles    *self,
                                                         SdVehicleKind  kind,
                                                         const char    *id);
guint                    sd_vehicles_get_n_series       (SdVehicles    *self);
const SdVehicleSeries   *sd_vehicles_get_series         (SdVehicles    *self,
                                                         guint          index);
const SdVehicleSeries   *sd_vehicles_lookup_series      (SdVehicles    *self,
                                                         const char    *id);
guint                    sd_vehicles_get_n_models       (SdVehicles    *self);
const SdVehicleModel    *sd_vehicles_get_model          (SdVehicles    *self,
                                                         guint          index);
const SdVehicleModel    *sd_vehicles_lookup_model       (SdVehicles    *self,
                                                         const char    *id);
const SdVehicleModel    *sd_vehicles_find_model_by_code (SdVehicles    *self,
                                                         const char    *code);
guint                    sd_vehicles_get_n_shutdowns    (SdVehicles    *self);
const SdNetworkShutdown *sd_vehicles_get_shutdown       (SdVehicles    *self,
                                                         guint          index);

/* Applicability. @market may be NULL and @build_month 0 when not known. */
const SdVehicleSetup    *sd_vehicles_get_setup          (SdVehicles    *self,
                                                         const char    *model_id);
gboolean                 sd_vehicle_fit_applies         (const SdVehicleFit *fit,
                                                         const char    *market,
                                                         guint          build_month);
GPtrArray               *sd_vehicles_list_fits          (SdVehicles    *self,
                                                         const char    *model_id,
                                                         SdVehicleKind  kind,
                                                         const char    *market,
                                                         guint          build_month);
const char              *sd_vehicles_get_default        (SdVehicles    *self,
                                                         const char    *model_id,
                                                         SdVehicleKind  kind,
                                                         const char    *market,
                                                         guint          build_month);
const SdVehicleFit      *sd_vehicles_find_fit           (SdVehicles    *self,
                                                         const char    *model_id,
                                                         SdVehicleKind  kind,
                                                         const char    *ref);
SdFact                   sd_vehicles_has_most_ring      (SdVehicles    *self,
                                                         const char    *model_id,
                                                         const char    *head_unit,
                                                         const char * const *options);
GPtrArray               *sd_vehicles_list_shutdowns     (SdVehicles    *self,
                                                         const char    *model_id,
                                                         const char    *telematics,
                                                         const char    *market);

/* Build months and model years. */
guint                    sd_vehicle_month               (guint          year,
                                                         guint          month);
guint                    sd_vehicle_month_get_year      (guint          month);
gboolean                 sd_vehicle_month_parse         (const char    *text,
                                                         gboolean       end_of_year,
                                                         guint         *month);
gboolean                 sd_vin_is_valid                (const char    *vin);
gboolean                 sd_vin_get_year_candidates     (const char    *vin,
                                                         guint         *earlier,
                                                         guint         *later);
guint                    sd_vehicles_get_model_year     (SdVehicles    *self,
                                                         const char    *vin,
                                                         const char    *model_id);

G_END_DECLS
