#include "cgsim/rules/drafting.hpp"

namespace cgsim {

Draft draft_plan(DecisionRule rule, const Eigen::VectorXd& target, const Eigen::MatrixXd& positions,
                 const Eigen::VectorXd& votes, double tolerance, double threshold,
                 const Eigen::VectorXd* row_tolerance) {
  Draft out;
  if (positions.rows() == 0 || rule == DecisionRule::unilateral) return out;
  const Eigen::VectorXd compromise = weighted_mean(positions, votes);
  const Eigen::VectorXd middle = weighted_mean(positions, Eigen::VectorXd::Zero(positions.rows()));
  const Eigen::VectorXd* legs[2][2] = {{&target, &compromise}, {&compromise, &middle}};
  for (int leg = 0; leg < 2; ++leg)
    for (int k = leg == 0 ? 0 : 1; k <= kDraftSteps; ++k) {
      const double step = static_cast<double>(k) / kDraftSteps;
      out.plan = (1.0 - step) * *legs[leg][0] + step * *legs[leg][1];
      if (passes(rule, out.plan, positions, votes, tolerance, threshold, row_tolerance)) {
        out.adopted = true;
        return out;
      }
    }
  return out;
}

}  // namespace cgsim
