#pragma once
// Submodel 2b, who sits at the table and what each wants (its interest, an ideal plan on the
// simplex that talking does not change): the government; the most powerful active companies
// (all members when a binding Perda obliges them to come); MSME representatives, each for the
// organised MSMEs of its own group of districts (unorganised MSMEs have nobody at the table);
// civil society, who read the registry.
#include <Eigen/Dense>

#include "cgsim/world/forum.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// Fills the forum's participants, interests and msme_interest (positions start at the interests);
// last year's MSME voice sharpens what the government and companies perceive.
void seat_forum(const World& w, Forum& forum, double last_voice, const Eigen::MatrixXd& true_needs);
// District groups represented by each of `seats` MSME representatives: districts dealt in turn,
// largest organised membership first (ties by index).
std::vector<std::vector<int>> representation(const Eigen::MatrixXd& organised_needs, int seats);
// Interest of a representative of `districts`: its members' summed needs there, lightly noisy.
Eigen::VectorXd representative_interest(const World& w, const Eigen::MatrixXd& needs, const std::vector<int>& districts,
                                        std::uint32_t who);

}  // namespace cgsim
