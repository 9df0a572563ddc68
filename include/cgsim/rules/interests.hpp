#pragma once
// Submodel 2b, who sits at the table and what each wants (its interest, an ideal plan on the
// simplex that talking does not change): the government; the most powerful active companies
// (all members when a binding Perda obliges them to come); MSME representatives, each for the
// organised MSMEs of its own group of districts (unorganised MSMEs have nobody at the table);
// civil society, who read the registry.
#include <Eigen/Dense>
#include <vector>

#include "cgsim/world/forum.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// The forum seated: its participants, interests and msme_interest (positions start at the
// interests). Reads the forum's inputs except trust; last year's MSME voice sharpens what the
// government and companies perceive.
Forum seat_forum(const RuleContext& now, const ForumInputs& in);
// District groups represented by each of `seats` MSME representatives: districts dealt in turn,
// largest organised membership first (ties by index).
std::vector<std::vector<int>> representation(const Eigen::MatrixXd& organised_needs, int seats);
// Interest of a representative of `districts`: its members' summed needs there, lightly noisy.
Eigen::VectorXd representative_interest(const RuleContext& now, const Eigen::MatrixXd& needs,
                                        const std::vector<int>& districts, std::uint32_t who);

}  // namespace cgsim
