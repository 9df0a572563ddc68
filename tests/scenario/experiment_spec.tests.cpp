// Experiment files: what is accepted, and located errors for what is not.
#include "cgsim/scenario/experiment_spec.hpp"

#include <catch2/catch.hpp>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::describe;

namespace {

const std::string kHeader =
    "policies:\n"
    "  - name: a\n"
    "    scenario: base.yaml\n"
    "  - name: b\n"
    "    scenario: base.yaml\n"
    "    set: {regulation.award_value: 1}\n";

ExperimentLoad load(const std::string& body) { return load_experiment_text(kHeader + body, "/tmp/exp/x.yaml"); }

bool has_error(const ExperimentLoad& r, const std::string& key, const std::string& words, int line = -1) {
  for (const auto& e : r.errors)
    if (e.key == key && e.message.find(words) != std::string::npos && (line < 0 || e.where.line == line)) return true;
  return false;
}

}  // namespace

TEST_CASE("an experiment file gives policies, factors in file order, design, seeds and outcomes", "[experiment]") {
  const auto r = load(
      "levers:\n"
      "  forum.msme_seats: {values: [2, 4, 6]}\n"
      "uncertainties:\n"
      "  participation.commitment_weight: {range: [1, 3]}\n"
      "  implementation.elite_capture:\n"
      "design: {type: full_factorial, levels: 3}\n"
      "replications: 5\n"
      "seed: 42\n"
      "years: 4\n"
      "outcomes: {indicators: [need_match], years: all}\n");
  INFO(describe(r.errors));
  REQUIRE(r.spec);
  const auto& x = *r.spec;
  REQUIRE(x.policies.size() == 2);
  CHECK(x.policies[0].scenario_file == "/tmp/exp/base.yaml");
  REQUIRE(x.policies[1].overrides.size() == 1);
  CHECK(x.policies[1].overrides[0].first == "regulation.award_value");
  REQUIRE(x.factors.size() == 3);
  CHECK(x.factors[0].role == FactorRole::lever);
  CHECK(x.factors[0].integer);
  CHECK(x.factors[0].values == std::vector<double>{2, 4, 6});
  CHECK(x.factors[1].low == 1);
  CHECK(x.factors[1].high == 3);
  // No range given: the parameter table's range.
  CHECK(x.factors[2].low == 0);
  CHECK(x.factors[2].high == 20);
  CHECK(x.design.kind == DesignKind::full_factorial);
  CHECK(x.replications == 5);
  CHECK(x.seed == 42);
  CHECK(x.years == 4);
  CHECK(x.outcomes.all_years);
  CHECK(x.outcomes.indicators == std::vector<std::string>{"need_match"});
  CHECK(x.canonical_yaml.find("participation.commitment_weight: {range: [1, 3]}") != std::string::npos);
}

TEST_CASE("experiment errors name the line, the key and what is expected", "[experiment]") {
  SECTION("unknown top-level key, with a suggestion") {
    const auto r = load("design: {type: latin_hypercube, points: 4}\nreplicatons: 3\n");
    CHECK(has_error(r, "replicatons", "did you mean 'replications'", 8));
  }
  SECTION("unknown parameter as a factor") {
    const auto r = load(
        "uncertainties:\n  participation.comitment_weight: {range: [1, 2]}\ndesign: {type: morris, "
        "trajectories: 2}\n");
    CHECK(has_error(r, "uncertainties.participation.comitment_weight", "participation.commitment_weight", 8));
  }
  SECTION("a range outside the parameter table's range") {
    const auto r = load(
        "uncertainties:\n  participation.commitment_weight: {range: [1, 30]}\ndesign: {type: latin_hypercube, "
        "points: 4}\n");
    CHECK(has_error(r, "uncertainties.participation.commitment_weight.range", "outside the parameter table's range"));
  }
  SECTION("a listed value outside the table's range") {
    const auto r = load(
        "levers:\n  regulation.tax_incentive_rate: {values: [0, 1.5]}\ndesign: {type: "
        "full_factorial}\n");
    CHECK(has_error(r, "levers.regulation.tax_incentive_rate.values", "1.5 is outside"));
  }
  SECTION("listed values outside the factor's own range") {
    const auto r = load(
        "levers:\n  regulation.award_value: {range: [0, 1], values: [0, 2]}\ndesign: {type: "
        "full_factorial}\n");
    CHECK(has_error(r, "levers.regulation.award_value.values", "2 is outside the factor's range [0, 1]"));
  }
  SECTION("sobol needs a power of two") {
    const auto r = load(
        "uncertainties:\n  participation.commitment_weight: {range: [1, 3]}\n"
        "design: {type: sobol, base_points: 100}\n");
    CHECK(has_error(r, "design.base_points", "power of two, got 100; use 64 or 128"));
  }
  SECTION("morris levels must be even, and unknown design keys are named") {
    const auto r = load(
        "uncertainties:\n  participation.commitment_weight: {range: [1, 3]}\n"
        "design: {type: morris, trajectories: 4, levels: 5, points: 3}\n");
    CHECK(has_error(r, "design.levels", "must be even"));
    CHECK(has_error(r, "design.points", "unknown key 'points'"));
  }
  SECTION("a choice parameter cannot be a design factor") {
    const auto r = load("levers:\n  forum.agenda: {}\ndesign: {type: full_factorial, levels: 2}\n");
    CHECK(has_error(r, "levers.forum.agenda", "set choices and lists per policy"));
  }
  SECTION("unknown parameter in a policy's overrides") {
    const auto r = load_experiment_text(
        "policies:\n  - name: a\n    scenario: base.yaml\n    set: {regulation.awrd_value: 1}\ndesign: {type: "
        "full_factorial}\n",
        "/tmp/exp/x.yaml");
    CHECK(has_error(r, "policies[0].set.regulation.awrd_value", "regulation.award_value", 4));
  }
  SECTION("two policies with one name") {
    const auto r = load_experiment_text(
        "policies:\n  - {name: a, scenario: base.yaml}\n  - {name: a, scenario: other.yaml}\ndesign: {type: "
        "full_factorial}\n",
        "/tmp/exp/x.yaml");
    CHECK(has_error(r, "policies[1].name", "two policies are named 'a'"));
  }
  SECTION("an explicit point outside the factor's range") {
    const auto r = load(
        "uncertainties:\n  participation.commitment_weight: {range: [1, 3]}\n"
        "design:\n  type: explicit\n  points:\n    - {participation.commitment_weight: 2}\n"
        "    - {participation.commitment_weight: 5}\n");
    CHECK(has_error(r, "design.points[1].participation.commitment_weight", "5 is outside [1, 3]", 13));
  }
  SECTION("the experiment's own settings cannot be design factors") {
    const auto r = load("levers:\n  simulation.years: {values: [5, 10]}\ndesign: {type: full_factorial}\n");
    CHECK(has_error(r, "levers.simulation.years", "set by the experiment itself"));
  }
  SECTION("unknown design type") {
    const auto r = load("design: {type: latin_hypercub}\n");
    CHECK(has_error(r, "design.type", "did you mean 'latin_hypercube'"));
  }
}
