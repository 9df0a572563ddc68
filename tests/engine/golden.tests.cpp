// Golden regression test: a small whole run of each shipped scenario (400 MSMEs, 3 years, seed 11,
// replications 0 and 1) must reproduce tests/reference/<scenario>.csv exactly. Any change of a
// draw, a rule, a constant or the order of the schedule changes these numbers; if the change is
// intended, regenerate the files with scripts/regenerate-reference and say in the commit message
// why the results changed (docs/development.md).
//
// The comparison is exact (every value printed with %.17g, i.e. the double round-trips): the model
// is chaotic, so a difference in the last bit anywhere grows into visible differences within a
// year, and a tolerance would hide nothing. Results are bit-identical for the same build flags
// (IEEE double/float arithmetic without fast-math or FMA contraction, the same libm).
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cgsim/engine/replication.hpp"
#include "cgsim/scenario/loader.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;

namespace {

constexpr std::uint64_t kGoldenSeed = 11;
constexpr std::uint32_t kGoldenReplications = 2;
const std::vector<std::string> kGoldenOverrides{"population.msmes=400", "simulation.years=3"};

std::string reference_path(const std::string& scenario) {
  return std::string(CGSIM_SOURCE_DIR) + "/tests/reference/" + scenario + ".csv";
}

std::string full_precision(double v) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.17g", v);
  return buffer;
}

// One line per (replication, year, indicator) and per (replication, year, district indicator,
// district): "replication,year,name,value".
std::vector<std::string> golden_lines(const std::string& scenario) {
  const auto loaded =
      load_scenario(std::string(CGSIM_SOURCE_DIR) + "/scenarios/" + scenario + ".yaml", kGoldenOverrides);
  INFO(test::describe(loaded.errors));
  REQUIRE(loaded.scenario.has_value());
  std::vector<std::string> lines{"replication,year,name,value"};
  for (std::uint32_t r = 0; r < kGoldenReplications; ++r) {
    const auto result = run_replication(*loaded.scenario, kGoldenSeed, r);
    REQUIRE(result.complete);
    for (std::size_t y = 0; y < result.years.size(); ++y) {
      const auto& record = result.years[y];
      const std::string prefix = std::to_string(r) + "," + std::to_string(y + 1) + ",";
      for (int k = 0; k < indicator_count; ++k)
        lines.push_back(prefix + std::string(indicator_catalogue()[k].name) + "," +
                        full_precision(record.indicators[k]));
      for (int k = 0; k < district_indicator_count; ++k)
        for (std::size_t d = 0; d < record.districts[k].size(); ++d)
          lines.push_back(prefix + "district." + std::string(district_indicator_catalogue()[k].name) + "[" +
                          std::to_string(d) + "]," + full_precision(record.districts[k][d]));
    }
  }
  return lines;
}

std::vector<std::string> read_lines(const std::string& path) {
  std::ifstream in(path);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void check_against_reference(const std::string& scenario) {
  const auto actual = golden_lines(scenario);
  const auto path = reference_path(scenario);
  if (std::getenv("CGSIM_REGENERATE_REFERENCE")) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    REQUIRE(out.good());
    for (const auto& line : actual) out << line << '\n';
    REQUIRE(out.good());
    WARN("rewrote " << path);
    return;
  }
  const auto expected = read_lines(path);
  INFO("reference " << path << " (scripts/regenerate-reference rewrites it)");
  REQUIRE(expected.size() > 1);
  // Report the first few differing lines, so a failure says what changed.
  std::ostringstream differences;
  int shown = 0;
  std::size_t differing = 0;
  for (std::size_t n = 0; n < std::max(expected.size(), actual.size()); ++n) {
    const std::string e = n < expected.size() ? expected[n] : "(missing)";
    const std::string a = n < actual.size() ? actual[n] : "(missing)";
    if (e == a) continue;
    ++differing;
    if (shown++ < 8) differences << "  line " << n + 1 << ": expected " << e << "\n           got      " << a << "\n";
  }
  INFO(differing << " of " << expected.size() << " lines differ:\n" << differences.str());
  CHECK(differing == 0);
}

}  // namespace

TEST_CASE("Golden run of pre_collaborative reproduces tests/reference", "[golden]") {
  check_against_reference("pre_collaborative");
}

TEST_CASE("Golden run of siger_mu reproduces tests/reference", "[golden]") { check_against_reference("siger_mu"); }
