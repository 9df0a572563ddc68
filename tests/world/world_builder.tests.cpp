// Initialisation: districts, MSMEs, companies and stakeholders of a small world.
#include "cgsim/world/world_builder.hpp"

#include <catch2/catch.hpp>
#include <numeric>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

TEST_CASE("apportion hands out exactly the total by largest remainder", "[world]") {
  CHECK(apportion(10, {1, 1, 1}) == std::vector<std::size_t>{4, 3, 3});
  CHECK(apportion(7, {0.5, 0.25, 0.25}) == std::vector<std::size_t>{3, 2, 2});  // 3.5, 1.75, 1.75
  CHECK(apportion(5, {0, 1}) == std::vector<std::size_t>{0, 5});
  CHECK(apportion(5, {0, 0}) == std::vector<std::size_t>{0, 0});
  const auto many = apportion(2000, {3, 2, 1, 2});
  CHECK(std::accumulate(many.begin(), many.end(), std::size_t{0}) == 2000);
  CHECK(many == std::vector<std::size_t>{750, 500, 250, 500});
}

TEST_CASE("build_world lays out districts and MSMEs and companies", "[world]") {
  TempDir dir;
  const auto s = test::load_small(dir);
  const World w = build_world(s, 1, 0);
  REQUIRE(w.district_count() == 4);
  CHECK(w.msmes.size() == 2000);
  std::size_t next = 0;
  for (int d = 0; d < w.district_count(); ++d) {
    const auto& dist = w.districts[d];
    CHECK(dist.first == next);  // contiguous blocks in district order
    for (std::size_t i = dist.first; i < dist.first + dist.count; ++i) REQUIRE(w.msmes.district[i] == d);
    next += dist.count;
  }
  CHECK(next == w.msmes.size());
  REQUIRE(w.companies.size() == 3 + 20);
  CHECK(w.companies[0].name == "PTBA");
  CHECK(w.companies[0].districts == std::vector<int>{0, 1, 2});    // Lawang Kidul, Muara Enim, Tanjung Agung
  CHECK(w.companies[0].msme_budget == Approx(40.0 * 0.3 * 1000));  // billion IDR CSR -> million IDR for MSMEs
  double others = 0, power = 0;
  for (std::size_t j = 3; j < w.companies.size(); ++j) others += w.companies[j].msme_budget;
  CHECK(others == Approx(45.0 * 0.3 * 1000));
  for (const auto& c : w.companies) {
    power += c.power / c.political_weight;
    double prefs = 0;
    for (double x : c.preferences) prefs += x;
    CHECK(prefs == Approx(1.0));
  }
  CHECK(power == Approx(1.0));  // budget shares
  CHECK(w.stakeholder_trust.size() == 1 + 23 + 2 * w.max_seats);
  for (std::size_t i = 0; i < w.msmes.size(); ++i)
    for (int k = 0; k < kCapabilities; ++k)
      REQUIRE((w.msmes.capability[k][i] >= 0.0f && w.msmes.capability[k][i] <= 1.0f));
}

TEST_CASE("The same seed builds the same world and another replication a different one", "[world]") {
  TempDir dir;
  const auto s = test::load_small(dir);
  const World a = build_world(s, 9, 1), b = build_world(s, 9, 1), c = build_world(s, 9, 2);
  CHECK(a.msmes.capability[0] == b.msmes.capability[0]);
  CHECK(a.msmes.sector == b.msmes.sector);
  CHECK(a.msmes.capability[0] != c.msmes.capability[0]);
  CHECK(a.companies[5].msme_budget == b.companies[5].msme_budget);
}
