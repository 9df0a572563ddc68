// The forum's year: chairs, exit, unilateral fall-back, attendance, honest measurement.
#include "cgsim/rules/forum_process.hpp"

#include <catch2/catch.hpp>

#include "cgsim/engine/year.hpp"
#include "cgsim/rules/deliberation.hpp"
#include "cgsim/rules/needs.hpp"
#include "cgsim/rules/participation.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

World forum_world(const TempDir& dir, std::vector<std::string> overrides) {
  overrides.insert(overrides.begin(), {"forum.agenda=joint_planning", "forum.msme_seats=3", "forum.meetings_per_year=4",
                                       "population.initial_organised_share=0.3"});
  World w = test::small_world(dir, 31, overrides);
  decide_participation(w.context(), w.companies);
  return w;
}

Forum forum_of(const World& w) {
  const auto needs = district_needs(w.context(), w.districts, w.msmes, false);
  const auto organised = district_needs(w.context(), w.districts, w.msmes, true);
  return run_forum(w.context(), forum_inputs(w, needs, organised, 0.0));
}

Eigen::VectorXd mean_interest(const Forum& f) { return f.interests.colwise().mean().transpose(); }

}  // namespace

TEST_CASE("A neutral chair yields a plan closer to the mean interest than a dominant company", "[rules][forum]") {
  for (const char* rule : {"forum.decision_rule=weighted_majority", "forum.decision_rule=supermajority"}) {
    TempDir dir;
    World dominated = forum_world(dir, {rule, "power.asymmetry_exponent=3", "forum.chair=dominant_company"});
    World neutral = forum_world(dir, {rule, "power.asymmetry_exponent=3", "forum.chair=neutral"});
    const Forum fa = forum_of(dominated);
    const Forum fb = forum_of(neutral);
    const auto& a = fa.outcome;
    const auto& b = fb.outcome;
    REQUIRE(a.plan_adopted);
    REQUIRE(b.plan_adopted);
    REQUIRE(fa.interests == fb.interests);  // same people, same interests
    INFO(rule);
    CHECK(total_variation(b.plan, mean_interest(fb)) < total_variation(a.plan, mean_interest(fa)));
    CHECK(b.acceptability_msme > a.acceptability_msme);
    CHECK(b.msme_influence > a.msme_influence);
  }
}

TEST_CASE("Without a plan companies spend alone and nobody adheres", "[rules][forum]") {
  TempDir dir;
  World w = forum_world(dir, {"forum.decision_rule=unilateral"});
  const Forum forum = forum_of(w);
  const auto& out = forum.outcome;
  CHECK_FALSE(out.plan_adopted);
  CHECK(out.votes == 0);
  CHECK(out.rounds == 0);
  CHECK(out.msme_influence == 0.0);
  CHECK(out.plan.sum() == Approx(1.0));  // what the companies at the table spend alone
  CHECK(forum.outcome.adherence == std::vector<double>(w.companies.size(), 0.0));
  // Acceptability is still measured, against interests.
  CHECK(out.heard.size() == forum.participants.size());
  CHECK(out.acceptability > 0.0);
}

TEST_CASE("Consensus with a tight tolerance fails after the allowed votes", "[rules][forum]") {
  TempDir dir;
  World w = forum_world(
      dir, {"forum.decision_rule=consensus", "forum.acceptability_tolerance=0.05", "forum.decision_attempts=2"});
  const auto out = forum_of(w).outcome;
  CHECK_FALSE(out.plan_adopted);
  CHECK(out.votes == 2);
  World loose = forum_world(dir, {"forum.decision_rule=consensus", "forum.acceptability_tolerance=0.95"});
  CHECK(forum_of(loose).outcome.plan_adopted);
}

TEST_CASE("Paid attendance brings MSME representatives to the table", "[rules][forum]") {
  TempDir dir;
  double unpaid = 0, paid = 0;
  for (int year = 1; year <= 6; ++year) {
    World a = forum_world(
        dir, {"forum.msme_attendance_unpaid=0.2", "forum.decision_rule=consensus", "forum.acceptability_tolerance=0"});
    World b = forum_world(dir, {"forum.msme_attendance_unpaid=0.2", "forum.decision_rule=consensus",
                                "forum.acceptability_tolerance=0", "forum.paid_attendance=true"});
    a.year = b.year = year;
    unpaid += forum_of(a).outcome.msme_voice_share;
    paid += forum_of(b).outcome.msme_voice_share;
  }
  CHECK(paid > unpaid);
}

TEST_CASE("An adopted plan returns each seated company's adherence and nobody else's", "[rules][forum]") {
  TempDir dir;
  World w = forum_world(dir, {"forum.decision_rule=weighted_majority", "forum.acceptability_tolerance=0.95",
                              "forum.max_company_seats=3", "power.exit_distance=1"});
  const Forum forum = forum_of(w);
  REQUIRE(forum.outcome.plan_adopted);
  CHECK(forum.meetings_held == 4);
  REQUIRE(forum.outcome.adherence.size() == w.companies.size());
  std::vector<bool> seated(w.companies.size(), false);
  for (std::size_t a = 0; a < forum.participants.size(); ++a) {
    const auto& part = forum.participants[a];
    if (part.kind != ActorKind::company) continue;
    seated[part.company] = true;
    const auto& c = w.companies[part.company];
    CHECK(forum.outcome.adherence[part.company] == plan_adherence(w.params, c, 1.0 - forum.outcome.heard[a]));
  }
  int away = 0;
  for (std::size_t j = 0; j < w.companies.size(); ++j)
    if (!seated[j]) {
      ++away;
      CHECK(forum.outcome.adherence[j] == 0.0);
    }
  CHECK(away > 0);
}

TEST_CASE("Exit: a company ignores a far plan unless a binding rule holds it", "[rules][forum]") {
  Parameters p = default_parameters();
  p.exit_distance = 0.5;
  Company c;
  c.commitment = 0.8;
  CHECK(plan_adherence(p, c, 0.4) == Approx(0.8 * (0.5 + 0.5 * 0.6)));
  CHECK(plan_adherence(p, c, 0.6) == 0.0);  // beyond the exit distance, nothing binds
  p.binding = true;
  CHECK(plan_adherence(p, c, 0.6) == 0.0);  // a company that defies the Perda still exits
  c.complying = true;                       // one that complies keeps the plan
  CHECK(plan_adherence(p, c, 0.6) == Approx(0.5 + 0.5 * 0.4));
  CHECK(plan_adherence(p, c, 0.4) > plan_adherence(p, c, 0.6));
}
