// Deliberation: DeGroot averaging with trust x power^alpha weights and bounded confidence.
#include "cgsim/rules/deliberation.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

namespace {

Eigen::VectorXd row(const Eigen::MatrixXd& m, Eigen::Index a) { return m.row(a).transpose(); }

Eigen::MatrixXd four_positions() {
  Eigen::MatrixXd x(4, 4);
  x << 0.7, 0.1, 0.1, 0.1,     //
      0.1, 0.7, 0.1, 0.1,      //
      0.25, 0.25, 0.25, 0.25,  //
      0.0, 0.0, 0.2, 0.8;
  return x;
}

}  // namespace

TEST_CASE("total_variation is half the L1 distance", "[rules][deliberation]") {
  Eigen::VectorXd a(3), b(3);
  a << 1, 0, 0;
  b << 0, 0.5, 0.5;
  CHECK(total_variation(a, b) == Approx(1.0));
  CHECK(total_variation(a, a) == 0.0);
  b << 0.5, 0.5, 0;
  CHECK(total_variation(a, b) == Approx(0.5));
}

TEST_CASE("influence_weights are row-stochastic trust x power^alpha", "[rules][deliberation]") {
  Eigen::MatrixXd trust(3, 3);
  trust << 1, 0.5, 0.5,  //
      0.2, 1, 0.2,       //
      0, 0, 1;
  Eigen::VectorXd power(3);
  power << 1, 2, 4;
  const auto w = influence_weights(trust, power, 1.0);
  for (Eigen::Index a = 0; a < 3; ++a) CHECK(w.row(a).sum() == Approx(1.0));
  // Row 0: 1*1, 0.5*2, 0.5*4 -> 1, 1, 2 over 4.
  CHECK(w(0, 0) == Approx(0.25));
  CHECK(w(0, 1) == Approx(0.25));
  CHECK(w(0, 2) == Approx(0.5));
  CHECK(w(2, 2) == Approx(1.0));
  // alpha = 0 ignores power.
  const auto flat = influence_weights(Eigen::MatrixXd::Ones(3, 3), power, 0.0);
  CHECK(flat(1, 0) == Approx(1.0 / 3));
  CHECK(flat(1, 2) == Approx(1.0 / 3));
  // Higher alpha concentrates influence on the powerful.
  CHECK(influence_weights(Eigen::MatrixXd::Ones(3, 3), power, 2.0)(0, 2) >
        influence_weights(Eigen::MatrixXd::Ones(3, 3), power, 1.0)(0, 2));
}

TEST_CASE("Equal power and full trust converge to the mean position", "[rules][deliberation]") {
  const Eigen::MatrixXd x = four_positions();
  const Eigen::VectorXd mean = x.colwise().mean().transpose();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), Eigen::VectorXd::Ones(4), 1.0);
  DeliberationSettings settings;
  settings.mixing_rate = 0.3;
  settings.max_rounds = 500;
  settings.tolerance = 1e-12;
  const auto result = deliberate(x, w, settings);
  CHECK(result.rounds > 1);
  CHECK(result.rounds < 500);  // stopped by the tolerance
  for (Eigen::Index a = 0; a < 4; ++a) {
    INFO("participant " << a);
    CHECK(total_variation(row(result.positions, a), mean) < 1e-9);
    CHECK(result.positions.row(a).sum() == Approx(1.0));  // stays on the simplex
  }
}

TEST_CASE("Unequal power pulls the consensus towards the powerful", "[rules][deliberation]") {
  const Eigen::MatrixXd x = four_positions();
  Eigen::VectorXd power(4);
  power << 10, 1, 1, 1;
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), power, 1.0);
  DeliberationSettings settings;
  settings.max_rounds = 500;
  settings.tolerance = 1e-12;
  const auto result = deliberate(x, w, settings);
  const Eigen::VectorXd mean = x.colwise().mean().transpose();
  CHECK(total_variation(row(result.positions, 3), row(x, 0)) < total_variation(mean, row(x, 0)));
}

TEST_CASE("max_rounds caps deliberation and mixing_rate 0 changes nothing", "[rules][deliberation]") {
  const Eigen::MatrixXd x = four_positions();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), Eigen::VectorXd::Ones(4), 1.0);
  DeliberationSettings settings;
  settings.max_rounds = 3;
  settings.tolerance = 0;
  CHECK(deliberate(x, w, settings).rounds == 3);
  settings.mixing_rate = 0;
  settings.tolerance = 1e-4;
  const auto still = deliberate(x, w, settings);
  CHECK(still.positions == x);
  CHECK(still.rounds == 1);
}

TEST_CASE("Bounded confidence keeps far-apart groups apart", "[rules][deliberation]") {
  Eigen::MatrixXd x(4, 4);
  x << 0.9, 0.1, 0.0, 0.0,  // group A
      0.7, 0.3, 0.0, 0.0,   //
      0.0, 0.0, 0.1, 0.9,   // group B, total variation 1 from group A
      0.0, 0.0, 0.3, 0.7;
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), Eigen::VectorXd::Ones(4), 1.0);
  DeliberationSettings settings;
  settings.max_rounds = 300;
  settings.tolerance = 1e-12;

  settings.bounded_confidence = 0.3;
  const auto bounded = deliberate(x, w, settings).positions;
  CHECK(total_variation(row(bounded, 0), row(bounded, 1)) < 1e-6);  // each group agrees internally
  CHECK(total_variation(row(bounded, 2), row(bounded, 3)) < 1e-6);
  CHECK(total_variation(row(bounded, 0), row(bounded, 2)) == Approx(1.0).margin(1e-9));  // but not across
  CHECK(bounded(0, 0) == Approx(0.8));

  settings.bounded_confidence = 1.0;  // off: everyone listens to everyone
  const auto open = deliberate(x, w, settings).positions;
  CHECK(total_variation(row(open, 0), row(open, 2)) < 1e-6);
}
