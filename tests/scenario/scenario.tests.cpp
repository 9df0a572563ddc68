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
