#include "cgsim/rules/deliberation.hpp"

#include <cmath>

namespace cgsim {

double total_variation(const Eigen::VectorXd& a, const Eigen::VectorXd& b) { return 0.5 * (a - b).cwiseAbs().sum(); }

Eigen::MatrixXd influence_weights(const Eigen::MatrixXd& trust, const Eigen::VectorXd& power, double alpha) {
  const auto n = power.size();
  Eigen::VectorXd weight(n);
  for (Eigen::Index b = 0; b < n; ++b) weight(b) = power(b) > 0 ? std::pow(power(b), alpha) : (alpha == 0 ? 1.0 : 0.0);
  Eigen::MatrixXd w = trust.array().rowwise() * weight.transpose().array();
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

DeliberationResult deliberate(Eigen::MatrixXd x, const Eigen::MatrixXd& influence, const DeliberationSettings& s) {
  const auto n = x.rows();
  int round = 0;
  for (; round < s.max_rounds; ++round) {
    Eigen::MatrixXd w = influence;
    if (s.bounded_confidence < 1.0) {
      for (Eigen::Index a = 0; a < n; ++a) {
        for (Eigen::Index b = 0; b < n; ++b)
          if (a != b && total_variation(x.row(a).transpose(), x.row(b).transpose()) > s.bounded_confidence) w(a, b) = 0;
        const double sum = w.row(a).sum();
        if (sum > 0)
          w.row(a) /= sum;
        else
          w(a, a) = 1.0;
      }
    }
    const Eigen::MatrixXd next = (1.0 - s.mixing_rate) * x + s.mixing_rate * (w * x);
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
