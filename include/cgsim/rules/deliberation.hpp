#pragma once
// Submodel 3, deliberation: anchored opinion dynamics (Friedkin & Johnsen 1990, 1999) with
// bounded confidence (Hegselmann & Krause 2002) and an evidence pull (Emerson et al. 2012):
//   x_a <- s_a [ (1 - mu) x_a + mu ( (1 - e) sum_b W'_ab x_b + e n ) ] + (1 - s_a) u_a
// u_a is a's interest (its anchor), s_a its susceptibility, W' the row-stochastic influence
// weights restricted to speakers within epsilon (total variation) of a, n the needs data of
// the information system and e its pull. With s_a < 1 nobody drifts farther than s_a from its
// interest, and long deliberation converges to a fixed point that is not a consensus.
#include <Eigen/Dense>

namespace cgsim {

struct DeliberationSettings {
  double mixing_rate = 0.3;
  int max_rounds = 12;
  double bounded_confidence = 1.0;  // 1 = every position counts
  double tolerance = 1e-4;          // stop when no position moves more than this (total variation)
  double evidence_pull = 0.0;       // e: weight of the needs evidence within social influence
};

struct DeliberationResult {
  Eigen::MatrixXd positions;
  int rounds = 0;
};

// Total-variation distance between two allocations: half the L1 distance, in [0, 1].
double total_variation(const Eigen::VectorXd& a, const Eigen::VectorXd& b);
// Row-stochastic influence matrix: W_ab = trust_ab weight_b / sum_c trust_ac weight_c.
Eigen::MatrixXd influence_weights(const Eigen::MatrixXd& trust, const Eigen::VectorXd& speaking_weight);
// Rounds of anchored updating from `positions`; `evidence` may be empty (no information system).
DeliberationResult deliberate(Eigen::MatrixXd positions, const Eigen::MatrixXd& interests,
                              const Eigen::VectorXd& susceptibility, const Eigen::MatrixXd& influence,
                              const Eigen::VectorXd& evidence, const DeliberationSettings& s);

}  // namespace cgsim
