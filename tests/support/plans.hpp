#pragma once
// Small plan spaces for the forum's tests (decision rules, drafting).
#include <Eigen/Dense>

namespace cgsim::test {

// Two cells: participants a and b want the first, c wants the second.
inline Eigen::MatrixXd two_against_one() {
  Eigen::MatrixXd x(3, 2);
  x << 1, 0,  //
      1, 0,   //
      0, 1;
  return x;
}

// A plan over two cells.
inline Eigen::VectorXd cells(double a, double b) {
  Eigen::VectorXd v(2);
  v << a, b;
  return v;
}

}  // namespace cgsim::test
