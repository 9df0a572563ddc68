#include "cgsim/rules/forum_process.hpp"

#include <cmath>

#include "cgsim/rules/decision.hpp"
#include "cgsim/rules/deliberation.hpp"
#include "cgsim/rules/levers.hpp"
#include "cgsim/rules/positions.hpp"

namespace cgsim {

double effective_asymmetry(const Parameters& p) {
  return p.asymmetry_exponent * (1.0 - p.facilitation_effect * p.facilitation);
}

double plan_adherence(const Parameters& p, const Company& c, double acceptability) {
  const double enforcement = 1.0 - std::exp(-enforcement_pressure(p, p.binding));
  const double willing = 1.0 - (1.0 - c.commitment) * (1.0 - enforcement);
  return std::clamp(willing * (0.5 + 0.5 * acceptability), 0.0, 1.0);
}

Forum run_forum(World& w, double last_voice, const Eigen::MatrixXd& true_needs, YearFlows& flows) {
  const auto& p = w.params;
  Forum forum;
  form_positions(w, forum, last_voice, true_needs);
  for (auto& c : w.companies) c.adherence = 0;
  flows.meetings_held = static_cast<int>(p.meetings_per_year);
  const auto n = static_cast<Eigen::Index>(forum.participants.size());
  if (!plans_jointly(p, forum.participants.size())) return forum;

  Eigen::MatrixXd trust(n, n);
  Eigen::VectorXd power(n);
  for (Eigen::Index a = 0; a < n; ++a) {
    power(a) = forum.participants[a].power;
    for (Eigen::Index b = 0; b < n; ++b)
      trust(a, b) = w.stakeholder_trust(forum.participants[a].stakeholder, forum.participants[b].stakeholder);
  }
  const double alpha = effective_asymmetry(p);
  const Eigen::MatrixXd influence = influence_weights(trust, power, alpha);
  DeliberationSettings settings{p.mixing_rate, static_cast<int>(p.meetings_per_year * p.rounds_per_meeting),
                                p.bounded_confidence, 1e-4};
  auto deliberation = deliberate(forum.positions, influence, settings);
  forum.outcome.rounds = deliberation.rounds;

  Eigen::VectorXd votes(n);
  for (Eigen::Index a = 0; a < n; ++a) votes(a) = power(a) > 0 ? std::pow(power(a), alpha) : 0.0;
  const auto decision =
      decide(p.decision_rule, deliberation.positions, votes, p.acceptability_tolerance, p.supermajority_threshold);
  auto& out = forum.outcome;
  out.plan_adopted = decision.adopted;
  out.plan = decision.plan;
  out.acceptability = decision.acceptability;
  out.equity = decision.equity;

  // MSME voice: their share of the influence weights (mean over listeners) and of the votes.
  double influence_share = 0, vote_share = 0, seats = 0;
  const double total_votes = votes.sum();
  for (Eigen::Index b = 0; b < n; ++b) {
    if (forum.participants[b].kind != ActorKind::msme_representative) continue;
    seats += 1;
    influence_share += influence.col(b).mean();
    vote_share += total_votes > 0 ? votes(b) / total_votes : 0.0;
  }
  out.msme_voice_share = 0.5 * (influence_share + vote_share);
  out.fair_voice_share = seats / static_cast<double>(n);

  if (!out.plan_adopted) return forum;
  for (Eigen::Index a = 0; a < n; ++a) {
    const auto& part = forum.participants[a];
    if (part.kind != ActorKind::company) continue;
    auto& c = w.companies[part.company];
    c.adherence = plan_adherence(p, c, 1.0 - total_variation(out.plan, deliberation.positions.row(a).transpose()));
  }
  forum.positions = std::move(deliberation.positions);
  return forum;
}

}  // namespace cgsim
