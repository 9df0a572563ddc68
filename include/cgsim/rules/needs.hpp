#pragma once
// MSME needs: n_i = w_sector .* (1 - c_i); the need a programme type answers is n_i[k*(t)],
// where k*(t) is the capability that type t raises most (largest entry of its row of E).
#include <Eigen/Dense>
#include <vector>

#include "cgsim/world/district.hpp"
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// k*(t) for every programme type.
std::array<int, kTypes> main_capability(const Parameters& p);
// Gap of MSME i in dimension k, weighted by its sector's importance.
inline float weighted_gap(const Msmes& m, const CapVec& weights, std::size_t i, int k) {
  return static_cast<float>(weights[k]) * (1.0f - m.capability[k][i]);
}
// n_i: the weighted gaps of MSME i in every dimension.
std::array<float, kCapabilities> weighted_gaps(const Parameters& p, const Msmes& m, std::size_t i);
// need_match of giving type t to an MSME with gaps n: n[k*(t)] / max_k n[k] (1 = its largest gap).
float need_match(const std::array<float, kCapabilities>& gaps, int main_capability_of_type);
// The same for MSME i.
float need_match(const Parameters& p, const Msmes& m, std::size_t i, int main_capability_of_type);
// Summed need per (type, district) over alive MSMEs, as a kTypes x districts matrix;
// only MSMEs in an association if `organised_only`.
Eigen::MatrixXd district_needs(const RuleContext& now, const std::vector<District>& districts, const Msmes& m,
                               bool organised_only);

// The recent-trainee window: MSME i was trained in one of the last kRecentTrainingYears years (not
// this one) and not mentored since, so a training now repeats one (counted as a repeat training;
// the coordination unit's register does not offer it training).
inline constexpr int kRecentTrainingYears = 2;
inline bool recently_trained(const Msmes& m, std::size_t i, int year) {
  const int since = year - m.last_training_year[i];
  return since >= 1 && since <= kRecentTrainingYears && m.last_mentoring_year[i] < m.last_training_year[i];
}

}  // namespace cgsim
