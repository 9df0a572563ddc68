// Decision rules: weighted majority, supermajority, consensus, unilateral.
#include "cgsim/rules/decision.hpp"

#include <catch2/catch.hpp>

using namespace cgsim;

namespace {

// Two cells: a and b want the first, c wants the second.
Eigen::MatrixXd two_against_one() {
  Eigen::MatrixXd x(3, 2);
  x << 1, 0,  //
      1, 0,   //
      0, 1;
  return x;
}

}  // namespace

TEST_CASE("The proposal is the vote-weighted mean of the positions", "[rules][decision]") {
  Eigen::VectorXd votes(3);
  votes << 1, 1, 2;
  const auto d = decide(DecisionRule::weighted_majority, two_against_one(), votes, 0.35, 0.667);
  REQUIRE(d.plan.size() == 2);
  CHECK(d.plan(0) == Approx(0.5));
  CHECK(d.plan(1) == Approx(0.5));
  CHECK(d.acceptability == Approx(0.5));  // every participant is 0.5 from the plan
  CHECK(d.equity == Approx(0.0).margin(1e-12));
}

TEST_CASE("Far-apart positions: consensus fails but weighted majority adopts", "[rules][decision]") {
  const Eigen::VectorXd votes = Eigen::VectorXd::Ones(3);
  const auto x = two_against_one();
  const auto consensus = decide(DecisionRule::consensus, x, votes, 0.35, 0.667);
  CHECK_FALSE(consensus.adopted);
  CHECK(consensus.plan(0) == Approx(2.0 / 3));  // a proposal exists even when it fails
  const auto majority = decide(DecisionRule::weighted_majority, x, votes, 0.35, 0.667);
  CHECK(majority.adopted);
  CHECK(majority.plan.isApprox(consensus.plan));
  // acceptability: a and b at 1/3, c at 2/3 from the plan.
  CHECK(majority.acceptability == Approx((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3));
  CHECK(majority.equity > 0.1);
}

TEST_CASE("Consensus adopts when everyone is within tolerance", "[rules][decision]") {
  Eigen::MatrixXd x(3, 2);
  x << 0.6, 0.4,  //
      0.5, 0.5,   //
      0.4, 0.6;
  CHECK(decide(DecisionRule::consensus, x, Eigen::VectorXd::Ones(3), 0.35, 0.667).adopted);
  CHECK_FALSE(decide(DecisionRule::consensus, x, Eigen::VectorXd::Ones(3), 0.05, 0.667).adopted);
}

TEST_CASE("Supermajority: adopted when acceptable to at least the threshold share of votes", "[rules][decision]") {
  const auto x = two_against_one();
  const Eigen::VectorXd equal = Eigen::VectorXd::Ones(3);
  // a and b (2/3 of the votes) are within 0.35 of the plan (1/3 away); c is not (2/3 away).
  CHECK(decide(DecisionRule::supermajority, x, equal, 0.35, 0.6).adopted);
  CHECK(decide(DecisionRule::supermajority, x, equal, 0.35, 2.0 / 3).adopted);  // the boundary counts
  CHECK_FALSE(decide(DecisionRule::supermajority, x, equal, 0.35, 0.667).adopted);
  CHECK_FALSE(decide(DecisionRule::supermajority, x, equal, 0.35, 0.9).adopted);
  // A narrower tolerance leaves nobody accepting.
  CHECK_FALSE(decide(DecisionRule::supermajority, x, equal, 0.3, 0.5).adopted);
  // Votes, not heads: give c 10 votes and the plan moves to c, who alone holds 10/12 of the votes.
  Eigen::VectorXd heavy(3);
  heavy << 1, 1, 10;
  const auto d = decide(DecisionRule::supermajority, x, heavy, 0.35, 0.8);
  CHECK(d.plan(1) == Approx(10.0 / 12));
  CHECK(d.adopted);
  CHECK_FALSE(decide(DecisionRule::supermajority, x, heavy, 0.35, 0.85).adopted);
}

TEST_CASE("Unilateral never plans and zero votes count heads", "[rules][decision]") {
  const auto x = two_against_one();
  const auto none = decide(DecisionRule::unilateral, x, Eigen::VectorXd::Ones(3), 1.0, 0.5);
  CHECK_FALSE(none.adopted);
  CHECK(none.plan.size() == 0);
  const auto heads = decide(DecisionRule::weighted_majority, x, Eigen::VectorXd::Zero(3), 0.35, 0.5);
  CHECK(heads.plan(0) == Approx(2.0 / 3));
  CHECK_FALSE(decide(DecisionRule::consensus, Eigen::MatrixXd(0, 2), Eigen::VectorXd(0), 1.0, 0.5).adopted);
}
