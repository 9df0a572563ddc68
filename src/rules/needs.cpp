#include "cgsim/rules/needs.hpp"

#include "cgsim/engine/parallel.hpp"

namespace cgsim {

std::array<int, kTypes> main_capability(const Parameters& p) {
  std::array<int, kTypes> out{};
  for (int t = 0; t < kTypes; ++t) {
    const auto& row = effect_row(p, t);
    out[t] = static_cast<int>(std::max_element(row.begin(), row.end()) - row.begin());
  }
  return out;
}

float need_match(const World& w, std::size_t i, int k_star) {
  const auto& weights = need_weights(w.params, w.msmes.sector[i]);
  float largest = 0;
  for (int k = 0; k < kCapabilities; ++k) largest = std::max(largest, weighted_gap(w, weights, i, k));
  return largest > 0 ? weighted_gap(w, weights, i, k_star) / largest : 1.0f;
}

Eigen::MatrixXd district_needs(const World& w, bool organised_only) {
  const auto k_star = main_capability(w.params);
  // weighted_gap's factors, looked up once: need weight (as float) per sector and capability.
  std::array<std::array<float, kCapabilities>, kSectors> weight{};
  for (int s = 0; s < kSectors; ++s)
    for (int k = 0; k < kCapabilities; ++k) weight[s][k] = static_cast<float>(need_weights(w.params, s)[k]);
  Eigen::MatrixXd needs = Eigen::MatrixXd::Zero(kTypes, w.district_count());
  const auto& m = w.msmes;
  // One column per district, each summed in MSME order by whichever thread takes it.
  parallel_items(w.districts.size(), w.threads, [&](std::size_t d) {
    const auto& dist = w.districts[d];
    std::array<double, kTypes> column{};
    for (std::size_t i = dist.first; i < dist.first + dist.count; ++i) {
      if (!m.alive[i] || (organised_only && m.association[i] == kNoAssociation)) continue;
      const auto& row = weight[m.sector[i]];
      for (int t = 0; t < kTypes; ++t) column[t] += row[k_star[t]] * (1.0f - m.capability[k_star[t]][i]);
    }
    for (int t = 0; t < kTypes; ++t) needs(t, static_cast<Eigen::Index>(d)) = column[t];
  });
  return needs;
}

} // namespace cgsim
