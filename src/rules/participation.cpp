#include "cgsim/rules/participation.hpp"

#include <algorithm>

#include "cgsim/rules/levers.hpp"

namespace cgsim {

ParticipationUtilities participation_utilities(const Parameters& p, const Company& c) {
  const double incentives =
      p.incentive_weight * (p.award_value + tax_relief(p, c.base_msme_budget * msme_share_multiplier(p, true)));
  const double commitment = p.commitment_weight * (c.commitment - p.initial_stakeholder_trust);
  ParticipationUtilities u{};
  u.membership = p.membership_base + p.reputation_weight * c.reputation + commitment + incentives - p.coordination_cost;
  u.activity = p.active_base + commitment + p.facilitation_weight * p.facilitation + incentives;
  u.reporting = p.reporting_base + p.registry_weight * p.registry_quality + p.incentive_weight * p.award_value;
  return u;
}

double minimum_share_multiplier(const Parameters& p) {
  return p.binding && p.msme_share_of_csr > 0 ? p.min_msme_share / p.msme_share_of_csr : 0.0;
}

double compliance_cost(const Parameters& p, const Company& c) {
  // The MSME money a minimum share moves away from what the company would give as a member.
  const double shortfall = std::max(0.0, minimum_share_multiplier(p) - msme_share_multiplier(p, true));
  return p.compliance_cost + billion_from_million_idr(shortfall * c.base_msme_budget);
}

void decide_participation(const RuleContext& now, std::vector<Company>& companies) {
  const auto& p = now.params;
  const auto year = static_cast<std::uint32_t>(now.year);
  const bool rules = obligations_in_force(p);
  for (std::size_t j = 0; j < companies.size(); ++j) {
    auto& c = companies[j];
    c.fine = 0;
    c.complying = false;
    if (!c.operating()) {
      c.member = c.active = c.reporting = false;
      c.msme_budget = 0;
      continue;
    }
    const auto u = participation_utilities(p, c);
    const auto id = static_cast<std::uint32_t>(j);
    // A company takes a choice when utility beats a standard logistic taste shock (logit); last
    // year's members stay more easily (leaving means deregistering; ODD 7.1).
    const double stay = c.member ? p.membership_inertia : 0.0;
    c.member = u.membership + stay > now.rng.logistic(Purpose::participation, id, year, 0);
    c.active = c.member && u.activity > now.rng.logistic(Purpose::participation, id, year, 1);
    c.reporting = u.reporting > now.rng.logistic(Purpose::participation, id, year, 2);
    double multiplier = 1.0;
    if (rules) {
      c.complying =
          compliance_utility(p, compliance_cost(p, c)) > now.rng.logistic(Purpose::participation, id, year, 3);
      if (c.complying) {
        c.reporting = true;
        if (p.binding) c.member = c.active = true;
        multiplier = std::max(minimum_share_multiplier(p), 1.0);
      } else if (now.rng.uniform(Purpose::participation, id, year, 4) < p.audit_probability) {
        c.fine = p.sanction;  // audited and found defying
      }
    }
    c.msme_budget = c.base_msme_budget * std::max(multiplier, msme_share_multiplier(p, c.member));
  }
}

}  // namespace cgsim
