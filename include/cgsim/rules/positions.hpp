#pragma once
// Submodel 2a, interests over the plan space: every allocation is a point on the simplex over
// (programme type x district) cells. What each kind of participant wants (Ansell & Gash 2008:
// stakeholders come with their own interests): companies their ring-1 districts and visible,
// flagship programme types; the government balance across districts, its RPJMD priorities and
// visible results; both mixed with the needs they perceive (noisily; the noise falls with the
// registry's quality and with MSME voice).
#include <Eigen/Dense>

#include "cgsim/world/world.hpp"

namespace cgsim {

// Flattened index of (type, district) in an allocation vector.
inline int cell(int type, int district) { return district * kTypes + type; }

// A company's interest: also what it spends by when it plans alone.
Eigen::VectorXd company_position(const World& w, int company, double last_voice, const Eigen::MatrixXd& true_needs);
// The government's interest (Bappeda / Dinas Koperasi dan UKM).
Eigen::VectorXd government_interest(const World& w, double last_voice, const Eigen::MatrixXd& true_needs);
// `needs` (kTypes x districts) seen with log-normal noise of sd `sd` (mean 1), one draw per
// (perceiver, year, cell); optional per-district visibility; normalised to sum 1.
Eigen::VectorXd perceive(const World& w, const Eigen::MatrixXd& needs, double sd, std::uint32_t who,
                         const Eigen::VectorXd* visibility = nullptr);
// Perception noise sd for a participant of the given registry quality and MSME voice.
double perception_sd(const Parameters& p, double voice);
// Type weights scaled by visibility: w_t (1 - v + v b_t), normalised.
ByType visible_mix(const ByType& weights, const Parameters& p, double visibility_weight);
// Scale a non-negative vector to sum 1 (uniform if it sums to 0).
Eigen::VectorXd normalised(const Eigen::VectorXd& v);

}  // namespace cgsim
