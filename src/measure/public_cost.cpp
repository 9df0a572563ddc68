#include "cgsim/measure/public_cost.hpp"

#include "cgsim/core/units.hpp"

namespace cgsim {

double government_cost(const World& w) {
  const auto& p = w.params;
  double operating = 0, relief = 0;
  for (const auto& c : w.companies) {
    if (!c.operating()) continue;
    operating += 1;
    if (c.member) relief += billion_from_million_idr(p.tax_incentive_rate * c.msme_budget);
  }
  const bool enforced = p.binding || p.mandatory_reporting;  // audits need a rule to audit against
  double cost = p.facilitation * p.cost_facilitation + p.registry_quality * p.cost_registry +
                (p.coordination_unit ? p.cost_coordination_unit : 0.0) + w.flows.meetings_held * p.cost_meeting +
                (p.award_value > 0 ? p.cost_award_programme : 0.0) +
                (enforced ? p.audit_probability * operating * p.cost_audit : 0.0) +
                (p.sanction > 0 && enforced ? p.cost_sanction_administration : 0.0) +
                p.advocacy_support * p.cost_advocacy + relief;
  return cost;
}

}  // namespace cgsim
