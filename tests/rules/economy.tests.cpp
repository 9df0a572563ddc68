// The MSME economy: revenue from capabilities, exit after a run of negative capital, entry.
#include "cgsim/rules/economy.hpp"

#include <catch2/catch.hpp>

#include "cgsim/scenario/parameter_table.hpp"
#include "cgsim/world/world_builder.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

// Each test file builds its worlds with its own seed.
World small_world(const TempDir& dir, const std::vector<std::string>& overrides = {}) {
  return test::small_world(dir, 5, overrides);
}

}  // namespace

TEST_CASE("Expected revenue at capability 0.5 is the scale's base revenue x sector multiplier", "[rules][economy]") {
  TempDir dir;
  World w = small_world(dir);
  const std::size_t i = 7;
  for (int k = 0; k < kCapabilities; ++k) w.msmes.capability[k][i] = 0.5f;
  const auto& p = w.params;
  const double base = p.base_revenue[w.msmes.scale[i]] * p.revenue_multiplier[w.msmes.sector[i]] / p.steps_per_year;
  CHECK(expected_step_revenue(w.params, w.msmes, i) == Approx(base));
  for (int k = 0; k < kCapabilities; ++k) w.msmes.capability[k][i] = 1.0f;
  CHECK(expected_step_revenue(w.params, w.msmes, i) == Approx(base * (1 + p.capability_elasticity * 0.5)));
}

TEST_CASE("An MSME exits after exit_after_steps steps of negative capital", "[rules][economy]") {
  TempDir dir;
  World w = small_world(dir, {"economy.entry_probability=0", "economy.exit_after_steps=4"});
  const std::size_t i = 3;
  w.msmes.capital[i] = -1e9f;
  for (int step = 0; step < 3; ++step, ++w.step) economy_step(w.context(), w.msmes);
  CHECK(w.msmes.alive[i] == 1);
  economy_step(w.context(), w.msmes);
  CHECK(w.msmes.alive[i] == 0);
}

TEST_CASE("Vacated slots are taken by new MSMEs at the entry probability", "[rules][economy]") {
  TempDir dir;
  World w = small_world(dir, {"economy.entry_probability=1"});
  w.msmes.alive[3] = 0;
  w.msmes.cumulative_benefit[3] = 99;
  economy_step(w.context(), w.msmes);
  CHECK(w.msmes.alive[3] == 1);
  CHECK(w.msmes.cumulative_benefit[3] == 0.0f);  // a new firm, not the old one
  CHECK(w.msmes.association[3] == kNoAssociation);
}

TEST_CASE("exit_after_steps is limited to what the step counter can count", "[rules][economy]") {
  // Regression: Msmes::negative_capital_steps is a uint8_t; exit_after_steps used to accept up to
  // 1000, and with more than 255 the counter wrapped to 0 so no MSME ever exited.
  TempDir dir;
  const auto districts = dir.write("districts.csv", test::kDistrictsCsv);
  const auto refused =
      load_scenario_text(test::small_scenario_yaml(districts), dir.file("s.yaml"), {"economy.exit_after_steps=300"});
  CHECK_FALSE(refused.scenario.has_value());

  const auto* spec = find_parameter("economy.exit_after_steps");
  REQUIRE(spec != nullptr);
  CHECK(spec->max <= 255);
  World w = small_world(
      dir, {"economy.entry_probability=0", "economy.exit_after_steps=" + std::to_string(static_cast<int>(spec->max))});
  const std::size_t i = 3;
  for (int step = 0; step < static_cast<int>(spec->max) - 1; ++step, ++w.step) {
    w.msmes.capital[i] = -1e9f;  // stays deep in the red
    economy_step(w.context(), w.msmes);
  }
  CHECK(w.msmes.alive[i] == 1);
  w.msmes.capital[i] = -1e9f;
  economy_step(w.context(), w.msmes);
  CHECK(w.msmes.alive[i] == 0);
}

TEST_CASE("Without shocks one step adds the expected revenue, books the profit and decays capabilities",
          "[rules][economy]") {
  // Checks every MSME of a population whose size is not a multiple of four (the update works on
  // groups of four), with some dead ones in between that must stay untouched.
  TempDir dir;
  World w = small_world(dir, {"economy.shock_sd_sector=0", "economy.shock_sd_msme=0", "economy.entry_probability=0",
                              "population.msmes=1999"});
  auto& m = w.msmes;
  REQUIRE(m.size() % 4 != 0);
  for (std::size_t i = 0; i < m.size(); i += 7) m.alive[i] = 0;
  for (std::size_t i = 1; i < m.size(); i += 5) m.fragile_training[i] = 0.2f;
  const auto& p = w.params;
  const auto before = m;
  std::vector<double> expected(m.size());
  for (std::size_t i = 0; i < m.size(); ++i) expected[i] = expected_step_revenue(w.params, w.msmes, i);
  economy_step(w.context(), w.msmes);
  const double keep = std::pow(1.0 - p.capability_decay, 1.0 / p.steps_per_year);
  const double fade = 1.0 - std::pow(1.0 - p.training_decay, 1.0 / p.steps_per_year);
  for (std::size_t i = 0; i < m.size(); ++i) {
    INFO("MSME " << i);
    if (!before.alive[i]) {
      CHECK(m.alive[i] == 0);
      CHECK(m.capital[i] == before.capital[i]);
      CHECK(m.revenue_year[i] == before.revenue_year[i]);
      CHECK(m.capability[0][i] == before.capability[0][i]);
      continue;
    }
    CHECK(m.revenue_year[i] - before.revenue_year[i] == Approx(expected[i]).epsilon(1e-5));
    const double living = p.living_cost[m.scale[i]] / p.steps_per_year;
    CHECK(m.capital[i] - before.capital[i] == Approx(p.margin * expected[i] - living).epsilon(1e-4).margin(1e-3));
    if (!m.alive[i]) continue;  // exited this step: capabilities are not updated
    CHECK(m.fragile_training[i] == Approx(before.fragile_training[i] * (1 - fade)).margin(1e-6));
    for (int k = 0; k < kCapabilities; ++k) {
      const double lost = before.fragile_training[i] * fade * effect_row(p, kTraining)[k];
      double training_total = 0;
      for (double e : effect_row(p, kTraining)) training_total += e;
      const double faded = std::max(0.0, before.capability[k][i] - lost / training_total);
      CHECK(m.capability[k][i] == Approx(faded * keep).margin(1e-6));
    }
  }
}
