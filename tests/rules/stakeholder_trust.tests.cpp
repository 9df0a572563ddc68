// Stakeholder trust: dialogue builds it, kept plans earn it, broken plans lose it, and it drifts
// back to where it started; commitment is a company's mean trust in its planning partners.
#include "cgsim/rules/stakeholder_trust.hpp"

#include <catch2/catch.hpp>

#include "cgsim/world/forum.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

// The government and companies 0 and 1 at the table after `meetings` meetings, with a plan
// adopted or not; every company keeps it fully unless the test says otherwise.
Forum forum_of(const World& w, bool adopted, int meetings = 4) {
  Forum f;
  f.meetings_held = meetings;
  f.participants.push_back({ActorKind::government, 0, -1, 1.0});
  for (int j : {0, 1}) f.participants.push_back({ActorKind::company, w.stakeholder_of_company(j), j, 0.5});
  f.outcome.plan_adopted = adopted;
  f.outcome.heard.assign(f.participants.size(), 1.0);  // everyone fully heard: dialogue moves trust towards 1
  f.outcome.adherence.assign(w.companies.size(), adopted ? 1.0 : 0.0);
  return f;
}

World planning_world(const TempDir& dir, std::vector<std::string> overrides = {}) {
  // The test's overrides come last, so that they win.
  overrides.insert(overrides.begin(), {"forum.agenda=joint_planning", "forum.decision_rule=weighted_majority"});
  World w = test::small_world(dir, 26, overrides);
  for (auto& c : w.companies) c.active = c.operating();
  return w;
}

}  // namespace

TEST_CASE("Trust rises in a partner that kept the plan and falls in one that broke it", "[rules][stakeholder_trust]") {
  TempDir dir;
  World w = planning_world(dir, {"trust.dialogue_gain=0", "trust.decay=0"});
  Forum forum = forum_of(w, true);
  forum.outcome.adherence[0] = 1.0;  // kept the plan
  forum.outcome.adherence[1] = 0.0;  // spent as it liked
  const float before = w.stakeholder_trust(0, 1);
  REQUIRE(before == w.stakeholder_trust(0, 2));
  update_stakeholder_trust(w.params, forum, w.companies, w.stakeholder_trust);
  const double gain = w.params.commitment_gain, loss = w.params.defection_loss;
  CHECK(w.stakeholder_trust(0, 1) == Approx(before + gain * (1 - before)));
  CHECK(w.stakeholder_trust(0, 2) == Approx(before - loss * before));
  CHECK(w.stakeholder_trust(2, 1) > before);  // the defector still trusts the one who kept it
  // Without an adopted plan there is nothing to keep or break.
  World v = planning_world(dir, {"trust.dialogue_gain=0", "trust.decay=0"});
  update_stakeholder_trust(v.params, forum_of(v, false), v.companies, v.stakeholder_trust);
  CHECK(v.stakeholder_trust(0, 2) == before);
}

TEST_CASE("Joint-planning meetings build trust; a report-only forum does not", "[rules][stakeholder_trust]") {
  TempDir dir;
  World w = planning_world(dir, {"trust.decay=0"});
  const float before = w.stakeholder_trust(1, 2);
  const int meetings = 4;
  update_stakeholder_trust(w.params, forum_of(w, false, meetings), w.companies, w.stakeholder_trust);
  const double dialogue = 1 - std::pow(1 - w.params.dialogue_gain, meetings);
  CHECK(w.stakeholder_trust(1, 2) == Approx(before + dialogue * (1 - before)));
  World r = planning_world(dir, {"trust.decay=0", "forum.agenda=report_only"});
  update_stakeholder_trust(r.params, forum_of(r, false, meetings), r.companies, r.stakeholder_trust);
  CHECK(r.stakeholder_trust(1, 2) == before);
}

TEST_CASE("Trust drifts back to its initial level and stays in [0, 1] with ones on the diagonal",
          "[rules][stakeholder_trust]") {
  TempDir dir;
  World w = planning_world(dir, {"trust.decay=0.5", "trust.initial=0.3"});
  w.stakeholder_trust(1, 2) = 0.9f;
  w.stakeholder_trust(2, 1) = 0.1f;
  update_stakeholder_trust(w.params, Forum{}, w.companies, w.stakeholder_trust);  // nobody met
  CHECK(w.stakeholder_trust(1, 2) == Approx(0.9 + 0.5 * (0.3 - 0.9)));
  CHECK(w.stakeholder_trust(2, 1) == Approx(0.1 + 0.5 * (0.3 - 0.1)));
  for (int s = 0; s < w.stakeholder_trust.size(); ++s) CHECK(w.stakeholder_trust(s, s) == 1.0f);
  for (float t : w.stakeholder_trust.values()) CHECK((t >= 0.0f && t <= 1.0f));
}

TEST_CASE("Commitment is a company's mean trust in the government and its planning partners",
          "[rules][stakeholder_trust]") {
  TempDir dir;
  World w = planning_world(dir, {"trust.decay=0", "trust.dialogue_gain=0"});
  w.stakeholder_trust(1, 0) = 0.2f;  // company 0 in the government
  w.stakeholder_trust(1, 2) = 0.8f;  // company 0 in company 1
  update_stakeholder_trust(w.params, forum_of(w, false, 0), w.companies, w.stakeholder_trust);
  CHECK(w.companies[0].commitment == Approx(0.5));
  // Reputation follows visible conduct: an active, reporting company's reputation rises.
  World v = planning_world(dir);
  v.companies[0].reporting = true;
  const double reputation = v.companies[0].reputation;
  update_stakeholder_trust(v.params, forum_of(v, false, 0), v.companies, v.stakeholder_trust);
  CHECK(v.companies[0].reputation == Approx(reputation + 0.3 * (0.6 - reputation)));
}

TEST_CASE("Trust means over the forum's participants", "[rules][stakeholder_trust]") {
  TempDir dir;
  World w = planning_world(dir);
  const Forum f = forum_of(w, false);
  w.stakeholder_trust(0, 1) = 0.2f;
  w.stakeholder_trust(1, 0) = 0.4f;
  w.stakeholder_trust(0, 2) = 0.6f;
  w.stakeholder_trust(2, 0) = 0.8f;
  CHECK(government_company_trust(w.params, w.stakeholder_trust, w.companies, f) == Approx(0.5));
  w.stakeholder_trust(1, 2) = 0.5f;
  w.stakeholder_trust(2, 1) = 0.5f;
  CHECK(participant_trust(w.params, w.stakeholder_trust, w.companies, f) ==
        Approx((0.2 + 0.4 + 0.6 + 0.8 + 0.5 + 0.5) / 6));
}
