// Invariants of a short run: what must hold after every simulated year, whatever the parameters.
#include "cgsim/engine/year.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

void check_invariants(const World& w, const Forum& forum, const YearRecord& r) {
  const auto& m = w.msmes;
  std::size_t alive = 0;
  for (std::size_t i = 0; i < m.size(); ++i) {
    for (int k = 0; k < kCapabilities; ++k) REQUIRE((m.capability[k][i] >= 0.0f && m.capability[k][i] <= 1.0f));
    REQUIRE((m.trust_company[i] >= 0.0f && m.trust_company[i] <= 1.0f));
    REQUIRE((m.trust_government[i] >= 0.0f && m.trust_government[i] <= 1.0f));
    REQUIRE(std::isfinite(m.capital[i]));
    alive += m.alive[i];
  }
  CHECK(r.indicators[ind::msmes_alive] == static_cast<double>(alive));
  double district_total = 0;
  for (double v : r.districts[district_msmes]) district_total += v;
  CHECK(district_total == r.indicators[ind::msmes_alive]);
  for (int k = 0; k < indicator_count; ++k) {
    INFO(indicator_catalogue()[k].name);
    CHECK(std::isfinite(r.indicators[k]));
  }
  for (const auto& values : r.districts) {
    REQUIRE(values.size() == static_cast<std::size_t>(w.district_count()));
    for (double v : values) CHECK(std::isfinite(v));
  }
  // Everything measured as a share lies in [0, 1].
  for (int k : {ind::capability_mean,
                ind::capability_production,
                ind::capability_management,
                ind::capability_market,
                ind::capability_legal,
                ind::capability_finance,
                ind::formal_share,
                ind::organised_share,
                ind::reach,
                ind::duplication_rate,
                ind::need_match,
                ind::repeat_training_share,
                ind::benefit_gini_districts,
                ind::benefit_gini_msmes,
                ind::forum_budget_share,
                ind::msme_voice_share,
                ind::decision_success,
                ind::decision_acceptability,
                ind::companies_active_share,
                ind::companies_reporting_share,
                ind::trust_government_company,
                ind::trust_msme_company,
                ind::trust_msme_government,
                ind::collaboration_index}) {
    INFO(indicator_catalogue()[k].name << " = " << r.indicators[k]);
    CHECK(r.indicators[k] >= 0.0);
    CHECK(r.indicators[k] <= 1.0);
  }
  for (double v : r.districts[district_reach]) CHECK((v >= 0.0 && v <= 1.0));
  CHECK(r.indicators[ind::collaboration_stage] >= 0);
  CHECK(r.indicators[ind::collaboration_stage] <= 3);
  for (float t : w.stakeholder_trust.values()) CHECK((t >= 0.0f && t <= 1.0f));
  REQUIRE(forum.outcome.adherence.size() == w.companies.size());
  for (double kept : forum.outcome.adherence) CHECK((kept >= 0.0 && kept <= 1.0));
  for (const auto& c : w.companies) {
    double prefs = 0;
    for (double x : c.preferences) prefs += x;
    CHECK(prefs == Approx(1.0));
  }
}

// Runs three years and checks the invariants after each, plus the budget constraint.
void run_and_check(const Scenario& s) {
  World w = build_world(s, 11, 0);
  CarryOver carry = start_carry_over(w);
  double budgets = 0;  // the MSME budgets the companies committed so far (decided yearly)
  double spent = 0;
  for (int year = 1; year <= s.parameters.years; ++year) {
    INFO("year " << year);
    YearTrace trace;
    const YearRecord r = simulate_year(w, carry, s, year, &trace);
    double this_year = 0;
    for (const auto& c : w.companies) this_year += c.msme_budget;
    budgets += this_year;
    CHECK(r.indicators[ind::msme_csr_total] * 1000.0 == Approx(this_year));
    const double spend = r.indicators[ind::csr_spend] * 1000.0;  // million IDR
    spent += spend;
    CHECK(spend > 0);
    CHECK(spent <= budgets * (1 + 1e-9));  // never more than the budgets so far
    // What was spent or is still committed never exceeds the budgets so far.
    CHECK(spent + carry.committed.sum() <= budgets * (1 + 1e-9));
    double by_district = 0;
    for (double v : r.districts[district_spend]) by_district += v;
    CHECK(by_district == Approx(r.indicators[ind::csr_spend]));
    check_invariants(w, trace.forum, r);
  }
}

}  // namespace

TEST_CASE("Invariants hold over a short run of the default policy", "[engine][invariants]") {
  TempDir dir;
  run_and_check(test::load_small(dir));
}

TEST_CASE("Invariants hold under an active and coordinated and learning policy", "[engine][invariants]") {
  TempDir dir;
  run_and_check(test::load_small(
      dir, {"regulation.binding=true", "regulation.audit_probability=0.5", "regulation.sanction_billion_idr=10",
            "government.coordination_unit=true", "government.registry_quality=0.8", "government.facilitation=1",
            "evaluation.mode=impact", "forum.decision_rule=consensus", "forum.bounded_confidence=0.2",
            "organisation.advocacy_support=1", "forum.transparency=true", "regulation.award_value=2",
            "regulation.tax_incentive_rate=0.1", "implementation.fatigue=0"}));
}

TEST_CASE("Invariants hold under a harsh economy and a report-only forum", "[engine][invariants]") {
  TempDir dir;
  run_and_check(test::load_small(
      dir, {"economy.shock_sd_msme=2", "economy.shock_sd_sector=1", "economy.margin=0", "economy.exit_after_steps=1",
            "economy.entry_probability=0.5", "forum.agenda=report_only", "simulation.steps_per_year=12"}));
}

TEST_CASE("begin_year resets the MSMEs' year and fades exposure", "[engine]") {
  TempDir dir;
  const auto s = test::load_small(dir, {"implementation.exposure_memory=0.5"});
  World w = build_world(s, 11, 0);
  CarryOver carry = start_carry_over(w);
  simulate_year(w, carry, s, 1);
  std::size_t i = 0;
  while (i < w.msmes.size() && w.msmes.served_types[i] == 0) ++i;
  REQUIRE(i < w.msmes.size());
  w.msmes.exposure[i * kTypes + kTraining] = 4;
  begin_year(w, s, 2);
  CHECK(w.year == 2);
  CHECK(w.msmes.served_types[i] == 0);
  CHECK(w.msmes.revenue_year[i] == 0.0f);
  CHECK(w.msmes.exposure[i * kTypes + kTraining] == 2);
  CHECK(w.msmes.capability_at_year_start[i] == Approx(w.msmes.capability_sum(i)));
}
