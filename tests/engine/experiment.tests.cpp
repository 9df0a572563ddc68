// Experiments: results reach the sink in a fixed order, identical for any thread count.
#include "cgsim/engine/experiment.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstring>
#include <stdexcept>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

struct Delivered {
  std::size_t scenario;
  ReplicationResult result;
};

std::vector<Delivered> run(const ExperimentPlan& plan, bool* finished = nullptr) {
  std::vector<Delivered> out;
  const bool ok = run_experiment(
      plan,
      [&](std::size_t s, const ReplicationResult& r) {
        out.push_back({s, r});
      },
      nullptr);
  if (finished) *finished = ok;
  return out;
}

bool same_records(const ReplicationResult& a, const ReplicationResult& b) {
  if (a.years.size() != b.years.size()) return false;
  for (std::size_t y = 0; y < a.years.size(); ++y) {
    if (std::memcmp(a.years[y].indicators.data(), b.years[y].indicators.data(), sizeof(double) * indicator_count) != 0)
      return false;
    if (a.years[y].districts != b.years[y].districts) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("run_experiment with 1 and 2 threads delivers identical results in the same order", "[engine][experiment]") {
  TempDir dir;
  const auto base = test::load_small(dir, {"simulation.years=2"});
  const auto policy = test::load_small(
      dir, {"simulation.years=2", "government.coordination_unit=true", "government.registry_quality=0.9"});
  ExperimentPlan plan;
  plan.scenarios = {&base, &policy};
  plan.seed = 17;
  plan.first_replication = 2;
  plan.replications = 3;

  plan.threads = 1;
  bool ok1 = false, ok2 = false;
  const auto one = run(plan, &ok1);
  plan.threads = 2;
  const auto two = run(plan, &ok2);
  CHECK(ok1);
  CHECK(ok2);
  REQUIRE(one.size() == 6);
  REQUIRE(two.size() == 6);
  for (std::size_t k = 0; k < one.size(); ++k) {
    INFO("delivery " << k);
    CHECK(one[k].result.replication == 2 + k / 2);  // replication by replication,
    CHECK(one[k].scenario == k % 2);                // and within one replication scenario by scenario
    CHECK(two[k].scenario == one[k].scenario);
    CHECK(two[k].result.replication == one[k].result.replication);
    CHECK(same_records(one[k].result, two[k].result));
  }
  // Common random numbers, but the scenarios differ: the same replication gives different results.
  CHECK_FALSE(same_records(one[0].result, one[1].result));
  // And one replication of an experiment is that replication run alone.
  for (const auto& d : one)
    if (d.scenario == 1 && d.result.replication == 3) CHECK(same_records(d.result, run_replication(policy, 17, 3)));
}

TEST_CASE("run_experiment reports progress and stops when asked", "[engine][experiment]") {
  TempDir dir;
  const auto s = test::load_small(dir, {"simulation.years=1"});
  ExperimentPlan plan;
  plan.scenarios = {&s};
  plan.replications = 3;
  plan.threads = 2;
  std::vector<std::size_t> done;
  int delivered = 0;
  CHECK(run_experiment(
      plan, [&](std::size_t, const ReplicationResult&) { ++delivered; }, nullptr,
      [&](std::size_t d, std::size_t total) {
        CHECK(total == 3);
        done.push_back(d);
      }));
  CHECK(delivered == 3);
  // Progress counts simulated years (3 replications x 1 year), never goes back, and ends complete.
  REQUIRE_FALSE(done.empty());
  CHECK(std::is_sorted(done.begin(), done.end()));
  CHECK(done.back() == 3);

  const std::atomic<bool> stop{true};
  delivered = 0;
  CHECK_FALSE(run_experiment(
      plan, [&](std::size_t, const ReplicationResult&) { ++delivered; }, &stop));
  CHECK(delivered == 0);
}

TEST_CASE("An exception in the sink reaches the caller", "[engine][experiment]") {
  TempDir dir;
  const auto s = test::load_small(dir, {"simulation.years=1"});
  ExperimentPlan plan;
  plan.scenarios = {&s};
  plan.replications = 2;
  plan.threads = 2;
  CHECK_THROWS_AS(
      run_experiment(
          plan, [](std::size_t, const ReplicationResult&) { throw std::runtime_error("disk full"); }, nullptr),
      std::runtime_error);
}
