// The schedule: dated parameter changes applied from their year on.
#include "cgsim/scenario/scenario.hpp"

#include <catch2/catch.hpp>

#include "cgsim/engine/year.hpp"
#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

LoadResult load_schedule(const TempDir& dir, const std::string& schedule) {
  const auto districts = dir.write("districts.csv", test::kDistrictsCsv);
  return load_scenario_text(test::small_scenario_yaml(districts) + schedule, dir.file("sched.yaml"));
}

const std::string kSchedule =
    "schedule:\n"
    "  - year: 3\n"
    "    set: {forum.msme_seats: 4, government: {registry_quality: 0.9}}\n"
    "  - year: 2\n"
    "    set:\n"
    "      regulation: {binding: true}\n";

}  // namespace

TEST_CASE("Scheduled changes apply from their year on", "[scenario][schedule]") {
  TempDir dir;
  const auto r = load_schedule(dir, kSchedule);
  INFO(test::describe(r.errors));
  REQUIRE(r.scenario.has_value());
  const auto& s = *r.scenario;
  REQUIRE(s.schedule.size() == 3);
  CHECK(s.schedule.front().year == 2);  // sorted by year
  const auto y1 = s.parameters_in_year(1), y2 = s.parameters_in_year(2), y3 = s.parameters_in_year(3);
  CHECK_FALSE(y1.binding);
  CHECK(y2.binding);
  CHECK(y3.binding);
  CHECK(y1.msme_seats == 2);
  CHECK(y2.msme_seats == 2);
  CHECK(y3.msme_seats == 4);
  CHECK(y2.registry_quality == 0.3);
  CHECK(y3.registry_quality == 0.9);
  // The base parameters are the year-1 values and stay untouched.
  CHECK_FALSE(s.parameters.binding);
  CHECK(s.parameters.msme_seats == 2);
}

TEST_CASE("The schedule reaches the world at the start of its year", "[scenario][schedule]") {
  TempDir dir;
  const auto r = load_schedule(dir, kSchedule);
  REQUIRE(r.scenario.has_value());
  World w = build_world(*r.scenario, 1, 0);
  CHECK_FALSE(w.params.binding);
  begin_year(w, *r.scenario, 2);
  CHECK(w.params.binding);
  CHECK(w.params.msme_seats == 2);
  begin_year(w, *r.scenario, 3);
  CHECK(w.params.msme_seats == 4);
  // Seats scheduled later already have rows in the stakeholder trust matrix.
  CHECK(w.max_seats >= 4);
}

TEST_CASE("Invalid schedules are reported", "[scenario][schedule]") {
  TempDir dir;
  SECTION("year after the end") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 4, set: {regulation.binding: true}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].key == "schedule.year");
    CHECK(r.errors[0].where.line == 12);
  }
  SECTION("bad value") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {forum.mixing_rate: 2}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].key == "schedule: forum.mixing_rate");
  }
  SECTION("unknown parameter") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {forum.mixing: 0.2}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].key == "schedule");
  }
  SECTION("set-up parameters cannot change") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {population.msmes: 10}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("cannot change over time") != std::string::npos);
  }
  SECTION("shares broken by a change") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {government.rpjmd_priorities: {legal: 0.5}}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].key == "government.rpjmd_priorities");
    CHECK(r.errors[0].message.find("in year 2") != std::string::npos);
  }
}

TEST_CASE("Scheduled choices are typed at load", "[scenario][schedule]") {
  TempDir dir;
  const auto r = load_schedule(
      dir, "schedule:\n  - {year: 2, set: {forum: {decision_rule: consensus}, evaluation.mode: impact}}\n");
  INFO(test::describe(r.errors));
  REQUIRE(r.scenario.has_value());
  const auto& s = *r.scenario;
  REQUIRE(s.schedule.size() == 2);
  CHECK(std::holds_alternative<ChoiceValue>(s.schedule[0].value));
  CHECK(s.schedule[0].origin.line == 12);
  CHECK(s.parameters_in_year(1).decision_rule == DecisionRule::weighted_majority);
  CHECK(s.parameters_in_year(2).decision_rule == DecisionRule::consensus);
  CHECK(s.parameters_in_year(3).evaluation_mode == EvaluationMode::impact);
}

TEST_CASE("A partial vector change becomes the whole vector from its year on", "[scenario][schedule]") {
  TempDir dir;
  const auto r = load_schedule(dir,
                               "schedule:\n  - {year: 2, set: {government.rpjmd_priorities: {legal: 0.25, "
                               "circular: 0.0}}}\n");
  INFO(test::describe(r.errors));
  REQUIRE(r.scenario.has_value());
  const auto y2 = r.scenario->parameters_in_year(2);
  CHECK(y2.rpjmd_priorities[static_cast<int>(ProgrammeType::legal)] == 0.25);
  CHECK(y2.rpjmd_priorities[static_cast<int>(ProgrammeType::circular)] == 0.0);
  CHECK(y2.rpjmd_priorities[kTraining] == r.scenario->parameters.rpjmd_priorities[kTraining]);
  CHECK(std::get<ByType>(r.scenario->schedule[0].value) == y2.rpjmd_priorities);
}

TEST_CASE("Bad scheduled values are located errors", "[scenario][schedule]") {
  TempDir dir;
  SECTION("an unknown decision rule never becomes unilateral") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {forum.decision_rule: majority}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK_FALSE(r.scenario.has_value());
    CHECK(r.errors[0].key == "schedule: forum.decision_rule");
    CHECK(r.errors[0].where.line == 12);
    CHECK(r.errors[0].where.column > 0);
    CHECK(r.errors[0].message.find("expected one of unilateral, weighted_majority") != std::string::npos);
  }
  SECTION("a misspelt key gets a suggestion") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {forum.mixing_rat: 0.2}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].message.find("did you mean 'forum.mixing_rate'") != std::string::npos);
  }
  SECTION("a year that is not a whole number") {
    const auto r = load_schedule(dir, "schedule:\n  - {year: 1.5, set: {forum.mixing_rate: 0.2}}\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].key == "schedule.year");
  }
}

TEST_CASE("The schedule refuses every set-up parameter and takes every yearly one", "[scenario][schedule]") {
  TempDir dir;
  const auto defaults = default_parameters();
  for (const auto& spec : parameter_table()) {
    INFO(spec.path);
    if (spec.kind == ParamKind::text) continue;  // districts_file: a path, set-up only, checked below
    const auto r = load_schedule(
        dir, "schedule:\n  - year: 2\n    set: {" + std::string(spec.path) + ": " + value_text(spec, defaults) + "}\n");
    if (spec.when == Scheduling::yearly) {
      INFO(test::describe(r.errors));
      CHECK(r.scenario.has_value());
    } else {
      REQUIRE(r.errors.size() == 1);
      CHECK(r.errors[0].message.find("cannot change over time") != std::string::npos);
    }
  }
  const auto r = load_schedule(dir, "schedule:\n  - {year: 2, set: {population.districts_file: x.csv}}\n");
  REQUIRE(r.errors.size() == 1);
  CHECK(r.errors[0].message.find("cannot change over time") != std::string::npos);
}
