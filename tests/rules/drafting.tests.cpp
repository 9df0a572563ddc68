// Drafting: the chair proposes the plan closest to its own target that the rule will pass.
#include "cgsim/rules/drafting.hpp"

#include <catch2/catch.hpp>

#include "cgsim/rules/deliberation.hpp"
#include "support/plans.hpp"

using namespace cgsim;

using cgsim::test::cells;
using cgsim::test::two_against_one;

TEST_CASE("The drafter gets the plan closest to its target that the rule passes", "[rules][drafting]") {
  const auto x = two_against_one();
  const Eigen::VectorXd equal = Eigen::VectorXd::Ones(3);
  // a drafts its own ideal (1, 0): a majority (a, b) accepts it at once.
  const auto majority = draft_plan(DecisionRule::weighted_majority, cells(1, 0), x, equal, 0.35, 0.667);
  REQUIRE(majority.adopted);
  CHECK(majority.plan(0) == Approx(1.0));
  // Under consensus c must accept too; at tolerance 0.35 nothing on the path (whose far end, the
  // mean, is 2/3 from c) does.
  CHECK_FALSE(draft_plan(DecisionRule::consensus, cells(1, 0), x, equal, 0.35, 0.667).adopted);
  // At 0.7 there is room: the first plan c accepts is just within 0.7 of it, the least concession
  // (one step along the path moves the plan by 1/3 / kDraftSteps).
  const auto consensus = draft_plan(DecisionRule::consensus, cells(1, 0), x, equal, 0.7, 0.667);
  REQUIRE(consensus.adopted);
  CHECK(total_variation(consensus.plan, cells(0, 1)) <= 0.7 + 1e-12);
  CHECK(total_variation(consensus.plan, cells(0, 1)) > 0.7 - (1.0 / 3) / kDraftSteps - 1e-12);
  // Unilateral never drafts.
  CHECK_FALSE(draft_plan(DecisionRule::unilateral, cells(1, 0), x, equal, 1.0, 0.5).adopted);
}
