#include "cgsim/rules/participation.hpp"

#include "cgsim/core/units.hpp"

namespace cgsim {

ParticipationUtilities participation_utilities(const World& w, const Company& c) {
  const auto& p = w.params;
  const double expected_sanction = p.audit_probability * p.sanction;  // billion IDR
  const double enforcement = p.binding ? p.binding_norm + p.sanction_weight * expected_sanction : 0.0;
  const double tax_relief = billion_from_million_idr(p.tax_incentive_rate * c.msme_budget);
  const double incentives = p.incentive_weight * (p.award_value + tax_relief);
  const double commitment = p.commitment_weight * (c.commitment - p.initial_stakeholder_trust);
  ParticipationUtilities u{};
  u.membership = p.membership_base + p.reputation_weight * c.reputation + commitment + incentives + enforcement -
                 p.coordination_cost;
  u.activity = p.active_base + commitment + p.facilitation_weight * p.facilitation + incentives + enforcement;
  const double reporting_enforcement =
      p.mandatory_reporting ? p.binding_norm + p.sanction_weight * expected_sanction : 0.0;
  u.reporting = p.reporting_base + p.registry_weight * p.registry_quality + p.incentive_weight * p.award_value +
                reporting_enforcement;
  return u;
}

void decide_participation(World& w) {
  const auto year = static_cast<std::uint32_t>(w.year);
  for (std::size_t j = 0; j < w.companies.size(); ++j) {
    auto& c = w.companies[j];
    if (!c.operating()) {
      c.member = c.active = c.reporting = false;
      continue;
    }
    const auto u = participation_utilities(w, c);
    const auto id = static_cast<std::uint32_t>(j);
    // A company takes a choice when utility beats a standard logistic taste shock (logit).
    c.member = u.membership > w.rng.logistic(Purpose::participation, id, year, 0);
    c.active = c.member && u.activity > w.rng.logistic(Purpose::participation, id, year, 1);
    c.reporting = u.reporting > w.rng.logistic(Purpose::participation, id, year, 2);
  }
}

}  // namespace cgsim
