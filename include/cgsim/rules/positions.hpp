#pragma once
// Submodel 2, positions: every participant's preferred allocation over (type x district), a
// point on the simplex. Perceived needs are noisy; the noise falls with registry quality and
// with MSME voice. Companies see mostly their operating (ring-1) districts.
#include <Eigen/Dense>

#include "cgsim/world/forum.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// Flattened index of (type, district) in a position vector.
inline int cell(int type, int district) { return district * kTypes + type; }

// A company's own position (before any deliberation); also what it spends by when unilateral.
Eigen::VectorXd company_position(const World& w, int company, double last_voice, const Eigen::MatrixXd& true_needs);
// Seats the forum's participants for this year and fills Forum::positions.
void form_positions(const World& w, Forum& forum, double last_voice, const Eigen::MatrixXd& true_needs);
// Perception noise sd for a participant of the given registry quality and MSME voice.
double perception_sd(const Parameters& p, double voice);
// Scale a non-negative vector to sum 1 (uniform if it sums to 0).
Eigen::VectorXd normalised(const Eigen::VectorXd& v);

}  // namespace cgsim
