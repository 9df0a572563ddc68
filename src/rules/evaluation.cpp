#include "cgsim/rules/evaluation.hpp"

#include <Eigen/Dense>
#include <cmath>

#include "cgsim/rules/deliberation.hpp"

namespace cgsim {
namespace {

double gain_this_year(const Msmes& m, std::size_t i) {
  return m.capability_at_year_start[i] < 0 ? std::nan("") : m.capability_sum(i) - m.capability_at_year_start[i];
}

ByType learning_target(const World& w, const ByType& impact) {
  const auto& p = w.params;
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

void update_msme_trust_in_government(World& w, double voice_norm) {
  auto& m = w.msmes;
  const float rate = static_cast<float>(w.params.msme_trust_rate);
  const double published = w.params.transparency ? 0.2 : 0.0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    if (!m.alive[i]) continue;
    const double heard = voice_norm * (m.association[i] != kNoAssociation ? 1.0 : 0.3);
    const float target = static_cast<float>(0.2 + 0.6 * heard + published);
    m.trust_government[i] += rate * (target - m.trust_government[i]);
  }
}

}  // namespace

ByType measured_impact(const World& w) {
  const auto& m = w.msmes;
  ByType sum{}, count{};
  for (const auto& d : w.districts) {
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

void evaluate_year(World& w, double voice_norm) {
  const auto& p = w.params;
  update_msme_trust_in_government(w, voice_norm);
  w.flows.evaluation_feedback = 0;
  if (p.evaluation_mode != EvaluationMode::impact) return;
  ByType impact = measured_impact(w);
  double scale = 0;
  for (double x : impact) scale += std::abs(x) / kTypes;
  const double sd = p.impact_noise * (1.0 - p.registry_quality) * scale;
  for (int t = 0; t < kTypes; ++t)
    impact[t] +=
        sd * w.rng.normal(Purpose::evaluation, static_cast<std::uint32_t>(w.year), static_cast<std::uint32_t>(t));
  const ByType target = learning_target(w, impact);
  double budget = 0, changed = 0;
  for (auto& c : w.companies) {
    if (!c.operating()) continue;
    budget += c.msme_budget;
    // Results reach a company through the forum's planning or through the registry it reports to.
    if ((c.active || c.reporting) && learn(c.preferences, target, p.learning_rate)) changed += c.msme_budget;
  }
  learn(w.government_priorities, target, p.learning_rate);
  w.flows.evaluation_feedback = budget > 0 ? changed / budget : 0.0;
}

}  // namespace cgsim
