#include "cgsim/rules/decision.hpp"

#include <cmath>

#include "cgsim/rules/deliberation.hpp"

namespace cgsim {

Decision decide(DecisionRule rule, const Eigen::MatrixXd& positions, const Eigen::VectorXd& votes, double tolerance,
                double threshold) {
  Decision out;
  const auto n = positions.rows();
  if (rule == DecisionRule::unilateral || n == 0) return out;
  const double total_votes = votes.sum();
  const Eigen::VectorXd share = total_votes > 0 ? Eigen::VectorXd(votes / total_votes)
                                                : Eigen::VectorXd::Constant(n, 1.0 / static_cast<double>(n));
  out.plan = positions.transpose() * share;
  Eigen::VectorXd acceptability(n);
  double accepting_votes = 0;
  bool everyone = true;
  for (Eigen::Index a = 0; a < n; ++a) {
    const double distance = total_variation(out.plan, positions.row(a).transpose());
    acceptability(a) = 1.0 - distance;
    const bool accepts = distance <= tolerance;
    accepting_votes += accepts ? share(a) : 0.0;
    everyone = everyone && accepts;
  }
  out.acceptability = acceptability.mean();
  out.equity = std::sqrt((acceptability.array() - out.acceptability).square().mean());
  switch (rule) {
    case DecisionRule::weighted_majority:
      out.adopted = true;
      break;
    case DecisionRule::supermajority:
      out.adopted = accepting_votes >= threshold - 1e-12;
      break;
    case DecisionRule::consensus:
      out.adopted = everyone;
      break;
    default:
      break;
  }
  return out;
}

}  // namespace cgsim
