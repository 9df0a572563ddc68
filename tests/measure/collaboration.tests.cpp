// Collaboration index and stage.
#include "cgsim/measure/collaboration.hpp"

#include <catch2/catch.hpp>

#include "cgsim/measure/measurement.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

TEST_CASE("The collaboration index is the mean of its four components", "[rules][collaboration]") {
  CHECK(collaboration_index({}) == 0.0);
  CHECK(collaboration_index({1, 1, 1, 1}) == Approx(1.0));
  CHECK(collaboration_index({0.5, 0, 0, 0}) == Approx(0.125));
  CHECK(collaboration_index({0, 0, 0, 1}) == Approx(0.25));
  CHECK(collaboration_index({0.2, 0.4, 0.6, 0.8}) == Approx(0.5));
}

TEST_CASE("The collaboration index is measured from what the actors did", "[measure][collaboration]") {
  TempDir dir;
  World w = test::small_world(dir, 8);
  std::size_t operating = 0;
  for (std::size_t j = 0; j < w.companies.size(); ++j) {
    auto& c = w.companies[j];
    c.active = j % 2 == 0;
    c.reporting = j % 4 == 0;
    operating += c.operating();
  }
  double active = 0, reporting = 0;
  for (const auto& c : w.companies)
    if (c.operating()) {
      active += c.active;
      reporting += c.reporting;
    }
  REQUIRE(operating > 0);
  Forum forum;
  forum.outcome.msme_influence = 1.7;  // capped at 1
  const DeliveryTally delivered(w.districts.size());
  Spending spending;
  spending.plan_adherence = 0.6;
  spending.forum_budget_share = 1;     // not a component
  forum.outcome.plan_adopted = false;  // no plan, nothing kept
  const auto no_plan = measure_year(w, forum, spending, delivered).indicators[ind::collaboration_index];
  CHECK(no_plan == Approx((active / operating + 0 + reporting / operating + 1.0) / 4));
  forum.outcome.plan_adopted = true;
  forum.outcome.msme_influence = -0.3;  // floored at 0
  const auto kept = measure_year(w, forum, spending, delivered).indicators[ind::collaboration_index];
  CHECK(kept == Approx((active / operating + 0.6 + reporting / operating + 0) / 4));
}

TEST_CASE("Stages change exactly at the thresholds", "[rules][collaboration]") {
  const Parameters p = default_parameters();  // 0.25, 0.5, 0.75
  CHECK(collaboration_stage(0.0, p) == 0);
  CHECK(collaboration_stage(0.2499, p) == 0);
  CHECK(collaboration_stage(0.25, p) == 1);
  CHECK(collaboration_stage(0.4999, p) == 1);
  CHECK(collaboration_stage(0.5, p) == 2);
  CHECK(collaboration_stage(0.7499, p) == 2);
  CHECK(collaboration_stage(0.75, p) == 3);
  CHECK(collaboration_stage(1.0, p) == 3);
}

TEST_CASE("Stages follow the thresholds in the parameters", "[rules][collaboration]") {
  Parameters p = default_parameters();
  p.nascent_threshold = 0.1;
  p.developing_threshold = 0.2;
  p.collaborative_threshold = 0.3;
  CHECK(collaboration_stage(0.15, p) == 1);
  CHECK(collaboration_stage(0.25, p) == 2);
  CHECK(collaboration_stage(0.35, p) == 3);
}
