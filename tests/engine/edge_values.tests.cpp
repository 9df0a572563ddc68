// Parameter values at the edges of their ranges run without infinity in any indicator: zero
// budgets, one MSME, one district, no companies, probabilities 0 and 1, extreme exponents. NaN
// is allowed: it marks a measure with nothing to measure (docs/output.md), e.g. the need match
// of a year without deliveries.
#include <catch2/catch.hpp>
#include <cmath>

#include "cgsim/engine/replication.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

void require_finite(const Scenario& s) {
  const auto r = run_replication(s, 7, 0);
  REQUIRE(r.complete);
  for (const auto& year : r.years) {
    for (int k = 0; k < indicator_count; ++k) {
      INFO("indicator " << indicator_catalogue()[k].name << " = " << year.indicators[k]);
      CHECK(!std::isinf(year.indicators[k]));
    }
    for (const auto& values : year.districts)
      for (double v : values) CHECK(!std::isinf(v));
  }
}

}  // namespace

TEST_CASE("Edge values of the parameters give no infinite indicators", "[edges]") {
  TempDir dir;
  const std::vector<std::vector<std::string>> edges = {
      {"population.msmes=1"},
      {"population.msmes=1", "population.peer_degree=0"},
      {"companies.named=[]", "companies.others.count=0"},
      {"companies.others.total_csr_billion_idr=0", "companies.named=[]"},
      {"companies.msme_share_of_csr=0"},
      {"companies.msme_share_of_csr=1", "programmes.unit_cost_million_idr.capital=0.01"},
      {"forum.agenda=joint_planning", "forum.decision_rule=consensus", "forum.acceptability_tolerance=0"},
      {"forum.agenda=joint_planning", "forum.decision_rule=supermajority", "forum.supermajority_threshold=1",
       "forum.bounded_confidence=0", "forum.mixing_rate=1"},
      {"forum.meetings_per_year=0", "forum.msme_seats=0", "forum.civil_society_seats=0"},
      {"forum.msme_seats=100", "forum.civil_society_seats=100", "power.asymmetry_exponent=5",
       "power.msme_representative=0"},
      {"power.asymmetry_exponent=0", "government.authority=0", "power.civil_society=0"},
      {"government.registry_quality=1", "government.coordination_unit=true", "regulation.mandatory_reporting=true",
       "regulation.audit_probability=1", "regulation.sanction_billion_idr=1000000", "regulation.binding=true"},
      {"government.registry_quality=0", "government.facilitation=0", "perception.noise_sd=5"},
      {"economy.entry_probability=0", "economy.exit_after_steps=1", "economy.margin=0"},
      {"economy.entry_probability=1", "economy.shock_sd_msme=2", "economy.shock_sd_sector=2"},
      {"implementation.fatigue=20", "implementation.exposure_memory=1", "implementation.training_decay=1"},
      {"evaluation.mode=impact", "evaluation.learning_rate=1", "evaluation.impact_noise=5"},
      {"evaluation.mode=impact", "forum.agenda=joint_planning",
       "programmes.effect.training={production: 0, management: 0, market: 0, legal: 0, finance: 0}"},
      {"organisation.join_rate=1", "organisation.advocacy_support=1", "organisation.leave_rate=1"},
      {"spillover.capability_rate=1", "spillover.trust_rate=1", "economy.capability_decay=1"},
      {"simulation.steps_per_year=1"},
      {"population.initial_capability={production: 1, management: 1, market: 1, legal: 1, finance: 1}",
       "population.initial_capability_sd=0"},
      {"population.initial_capability={production: 0, management: 0, market: 0, legal: 0, finance: 0}"},
  };
  for (const auto& overrides : edges) {
    std::string label;
    for (const auto& o : overrides) label += o + " ";
    SECTION(label) { require_finite(test::load_small(dir, overrides)); }
  }
}

TEST_CASE("One district and one MSME run", "[edges]") {
  TempDir dir;
  const auto districts = dir.write("one.csv", "name,msme_weight\nSolo,1\n");
  auto result = load_scenario_text("name: one\nsimulation: {years: 2}\npopulation: {msmes: 1, districts_file: '" +
                                       districts + "'}\ncompanies: {named: [], others: {count: 3}}\n",
                                   dir.file("one.yaml"));
  INFO(test::describe(result.errors));
  REQUIRE(result.scenario);
  require_finite(*result.scenario);
}

TEST_CASE("Empty districts and undefined measures are missing (NaN), not 0", "[edges][integrity]") {
  // Issue 18 row 21: one MSME, no companies: capability, reach and need match of the empty
  // districts and of a year without deliveries were reported as 0.
  TempDir dir;
  const auto districts = dir.write("three.csv", "name,msme_weight\nA,1\nB,1\nC,1\n");
  auto result = load_scenario_text("name: lonely\nsimulation: {years: 2}\npopulation: {msmes: 1, districts_file: '" +
                                       districts + "'}\ncompanies: {named: [], others: {count: 0}}\n",
                                   dir.file("lonely.yaml"));
  INFO(test::describe(result.errors));
  REQUIRE(result.scenario);
  const auto r = run_replication(*result.scenario, 7, 0);
  REQUIRE(r.complete);
  const auto& year = r.years.front();
  CHECK(std::isnan(year.indicators[ind::need_match]));        // no deliveries
  CHECK(std::isnan(year.indicators[ind::duplication_rate]));  // no deliveries
  int empty = 0;
  for (std::size_t d = 0; d < 3; ++d) {
    if (year.districts[district_msmes][d] > 0) continue;
    ++empty;
    CHECK(year.districts[district_msmes][d] == 0);  // a count is 0, not missing
    CHECK(std::isnan(year.districts[district_reach][d]));
    CHECK(std::isnan(year.districts[district_capability_mean][d]));
  }
  CHECK(empty >= 2);
}
