#include "cgsim/rules/needs.hpp"

#include "cgsim/core/parallel.hpp"

namespace cgsim {

std::array<int, kTypes> main_capability(const Parameters& p) {
  std::array<int, kTypes> out{};
  for (int t = 0; t < kTypes; ++t) {
    const auto& row = effect_row(p, t);
    out[t] = static_cast<int>(std::max_element(row.begin(), row.end()) - row.begin());
  }
  return out;
}

std::array<float, kCapabilities> weighted_gaps(const Parameters& p, const Msmes& m, std::size_t i) {
  const auto& weights = need_weights(p, m.sector[i]);
  std::array<float, kCapabilities> gaps{};
  for (int k = 0; k < kCapabilities; ++k) gaps[k] = weighted_gap(m, weights, i, k);
  return gaps;
}

float need_match(const std::array<float, kCapabilities>& gaps, int k_star) {
  float largest = 0;
  for (float g : gaps) largest = std::max(largest, g);
  return largest > 0 ? gaps[k_star] / largest : 1.0f;
}

float need_match(const Parameters& p, const Msmes& m, std::size_t i, int k_star) {
  return need_match(weighted_gaps(p, m, i), k_star);
}

Eigen::MatrixXd district_needs(const RuleContext& now, const std::vector<District>& districts, const Msmes& m,
                               bool organised_only) {
  const auto k_star = main_capability(now.params);
  Eigen::MatrixXd needs = Eigen::MatrixXd::Zero(kTypes, static_cast<Eigen::Index>(districts.size()));
  // One column per district, each summed in MSME order by whichever thread takes it.
  parallel_items(districts.size(), now.threads, [&](std::size_t d) {
    const auto& dist = districts[d];
    std::array<double, kTypes> column{};
    for (std::size_t i = dist.first; i < dist.first + dist.count; ++i) {
      if (!m.alive[i] || (organised_only && m.association[i] == kNoAssociation)) continue;
      const auto gaps = weighted_gaps(now.params, m, i);
      for (int t = 0; t < kTypes; ++t) column[t] += gaps[k_star[t]];
    }
    for (int t = 0; t < kTypes; ++t) needs(t, static_cast<Eigen::Index>(d)) = column[t];
  });
  return needs;
}

}  // namespace cgsim
