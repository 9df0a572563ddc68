// The memory estimate that lets cgsim run refuse a scenario that cannot fit (issue 18 row 14).
#include "cgsim/engine/memory_estimate.hpp"

#include <catch2/catch.hpp>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

TEST_CASE("Memory is estimated from the scenario before anything is built", "[scenario][integrity]") {
  // Row 14: 100,000 companies make a 40 GB trust matrix; 200 million MSMEs do not fit either.
  TempDir dir;
  const auto small = test::load_small(dir);
  const auto e = estimate_memory(small, 1);
  CHECK(e.total_bytes > 1e5);
  CHECK(e.total_bytes < 1e9);
  const auto companies = test::load_small(dir, {"companies.others.count=100000"});
  const auto big = estimate_memory(companies, 1);
  CHECK(big.total_bytes > 39e9);
  CHECK_THAT(big.largest_part, Catch::Contains("trust matrix"));
  const auto msmes = test::load_small(dir, {"population.msmes=200000000"});
  CHECK(estimate_memory(msmes, 1).total_bytes > 20e9);
  CHECK(estimate_memory(small, 4).total_bytes == Approx(4 * e.total_bytes));
}
