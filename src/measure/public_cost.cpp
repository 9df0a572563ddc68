#include "cgsim/measure/public_cost.hpp"

#include "cgsim/rules/levers.hpp"

namespace cgsim {

double government_cost(const Parameters& p, const std::vector<Company>& companies, int meetings_held) {
  double operating = 0, relief = 0;
  for (const auto& c : companies) {
    if (!c.operating()) continue;
    operating += 1;
    if (c.member) relief += tax_relief(p, c.msme_budget);  // on the MSME budget it committed
  }
  const bool enforced = p.binding || p.mandatory_reporting;  // audits need a rule to audit against
  double cost = p.facilitation * p.cost_facilitation + p.registry_quality * p.cost_registry +
                (p.coordination_unit ? p.cost_coordination_unit : 0.0) +
                (p.coordination_unit && !p.perfect_information ? p.survey_capacity * p.cost_survey : 0.0) +
                meetings_held * p.cost_meeting + (p.award_value > 0 ? p.cost_award_programme : 0.0) +
                (enforced ? p.audit_probability * operating * p.cost_audit : 0.0) +
                (p.sanction > 0 && enforced ? p.cost_sanction_administration : 0.0) +
                p.advocacy_support * p.cost_advocacy + relief;
  return cost;
}

}  // namespace cgsim
