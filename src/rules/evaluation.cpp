#include "cgsim/rules/evaluation.hpp"

#include <cmath>

namespace cgsim {
namespace {

double gain_this_year(const Msmes& m, std::size_t i) {
  return m.capability_at_year_start[i] < 0 ? std::nan("") : m.capability_sum(i) - m.capability_at_year_start[i];
}

}  // namespace

ByType learning_target(const Parameters& p, const ByType& impact) {
  ByType target{};
  double total = 0;
  for (int t = 0; t < kTypes; ++t) {
    target[t] = std::max(0.0, impact[t]) / p.unit_cost[t];
    total += target[t];
  }
  for (auto& x : target) x = total > 0 ? x / total : 1.0 / kTypes;
  return target;
}

bool learn(ByType& preferences, const ByType& target, double eta) {
  double moved = 0;
  for (int t = 0; t < kTypes; ++t) {
    const double next = (1.0 - eta) * preferences[t] + eta * target[t];
    moved += 0.5 * std::abs(next - preferences[t]);
    preferences[t] = next;
  }
  return moved > 0.005;
}

namespace {

// Trust moves with experience, not toward a level set by the levers. What MSME i experienced of
// government this year, each signal in [0, 1] and counted only if i had it:
//  - being heard: an organised MSME (its representatives speak for it): how far the plan moved
//    towards the MSMEs' interest (voice_norm);
//  - promises kept: a plan was adopted and i could see it (organised, or the results are
//    published): the companies' adherence to it (promises_kept; < 0 = no plan, no promise);
//  - benefits received: it received a CSR delivery this year: 1.
// Trust moves at rate r_M towards the mean of the signals it had; with none, it stays.
void update_msme_trust_in_government(const Parameters& p, double voice_norm, double promises_kept, Msmes& m) {
  const float rate = static_cast<float>(p.msme_trust_rate);
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!m.alive[i]) continue;
    const bool organised = m.association[i] != kNoAssociation;
    double sum = 0;
    int signals = 0;
    if (organised) {
      sum += voice_norm;
      ++signals;
    }
    if (promises_kept >= 0 && (organised || p.transparency)) {
      sum += promises_kept;
      ++signals;
    }
    if (m.served_types[i] != 0) {
      sum += 1.0;
      ++signals;
    }
    if (signals == 0) continue;
    m.trust_government[i] += rate * (static_cast<float>(sum / signals) - m.trust_government[i]);
  }
}

}  // namespace

ByType measured_impact(const std::vector<District>& districts, const Msmes& m) {
  ByType sum{}, count{};
  for (const auto& d : districts) {
    double base = 0, n_base = 0;
    for (std::size_t i = d.first; i < d.first + d.count; ++i) {
      const double g = gain_this_year(m, i);
      if (m.alive[i] && m.served_types[i] == 0 && g == g) {
        base += g;
        n_base += 1;
      }
    }
    base = n_base > 0 ? base / n_base : 0.0;
    for (std::size_t i = d.first; i < d.first + d.count; ++i) {
      const double g = gain_this_year(m, i);
      if (!m.alive[i] || m.served_types[i] == 0 || g != g) continue;
      for (int t = 0; t < kTypes; ++t)
        if (m.served_types[i] & (1u << t)) {
          sum[t] += g - base;
          count[t] += 1;
        }
    }
  }
  ByType impact{};
  for (int t = 0; t < kTypes; ++t) impact[t] = count[t] > 0 ? sum[t] / count[t] : 0.0;
  return impact;
}

EvaluationResult evaluate_year(const RuleContext& now, const std::vector<District>& districts, double voice_norm,
                               double promises_kept, Msmes& m, std::vector<Company>& companies,
                               ByType& government_priorities) {
  const auto& p = now.params;
  update_msme_trust_in_government(p, voice_norm, promises_kept, m);
  EvaluationResult result;
  if (p.evaluation_mode != EvaluationMode::impact) return result;
  ByType impact = measured_impact(districts, m);
  double scale = 0;
  for (double x : impact) scale += std::abs(x) / kTypes;
  const double sd = p.impact_noise * (1.0 - p.registry_quality) * scale;
  for (int t = 0; t < kTypes; ++t)
    impact[t] +=
        sd * now.rng.normal(Purpose::evaluation, static_cast<std::uint32_t>(now.year), static_cast<std::uint32_t>(t));
  const ByType target = learning_target(p, impact);
  double budget = 0, changed = 0;
  for (auto& c : companies) {
    if (!c.operating()) continue;
    budget += c.msme_budget;
    // Results reach a company through the forum's planning or through the registry it reports to.
    if ((c.active || c.reporting) && learn(c.preferences, target, p.learning_rate)) changed += c.msme_budget;
  }
  learn(government_priorities, target, p.learning_rate);
  result.feedback = budget > 0 ? changed / budget : 0.0;
  return result;
}

}  // namespace cgsim
