// `design: {type: explicit, file: sets.csv}`: parameter sets from a CSV file (the plausible sets
// of analysis/calibrate.py), checked like inline points, with errors located in the CSV.
#include <catch2/catch.hpp>

#include "cgsim/scenario/experiment_spec.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

const std::string kFactors =
    "policies:\n  - {name: a, scenario: base.yaml}\n"
    "uncertainties:\n"
    "  participation.commitment_weight: {range: [1, 3]}\n"
    "  forum.msme_seats: {range: [0, 6]}\n";

ExperimentLoad load_with(const TempDir& dir, const std::string& csv, const std::string& extra = "") {
  dir.write("sets.csv", csv);
  return load_experiment_text(kFactors + "design: {type: explicit, file: sets.csv" + extra + "}\n", dir.file("x.yaml"));
}

bool has_error(const ExperimentLoad& r, const std::string& words, int line = -1) {
  for (const auto& e : r.errors)
    if (e.message.find(words) != std::string::npos && (line < 0 || e.where.line == line)) return true;
  return false;
}

}  // namespace

TEST_CASE("an explicit design reads its points from a CSV file of parameter sets", "[experiment]") {
  TempDir dir;
  // Columns in any order; `set` and `weight` (no dot) are notes; comments and blank lines skipped.
  const auto r = load_with(dir,
                           "# plausible sets\nset,forum.msme_seats,participation.commitment_weight,weight\n"
                           "1,2,1.5,0.25\n\n2, 6 ,\"3\",0.75\r\n");
  REQUIRE(r.errors.empty());
  REQUIRE(r.spec->design.table.size() == 2);
  CHECK(r.spec->design.table[0] == std::vector<double>{1.5, 2});  // factor order: commitment, seats
  CHECK(r.spec->design.table[1] == std::vector<double>{3, 6});
  // The canonical experiment holds the values, so a changed file changes the experiment's hash.
  CHECK(r.spec->canonical_yaml.find("- [1.5, 2]") != std::string::npos);
}

TEST_CASE("a CSV file of parameter sets is refused with located errors", "[experiment]") {
  TempDir dir;
  SECTION("a value outside the factor's range, on its line") {
    const auto r = load_with(dir, "participation.commitment_weight,forum.msme_seats\n2,1\n5,1\n");
    CHECK(has_error(r, "5 is outside [1, 3]", 3));
  }
  SECTION("a fractional value of an integer parameter") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seats\n2,1.5\n"),
                    "expected a whole number for forum.msme_seats", 2));
  }
  SECTION("not a number") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seats\nabc,1\n"),
                    "expected a number, got 'abc'"));
  }
  SECTION("a missing factor column") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight\n2\n"), "no column for forum.msme_seats", 1));
  }
  SECTION("a column of another parameter would be ignored silently: refused") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seats,trust.initial\n2,1,0.3\n"),
                    "'trust.initial' is a parameter but not a lever or uncertainty"));
  }
  SECTION("a misspelt parameter column") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seat\n2,1\n"),
                    "did you mean 'forum.msme_seats'"));
  }
  SECTION("a row with a missing value") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seats\n2\n"), "expected 2 values", 2));
  }
  SECTION("no rows") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seats\n"), "has no parameter sets"));
  }
  SECTION("a missing file") {
    const auto r = load_experiment_text(kFactors + "design: {type: explicit, file: nowhere.csv}\n", dir.file("x.yaml"));
    CHECK(has_error(r, "cannot read '" + dir.file("nowhere.csv") + "'"));
  }
  SECTION("a directory or a device is not a file of sets") {
    const auto r = load_experiment_text(kFactors + "design: {type: explicit, file: /dev/zero}\n", dir.file("x.yaml"));
    CHECK(has_error(r, "'/dev/zero' is not a regular file"));
  }
  SECTION("both points and file") {
    CHECK(has_error(load_with(dir, "participation.commitment_weight,forum.msme_seats\n2,1\n", ", points: [[2, 1]]"),
                    "either `points:` or `file:`"));
  }
}
