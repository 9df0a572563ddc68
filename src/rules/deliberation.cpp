#include "cgsim/rules/deliberation.hpp"

#include <cmath>

namespace cgsim {

double total_variation(const Eigen::VectorXd& a, const Eigen::VectorXd& b) { return 0.5 * (a - b).cwiseAbs().sum(); }

Eigen::MatrixXd influence_weights(const Eigen::MatrixXd& trust, const Eigen::VectorXd& speaking_weight) {
  const auto n = speaking_weight.size();
  Eigen::MatrixXd w = trust.array().rowwise() * speaking_weight.transpose().array();
  for (Eigen::Index a = 0; a < n; ++a) {
    const double s = w.row(a).sum();
    if (s > 0)
      w.row(a) /= s;
    else {
      w.row(a).setZero();
      w(a, a) = 1.0;
    }
  }
  return w;
}

namespace {

// W restricted to speakers within epsilon of each listener, rows renormalised.
Eigen::MatrixXd within_confidence(const Eigen::MatrixXd& influence, const Eigen::MatrixXd& x, double epsilon) {
  if (epsilon >= 1.0) return influence;
  Eigen::MatrixXd w = influence;
  const auto n = x.rows();
  for (Eigen::Index a = 0; a < n; ++a) {
    for (Eigen::Index b = 0; b < n; ++b)
      if (a != b && total_variation(x.row(a).transpose(), x.row(b).transpose()) > epsilon) w(a, b) = 0;
    const double sum = w.row(a).sum();
    if (sum > 0)
      w.row(a) /= sum;
    else
      w(a, a) = 1.0;
  }
  return w;
}

}  // namespace

DeliberationResult deliberate(Eigen::MatrixXd x, const Eigen::MatrixXd& interests,
                              const Eigen::VectorXd& susceptibility, const Eigen::MatrixXd& influence,
                              const Eigen::VectorXd& evidence, const DeliberationSettings& s) {
  const auto n = x.rows();
  const double e = evidence.size() == x.cols() ? s.evidence_pull : 0.0;
  int round = 0;
  for (; round < s.max_rounds; ++round) {
    Eigen::MatrixXd heard = within_confidence(influence, x, s.bounded_confidence) * x;
    if (e > 0) {
      heard *= 1.0 - e;
      heard.rowwise() += e * evidence.transpose();
    }
    const Eigen::MatrixXd social = (1.0 - s.mixing_rate) * x + s.mixing_rate * heard;
    const Eigen::MatrixXd next =
        susceptibility.asDiagonal() * social + (Eigen::VectorXd::Ones(n) - susceptibility).asDiagonal() * interests;
    double moved = 0;
    for (Eigen::Index a = 0; a < n; ++a)
      moved = std::max(moved, total_variation(next.row(a).transpose(), x.row(a).transpose()));
    x = next;
    if (moved < s.tolerance) {
      ++round;
      break;
    }
  }
  return {std::move(x), round};
}

}  // namespace cgsim
