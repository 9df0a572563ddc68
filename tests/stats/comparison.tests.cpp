// Paired comparison of scenarios against the baseline.
#include "cgsim/stats/comparison.hpp"

#include <catch2/catch.hpp>
#include <cmath>

using namespace cgsim;

TEST_CASE("Differences are paired by replication", "[stats]") {
  // Large spread across replications, constant difference: the paired interval is exact.
  const std::vector<std::vector<std::vector<double>>> values = {
      {{1, 10, 100}, {5, 5, 5}},  // baseline: capability_mean, revenue_mean
      {{2, 11, 101}, {5, 6, 7}},
  };
  const auto t =
      compare_scenarios({"base", "policy"}, {"capability_mean", "revenue_mean"}, values, {{1, 1, 1}, {3, 3, 3}});
  CHECK(t.replications == 3);
  CHECK(t.level[1][0].mean == Approx(38.0));
  CHECK(t.difference[1][0].mean == Approx(1.0));
  CHECK(t.difference[1][0].half_width == Approx(0.0).margin(1e-12));
  CHECK(t.difference[0][0].mean == 0.0);
  CHECK(t.difference[1][1].mean == Approx(1.0));
  CHECK(t.extra_public_cost[1] == Approx(2.0));
  CHECK(t.extra_public_cost[0] == 0.0);
  CHECK(t.capability_per_billion[1] == Approx(0.5));
  CHECK(t.revenue_per_billion[1] == Approx(0.5));
  CHECK(std::isnan(t.capability_per_billion[0]));
}

TEST_CASE("No cost per billion without extra public cost", "[stats]") {
  const std::vector<std::vector<std::vector<double>>> values = {{{1, 2}}, {{2, 3}}};
  const auto t = compare_scenarios({"a", "b"}, {"capability_mean"}, values, {{1, 1}, {1, 1}});
  CHECK(std::isnan(t.capability_per_billion[1]));
  CHECK(std::isnan(t.revenue_per_billion[1]));  // no revenue_mean indicator either
}
