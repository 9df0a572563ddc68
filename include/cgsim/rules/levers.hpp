#pragma once
// How the governance levers in force act, each written once for every rule that reads it:
// whether the forum plans jointly this year, the obligations in force and what defying them risks, the regional
// tax relief a member company receives and the MSME share of CSR it buys.
#include <algorithm>
#include <cmath>
#include <cstddef>

#include "cgsim/core/units.hpp"
#include "cgsim/scenario/parameters.hpp"
#include "cgsim/world/company.hpp"

namespace cgsim {

// The forum draws up a joint plan: its agenda is joint planning under a decision rule that can
// adopt one, it meets, and more than one participant sits at the table. Read by the forum process
// (whether to deliberate) and by stakeholder trust (whether dialogue builds trust).
inline bool plans_jointly(const Parameters& p, std::size_t participants) {
  return p.agenda == Agenda::joint_planning && p.decision_rule != DecisionRule::unilateral && p.meetings_per_year > 0 &&
         participants > 1;
}

// Whether a rule with obligations is in force: a binding Perda (membership, joint planning,
// reporting, adherence to the adopted plan, the minimum MSME share) or mandatory reporting alone.
inline bool obligations_in_force(const Parameters& p) { return p.binding || p.mandatory_reporting; }

// Expected penalty of defying the rules in force (billion IDR per year): audit probability x sanction.
inline double expected_penalty(const Parameters& p) { return p.audit_probability * p.sanction; }

// Utility of complying (ODD 7.1c), read by participation: the norm of obeying plus the weighted
// expected penalty avoided, less the weighted cost of complying (billion IDR per year). A company
// complies when this beats a standard logistic taste shock.
inline double compliance_utility(const Parameters& p, double compliance_cost) {
  return p.binding_norm + p.sanction_weight * (expected_penalty(p) - compliance_cost);
}

// Regional tax relief (billion IDR per year) on an MSME budget of `msme_budget` million IDR: the
// refunded share of it. Paid to member companies on the MSME budget they commit that year. Read
// by participation (the relief a company would receive as a member) and by the public cost.
inline double tax_relief(const Parameters& p, double msme_budget) {
  return billion_from_million_idr(p.tax_incentive_rate * msme_budget);
}

// The share of its CSR budget a company gives to MSME programmes this year (ODD 7.1): its base
// share scaled by the net price of MSME spend to the power -epsilon (constant-elasticity demand),
// the price being 1 - the relief rate for a member and 1 otherwise; at most the whole CSR budget.
// Returned as a multiple of the base share (the MSME budget is base budget x this).
inline double msme_share_multiplier(const Parameters& p, bool member) {
  const double price = member ? 1.0 - p.tax_incentive_rate : 1.0;
  const double most = p.msme_share_of_csr > 0 ? 1.0 / p.msme_share_of_csr : 1.0;
  if (price <= 0) return most;  // MSME spend is free: all CSR goes to MSMEs
  return std::min(most, std::pow(price, -p.msme_share_price_elasticity));
}

}  // namespace cgsim
