// Experimental designs: known answers and the properties each design promises.
#include "cgsim/engine/design.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <set>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::describe;

namespace {

ExperimentSpec spec(const std::string& factors_and_design) {
  const auto r = load_experiment_text("scenario: base.yaml\n" + factors_and_design, "/tmp/exp/x.yaml");
  INFO(describe(r.errors));
  REQUIRE(r.spec);
  return *r.spec;
}

const std::string kThree =
    "uncertainties:\n"
    "  participation.commitment_weight: {range: [1, 3]}\n"
    "  implementation.elite_capture: {range: [0, 4]}\n"
    "  forum.msme_seats: {range: [0, 6]}\n";

}  // namespace

TEST_CASE("the Sobol sequence has Joe-Kuo's first points, including the origin", "[design]") {
  // Unscrambled Sobol points in Gray-code order (as scipy.stats.qmc.Sobol(scramble=False) gives them).
  const auto p = sobol_points(8, 3);
  const std::vector<std::vector<double>> expected{{0, 0, 0},
                                                  {0.5, 0.5, 0.5},
                                                  {0.75, 0.25, 0.25},
                                                  {0.25, 0.75, 0.75},
                                                  {0.375, 0.375, 0.625},
                                                  {0.875, 0.875, 0.125},
                                                  {0.625, 0.125, 0.875},
                                                  {0.125, 0.625, 0.375}};
  CHECK(p == expected);
  // The first 2^m points are a net: each of the 2^m equal intervals of every coordinate holds one point.
  const auto q = sobol_points(64, 12);
  for (std::size_t d = 0; d < 12; ++d) {
    std::set<int> cells;
    for (const auto& row : q) cells.insert(static_cast<int>(row[d] * 64));
    CHECK(cells.size() == 64);
  }
}

TEST_CASE("Saltelli: N (k + 2) rows in SALib's order, AB_j takes column j from B", "[design]") {
  const auto x = spec(kThree + "design: {type: sobol, base_points: 8}\n");
  const auto d = generate_design(x);
  const std::size_t k = 3, block = k + 2;
  REQUIRE(d.points.size() == 8 * block);
  for (std::size_t i = 0; i < 8; ++i) {
    const auto& a = d.points[i * block];
    const auto& b = d.points[i * block + block - 1];
    CHECK(d.role[i * block] == 0);
    CHECK(d.role[i * block + block - 1] == static_cast<std::int64_t>(2 * k + 1));
    for (std::size_t j = 0; j < k; ++j) {
      const auto& ab = d.points[i * block + 1 + j];
      CHECK(d.block[i * block + 1 + j] == static_cast<std::int64_t>(i));
      for (std::size_t c = 0; c < k; ++c) CHECK(ab[c] == (c == j ? b[c] : a[c]));
    }
  }
  const auto second = generate_design(spec(kThree + "design: {type: sobol, base_points: 4, second_order: true}\n"));
  CHECK(second.points.size() == 4 * (2 * k + 2));
}

TEST_CASE("Latin hypercube: one point per stratum of every factor, integers rounded, same seed same design",
          "[design]") {
  const auto x = spec(kThree + "design: {type: latin_hypercube, points: 7}\nseed: 3\n");
  const auto d = generate_design(x);
  REQUIRE(d.points.size() == 7);
  for (std::size_t j = 0; j < 2; ++j) {
    std::set<int> strata;
    for (const auto& row : d.points) {
      const double u = (row[j] - x.factors[j].low) / (x.factors[j].high - x.factors[j].low);
      strata.insert(static_cast<int>(u * 7));
    }
    CHECK(strata.size() == 7);
  }
  for (const auto& row : d.points) CHECK(row[2] == std::round(row[2]));
  CHECK(generate_design(x).points == d.points);
  auto other = x;
  other.seed = 4;
  CHECK(generate_design(other).points != d.points);
}

TEST_CASE("Morris: each trajectory moves every factor once by delta on the grid", "[design]") {
  const auto x = spec(
      "uncertainties:\n  participation.commitment_weight: {range: [0, 3]}\n  implementation.elite_capture: {range: "
      "[0, 6]}\ndesign: {type: morris, trajectories: 5, levels: 4}\n");
  const auto d = generate_design(x);
  REQUIRE(d.points.size() == 5 * 3);
  const double delta_unit = 4.0 / (2.0 * 3.0);  // p / (2 (p - 1))
  for (std::size_t t = 0; t < 5; ++t) {
    std::set<std::int64_t> moved;
    for (std::size_t s = 1; s <= 2; ++s) {
      const auto& prev = d.points[t * 3 + s - 1];
      const auto& now = d.points[t * 3 + s];
      const auto j = static_cast<std::size_t>(d.moved[t * 3 + s]);
      moved.insert(d.moved[t * 3 + s]);
      const double range = x.factors[j].high - x.factors[j].low;
      CHECK(std::abs(std::abs(now[j] - prev[j]) - delta_unit * range) < 1e-12);
      CHECK(now[1 - j] == prev[1 - j]);
    }
    CHECK(moved.size() == 2);
    CHECK(d.moved[t * 3] == -1);
  }
}

TEST_CASE("full factorial and one at a time", "[design]") {
  const auto ff = generate_design(
      spec("levers:\n  forum.msme_seats: {values: [2, 4]}\n  regulation.award_value: {range: [0, 1]}\ndesign: {type: "
           "full_factorial, levels: 3}\n"));
  const std::vector<std::vector<double>> grid{{2, 0}, {2, 0.5}, {2, 1}, {4, 0}, {4, 0.5}, {4, 1}};
  CHECK(ff.points == grid);
  const auto oat = generate_design(
      spec("levers:\n  forum.msme_seats: {values: [2, 4, 6]}\n  regulation.award_value: {range: [0, 1], baseline: "
           "0}\ndesign: {type: one_at_a_time, levels: 2}\n"));
  const std::vector<std::vector<double>> star{{4, 0}, {2, 0}, {6, 0}, {4, 1}};
  CHECK(oat.points == star);
  CHECK(oat.block == std::vector<std::int64_t>{-1, 0, 0, 1});
}
