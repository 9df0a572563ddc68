// Levers without a path in their configuration: what `cgsim validate` warns about.
#include "cgsim/scenario/lever_paths.hpp"

#include <catch2/catch.hpp>

#include "cgsim/scenario/loader.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

// A small scenario: `body` is appended to a report-only, unilateral forum unless it overrides it.
std::vector<InertLever> inert(const std::string& body) {
  TempDir dir;
  dir.write("districts.csv", test::kDistrictsCsv);
  const auto path = dir.write("s.yaml",
                              "name: s\n"
                              "population: {msmes: 500, districts_file: districts.csv}\n"
                              "simulation: {years: 4}\n" +
                                  body);
  const auto r = load_scenario(path);
  INFO(test::describe(r.errors));
  REQUIRE(r.scenario);
  return inert_levers(*r.scenario);
}

std::vector<std::string> keys(const std::vector<InertLever>& levers) {
  std::vector<std::string> out;
  for (const auto& l : levers) out.push_back(l.key);
  return out;
}

bool has(const std::vector<InertLever>& levers, const std::string& key) {
  const auto k = keys(levers);
  return std::find(k.begin(), k.end(), key) != k.end();
}

}  // namespace

TEST_CASE("MSME and civil-society seats in a report-only forum have no path", "[lever_paths]") {
  const auto found = inert("forum: {agenda: report_only, msme_seats: 6, civil_society_seats: 2}\n");
  CHECK(has(found, "forum.msme_seats"));
  CHECK(has(found, "forum.civil_society_seats"));
  const auto& seats = *std::find_if(found.begin(), found.end(), [](auto& l) { return l.key == "forum.msme_seats"; });
  CHECK(seats.value == "6");
  CHECK(seats.why.find("forum.agenda is report_only") != std::string::npos);
  CHECK(seats.where.line == 4);
}

TEST_CASE("seats in a forum that plans jointly act; zero seats are not a lever set", "[lever_paths]") {
  CHECK(inert("forum: {agenda: joint_planning, decision_rule: consensus, msme_seats: 6}\n").empty());
  CHECK_FALSE(has(inert("forum: {agenda: report_only, msme_seats: 0, civil_society_seats: 0}\n"), "forum.msme_seats"));
}

TEST_CASE("the unilateral rule leaves joint-planning settings without a path", "[lever_paths]") {
  const auto found = inert(
      "forum: {agenda: joint_planning, decision_rule: unilateral, acceptability_tolerance: 0.2, "
      "rounds_per_meeting: 5, msme_seats: 3}\n");
  CHECK(has(found, "forum.acceptability_tolerance"));
  CHECK(has(found, "forum.rounds_per_meeting"));
  CHECK(has(found, "forum.msme_seats"));
  CHECK(has(found, "forum.agenda"));
  CHECK(found.front().why.find("forum.decision_rule is unilateral") != std::string::npos);
}

TEST_CASE("a decision rule in a report-only forum, a threshold under another rule", "[lever_paths]") {
  CHECK(has(inert("forum: {agenda: report_only, decision_rule: consensus}\n"), "forum.decision_rule"));
  CHECK(
      has(inert("forum: {decision_rule: consensus, supermajority_threshold: 0.8}\n"), "forum.supermajority_threshold"));
  CHECK(inert("forum: {decision_rule: supermajority, supermajority_threshold: 0.8}\n").empty());
}

TEST_CASE("audits and sanctions need a binding rule and each other", "[lever_paths]") {
  const auto loose = inert("regulation: {audit_probability: 0.3, sanction_billion_idr: 2}\n");
  CHECK(has(loose, "regulation.audit_probability"));
  CHECK(has(loose, "regulation.sanction_billion_idr"));
  CHECK(loose.front().why.find("nothing is binding") != std::string::npos);
  CHECK(inert("regulation: {binding: true, audit_probability: 0.3, sanction_billion_idr: 2}\n").empty());
  CHECK(inert("regulation: {mandatory_reporting: true, audit_probability: 0.3, sanction_billion_idr: 2}\n").empty());
  const auto no_sanction = inert("regulation: {binding: true, audit_probability: 0.3}\n");
  REQUIRE(has(no_sanction, "regulation.audit_probability"));
  CHECK(no_sanction.front().why.find("regulation.sanction_billion_idr is 0") != std::string::npos);
}

TEST_CASE("learning without impact evaluation, advocacy effect without support", "[lever_paths]") {
  CHECK(has(inert("evaluation: {mode: output, learning_rate: 0.6}\n"), "evaluation.learning_rate"));
  CHECK(inert("evaluation: {mode: impact, learning_rate: 0.6}\n").empty());
  CHECK(has(inert("organisation: {advocacy_effect: 0.5}\n"), "organisation.advocacy_effect"));
}

TEST_CASE("a path that opens by schedule counts; one that closes before the lever acts does not", "[lever_paths]") {
  CHECK(inert("forum: {agenda: report_only, msme_seats: 4}\n"
              "schedule:\n  - {year: 3, set: {forum.agenda: joint_planning, forum.decision_rule: consensus}}\n")
            .empty());
  const auto found = inert(
      "regulation: {binding: true}\n"
      "schedule:\n  - {year: 2, set: {regulation.binding: false}}\n"
      "  - {year: 3, set: {regulation.audit_probability: 0.5, regulation.sanction_billion_idr: 1}}\n");
  CHECK(has(found, "regulation.audit_probability"));
}

TEST_CASE("every lever path names a parameter or a group of them", "[lever_paths]") {
  for (const auto& lever : lever_paths()) {
    INFO(lever.key);
    if (lever.key.back() == '.') continue;  // a group (its settings may not exist yet)
    CHECK(find_parameter(lever.key) != nullptr);
  }
}
