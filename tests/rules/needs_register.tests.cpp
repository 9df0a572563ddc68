// The coordination unit's needs register: the neediest eligible MSMEs first, nobody served the
// same type twice, no repeat training within the recent-trainee window.
#include "cgsim/rules/needs_register.hpp"

#include <catch2/catch.hpp>

#include "cgsim/engine/year.hpp"
#include "cgsim/rules/forum_process.hpp"
#include "cgsim/rules/needs.hpp"
#include "cgsim/rules/participation.hpp"
#include "cgsim/rules/positions.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

const std::vector<std::string> kEveryoneCoordinated{
    "government.registry_quality=1",  "government.coordination_unit=true",    "regulation.mandatory_reporting=true",
    "regulation.audit_probability=1", "regulation.sanction_billion_idr=1000", "coordination.perfect_information=true"};

// The year up to the first implementation step (as engine/year.cpp runs it).
struct YearStart {
  DeliveryTally delivered;
  Forum forum;
  Spending spending;
  NeedsRegister needs_register;
};
YearStart start_year(World& w, const Scenario& s, const CarryOver& carry) {
  YearStart y;
  begin_year(w, s, 1);
  y.delivered = DeliveryTally(w.districts.size());
  const auto needs = district_needs(w.context(), w.districts, w.msmes, false);
  const auto organised = district_needs(w.context(), w.districts, w.msmes, true);
  decide_participation(w.context(), w.companies);
  y.forum = run_forum(w.context(), forum_inputs(w, needs, organised, carry.last_voice));
  y.spending = allocate_budgets(w.context(), w.companies, y.forum, carry.last_voice, needs);
  compile_needs_register(w.context(), w.districts, w.companies, w.msmes, y.spending, carry.committed, y.needs_register);
  return y;
}

}  // namespace

TEST_CASE("With perfect information the coordination unit serves the neediest eligible MSMEs first",
          "[rules][needs_register]") {
  TempDir dir;
  const Scenario s = test::load_small(dir, kEveryoneCoordinated);
  World w = build_world(s, 3, 0);
  CarryOver carry = start_carry_over(w);
  YearStart y = start_year(w, s, carry);
  const auto k_star = main_capability(w.params);
  const auto& m = w.msmes;
  // Registry-measured need (no noise) of every MSME for every type, before the step.
  std::vector<std::array<float, kTypes>> fit(m.size());
  for (std::size_t i = 0; i < m.size(); ++i)
    for (int t = 0; t < kTypes; ++t)
      fit[i][t] =
          weighted_gap(m, need_weights(w.params, m.sector[i]), i, k_star[t]) * need_match(w.params, m, i, k_star[t]);
  const auto eligible_before = m.alive;  // nobody has been served yet this year
  implement_step(w.context(), w.districts, w.companies, y.spending, carry.committed, y.needs_register, w.msmes,
                 y.delivered);
  int cells_checked = 0;
  for (const auto& d : w.districts)
    for (int t = 0; t < kTypes; ++t) {
      if (t == kTraining) continue;  // training eligibility also depends on history (below)
      float lowest_served = 2, highest_unserved = -1;
      for (std::size_t i = d.first; i < d.first + d.count; ++i) {
        if (!eligible_before[i]) continue;
        if (m.served_types[i] & (1u << t))
          lowest_served = std::min(lowest_served, fit[i][t]);
        else
          highest_unserved = std::max(highest_unserved, fit[i][t]);
      }
      if (lowest_served > 1) continue;  // no delivery of this type here in the first step
      ++cells_checked;
      INFO("district " << d.name << ", type " << t);
      CHECK(lowest_served >= highest_unserved);
    }
  CHECK(cells_checked > 5);
  CHECK(y.delivered.duplicate_deliveries == 0);
}

TEST_CASE("The register lists, per cell, eligible MSMEs of that district ranked by measured need",
          "[rules][needs_register]") {
  TempDir dir;
  const Scenario s = test::load_small(dir, kEveryoneCoordinated);
  World w = build_world(s, 4, 0);
  CarryOver carry = start_carry_over(w);
  const YearStart y = start_year(w, s, carry);
  const auto k_star = main_capability(w.params);
  REQUIRE(y.needs_register.ranked.size() == static_cast<std::size_t>(kTypes * w.district_count()));
  std::size_t listed = 0;
  for (int d = 0; d < w.district_count(); ++d)
    for (int t = 0; t < kTypes; ++t) {
      const auto& list = y.needs_register.ranked[static_cast<std::size_t>(cell(t, d))];
      listed += list.size();
      const auto& dist = w.districts[d];
      for (std::size_t n = 0; n < list.size(); ++n) {
        const std::uint32_t i = list[n];
        CHECK((i >= dist.first && i < dist.first + dist.count));
        CHECK(register_eligible(w.msmes, i, t, w.year));
        if (n == 0) continue;
        const auto fit = [&](std::uint32_t k) {
          return weighted_gaps(w.params, w.msmes, k)[k_star[t]] * need_match(w.params, w.msmes, k, k_star[t]);
        };
        CHECK(fit(list[n - 1]) >= fit(i));  // no noise with a perfect registry
      }
    }
  CHECK(listed > 0);
}

TEST_CASE("Register eligibility: alive, not yet served the type, no repeat training", "[rules][needs_register]") {
  Msmes m;
  m.resize(1);
  m.alive[0] = 1;
  const int year = 5;
  CHECK(register_eligible(m, 0, kTraining, year));
  m.last_training_year[0] = 4;  // trained last year, never mentored
  CHECK_FALSE(register_eligible(m, 0, kTraining, year));
  CHECK(register_eligible(m, 0, kMentoring, year));  // mentoring is what it needs now
  m.last_mentoring_year[0] = 4;
  m.last_training_year[0] = 3;
  CHECK(register_eligible(m, 0, kTraining, year));  // mentored since the training
  m.served_types[0] = 1u << kCapital;
  CHECK_FALSE(register_eligible(m, 0, kCapital, year));
  CHECK(register_eligible(m, 0, kMentoring, year));
  m.alive[0] = 0;
  CHECK_FALSE(register_eligible(m, 0, kMentoring, year));
}

TEST_CASE("Serving down the register skips the ineligible and stops when nobody is left", "[rules][needs_register]") {
  TempDir dir;
  World w = test::small_world(dir, 5, {"government.registry_quality=1", "coordination.perfect_information=true"});
  const auto& d = w.districts[0];
  const int t = kCapital;
  NeedsRegister reg;
  reg.ranked.assign(static_cast<std::size_t>(kTypes * w.district_count()), {});
  reg.next.assign(reg.ranked.size(), 0);
  auto& list = reg.ranked[static_cast<std::size_t>(cell(t, 0))];
  const auto first = static_cast<std::uint32_t>(d.first);
  list = {first, first + 1, first + 2};
  w.msmes.alive[first + 1] = 0;  // died since the register was compiled
  DeliveryTally delivered(w.districts.size());
  CHECK(serve_from_register(w.context(), d, 0, t, 2, 0.0, reg, w.msmes, delivered) == 2);
  CHECK((w.msmes.served_types[first] & (1u << t)) != 0);
  CHECK((w.msmes.served_types[first + 1] & (1u << t)) == 0);
  CHECK((w.msmes.served_types[first + 2] & (1u << t)) != 0);
  CHECK(delivered.deliveries == 2);
  // Asking for more than the district's alive MSMEs: every one served once, then it stops.
  std::size_t alive = 0;
  for (std::size_t i = d.first; i < d.first + d.count; ++i) alive += w.msmes.alive[i];
  const std::size_t served = serve_from_register(w.context(), d, 0, t, 10 * d.count, 0.0, reg, w.msmes, delivered);
  CHECK(served == alive - 2);
  CHECK(delivered.duplicate_deliveries == 0);
}

// --- The realistic unit: it knows only its surveys (a year late) and the deliveries it made. ---

namespace {

const std::vector<std::string> kRealisticUnit{
    "government.coordination_unit=true",    "regulation.mandatory_reporting=true", "regulation.audit_probability=1",
    "regulation.sanction_billion_idr=1000", "coordination.survey_capacity=500",    "coordination.survey_error_sd=0"};

void set_capabilities(Msmes& m, std::size_t i, float value) {
  for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] = value;
}

}  // namespace

TEST_CASE("The needs survey visits its capacity, in proportion to kecamatan, and is usable only next year",
          "[rules][needs_register]") {
  TempDir dir;
  const Scenario s = test::load_small(dir, kRealisticUnit);
  World w = build_world(s, 3, 0);
  CarryOver carry = start_carry_over(w);
  const YearStart y = start_year(w, s, carry);
  CHECK(y.needs_register.surveyed_this_year == 500);
  std::size_t total = 0;
  for (const auto& d : w.districts) total += d.count;
  std::size_t recorded = 0;
  for (int d = 0; d < w.district_count(); ++d) {
    const auto& dist = w.districts[d];
    const auto& known = y.needs_register.known[static_cast<std::size_t>(d)];
    // At most the district's quota (largest remainder: floor or floor + 1); repeats fold into one record.
    CHECK(known.size() <= 500 * dist.count / total + 1);
    for (const auto& [i, r] : known) {
      CHECK((i >= dist.first && i < dist.first + dist.count));
      CHECK(r.pending_year == 1);
      CHECK(r.estimate_year == -1);  // the data lag: nothing usable in the survey's own year
      for (int k = 0; k < kCapabilities; ++k) CHECK(r.pending[k] == w.msmes.capability[k][i]);  // no error set
    }
    recorded += known.size();
  }
  CHECK(recorded > 400);  // a few firms drawn twice or found closed
  // Nothing published yet: every list is empty, so the unit can only serve at random this year.
  for (const auto& list : y.needs_register.ranked) CHECK(list.empty());
}

TEST_CASE("The realistic unit ranks by its survey estimate, not by the true state, then serves the unknown",
          "[rules][needs_register]") {
  TempDir dir;
  World w = test::small_world(dir, 5, kRealisticUnit);
  w.year = 3;
  auto& m = w.msmes;
  const auto& d = w.districts[0];
  const int t = kCapital;
  NeedsRegister reg;
  reg.ranked.assign(static_cast<std::size_t>(kTypes * w.district_count()), {});
  reg.next.assign(reg.ranked.size(), 0);
  reg.random_draws.assign(reg.ranked.size(), 0);
  reg.known.resize(w.districts.size());
  const auto a = static_cast<std::uint32_t>(d.first), b = a + 1;
  for (std::uint32_t i : {a, b}) m.alive[i] = 1;
  // Truly, a is in great need and b is not; the (old, erroneous) survey says the opposite.
  set_capabilities(m, a, 0.05f);
  set_capabilities(m, b, 0.95f);
  for (std::uint32_t i : {a, b}) {
    auto& r = reg.known[0][i];
    r.sector = m.sector[i];
    r.estimate_year = 2;
    r.estimate.fill(i == a ? 0.95f : 0.05f);
  }
  // Another company (not reporting) already gave b this type this year: the unit cannot know.
  m.served_types[b] |= 1u << t;
  DeliveryTally delivered(w.districts.size());
  CHECK(serve_from_register(w.context(), d, 0, t, 1, 0.0, reg, m, delivered) == 1);
  CHECK(delivered.duplicate_deliveries == 1);  // it served b, by its estimate, duplicating
  CHECK(reg.known[0][b].served_year == 3);
  CHECK((reg.known[0][b].served_types & (1u << t)) != 0);
  CHECK((m.served_types[a] & (1u << t)) == 0);
  // Next it serves a (known), then MSMEs it has never surveyed, at random, none twice.
  const std::size_t before = delivered.deliveries;
  CHECK(serve_from_register(w.context(), d, 0, t, 6, 0.0, reg, m, delivered) == 6);
  CHECK(delivered.deliveries == before + 6);
  CHECK((m.served_types[a] & (1u << t)) != 0);
  CHECK(delivered.duplicate_deliveries == 1);  // the random draws skip those it knows it served
  std::size_t remembered = 0;
  for (const auto& [i, r] : reg.known[0]) remembered += (r.served_year == 3 && (r.served_types & (1u << t))) ? 1 : 0;
  CHECK(remembered == 7);
}

TEST_CASE("A listed firm found closed is struck from the unit's register", "[rules][needs_register]") {
  TempDir dir;
  World w = test::small_world(dir, 6, kRealisticUnit);
  w.year = 2;
  const auto& d = w.districts[0];
  NeedsRegister reg;
  reg.ranked.assign(static_cast<std::size_t>(kTypes * w.district_count()), {});
  reg.next.assign(reg.ranked.size(), 0);
  reg.random_draws.assign(reg.ranked.size(), 0);
  reg.known.resize(w.districts.size());
  const auto a = static_cast<std::uint32_t>(d.first);
  auto& r = reg.known[0][a];
  r.estimate_year = 1;
  r.sector = w.msmes.sector[a];
  w.msmes.alive[a] = 0;
  DeliveryTally delivered(w.districts.size());
  CHECK(serve_from_register(w.context(), d, 0, kMentoring, 1, 0.0, reg, w.msmes, delivered) == 1);
  CHECK(reg.known[0][a].estimate_year == -1);
  CHECK((w.msmes.served_types[a] & (1u << kMentoring)) == 0);
}
