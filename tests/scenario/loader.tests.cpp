// Scenario validation: every class of mistake is reported, located, and all at once.
#include "cgsim/scenario/loader.hpp"

#include <algorithm>
#include <catch2/catch.hpp>

#include "cgsim/scenario/value_parsing.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

// The small scenario's text with `extra` YAML appended (extra must not repeat its sections).
LoadResult load_with(const TempDir& dir, const std::string& extra, const std::vector<std::string>& overrides = {}) {
  const auto districts = dir.write("districts.csv", test::kDistrictsCsv);
  return load_scenario_text(test::small_scenario_yaml(districts) + extra, dir.file("case.yaml"), overrides);
}

bool mentions(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// The only error of a load, after checking that there is exactly one.
Diagnostic single_error(const LoadResult& r) {
  INFO(test::describe(r.errors));
  CHECK_FALSE(r.scenario.has_value());
  REQUIRE(r.errors.size() == 1);
  return r.errors.front();
}

}  // namespace

TEST_CASE("A valid scenario loads with every unset parameter at its default", "[scenario][loader]") {
  TempDir dir;
  const auto r = load_with(dir, "forum:\n  msme_seats: 5\n");
  INFO(test::describe(r.errors));
  REQUIRE(r.scenario.has_value());
  CHECK(r.errors.empty());
  const auto& p = r.scenario->parameters;
  const auto d = default_parameters();
  CHECK(p.msme_seats == 5);
  CHECK(p.years == 3);
  CHECK(p.msmes == 2000);
  CHECK(p.other_companies == 20);
  CHECK(p.mixing_rate == d.mixing_rate);
  CHECK(p.scale_shares == d.scale_shares);
  CHECK(r.scenario->name == "small");
  REQUIRE(r.scenario->districts.size() == 4);
  CHECK(r.scenario->districts[0].name == "Lawang Kidul");
  CHECK(r.scenario->districts[0].mining);
  CHECK(r.scenario->districts[1].rpjmd_priority == 1.5);
  CHECK(r.scenario->named_companies.size() == 3);  // PTBA, PAMA, MME
}

TEST_CASE("An unknown key is reported with a did-you-mean suggestion", "[scenario][loader]") {
  TempDir dir;
  const auto e = single_error(load_with(dir, "forum: {msme_seat: 3}\n"));
  CHECK(e.key == "forum.msme_seat");
  CHECK(mentions(e.message, "forum.msme_seats"));
  CHECK(e.where.file == dir.file("case.yaml"));
  CHECK(e.where.line == 11);
}

TEST_CASE("A key in the wrong section suggests its full path", "[scenario][loader]") {
  TempDir dir;
  const auto e = single_error(load_with(dir, "mixing_rate: 0.5\n"));
  CHECK(e.key == "mixing_rate");
  CHECK(mentions(e.message, "forum.mixing_rate"));
}

TEST_CASE("A value of the wrong type is reported", "[scenario][loader]") {
  TempDir dir;
  SECTION("text for a whole number") {
    const auto e = single_error(load_with(dir, "forum: {msme_seats: many}\n"));
    CHECK(e.key == "forum.msme_seats");
    CHECK(mentions(e.message, "whole number"));
  }
  SECTION("a fraction for a whole number") {
    CHECK(single_error(load_with(dir, "forum: {msme_seats: 2.5}\n")).key == "forum.msme_seats");
  }
  SECTION("a list for a number") {
    const auto e = single_error(load_with(dir, "forum: {mixing_rate: [0.1]}\n"));
    CHECK(e.key == "forum.mixing_rate");
    CHECK(mentions(e.message, "expected a number"));
  }
  SECTION("a word for true/false") {
    const auto e = single_error(load_with(dir, "regulation: {binding: maybe}\n"));
    CHECK(e.key == "regulation.binding");
    CHECK(mentions(e.message, "true or false"));
  }
  SECTION("a misspelt choice") {
    const auto e = single_error(load_with(dir, "forum: {decision_rule: concensus}\n"));
    CHECK(e.key == "forum.decision_rule");
    CHECK(mentions(e.message, "did you mean 'consensus'"));
    CHECK(e.where.line > 0);
    CHECK(e.where.column > 0);
  }
  SECTION("an unknown decision rule is an error, never unilateral") {
    const auto e = single_error(load_with(dir, "forum: {decision_rule: majority_vote}\n"));
    CHECK(e.key == "forum.decision_rule");
    CHECK(mentions(e.message, "expected one of unilateral, weighted_majority, supermajority, consensus"));
  }
  SECTION("a misspelt agenda") {
    const auto e = single_error(load_with(dir, "forum: {agenda: joint_planing}\n"));
    CHECK(mentions(e.message, "did you mean 'joint_planning'"));
  }
  SECTION("a scalar where a section is expected") { CHECK(single_error(load_with(dir, "forum: 3\n")).key == "forum"); }
}

TEST_CASE("A value out of range is reported with the range", "[scenario][loader]") {
  TempDir dir;
  SECTION("real") {
    const auto e = single_error(load_with(dir, "forum: {mixing_rate: 1.5}\n"));
    CHECK(e.key == "forum.mixing_rate");
    CHECK(mentions(e.message, "out of range"));
    CHECK(mentions(e.message, "[0, 1]"));
  }
  SECTION("integer") { CHECK(single_error(load_with(dir, "forum: {msme_seats: -1}\n")).key == "forum.msme_seats"); }
  SECTION("vector element") {
    CHECK(single_error(load_with(dir, "economy: {living_cost_million_idr: {micro: -5}}\n")).key ==
          "economy.living_cost_million_idr.micro");
  }
  SECTION("not a finite number") {
    CHECK(single_error(load_with(dir, "forum: {mixing_rate: .nan}\n")).key == "forum.mixing_rate");
  }
}

TEST_CASE("Shares that do not sum to 1 are reported", "[scenario][loader]") {
  TempDir dir;
  const auto e = single_error(load_with(dir, "government:\n  rpjmd_priorities: {training: 0.5}\n"));
  CHECK(e.key == "government.rpjmd_priorities");
  CHECK(mentions(e.message, "sum to 1"));
  const auto& d = default_parameters().rpjmd_priorities;
  double sum = 0.5;
  for (int t = 1; t < kTypes; ++t) sum += d[t];  // training replaced, the other defaults kept
  CHECK(mentions(e.message, "they sum to " + format_value(sum)));
  // Located at the key that set the vector (regression: it used to be the file with line 0).
  CHECK(e.where.file == dir.file("case.yaml"));
  CHECK(e.where.line == 12);
}

TEST_CASE("Other consistency rules are checked", "[scenario][loader]") {
  TempDir dir;
  SECTION("collaboration thresholds must increase") {
    CHECK(single_error(load_with(dir, "collaboration: {nascent_threshold: 0.6}\n")).key == "collaboration");
  }
  SECTION("the peer degree must be even") {
    const auto r = load_with(dir, "", {"population.peer_degree=3"});
    CHECK(single_error(r).key == "population.peer_degree");
  }
}

TEST_CASE("A company operating in an unknown district is reported", "[scenario][loader]") {
  TempDir dir;
  SECTION("in the scenario's own company list") {
    const auto e = single_error(load_with(dir,
                                          "  named:\n"
                                          "    - name: Acme\n"
                                          "      csr_budget_billion_idr: 2\n"
                                          "      districts: [Gelumbang, Lawang Kidull]\n"));
    CHECK(e.key == "companies.named[0].districts");
    CHECK(mentions(e.message, "Lawang Kidull"));
    CHECK(mentions(e.message, "did you mean 'Lawang Kidul'"));
    CHECK(e.where.line > 0);
  }
  SECTION("the default companies against a districts file without their districts") {
    const auto districts = dir.write("other.csv", "name,msme_weight\nA,1\nB,2\n");
    const auto r =
        load_scenario_text("population: {msmes: 100, districts_file: '" + districts + "'}\n", dir.file("case.yaml"));
    INFO(test::describe(r.errors));
    CHECK_FALSE(r.scenario.has_value());
    const auto unknown = std::count_if(r.errors.begin(), r.errors.end(), [](const Diagnostic& e) {
      return mentions(e.message, "not in the districts file");
    });
    CHECK(unknown == 7);  // PTBA 3 + PAMA 2 + MME 2 operating districts
  }
  SECTION("an empty company list is fine") {
    const auto districts = dir.write("other.csv", "name,msme_weight\nA,1\nB,2\n");
    const auto r =
        load_scenario_text("population: {msmes: 100, districts_file: '" + districts + "'}\ncompanies: {named: []}\n",
                           dir.file("case.yaml"));
    INFO(test::describe(r.errors));
    REQUIRE(r.scenario.has_value());
    CHECK(r.scenario->named_companies.empty());
  }
}

TEST_CASE("Company entries are validated", "[scenario][loader]") {
  TempDir dir;
  SECTION("preferences must sum to 1") {
    const auto e = single_error(load_with(dir,
                                          "  named:\n    - name: Acme\n      districts: [Gelumbang]\n"
                                          "      preferences: {training: 0.5, market: 0.2}\n"));
    CHECK(e.key == "companies.named[0].preferences");
  }
  SECTION("misspelt field") {
    const auto e = single_error(load_with(dir, "  named:\n    - name: Acme\n      district: [Gelumbang]\n"));
    CHECK(mentions(e.message, "did you mean 'districts'"));
  }
  SECTION("duplicate names") {
    const auto e = single_error(load_with(dir,
                                          "  named:\n    - {name: Acme, districts: [Gelumbang]}\n"
                                          "    - {name: Acme, districts: [Muara Enim]}\n"));
    CHECK(mentions(e.message, "duplicate company name"));
  }
}

TEST_CASE("A missing or broken districts file is reported", "[scenario][loader]") {
  TempDir dir;
  SECTION("missing") {
    const auto r =
        load_scenario_text("population: {districts_file: '" + dir.file("nope.csv") + "'}\n", dir.file("case.yaml"));
    const auto e = single_error(r);
    CHECK(mentions(e.message, "not found"));
    CHECK(e.where.file == dir.file("case.yaml"));  // pointed at the key that names it
    CHECK(e.where.line == 1);
  }
  SECTION("bad weight, with the CSV line") {
    const auto csv = dir.write("bad.csv", "name,msme_weight\nA,1\nB,lots\n");
    const auto r = load_scenario_text("population: {districts_file: '" + csv + "'}\ncompanies: {named: []}\n",
                                      dir.file("case.yaml"));
    const auto e = single_error(r);
    CHECK(e.where.file == csv);
    CHECK(e.where.line == 3);
    CHECK(e.key == "msme_weight");
  }
}

TEST_CASE("extends: a cycle is reported", "[scenario][loader][extends]") {
  TempDir dir;
  const auto districts = dir.write("districts.csv", test::kDistrictsCsv);
  dir.write("a.yaml", "extends: b.yaml\npopulation: {districts_file: '" + districts + "'}\n");
  dir.write("b.yaml", "extends: a.yaml\nforum: {msme_seats: 3}\n");
  const auto r = load_scenario(dir.file("a.yaml"));
  const auto e = single_error(r);
  CHECK(e.key == "extends");
  CHECK(mentions(e.message, "cycle"));
  CHECK(mentions(e.message, "a.yaml -> b.yaml -> a.yaml"));
  CHECK(e.where.line == 1);
}

TEST_CASE("extends: a file extending itself is a cycle", "[scenario][loader][extends]") {
  TempDir dir;
  dir.write("self.yaml", "extends: ./self.yaml\n");
  CHECK(mentions(single_error(load_scenario(dir.file("self.yaml"))).message, "cycle"));
}

TEST_CASE("extends: a missing parent is reported", "[scenario][loader][extends]") {
  TempDir dir;
  dir.write("child.yaml", "name: child\nextends: missing_parent.yaml\n");
  const auto e = single_error(load_scenario(dir.file("child.yaml")));
  CHECK(e.key == "extends");
  CHECK(mentions(e.message, "not found"));
  CHECK(mentions(e.message, "missing_parent.yaml"));
  CHECK(e.where.file == dir.file("child.yaml"));
  CHECK(e.where.line == 2);
}

TEST_CASE("extends: a missing parent says where it looked", "[scenario][loader][extends]") {
  TempDir dir;
  std::filesystem::create_directories(dir.file("copied"));
  dir.write("copied/child.yaml", "name: child\nextends: ../pre_collaborative.yaml\n");
  const auto e = single_error(load_scenario(dir.file("copied/child.yaml")));
  // the path as written, the absolute path it resolved to, and relative to what
  CHECK(mentions(e.message, "../pre_collaborative.yaml"));
  const auto looked = (std::filesystem::path(dir.file("pre_collaborative.yaml"))).lexically_normal().string();
  CHECK(mentions(e.message, "looked for " + looked));
  CHECK(mentions(e.message, "relative to the folder of " + dir.file("copied/child.yaml")));
}

TEST_CASE("A missing scenario file says where it looked", "[scenario][loader]") {
  const auto cwd = std::filesystem::current_path();
  const auto e = single_error(load_scenario("no_such_dir/absent.yaml"));
  CHECK(mentions(e.message, "looked for " + (cwd / "no_such_dir/absent.yaml").lexically_normal().string()));
}

TEST_CASE("A missing scenario file is reported", "[scenario][loader]") {
  TempDir dir;
  const auto e = single_error(load_scenario(dir.file("absent.yaml")));
  CHECK(mentions(e.message, "not found"));
}

TEST_CASE("extends is refused in scenario text", "[scenario][loader][extends]") {
  const auto e = single_error(load_scenario_text("extends: base.yaml\n", "text.yaml"));
  CHECK(e.key == "extends");
}

TEST_CASE("A YAML syntax error names the file and line", "[scenario][loader]") {
  TempDir dir;
  const auto path = dir.write("broken.yaml", "simulation:\n  years: 3\nforum:\n  msme_seats: 2\n   bad: 1\n");
  const auto e = single_error(load_scenario(path));
  CHECK(e.where.file == path);
  CHECK(e.where.line == 5);
  CHECK(e.where.column > 0);
  CHECK(mentions(e.message, "YAML syntax error"));
  CHECK(mentions(to_string(e), path + ":5:"));
}

TEST_CASE("Binary input is refused without a crash", "[scenario][loader]") {
  const std::string text("forum:\0\x01\x02", 9);
  const auto r = load_scenario_text(text, "bin.yaml");
  CHECK_FALSE(r.scenario.has_value());
  CHECK(r.errors.size() == 1);
}

TEST_CASE("Every error of a file is reported at once and located and in line order", "[scenario][loader]") {
  TempDir dir;
  const auto districts = dir.write("districts.csv", test::kDistrictsCsv);
  const auto path = dir.write("five.yaml",
                              "name: five\n"
                              "population:\n"
                              "  districts_file: '" +
                                  districts +
                                  "'\n"
                                  "forum:\n"
                                  "  msme_seat: 3\n"         // 5: unknown key
                                  "  mixing_rate: 1.5\n"     // 6: out of range
                                  "  decision_rule: vote\n"  // 7: not a choice
                                  "regulation:\n"
                                  "  binding: maybe\n"  // 9: not a boolean
                                  "simulation:\n"
                                  "  years: ten\n");  // 11: not a whole number
  const auto r = load_scenario(path);
  INFO(test::describe(r.errors));
  CHECK_FALSE(r.scenario.has_value());
  REQUIRE(r.errors.size() == 5);
  std::vector<int> lines;
  for (const auto& e : r.errors) {
    CHECK(e.where.file == path);
    CHECK(e.where.line > 0);
    lines.push_back(e.where.line);
  }
  CHECK(lines == std::vector<int>{5, 6, 7, 9, 11});
  CHECK(r.errors[0].key == "forum.msme_seat");
  CHECK(r.errors[1].key == "forum.mixing_rate");
  CHECK(r.errors[2].key == "forum.decision_rule");
  CHECK(r.errors[3].key == "regulation.binding");
  CHECK(r.errors[4].key == "simulation.years");
}

TEST_CASE("A bad --set is reported against the override", "[scenario][loader][set]") {
  TempDir dir;
  SECTION("bad value") {
    const auto e = single_error(load_with(dir, "", {"forum.msme_seats=lots"}));
    CHECK(e.key == "forum.msme_seats");
    CHECK(e.where.file.rfind("--set", 0) == 0);
  }
  SECTION("unknown key") {
    const auto e = single_error(load_with(dir, "", {"forum.msme_seat=3"}));
    CHECK(mentions(e.message, "forum.msme_seats"));
  }
  SECTION("no '='") { CHECK(single_error(load_with(dir, "", {"forum.msme_seats"})).where.file.rfind("--set", 0) == 0); }
}
