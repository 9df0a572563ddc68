// The play mode's hook into the forum (SeatChoice through simulate_year's YearTrace): without
// human players a traced year is bit for bit the untraced one; with them, their opening,
// vote and compliance act as stated.
#include <catch2/catch.hpp>
#include <cstring>

#include "cgsim/engine/year.hpp"
#include "cgsim/rules/forum_process.hpp"
#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

const std::vector<std::string> kJointPlanning = {"forum.agenda=joint_planning", "forum.decision_rule=consensus",
                                                 "forum.msme_seats=2", "forum.meetings_per_year=4"};

bool same_record(const YearRecord& a, const YearRecord& b) {
  if (std::memcmp(a.indicators.data(), b.indicators.data(), sizeof(double) * indicator_count) != 0) return false;
  for (int k = 0; k < district_indicator_count; ++k)
    if (a.districts[k] != b.districts[k]) return false;
  return true;
}

// Two years of replication 0 with `humans` (traced) or without any trace.
std::vector<YearRecord> two_years(const Scenario& s, const std::vector<SeatChoice>* humans, Forum* last = nullptr) {
  World w = build_world(s, 7, 0);
  CarryOver carry = start_carry_over(w);
  std::vector<YearRecord> out;
  for (int year = 1; year <= 2; ++year) {
    if (!humans) {
      out.push_back(simulate_year(w, carry, s, year));
      continue;
    }
    YearTrace trace;
    trace.humans = *humans;
    out.push_back(simulate_year(w, carry, s, year, &trace));
    if (last) *last = trace.forum;
  }
  return out;
}

}  // namespace

TEST_CASE("A traced year without human players is the untraced year, bit for bit", "[engine][play]") {
  TempDir dir;
  const auto s = test::load_small(dir, kJointPlanning);
  const std::vector<SeatChoice> nobody;
  Forum forum;
  const auto traced = two_years(s, &nobody, &forum);
  const auto plain = two_years(s, nullptr);
  CHECK(same_record(traced[0], plain[0]));
  CHECK(same_record(traced[1], plain[1]));
  CHECK(forum.participants.size() >= 3);  // the trace carries the forum out
  CHECK(forum.opening.rows() == forum.positions.rows());
}

TEST_CASE("A human government that rejects every draft blocks consensus", "[engine][play]") {
  TempDir dir;
  const auto s = test::load_small(dir, kJointPlanning);
  Forum agents_forum, human_forum;
  const std::vector<SeatChoice> none;
  two_years(s, &none, &agents_forum);
  SeatChoice veto;
  veto.kind = ActorKind::government;
  veto.vote = -1;
  const std::vector<SeatChoice> humans = {veto};
  const auto records = two_years(s, &humans, &human_forum);
  CHECK(human_forum.outcome.votes >= 1);
  CHECK_FALSE(human_forum.outcome.plan_adopted);
  CHECK(records[1].indicators[ind::decision_success] == 0.0);
}

TEST_CASE("A human's opening position replaces its agent's; its interest stays", "[engine][play]") {
  TempDir dir;
  const auto s = test::load_small(dir, kJointPlanning);
  SeatChoice opening;
  opening.kind = ActorKind::government;
  opening.opening = SeatChoice::Opening::msme_needs;
  const std::vector<SeatChoice> humans = {opening};
  Forum forum;
  two_years(s, &humans, &forum);
  REQUIRE(forum.participants[0].kind == ActorKind::government);
  CHECK(forum.opening.row(0).isApprox(forum.msme_interest.transpose()));
  CHECK_FALSE(forum.interests.row(0).isApprox(forum.msme_interest.transpose()));
}

TEST_CASE("A human company that walks away keeps none of the plan", "[rules][play]") {
  // A rule binds only through the company's own choice to comply (ODD 7.1), so the rules in force
  // do not enter a player's adherence.
  const double distance = 0.2;
  CHECK(human_adherence(true, distance) == Approx(0.5 + 0.5 * (1 - distance)));
  CHECK(human_adherence(false, distance) < human_adherence(true, distance));
  CHECK(human_adherence(false, distance) == 0);
}
