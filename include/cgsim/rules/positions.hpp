#pragma once
// Submodel 2a, interests over the plan space: every allocation is a point on the simplex over
// (programme type x district) cells. What each kind of participant wants (Ansell & Gash 2008:
// stakeholders come with their own interests): companies their ring-1 districts and visible,
// flagship programme types; the government balance across districts, its RPJMD priorities and
// visible results; both mixed with the needs they perceive (noisily; the noise falls with the
// registry's quality and with MSME voice).
#include <Eigen/Dense>
#include <vector>

#include "cgsim/world/company.hpp"
#include "cgsim/world/district.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Flattened index of (type, district) in an allocation vector.
inline int cell(int type, int district) { return district * kTypes + type; }

// The interest of company `c` (index `j`, its perceiver id): also what it spends by when it plans
// alone. Reads its districts and preferred programme mix, the needs it perceives and last year's
// MSME voice.
Eigen::VectorXd company_position(const RuleContext& now, const Company& c, int j, double last_voice,
                                 const Eigen::MatrixXd& true_needs);
// The government's interest (Bappeda / Dinas Koperasi dan UKM): the districts' MSMEs and RPJMD
// priorities, its RPJMD programme mix, the needs it perceives.
Eigen::VectorXd government_interest(const RuleContext& now, const std::vector<District>& districts,
                                    const ByType& government_priorities, double last_voice,
                                    const Eigen::MatrixXd& true_needs);
// `needs` (kTypes x districts) seen with log-normal noise of sd `sd` (mean 1), one draw per
// (perceiver, year, cell); optional per-district visibility; normalised to sum 1.
Eigen::VectorXd perceive(const RuleContext& now, const Eigen::MatrixXd& needs, double sd, std::uint32_t who,
                         const Eigen::VectorXd* visibility = nullptr);
// Perception noise sd for a participant of the given registry quality and MSME voice.
double perception_sd(const Parameters& p, double voice);
// Type weights scaled by visibility: w_t (1 - v + v b_t), normalised.
ByType visible_mix(const ByType& weights, const Parameters& p, double visibility_weight);
// Scale a non-negative vector to sum 1 (uniform if it sums to 0).
Eigen::VectorXd normalised(const Eigen::VectorXd& v);

}  // namespace cgsim
