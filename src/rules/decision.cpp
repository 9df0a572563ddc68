#include "cgsim/rules/decision.hpp"

#include "cgsim/rules/deliberation.hpp"

namespace cgsim {

namespace {

Eigen::VectorXd shares(const Eigen::VectorXd& weights) {
  const double total = weights.sum();
  return total > 0 ? Eigen::VectorXd(weights / total)
                   : Eigen::VectorXd::Constant(weights.size(), 1.0 / static_cast<double>(weights.size()));
}

}  // namespace

Eigen::VectorXd weighted_mean(const Eigen::MatrixXd& rows, const Eigen::VectorXd& weights) {
  return rows.transpose() * shares(weights);
}

Eigen::VectorXd acceptability(const Eigen::VectorXd& plan, const Eigen::MatrixXd& rows) {
  Eigen::VectorXd out(rows.rows());
  for (Eigen::Index a = 0; a < rows.rows(); ++a) out(a) = 1.0 - total_variation(plan, rows.row(a).transpose());
  return out;
}

double accepting_share(const Eigen::VectorXd& plan, const Eigen::MatrixXd& positions, const Eigen::VectorXd& votes,
                       double tolerance, const Eigen::VectorXd* row_tolerance) {
  const Eigen::VectorXd share = shares(votes);
  double accepting = 0;
  for (Eigen::Index a = 0; a < positions.rows(); ++a) {
    const double own = row_tolerance ? (*row_tolerance)(a) : tolerance;
    if (total_variation(plan, positions.row(a).transpose()) <= own + 1e-12) accepting += share(a);
  }
  return accepting;
}

bool passes(DecisionRule rule, const Eigen::VectorXd& plan, const Eigen::MatrixXd& positions,
            const Eigen::VectorXd& votes, double tolerance, double threshold, const Eigen::VectorXd* row_tolerance) {
  if (positions.rows() == 0) return false;
  switch (rule) {
    case DecisionRule::weighted_majority:
      return accepting_share(plan, positions, votes, tolerance, row_tolerance) > 0.5;
    case DecisionRule::supermajority:
      return accepting_share(plan, positions, votes, tolerance, row_tolerance) >= threshold - 1e-12;
    case DecisionRule::consensus:
      // Every present participant, whatever its votes.
      return accepting_share(plan, positions, Eigen::VectorXd::Ones(positions.rows()), tolerance, row_tolerance) >=
             1.0 - 1e-12;
    default:
      return false;
  }
}

}  // namespace cgsim
