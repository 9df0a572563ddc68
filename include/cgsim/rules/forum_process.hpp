#pragma once
// The forum's year (submodels 2-4 together): seat participants and form positions, deliberate
// if the agenda is joint planning, decide by the forum's rule, and set each company's adherence
// to the plan. A failed or absent plan leaves every company to spend unilaterally.
#include <Eigen/Dense>

#include "cgsim/world/forum.hpp"
#include "cgsim/world/world.hpp"
#include "cgsim/world/year_flows.hpp"

namespace cgsim {

// Effective power-asymmetry exponent: alpha x (1 - facilitation effect x facilitation).
double effective_asymmetry(const Parameters& p);
// Share of its budget company j spends as the plan says: commitment, raised by enforcement.
double plan_adherence(const Parameters& p, const Company& c, double acceptability);
// Reads the world and last year's MSME voice (perception); writes each company's adherence and
// the meetings held; returns this year's forum (participants, positions, outcome).
Forum run_forum(World& w, double last_voice, const Eigen::MatrixXd& true_needs, YearFlows& flows);

}  // namespace cgsim
