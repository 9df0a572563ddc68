// Decision rules and drafting: who must accept, and what the chair can get through.
#include "cgsim/rules/decision.hpp"

#include <catch2/catch.hpp>

#include "cgsim/rules/deliberation.hpp"
#include "cgsim/rules/drafting.hpp"
#include "support/plans.hpp"

using namespace cgsim;

using cgsim::test::cells;
using cgsim::test::two_against_one;

TEST_CASE("Acceptance: vote shares within the tolerance; consensus counts heads", "[rules][decision]") {
  const auto x = two_against_one();
  const Eigen::VectorXd equal = Eigen::VectorXd::Ones(3);
  const Eigen::VectorXd plan = cells(2.0 / 3, 1.0 / 3);  // a, b 1/3 away; c 2/3 away
  CHECK(accepting_share(plan, x, equal, 0.35) == Approx(2.0 / 3));
  CHECK(passes(DecisionRule::weighted_majority, plan, x, equal, 0.35, 0.667));
  CHECK(passes(DecisionRule::supermajority, plan, x, equal, 0.35, 2.0 / 3));  // the boundary counts
  CHECK_FALSE(passes(DecisionRule::supermajority, plan, x, equal, 0.35, 0.7));
  CHECK_FALSE(passes(DecisionRule::consensus, plan, x, equal, 0.35, 0.667));
  CHECK(passes(DecisionRule::consensus, plan, x, equal, 0.7, 0.667));  // a wide tolerance lets c accept
  // Votes, not heads: c with 10 votes blocks a majority that a and b would have by heads.
  Eigen::VectorXd heavy(3);
  heavy << 1, 1, 10;
  CHECK_FALSE(passes(DecisionRule::weighted_majority, plan, x, heavy, 0.35, 0.667));
  // ... but not a consensus of heads, which ignores votes.
  CHECK(passes(DecisionRule::consensus, plan, x, heavy, 0.7, 0.667) ==
        passes(DecisionRule::consensus, plan, x, equal, 0.7, 0.667));
  CHECK_FALSE(passes(DecisionRule::unilateral, plan, x, equal, 1.0, 0.5));
  CHECK_FALSE(passes(DecisionRule::consensus, plan, Eigen::MatrixXd(0, 2), Eigen::VectorXd(0), 1.0, 0.5));
}

TEST_CASE("Identical interests: every rule adopts the same plan", "[rules][decision]") {
  Eigen::MatrixXd same(4, 3);
  for (int a = 0; a < 4; ++a) same.row(a) << 0.5, 0.3, 0.2;
  Eigen::VectorXd votes(4);
  votes << 10, 1, 1, 0.1;
  const Eigen::VectorXd target = same.row(0).transpose();
  for (auto rule : {DecisionRule::weighted_majority, DecisionRule::supermajority, DecisionRule::consensus}) {
    const auto d = draft_plan(rule, target, same, votes, 0.05, 0.9);
    REQUIRE(d.adopted);
    CHECK(total_variation(d.plan, target) < 1e-12);
  }
}

TEST_CASE("Opposed interests without deliberation: consensus fails more often than majority", "[rules][decision]") {
  // 200 random forums of 5 participants, each wanting one of 4 cells most; no deliberation.
  std::uint32_t state = 12345;
  auto uniform = [&] {
    state = state * 1664525u + 1013904223u;
    return (state >> 8) / 16777216.0;
  };
  int majority = 0, consensus = 0;
  for (int f = 0; f < 200; ++f) {
    Eigen::MatrixXd x(5, 4);
    Eigen::VectorXd votes(5);
    for (int a = 0; a < 5; ++a) {
      for (int c = 0; c < 4; ++c) x(a, c) = 0.05 + uniform() * uniform();
      x(a, static_cast<int>(uniform() * 4)) += 1.0;
      x.row(a) /= x.row(a).sum();
      votes(a) = 0.1 + uniform();
    }
    const Eigen::VectorXd target = x.row(0).transpose();
    majority += draft_plan(DecisionRule::weighted_majority, target, x, votes, 0.35, 0.667).adopted;
    consensus += draft_plan(DecisionRule::consensus, target, x, votes, 0.35, 0.667).adopted;
  }
  CHECK(consensus < majority);
  CHECK(majority > 0);
}
