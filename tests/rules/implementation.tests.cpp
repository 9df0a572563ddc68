// Implementation: delivery effects with fatigue and partners; coordinated selection without duplicates.
#include "cgsim/rules/implementation.hpp"

#include <catch2/catch.hpp>

#include "cgsim/engine/year.hpp"
#include "cgsim/rules/needs.hpp"
#include "cgsim/rules/positions.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

// Each test file builds its worlds with its own seed.
World small_world(const TempDir& dir, const std::vector<std::string>& overrides = {}) {
  return test::small_world(dir, 3, overrides);
}

constexpr int kProduction = static_cast<int>(Capability::production);

}  // namespace

TEST_CASE("A delivery's gain is effect x gap x need match", "[rules][implementation]") {
  TempDir dir;
  World w = small_world(dir);
  const std::size_t i = 10;
  const int k_star = main_capability(w.params)[kTraining];
  CHECK(k_star == kProduction);  // training mainly raises production
  const float expected = static_cast<float>(w.params.effect_training[kProduction]) *
                         (1.0f - w.msmes.capability[kProduction][i]) * need_match(w.params, w.msmes, i, k_star);
  CHECK(delivery_gain(w.params, w.msmes, i, kTraining, kProduction, false) == Approx(expected));
  // A partnered delivery is better by the partner quality bonus.
  CHECK(delivery_gain(w.params, w.msmes, i, kTraining, kProduction, true) ==
        Approx(expected * (1.0 + w.params.partner_quality_bonus)));
  // Legal capability is not touched by training (its entry of E is 0).
  CHECK(delivery_gain(w.params, w.msmes, i, kTraining, kLegalCapability, false) == 0.0f);
}

TEST_CASE("Fatigue lowers the effect of a repeated training", "[rules][implementation]") {
  TempDir dir;
  World w = small_world(dir);
  const std::size_t i = 10;
  const float first = delivery_gain(w.params, w.msmes, i, kTraining, kProduction, false);
  const float before = w.msmes.capability[kProduction][i];
  DeliveryTally delivered(w.districts.size());
  deliver(w.params, w.year, i, kTraining, false, w.msmes, delivered);
  const float first_actual = w.msmes.capability[kProduction][i] - before;
  CHECK(first_actual == Approx(first));
  CHECK(w.msmes.exposure[i * kTypes + kTraining] == 1);

  const float second = delivery_gain(w.params, w.msmes, i, kTraining, kProduction, false);  // phi = 1, exposure 1
  w.params.fatigue = 0;
  const float second_without_fatigue = delivery_gain(w.params, w.msmes, i, kTraining, kProduction, false);
  CHECK(second == Approx(second_without_fatigue / 2));  // 1 / (1 + phi x exposure)
  CHECK(second < first);
  w.params.fatigue = 3;
  CHECK(delivery_gain(w.params, w.msmes, i, kTraining, kProduction, false) == Approx(second_without_fatigue / 4));
  // Other types are not fatigued by training.
  const float mentoring = delivery_gain(w.params, w.msmes, i, kMentoring, kProduction, false);
  w.params.fatigue = 0;
  CHECK(delivery_gain(w.params, w.msmes, i, kMentoring, kProduction, false) == Approx(mentoring));
}

TEST_CASE("deliver adds to the year's delivery tally", "[rules][implementation]") {
  TempDir dir;
  World w = small_world(dir);
  const std::size_t i = 10;
  const auto district = w.msmes.district[i];
  DeliveryTally f(w.districts.size());
  deliver(w.params, w.year, i, kTraining, false, w.msmes, f);
  deliver(w.params, w.year, i, kTraining, false, w.msmes, f);
  deliver(w.params, w.year, i, kCapital, true, w.msmes, f);
  CHECK(f.deliveries == 3);
  CHECK(f.duplicate_deliveries == 1);  // the second training
  CHECK(f.trainings == 2);
  const double cost = 2 * w.params.unit_cost[kTraining] + w.params.unit_cost[kCapital];
  CHECK(f.spend == Approx(cost));
  CHECK(f.spend_by_district[district] == Approx(cost));
  CHECK(w.msmes.cumulative_benefit[i] == Approx(cost));
  CHECK(w.msmes.served_types[i] == ((1u << kTraining) | (1u << kCapital)));
  CHECK(w.msmes.last_training_year[i] == 1);
  CHECK(w.msmes.fragile_training[i] > 0);
  deliver(w.params, w.year, i, kMentoring, false, w.msmes, f);
  CHECK(w.msmes.fragile_training[i] == 0.0f);  // mentoring consolidates training gains
}

TEST_CASE("allocate_budgets gives every operating company an allocation on the simplex", "[rules][implementation]") {
  TempDir dir;
  World w = small_world(dir);
  const auto needs = district_needs(w.context(), w.districts, w.msmes, false);
  const Spending spending = allocate_budgets(w.context(), w.companies, Forum{}, 0.0, needs);
  REQUIRE(spending.allocation.size() == w.companies.size());
  for (std::size_t j = 0; j < w.companies.size(); ++j) {
    INFO(w.companies[j].name);
    if (!w.companies[j].operating()) {
      CHECK(spending.allocation[j].size() == 0);
      continue;
    }
    REQUIRE(spending.allocation[j].size() == kTypes * w.district_count());
    CHECK(spending.allocation[j].sum() == Approx(1.0));
    CHECK(spending.allocation[j].minCoeff() >= 0.0);
    CHECK(spending.coordinated[j] == 0);  // no coordination unit by default
  }
  CHECK(spending.forum_budget_share == 0.0);  // no plan adopted
}

TEST_CASE("A perfect registry with a coordination unit serves no MSME the same type twice in a year",
          "[rules][implementation]") {
  TempDir dir;
  // Every operating company reports (mandatory reporting, certain audit, large sanction), so the
  // coordination unit sees all beneficiaries.
  const Scenario coordinated = test::load_small(
      dir, {"government.registry_quality=1", "government.coordination_unit=true", "regulation.mandatory_reporting=true",
            "regulation.audit_probability=1", "regulation.sanction_billion_idr=1000"});
  World w = build_world(coordinated, 3, 0);
  CarryOver carry = start_carry_over(w);
  for (int year = 1; year <= 3; ++year) {
    INFO("year " << year);
    const auto record = simulate_year(w, carry, coordinated, year);
    // Every operating company reports, so the unit chooses the beneficiaries of all of them.
    for (const auto& c : w.companies)
      if (c.operating()) CHECK(c.reporting);
    CHECK(record.indicators[ind::reach] * record.indicators[ind::msmes_alive] > 100);
    CHECK(record.indicators[ind::duplication_rate] == 0.0);
  }

  // The same world without the unit duplicates (so the check above can fail).
  const Scenario uncoordinated = test::load_small(dir, {"government.registry_quality=1"});
  World u = build_world(uncoordinated, 3, 0);
  CarryOver u_carry = start_carry_over(u);
  const auto record = simulate_year(u, u_carry, uncoordinated, 1);
  CHECK(record.indicators[ind::duplication_rate] > 0.01);
}

namespace {

// Share of `draws` beneficiaries of district 0 that are formal, with half its MSMEs formal (odd
// offsets), every third dead, all else equal (capability 0.5, nothing received).
double formal_share_of_draws(World& w, double elite, std::uint32_t draws) {
  auto& m = w.msmes;
  const auto& d = w.districts[0];
  w.params.elite_capture = elite;
  for (std::size_t k = 0; k < d.count; ++k) {
    const std::size_t i = d.first + k;
    m.formal[i] = k % 2;
    m.alive[i] = k % 3 != 0;
    m.cumulative_benefit[i] = 0;
    for (auto& c : m.capability) c[i] = 0.5f;
  }
  double formal = 0;
  for (std::uint32_t n = 0; n < draws; ++n) {
    const std::size_t k = draw_visible(w.context(), w.msmes, d, DeliveryKey{1, n % 7, n});
    REQUIRE(k < d.count);
    REQUIRE(m.alive[d.first + k] == 1);
    formal += m.formal[d.first + k];
  }
  return formal / draws;
}

}  // namespace

TEST_CASE("Uncoordinated companies draw beneficiaries in proportion to exp(elite x visibility)",
          "[rules][implementation]") {
  TempDir dir;
  World w = small_world(dir);
  // Formal MSMEs are 0.4 more visible: odds e^(0.4 elite) to 1 among equally many alive ones.
  const auto expected = [](double elite) { return std::exp(0.4 * elite) / (1 + std::exp(0.4 * elite)); };
  CHECK(formal_share_of_draws(w, 0.0, 20000) == Approx(0.5).margin(0.015));  // sd 0.0035
  CHECK(formal_share_of_draws(w, 2.0, 20000) == Approx(expected(2.0)).margin(0.015));
  // Extreme capture: most draws exhaust the rejection trials and use the exact fallback.
  CHECK(formal_share_of_draws(w, 20.0, 2000) > 0.995);
}

TEST_CASE("A district without alive MSMEs gets no visible beneficiary", "[rules][implementation]") {
  TempDir dir;
  World w = small_world(dir);
  const auto& d = w.districts[1];
  for (std::size_t i = d.first; i < d.first + d.count; ++i) w.msmes.alive[i] = 0;
  CHECK(draw_visible(w.context(), w.msmes, d, DeliveryKey{1, 0, 0}) == d.count);
}

namespace {

// Year-1 duplication rate of the small world with every operating company reporting (or none), a
// perfect registry, no coordination unit, and `avoidance` as implementation.reported_avoidance.
double duplication_without_unit(const TempDir& dir, bool all_report, double avoidance) {
  std::vector<std::string> overrides{"government.registry_quality=1", "government.coordination_unit=false",
                                     "implementation.reported_avoidance=" + std::to_string(avoidance)};
  if (all_report) {
    for (const char* o : {"regulation.mandatory_reporting=true", "regulation.audit_probability=1",
                          "regulation.sanction_billion_idr=1000"})
      overrides.emplace_back(o);
  } else {
    overrides.emplace_back("participation.reporting_base=-20");
  }
  const Scenario s = test::load_small(dir, overrides);
  World w = build_world(s, 3, 0);
  CarryOver carry = start_carry_over(w);
  return simulate_year(w, carry, s, 1).indicators[ind::duplication_rate];
}

}  // namespace

TEST_CASE("Reported programmes reduce duplication without a coordination unit, unreported ones do not",
          "[rules][implementation]") {
  TempDir dir;
  const double blind = duplication_without_unit(dir, true, 0.0);
  const double looking = duplication_without_unit(dir, true, 1.0);
  REQUIRE(blind > 0.01);
  CHECK(looking < 0.8 * blind);  // one second look at a perfect registry avoids most repeats
  // Nobody reports: the information system shows nothing, so looking changes nothing.
  CHECK(duplication_without_unit(dir, false, 1.0) == duplication_without_unit(dir, false, 0.0));
}

TEST_CASE("Awards tilt a reporting member's allocation towards cheap, countable deliveries in the same districts",
          "[rules][implementation]") {
  Parameters p = default_parameters();
  const int D = 3;
  Eigen::VectorXd own = Eigen::VectorXd::Zero(kTypes * D);
  for (int d = 0; d < 2; ++d)  // district 2 gets nothing
    for (int t = 0; t < kTypes; ++t) own(cell(t, d)) = (d + 1.0) * (t + 1.0);
  own /= own.sum();
  auto deliveries_per_rupiah = [&](const Eigen::VectorXd& y) {
    double n = 0;
    for (int d = 0; d < D; ++d)
      for (int t = 0; t < kTypes; ++t) n += y(cell(t, d)) / p.unit_cost[t];
    return n;
  };
  p.award_value = 0;
  CHECK(tilt_to_countable(p, own) == own);  // no award, no tilt
  p.award_value = 1;
  const Eigen::VectorXd some = tilt_to_countable(p, own);
  p.award_value = 5;
  const Eigen::VectorXd more = tilt_to_countable(p, own);
  for (const auto* y : {&some, &more}) {
    CHECK(y->sum() == Approx(1.0));
    CHECK(y->minCoeff() >= 0.0);
    for (int d = 0; d < D; ++d)  // the money stays in its districts
      CHECK(y->segment(d * kTypes, kTypes).sum() == Approx(own.segment(d * kTypes, kTypes).sum()).margin(1e-12));
  }
  CHECK(deliveries_per_rupiah(some) > deliveries_per_rupiah(own));
  CHECK(deliveries_per_rupiah(more) > deliveries_per_rupiah(some));
  CHECK(some(cell(kTraining, 0)) > own(cell(kTraining, 0)));  // cheap training gains
  CHECK(some(cell(kCapital, 0)) < own(cell(kCapital, 0)));    // costly capital loses
  p.award_countable_tilt = 0;
  CHECK(tilt_to_countable(p, own) == own);  // juries that count impact, not outputs
}
