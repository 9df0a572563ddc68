// Deliberation: Friedkin-Johnsen anchored updating with bounded confidence and an evidence pull.
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

DeliberationSettings long_talk() {
  DeliberationSettings s;
  s.mixing_rate = 0.3;
  s.max_rounds = 2000;
  s.tolerance = 1e-13;
  return s;
}

Eigen::VectorXd all(double s) { return Eigen::VectorXd::Constant(4, s); }

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

TEST_CASE("influence_weights are row-stochastic trust x speaking weight", "[rules][deliberation]") {
  Eigen::MatrixXd trust(3, 3);
  trust << 1, 0.5, 0.5,  //
      0.2, 1, 0.2,       //
      0, 0, 1;
  Eigen::VectorXd weight(3);
  weight << 1, 2, 4;
  const auto w = influence_weights(trust, weight);
  for (Eigen::Index a = 0; a < 3; ++a) CHECK(w.row(a).sum() == Approx(1.0));
  CHECK(w(0, 0) == Approx(0.25));  // 1*1, 0.5*2, 0.5*4 over 4
  CHECK(w(0, 2) == Approx(0.5));
  CHECK(w(2, 2) == Approx(1.0));
  const auto silent = influence_weights(Eigen::MatrixXd::Ones(3, 3), Eigen::VectorXd::Zero(3));
  CHECK(silent.isIdentity());  // nobody speaks: everyone keeps its own
}

TEST_CASE("Fully susceptible, equal and trusting participants converge to the mean (DeGroot)",
          "[rules][deliberation]") {
  const Eigen::MatrixXd x = four_positions();
  const Eigen::VectorXd mean = x.colwise().mean().transpose();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), Eigen::VectorXd::Ones(4));
  const auto result = deliberate(x, x, all(1.0), w, Eigen::VectorXd(), long_talk());
  CHECK(result.rounds > 1);
  CHECK(result.rounds < 2000);  // stopped by the tolerance
  for (Eigen::Index a = 0; a < 4; ++a) {
    CHECK(total_variation(row(result.positions, a), mean) < 1e-9);
    CHECK(result.positions.row(a).sum() == Approx(1.0));
  }
}

TEST_CASE("Anchored participants never move farther from their interest than their susceptibility allows",
          "[rules][deliberation]") {
  const Eigen::MatrixXd u = four_positions();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), Eigen::VectorXd::Ones(4));
  Eigen::VectorXd s(4);
  s << 0.0, 0.3, 0.6, 0.9;
  for (int rounds : {1, 3, 10, 200}) {
    auto settings = long_talk();
    settings.max_rounds = rounds;
    const auto x = deliberate(u, u, s, w, Eigen::VectorXd(), settings).positions;
    for (Eigen::Index a = 0; a < 4; ++a) {
      double farthest = 0;  // the farthest other interest: positions stay in the interests' hull
      for (Eigen::Index b = 0; b < 4; ++b) farthest = std::max(farthest, total_variation(row(u, a), row(u, b)));
      INFO("rounds " << rounds << ", participant " << a);
      CHECK(total_variation(row(x, a), row(u, a)) <= s(a) * farthest + 1e-12);
    }
    CHECK(row(x, 0) == row(u, 0));  // s = 0: does not move at all
  }
}

TEST_CASE("Long deliberation with s < 1 reaches a fixed point that is not a consensus", "[rules][deliberation]") {
  const Eigen::MatrixXd u = four_positions();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), Eigen::VectorXd::Ones(4));
  const auto fj = deliberate(u, u, all(0.8), w, Eigen::VectorXd(), long_talk());
  CHECK(fj.rounds < 2000);  // converged
  // The fixed point x* = s((1-mu) x* + mu W x*) + (1-s) u holds ...
  const double mu = 0.3;
  const Eigen::MatrixXd again = 0.8 * ((1 - mu) * fj.positions + mu * w * fj.positions) + 0.2 * u;
  CHECK((again - fj.positions).cwiseAbs().maxCoeff() < 1e-9);
  // ... and disagreement persists, smaller than at the start.
  const double before = total_variation(row(u, 0), row(u, 3));
  const double after = total_variation(row(fj.positions, 0), row(fj.positions, 3));
  CHECK(after > 0.05);
  CHECK(after < before);
}

TEST_CASE("Unequal speaking weight pulls positions towards the powerful", "[rules][deliberation]") {
  const Eigen::MatrixXd u = four_positions();
  Eigen::VectorXd weight(4);
  weight << 10, 1, 1, 1;
  const auto strong = deliberate(u, u, all(0.8), influence_weights(Eigen::MatrixXd::Ones(4, 4), weight),
                                 Eigen::VectorXd(), long_talk());
  const auto equal = deliberate(u, u, all(0.8), influence_weights(Eigen::MatrixXd::Ones(4, 4), all(1.0)),
                                Eigen::VectorXd(), long_talk());
  CHECK(total_variation(row(strong.positions, 3), row(u, 0)) < total_variation(row(equal.positions, 3), row(u, 0)));
}

TEST_CASE("Evidence pulls every position towards the needs data", "[rules][deliberation]") {
  const Eigen::MatrixXd u = four_positions();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), all(1.0));
  Eigen::VectorXd needs(4);
  needs << 0, 0, 1, 0;
  auto settings = long_talk();
  const auto without = deliberate(u, u, all(0.8), w, Eigen::VectorXd(), settings).positions;
  settings.evidence_pull = 0.5;
  const auto with = deliberate(u, u, all(0.8), w, needs, settings).positions;
  for (Eigen::Index a = 0; a < 4; ++a)
    CHECK(total_variation(row(with, a), needs) < total_variation(row(without, a), needs));
}

TEST_CASE("max_rounds caps deliberation; mixing_rate 0 changes nothing", "[rules][deliberation]") {
  const Eigen::MatrixXd x = four_positions();
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), all(1.0));
  DeliberationSettings settings;
  settings.max_rounds = 3;
  settings.tolerance = 0;
  CHECK(deliberate(x, x, all(1.0), w, Eigen::VectorXd(), settings).rounds == 3);
  settings.mixing_rate = 0;
  settings.tolerance = 1e-4;
  const auto still = deliberate(x, x, all(1.0), w, Eigen::VectorXd(), settings);
  CHECK(still.positions == x);
  CHECK(still.rounds == 1);
}

TEST_CASE("Bounded confidence keeps far-apart groups apart", "[rules][deliberation]") {
  Eigen::MatrixXd x(4, 4);
  x << 0.9, 0.1, 0.0, 0.0,  // group A
      0.7, 0.3, 0.0, 0.0,   //
      0.0, 0.0, 0.1, 0.9,   // group B, total variation 1 from group A
      0.0, 0.0, 0.3, 0.7;
  const auto w = influence_weights(Eigen::MatrixXd::Ones(4, 4), all(1.0));
  auto settings = long_talk();
  settings.bounded_confidence = 0.3;
  const auto bounded = deliberate(x, x, all(1.0), w, Eigen::VectorXd(), settings).positions;
  CHECK(total_variation(row(bounded, 0), row(bounded, 1)) < 1e-6);                       // each group agrees internally
  CHECK(total_variation(row(bounded, 0), row(bounded, 2)) == Approx(1.0).margin(1e-9));  // but not across
  settings.bounded_confidence = 1.0;  // off: everyone listens to everyone
  const auto open = deliberate(x, x, all(1.0), w, Eigen::VectorXd(), settings).positions;
  CHECK(total_variation(row(open, 0), row(open, 2)) < 1e-6);
}
