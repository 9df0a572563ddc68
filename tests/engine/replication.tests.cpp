// Determinism of one replication: same seed, same numbers; another seed, other numbers.
#include "cgsim/engine/replication.hpp"

#include <catch2/catch.hpp>
#include <cstring>

#include "cgsim/engine/year.hpp"
#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

// Bitwise equality of two runs (== on doubles would also pass for -0.0 vs 0.0).
bool identical(const ReplicationResult& a, const ReplicationResult& b) {
  if (a.years.size() != b.years.size() || a.replication != b.replication || a.complete != b.complete) return false;
  for (std::size_t y = 0; y < a.years.size(); ++y) {
    const auto& x = a.years[y];
    const auto& z = b.years[y];
    if (std::memcmp(x.indicators.data(), z.indicators.data(), sizeof(double) * indicator_count) != 0) return false;
    for (int k = 0; k < district_indicator_count; ++k)
      if (x.districts[k].size() != z.districts[k].size() ||
          std::memcmp(x.districts[k].data(), z.districts[k].data(), sizeof(double) * x.districts[k].size()) != 0)
        return false;
  }
  return true;
}

}  // namespace

TEST_CASE("The same seed and replication give identical year records", "[engine][determinism]") {
  TempDir dir;
  const auto s = test::load_small(dir, {"evaluation.mode=impact", "government.coordination_unit=true"});
  const auto a = run_replication(s, 1, 0);
  const auto b = run_replication(s, 1, 0);
  REQUIRE(a.complete);
  REQUIRE(a.years.size() == 3);
  CHECK(identical(a, b));
}

TEST_CASE("Different seeds or replications give different runs", "[engine][determinism]") {
  TempDir dir;
  const auto s = test::load_small(dir);
  const auto a = run_replication(s, 1, 0);
  const auto other_seed = run_replication(s, 2, 0);
  const auto other_replication = run_replication(s, 1, 1);
  CHECK(other_replication.replication == 1);
  CHECK_FALSE(identical(a, other_seed));
  CHECK(a.years.back().indicators[ind::revenue_mean] != other_seed.years.back().indicators[ind::revenue_mean]);
  CHECK(a.years.back().indicators[ind::capability_mean] !=
        other_replication.years.back().indicators[ind::capability_mean]);
}

TEST_CASE("A set stop flag ends the replication early", "[engine]") {
  TempDir dir;
  const auto s = test::load_small(dir);
  const std::atomic<bool> stop{true};
  const auto r = run_replication(s, 1, 0, &stop);
  CHECK_FALSE(r.complete);
  CHECK(r.years.empty());
}

TEST_CASE("Threads inside a run change nothing: 1, 2 and 3 threads give bit-identical years", "[engine][determinism]") {
  // 120,000 MSMEs: several blocks of 32,768 for the per-MSME loops, and four districts for the
  // per-district work (needs, the needs register, tallies, median, Gini). The policy has both
  // coordinated and uncoordinated companies, registry noise and elite capture.
  TempDir dir;
  const Scenario s = test::load_small(dir, {"population.msmes=120000", "simulation.years=2",
                                            "government.coordination_unit=true", "government.registry_quality=0.5",
                                            "regulation.mandatory_reporting=true", "regulation.audit_probability=0.5"});
  auto run_with = [&](int threads) {
    World w = build_world(s, 11, 0);
    w.threads = threads;
    CarryOver carry = start_carry_over(w);
    ReplicationResult r;
    for (int year = 1; year <= 2; ++year) r.years.push_back(simulate_year(w, carry, s, year));
    return std::make_pair(r, w.msmes.capability[0]);
  };
  const auto [one, capability_one] = run_with(1);
  for (int threads : {2, 3}) {
    INFO(threads << " threads");
    const auto [many, capability_many] = run_with(threads);
    CHECK(identical(one, many));
    CHECK(std::memcmp(capability_one.data(), capability_many.data(), capability_one.size() * sizeof(float)) == 0);
  }
  CHECK(one.years[1].indicators[ind::reach] > 0.01);  // programmes were delivered
}
