#include "cgsim/rules/participation.hpp"

#include "cgsim/rules/levers.hpp"

namespace cgsim {

ParticipationUtilities participation_utilities(const Parameters& p, const Company& c) {
  const double enforcement = enforcement_pressure(p, p.binding);
  const double incentives =
      p.incentive_weight * (p.award_value + tax_relief(p, c.base_msme_budget * msme_share_multiplier(p, true)));
  const double commitment = p.commitment_weight * (c.commitment - p.initial_stakeholder_trust);
  ParticipationUtilities u{};
  u.membership = p.membership_base + p.reputation_weight * c.reputation + commitment + incentives + enforcement -
                 p.coordination_cost;
  u.activity = p.active_base + commitment + p.facilitation_weight * p.facilitation + incentives + enforcement;
  u.reporting = p.reporting_base + p.registry_weight * p.registry_quality + p.incentive_weight * p.award_value +
                enforcement_pressure(p, p.mandatory_reporting);
  return u;
}

void decide_participation(const RuleContext& now, std::vector<Company>& companies) {
  const auto year = static_cast<std::uint32_t>(now.year);
  for (std::size_t j = 0; j < companies.size(); ++j) {
    auto& c = companies[j];
    if (!c.operating()) {
      c.member = c.active = c.reporting = false;
      c.msme_budget = 0;
      continue;
    }
    const auto u = participation_utilities(now.params, c);
    const auto id = static_cast<std::uint32_t>(j);
    // A company takes a choice when utility beats a standard logistic taste shock (logit).
    c.member = u.membership > now.rng.logistic(Purpose::participation, id, year, 0);
    c.active = c.member && u.activity > now.rng.logistic(Purpose::participation, id, year, 1);
    c.reporting = u.reporting > now.rng.logistic(Purpose::participation, id, year, 2);
    c.msme_budget = c.base_msme_budget * msme_share_multiplier(now.params, c.member);
  }
}

}  // namespace cgsim
