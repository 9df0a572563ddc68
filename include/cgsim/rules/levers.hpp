#pragma once
// How the governance levers in force act, each written once for every rule that reads it:
// whether the forum plans jointly this year, the pressure of an enforced rule, and the regional
// tax relief a member company receives.
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

// Pressure to obey a rule that is in force (utility): the norm of obeying plus the weighted
// expected sanction (audit probability x sanction, billion IDR); 0 when no rule is in force.
// Read by participation (membership, planning, reporting) and by the forum process (adherence).
inline double enforcement_pressure(const Parameters& p, bool rule_in_force) {
  const double expected_sanction = p.audit_probability * p.sanction;  // billion IDR
  return rule_in_force ? p.binding_norm + p.sanction_weight * expected_sanction : 0.0;
}

// Regional tax relief for a member company (billion IDR per year): the refunded share of its MSME
// spend. Read by participation (an incentive to join) and by the public cost (revenue foregone).
inline double tax_relief(const Parameters& p, const Company& c) {
  return billion_from_million_idr(p.tax_incentive_rate * c.msme_budget);
}

}  // namespace cgsim
