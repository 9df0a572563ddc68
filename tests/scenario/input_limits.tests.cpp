// Inputs bounded up front and nothing dropped silently (issue 18): empty and multi-document
// scenario files, --set extends, names, districts-file limits, memory estimates.
#include <catch2/catch.hpp>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "cgsim/scenario/loader.hpp"
#include "cgsim/scenario/name_rules.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

std::string errors_of(const LoadResult& r) { return test::describe(r.errors); }

std::string scenario_with_districts(const std::string& csv, const std::string& extra = "") {
  return "name: d\npopulation:\n  districts_file: '" + csv + "'\n" + extra;
}

}  // namespace

TEST_CASE("An empty scenario file is an error, not the parameter defaults", "[scenario][integrity]") {
  // Row 20.
  TempDir dir;
  for (const char* text : {"", "# only a comment\n", "---\n"}) {
    const auto r = load_scenario(dir.write("empty.yaml", text));
    CHECK_FALSE(r.scenario);
    CHECK_THAT(errors_of(r), Catch::Contains("empty scenario file"));
  }
}

TEST_CASE("A second YAML document is an error, not dropped", "[scenario][integrity]") {
  // Row 17.
  TempDir dir;
  const auto districts = dir.write("d.csv", test::kDistrictsCsv);
  const auto r = load_scenario(dir.write("two.yaml", scenario_with_districts(districts) + "---\nname: other\n"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("more than one YAML document"));
}

TEST_CASE("A stray ',' where a document should end is refused, not handed to yaml-cpp, which would never return",
          "[scenario][integrity]") {
  // Inputs found by fuzzing and their relatives: yaml-cpp 0.7 starts empty documents for ever at a ','
  // that its block context does not consume, whatever comes before it (properties, a quoted scalar, a
  // flow collection, a literal block). Each must fail fast, at the ','.
  TempDir dir;
  const std::vector<std::tuple<std::string, int, int>> cases{
      {",SG", 1, 1},   {"# c\n ,", 2, 2}, {"--- ,", 1, 5},    {"&a ,", 1, 4},   {"!t ,", 1, 4},    {"\"x\" ,", 1, 5},
      {"!)#A,", 1, 5}, {"[1] ,", 1, 5},   {"{a: 1} ,", 1, 8}, {"'x'\n,", 2, 1}, {"|\n x\n,", 3, 1}};
  for (const auto& [text, line, column] : cases) {
    const auto r = load_scenario(dir.write("comma.yaml", text));
    INFO(text);
    CHECK_FALSE(r.scenario);
    REQUIRE_FALSE(r.errors.empty());
    CHECK(r.errors.front().where.line == line);
    CHECK(r.errors.front().where.column == column);
    CHECK_THAT(errors_of(r), Catch::Contains("unexpected ','"));
  }
  // After a '---' the same text is a second document, and says so.
  const auto second = load_scenario(dir.write("second.yaml", "name: a\n---\n,"));
  CHECK_THAT(errors_of(second), Catch::Contains("more than one YAML document"));
  // Commas where yaml-cpp handles them are still its business: a plain scalar, a flow sequence.
  for (const char* text : {"name: a, b\n", "name: x\nlist: [1, 2]\n"}) {
    const auto r = load_scenario(dir.write("fine.yaml", text));
    CHECK_THAT(errors_of(r), !Catch::Contains("cannot begin with ','"));
  }
}

TEST_CASE("Setting extends with --set is refused", "[scenario][integrity]") {
  // Row 17: it used to be dropped without a word.
  TempDir dir;
  const auto districts = dir.write("d.csv", test::kDistrictsCsv);
  const auto r = load_scenario_text(scenario_with_districts(districts), dir.file("s.yaml"), {"extends=../x.yaml"});
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("extends cannot be set with --set"));
}

TEST_CASE("Names must be UTF-8 without control characters or surrounding spaces", "[scenario][integrity]") {
  // Rows 12 and 13.
  CHECK(name_problem("siger_mu").empty());
  CHECK(name_problem("a$^$b").empty());  // odd but valid: reports draw it literally
  CHECK(name_problem("Muara Enim é").empty());
  CHECK_FALSE(name_problem(" padded ").empty());
  CHECK_FALSE(name_problem("M\xfc"
                           "ara")
                  .empty());  // Latin-1
  CHECK_FALSE(name_problem("a\tb").empty());
  CHECK_FALSE(valid_utf8("\xc0\xaf"));      // overlong
  CHECK_FALSE(valid_utf8("\xed\xa0\x80"));  // surrogate
  CHECK(valid_utf8("\xf0\x9f\x98\x80"));
  TempDir dir;
  const auto districts = dir.write("d.csv", test::kDistrictsCsv);
  auto r =
      load_scenario_text("name: \" padded \"\npopulation: {districts_file: '" + districts + "'}\n", dir.file("p.yaml"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("surrounding spaces"));
  r = load_scenario_text("name: \"a$^$b\"\npopulation: {districts_file: '" + districts + "'}\n", dir.file("m.yaml"));
  CHECK(r.scenario);
  const auto bad = dir.write("bad.csv",
                             "name,msme_weight\nM\xfc"
                             "ara,1\nB,1\n");
  r = load_scenario_text(scenario_with_districts(bad), dir.file("b.yaml"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("not valid UTF-8"));
}

TEST_CASE("More districts than 16-bit indices hold are refused", "[scenario][integrity]") {
  // Row 6: 70,000 districts wrapped around uint16 indices.
  TempDir dir;
  std::string csv = "name,msme_weight\n";
  for (int d = 0; d < 70000; ++d) {
    // Appended piece by piece: `"d" + std::to_string(d)` trips a false -Wrestrict in g++ 12.
    csv += 'd';
    csv += std::to_string(d);
    csv += ",1\n";
  }
  const auto r = load_scenario_text(scenario_with_districts(dir.write("many.csv", csv)), dir.file("m.yaml"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("more than 65535 districts"));
}

TEST_CASE("District weights must be finite and bounded, weighted populations within limits", "[scenario][integrity]") {
  // Row 7: weights of 1.7e308 crashed the run or made apportioning spin forever.
  TempDir dir;
  const auto huge = dir.write("huge.csv", "name,msme_weight\nA,1.7e308\nB,1.7e308\n");
  auto r = load_scenario_text(scenario_with_districts(huge), dir.file("h.yaml"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("expected a number from 0 to 1e12"));
  // Row 14: msmes_per_weight 10 with a weight of 1e9 asks for 1e10 MSMEs.
  const auto big = dir.write("big.csv", "name,msme_weight\nA,1e9\n");
  r = load_scenario_text(scenario_with_districts(big, "  msmes_per_weight: 10\n"), dir.file("b.yaml"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("more than the limit of 200000000"));
}

TEST_CASE("Districts files are size-limited like scenarios", "[scenario][integrity]") {
  // Row 16: one 50 MB line of commas took 13 s and 2.2 GB to validate.
  TempDir dir;
  const auto path = dir.write("wide.csv", "name,msme_weight\n" + std::string(5u << 20, ','));
  const auto r = load_scenario_text(scenario_with_districts(path), dir.file("w.yaml"));
  CHECK_FALSE(r.scenario);
  CHECK_THAT(errors_of(r), Catch::Contains("4 MiB limit"));
}

TEST_CASE("A file that is not a scenario is not echoed in errors", "[scenario][integrity]") {
  // Row 18: `extends: /etc/shadow` printed the shadow file's lines as unknown keys.
  TempDir dir;
  const auto secret = dir.write("secret", "root:*:20228:0:99999:7:::\nalice:$6$salt$hash:20228:0:99999:7:::\n");
  const auto r = load_scenario(dir.write("s.yaml", "name: s\nextends: '" + secret + "'\n"));
  CHECK_FALSE(r.scenario);
  const auto said = errors_of(r);
  CHECK_THAT(said, Catch::Contains("not a scenario file"));
  CHECK_THAT(said, !Catch::Contains("root") && !Catch::Contains("alice"));
}
