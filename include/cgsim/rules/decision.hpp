#pragma once
// Submodel 4, decision rules (after Choi & Robertson 2014): the proposal is the vote-weighted
// mean of the positions; weighted_majority adopts it; supermajority adopts it when participants
// holding at least the threshold share of votes find it acceptable (total-variation distance to
// their position within the tolerance); consensus needs everyone; unilateral never plans.
#include <Eigen/Dense>

#include "cgsim/scenario/parameters.hpp"  // enum class DecisionRule (forum.decision_rule)

namespace cgsim {

struct Decision {
  bool adopted = false;
  Eigen::VectorXd plan;      // the proposal (the plan if adopted)
  double acceptability = 0;  // mean over participants of 1 - d(plan, x_a)
  double equity = 0;         // standard deviation of that acceptability
};

Decision decide(DecisionRule rule, const Eigen::MatrixXd& positions, const Eigen::VectorXd& votes, double tolerance,
                double threshold);

}  // namespace cgsim
