#pragma once
// Submodel 3, deliberation: rounds of x_a <- (1 - mu) x_a + mu sum_b w_ab x_b, with w_ab
// proportional to trust_ab x power_b^alpha_eff (alpha_eff = alpha (1 - facilitation effect x F)).
// With bounded confidence epsilon < 1 only positions within epsilon (total variation) count.
#include <Eigen/Dense>

namespace cgsim {

struct DeliberationSettings {
  double mixing_rate = 0.3;
  int max_rounds = 12;
  double bounded_confidence = 1.0;  // 1 = every position counts
  double tolerance = 1e-4;          // stop when no position moves more than this (total variation)
};

struct DeliberationResult {
  Eigen::MatrixXd positions;
  int rounds = 0;
};

// Total-variation distance between two allocations: half the L1 distance, in [0, 1].
double total_variation(const Eigen::VectorXd& a, const Eigen::VectorXd& b);
// Row-stochastic influence matrix: w_ab = trust_ab power_b^alpha / sum_c trust_ac power_c^alpha.
Eigen::MatrixXd influence_weights(const Eigen::MatrixXd& trust, const Eigen::VectorXd& power, double alpha);
DeliberationResult deliberate(Eigen::MatrixXd positions, const Eigen::MatrixXd& influence,
                              const DeliberationSettings& s);

}  // namespace cgsim
