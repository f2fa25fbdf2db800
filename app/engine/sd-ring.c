/* sd-ring.c
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Finding a break in the MOST fibre-optic ring with light checks, without a
 * diagnostic cable. Members are in light-flow order, member 0 being the head
 * unit that sends the light; segment j is the fibre from member j to member
 * j + 1 (the last one back to member 0), with the transmitter and receiver at
 * its ends. Unplugging the connector at the input of member m and seeing red
 * light means the light got that far: the break is in a segment j ≥ m. No light
 * means j < m. With one break, each check halves the candidates at best; the
 * checks are planned to minimise the expected minutes spent, so a connector that
 * is quick to reach is preferred when it tells nearly as much (domain.md §4.6).
 */
#include "config.h"

#include <math.h>

#include "sd-ring.h"

struct _SdRingFinder
{
  guint    k;
  char   **members;
  double  *costs;      /* minutes to reach each member's input connector */
  double  *prior;      /* of each segment holding the break */
  guint    lo;         /* candidate segments: lo … hi */
  guint    hi;
  guint    n_checks;
};

/**
 * sd_ring_finder_new:
 * @members: component ids in light-flow order, the head unit first
 * @costs: (nullable): minutes to reach each member's input connector; equal if %NULL
 *
 * Returns: (transfer full): a finder with every segment a candidate
 */
SdRingFinder *
sd_ring_finder_new (const char * const *members,
                    const double       *costs)
{
  SdRingFinder *self;

  g_return_val_if_fail (members != NULL, NULL);
  g_return_val_if_fail (g_strv_length ((GStrv) members) >= 2, NULL);

  self = g_new0 (SdRingFinder, 1);
  self->k = g_strv_length ((GStrv) members);
  self->members = g_strdupv ((GStrv) members);
  self->costs = g_new (double, self->k);
  self->prior = g_new (double, self->k);
  for (guint i = 0; i < self->k; i++)
    {
      self->costs[i] = costs != NULL ? MAX (costs[i], 0.1) : 1.0;
      self->prior[i] = 1.0 / self->k;
    }
  self->lo = 0;
  self->hi = self->k - 1;

  return self;
}

/**
 * sd_ring_finder_new_for_knowledge:
 * @fitted: (nullable): the components the car has; all ring members if %NULL
 *
 * Returns: (transfer full) (nullable): a finder for the fitted ring members, or
 *   %NULL when fewer than two are fitted
 */
SdRingFinder *
sd_ring_finder_new_for_knowledge (SdKnowledge        *knowledge,
                                  const char * const *fitted)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GArray) costs = g_array_new (FALSE, FALSE, sizeof (double));
  g_auto(GStrv) members = NULL;

  g_return_val_if_fail (SD_IS_KNOWLEDGE (knowledge), NULL);

  for (guint i = 0; i < sd_knowledge_get_n_ring_members (knowledge); i++)
    {
      const SdRingMember *member = sd_knowledge_get_ring_member (knowledge, i);
      double cost = member->reach_minutes;

      if (fitted != NULL && !g_strv_contains (fitted, member->component))
        continue;
      g_strv_builder_add (builder, member->component);
      g_array_append_val (costs, cost);
    }

  members = g_strv_builder_end (builder);
  if (g_strv_length (members) < 2)
    return NULL;

  return sd_ring_finder_new ((const char * const *) members, (double *) costs->data);
}

void
sd_ring_finder_free (SdRingFinder *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->members);
  g_free (self->costs);
  g_free (self->prior);
  g_free (self);
}

guint
sd_ring_finder_get_n_members (SdRingFinder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->k;
}

const char *
sd_ring_finder_get_member (SdRingFinder *self,
                           guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->k, NULL);

  return self->members[index];
}

/* Expected cost to locate the break among segments lo … hi, and the check to
 * start with, by dynamic programming over intervals (k is at most a few dozen). */
typedef struct
{
  double *cost;
  int    *check;
  double *mass;   /* prefix sums of the priors */
  guint   k;
} Plan;

static double
plan_mass (Plan *plan,
           guint lo,
           guint hi)
{
  return plan->mass[hi + 1] - plan->mass[lo];
}

static void
plan_fill (SdRingFinder *self,
           Plan         *plan)
{
  guint k = self->k;

  plan->k = k;
  plan->cost = g_new0 (double, k * k);
  plan->check = g_new (int, k * k);
  plan->mass = g_new0 (double, k + 1);

  for (guint i = 0; i < k; i++)
    plan->mass[i + 1] = plan->mass[i] + self->prior[i];

  for (guint len = 1; len <= k; len++)
    for (guint lo = 0; lo + len <= k; lo++)
      {
        guint hi = lo + len - 1;
        double total = plan_mass (plan, lo, hi);
        double best = G_MAXDOUBLE;
        int best_check = -1;
        double best_balance = G_MAXDOUBLE;

        if (len == 1)
          {
            plan->cost[lo * k + hi] = 0.0;
            plan->check[lo * k + hi] = -1;
            continue;
          }

        for (guint m = lo + 1; m <= hi; m++)
          {
            double left = plan_mass (plan, lo, m - 1);
            double right = plan_mass (plan, m, hi);
            double cost = self->costs[m];
            double balance = fabs (left - right);

            if (total > 0.0)
              cost += (left * plan->cost[lo * k + (m - 1)] + right * plan->cost[m * k + hi]) / total;

            /* Of equally good checks, the one that splits most evenly. */
            if (cost < best - 1e-12 || (fabs (cost - best) <= 1e-12 && balance < best_balance))
              {
                best = cost;
                best_check = (int) m;
                best_balance = balance;
              }
          }

        plan->cost[lo * k + hi] = best;
        plan->check[lo * k + hi] = best_check;
      }
}

static void
plan_clear (Plan *plan)
{
  g_free (plan->cost);
  g_free (plan->check);
  g_free (plan->mass);
}

/**
 * sd_ring_finder_get_next_check:
 *
 * Returns: the member whose input connector to check next, or -1 once the
 *   break is located
 */
int
sd_ring_finder_get_next_check (SdRingFinder *self)
{
  Plan plan;
  int check;

  g_return_val_if_fail (self != NULL, -1);

  if (self->lo == self->hi)
    return -1;

  plan_fill (self, &plan);
  check = plan.check[self->lo * self->k + self->hi];
  plan_clear (&plan);

  return check;
}

/**
 * sd_ring_finder_get_expected_cost:
 *
 * Returns: the expected minutes of checks still needed to locate the break
 */
double
sd_ring_finder_get_expected_cost (SdRingFinder *self)
{
  Plan plan;
  double cost;

  g_return_val_if_fail (self != NULL, 0.0);

  plan_fill (self, &plan);
  cost = plan.cost[self->lo * self->k + self->hi];
  plan_clear (&plan);

  return cost;
}

/**
 * sd_ring_finder_answer:
 * @member: the member whose input was checked
 * @light: whether red light came out of the fibre
 *
 * Returns: %FALSE if the answer contradicts the earlier ones (then nothing changes:
 *   a second break, or a mistaken answer, and the checks should be repeated)
 */
gboolean
sd_ring_finder_answer (SdRingFinder *self,
                       guint         member,
                       gboolean      light)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (member < self->k, FALSE);

  self->n_checks++;

  /* Checking member 0's input (the head unit's) sees light only without a break. */
  if (member == 0)
    return !light;

  if (light)
    {
      if (member > self->hi)
        return FALSE;
      self->lo = MAX (self->lo, member);
    }
  else
    {
      if (member <= self->lo)
        return FALSE;
      self->hi = MIN (self->hi, member - 1);
    }

  return TRUE;
}

guint
sd_ring_finder_get_n_checks (SdRingFinder *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_checks;
}

/**
 * sd_ring_finder_get_break:
 * @from: (out): the member the broken segment starts at (its light leaves there)
 * @to: (out): the member it ends at (its light should arrive there)
 *
 * Returns: %TRUE once only one segment can hold the break
 */
gboolean
sd_ring_finder_get_break (SdRingFinder *self,
                          guint        *from,
                          guint        *to)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->lo != self->hi)
    return FALSE;

  if (from != NULL)
    *from = self->lo;
  if (to != NULL)
    *to = (self->lo + 1) % self->k;

  return TRUE;
}

/**
 * sd_ring_break_from_node_position:
 * @n_members: members on the ring
 * @gateway: the index of the member that reports the position (the gateway)
 * @position: the gateway's relative node position after a ring restart
 *
 * After a restart, the first member behind the break counts itself position 0
 * and each following one adds 1, so the gateway's position counts back to the
 * member right behind the break (the E65 scheme; BMW documents exceptions for
 * positions 0 and 2 on some cars, and the principle is less sure for E60/E9x).
 *
 * Returns: the segment holding the break: from member (result) to the next
 */
guint
sd_ring_break_from_node_position (guint n_members,
                                  guint gateway,
                                  guint position)
{
  guint node0;

  g_return_val_if_fail (n_members >= 2, 0);
  g_return_val_if_fail (gateway < n_members, 0);

  node0 = (gateway + n_members - position % n_members) % n_members;

  return (node0 + n_members - 1) % n_members;
}
