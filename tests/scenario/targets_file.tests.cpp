// The calibration targets file: valid entries pass, each broken entry is reported at its line.
#include "cgsim/scenario/targets_file.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

namespace {

std::string write(const std::string& name, const std::string& text) {
  const auto path = (std::filesystem::temp_directory_path() / name).string();
  std::ofstream(path) << text;
  return path;
}

const std::vector<std::string> kIndicators{"reach", "companies_members"};

}  // namespace

TEST_CASE("A targets file with sd, interval and derived entries is valid", "[targets]") {
  const auto path = write("cgsim_targets_ok.yaml",
                          "targets:\n"
                          "  - {name: a, observed: 94, sd: 4, compare_with: companies_members, kind: behaviour}\n"
                          "  - {name: b, interval: [75, 120], derived: csr_budget_total, kind: input}\n"
                          "  - {name: c, observed: 0.2, sd: 0.05, compare_with: plantation_share}\n");
  CHECK(cgsim::is_targets_file(path));
  const auto check = cgsim::check_targets_file(path, kIndicators);
  CHECK(check.errors.empty());
  CHECK(check.targets == 3);
  // an output cgsim does not write is a warning (the checker reports it as missing), naming the entry
  REQUIRE(check.warnings.size() == 1);
  CHECK(check.warnings[0].key == "targets[2] (c).compare_with");
  CHECK(check.warnings[0].where.line == 4);
}

TEST_CASE("Each broken entry of a targets file gets a located error", "[targets]") {
  const auto path = write("cgsim_targets_bad.yaml",
                          "targets:\n"
                          "  - {name: a, observed: 94, compare_with: reach}\n"                    // no sd
                          "  - {name: b, interval: [5, 1], derived: x}\n"                         // low > high
                          "  - {name: c, observed: 1, sd: -1, compare_with: reach}\n"             // negative sd
                          "  - {name: d, observed: 1, sd: 1, kind: guess, derived: x}\n"          // bad kind
                          "  - {name: e, observed: 1, sd: 1, compare_with: reach, derived: x}\n"  // both
                          "  - {name: a, observed: 1, sd: 1, derived: x, colour: red}\n");  // dup name, unknown key
  const auto check = cgsim::check_targets_file(path, kIndicators);
  std::vector<int> lines;
  for (const auto& e : check.errors) lines.push_back(e.where.line);
  CHECK(check.errors.size() == 7);
  for (int line = 2; line <= 7; ++line) CHECK(std::count(lines.begin(), lines.end(), line) >= 1);
}

TEST_CASE("A scenario is not a targets file", "[targets]") {
  CHECK_FALSE(cgsim::is_targets_file(write("cgsim_targets_scenario.yaml", "name: x\nforum: {msme_seats: 2}\n")));
  CHECK_FALSE(cgsim::is_targets_file("/nonexistent/targets.yaml"));
}
