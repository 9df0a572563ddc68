// Evaluation: measured impact against unserved neighbours, learning towards what worked per
// rupiah at the learning rate, and MSME trust in government following voice.
#include "cgsim/rules/evaluation.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

double total_variation(const ByType& a, const ByType& b) {
  double d = 0;
  for (int t = 0; t < kTypes; ++t) d += 0.5 * std::abs(a[t] - b[t]);
  return d;
}

// A world in which, in every district, unserved MSMEs gained 0.1, those served training gained
// 0.5 and those served capital 0.2 (capability points over the year).
World world_with_known_gains(const TempDir& dir, const std::vector<std::string>& overrides) {
  World w = test::small_world(dir, 24, overrides);
  auto& m = w.msmes;
  for (std::size_t i = 0; i < m.size(); ++i) {
    m.alive[i] = 1;
    for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] = 0.5f;
    const int group = static_cast<int>(i % 4);  // 0, 1 unserved; 2 training; 3 capital
    m.served_types[i] = group == 2 ? 1u << kTraining : group == 3 ? 1u << kCapital : 0;
    const float gain = group == 2 ? 0.5f : group == 3 ? 0.2f : 0.1f;
    m.capability_at_year_start[i] = m.capability_sum(i) - gain;
  }
  return w;
}

}  // namespace

TEST_CASE("Measured impact is the beneficiaries' gain minus that of unserved MSMEs nearby", "[rules][evaluation]") {
  TempDir dir;
  World w = world_with_known_gains(dir, {});
  // Entrants of this year (negative year-start capability) count neither as served nor as base.
  w.msmes.capability_at_year_start[3] = -1;
  const ByType impact = measured_impact(w.districts, w.msmes);
  CHECK(impact[kTraining] == Approx(0.4).margin(1e-5));
  CHECK(impact[kCapital] == Approx(0.1).margin(1e-5));
  CHECK(impact[kMentoring] == 0.0);  // nobody received it
}

TEST_CASE("The learning target is positive impact per unit cost, normalised", "[rules][evaluation]") {
  Parameters p = default_parameters();
  ByType impact{};
  impact[kTraining] = 0.4;
  impact[kCapital] = 0.2;
  impact[kMentoring] = -0.3;  // harmful: no weight
  const ByType target = learning_target(p, impact);
  const double training = 0.4 / p.unit_cost[kTraining], capital = 0.2 / p.unit_cost[kCapital];
  CHECK(target[kTraining] == Approx(training / (training + capital)));
  CHECK(target[kCapital] == Approx(capital / (training + capital)));
  CHECK(target[kMentoring] == 0.0);
  // Nothing worked: no reason to prefer any type.
  const ByType uniform = learning_target(p, ByType{});
  for (double x : uniform) CHECK(x == Approx(1.0 / kTypes));
}

TEST_CASE("Learning moves preferences towards the target at the learning rate", "[rules][evaluation]") {
  ByType preferences{0.4, 0.2, 0.1, 0.1, 0.1, 0.05, 0.05};
  ByType target{};
  target[kCapital] = 1.0;
  const double eta = 0.3;
  const ByType before = preferences;
  CHECK(learn(preferences, target, eta));
  for (int t = 0; t < kTypes; ++t) CHECK(preferences[t] == Approx((1 - eta) * before[t] + eta * target[t]));
  // The distance to the target shrinks by exactly (1 - eta), and the mix still sums to 1.
  CHECK(total_variation(preferences, target) == Approx((1 - eta) * total_variation(before, target)));
  double sum = 0;
  for (double x : preferences) sum += x;
  CHECK(sum == Approx(1.0));
  // At the target nothing moves, and learn says so.
  ByType at_target = target;
  CHECK_FALSE(learn(at_target, target, eta));
}

TEST_CASE("Impact evaluation moves informed companies and the government towards what worked", "[rules][evaluation]") {
  TempDir dir;
  // A perfect registry: the impact is measured without noise.
  World w = world_with_known_gains(
      dir, {"evaluation.mode=impact", "government.registry_quality=1", "evaluation.learning_rate=0.25"});
  const ByType target = learning_target(w.params, measured_impact(w.districts, w.msmes));
  REQUIRE(target[kTraining] > target[kCapital]);
  double budget = 0, informed_budget = 0;
  for (std::size_t j = 0; j < w.companies.size(); ++j) {
    auto& c = w.companies[j];
    c.active = j % 3 == 0;
    c.reporting = j % 3 == 1;
    if (!c.operating()) continue;
    budget += c.msme_budget;
    if (c.active || c.reporting) informed_budget += c.msme_budget;
  }
  const auto before = w.companies;
  const ByType government_before = w.government_priorities;
  const auto result = evaluate_year(w.context(), w.districts, 0.0, -1.0, w.msmes, w.companies, w.government_priorities);
  for (std::size_t j = 0; j < w.companies.size(); ++j) {
    const auto& c = w.companies[j];
    INFO(c.name);
    const bool informed = c.operating() && (c.active || c.reporting);
    for (int t = 0; t < kTypes; ++t)
      CHECK(c.preferences[t] ==
            Approx(informed ? 0.75 * before[j].preferences[t] + 0.25 * target[t] : before[j].preferences[t]));
  }
  for (int t = 0; t < kTypes; ++t)
    CHECK(w.government_priorities[t] == Approx(0.75 * government_before[t] + 0.25 * target[t]));
  CHECK(result.feedback == Approx(informed_budget / budget));
}

TEST_CASE("Output evaluation learns nothing", "[rules][evaluation]") {
  TempDir dir;
  World w = world_with_known_gains(dir, {"evaluation.mode=output"});
  for (auto& c : w.companies) c.active = true;
  const auto before = w.companies;
  const ByType government_before = w.government_priorities;
  const auto result = evaluate_year(w.context(), w.districts, 1.0, -1.0, w.msmes, w.companies, w.government_priorities);
  CHECK(result.feedback == 0.0);
  for (std::size_t j = 0; j < w.companies.size(); ++j) CHECK(w.companies[j].preferences == before[j].preferences);
  CHECK(w.government_priorities == government_before);
}

TEST_CASE("MSMEs' trust in government moves with what they experienced, not with the levers", "[rules][evaluation]") {
  TempDir dir;
  World w = test::small_world(dir, 25, {"evaluation.msme_trust_rate=0.5", "forum.transparency=false"});
  auto& m = w.msmes;
  for (std::size_t i = 0; i < m.size(); ++i) {
    m.alive[i] = 1;
    m.trust_government[i] = 0.5f;
    m.association[i] = i % 2 ? m.district[i] : kNoAssociation;
    m.served_types[i] = 0;
  }
  m.served_types[2] = 1u << kTraining;  // unorganised, received a delivery
  m.served_types[3] = 1u << kTraining;  // organised, received a delivery
  // Heard at 0.6, a plan kept at 0.2.
  evaluate_year(w.context(), w.districts, 0.6, 0.2, m, w.companies, w.government_priorities);
  CHECK(m.trust_government[0] == Approx(0.5));                                  // no contact: unchanged
  CHECK(m.trust_government[1] == Approx(0.5 + 0.5 * ((0.6 + 0.2) / 2 - 0.5)));  // heard, promise mostly broken
  CHECK(m.trust_government[2] == Approx(0.5 + 0.5 * (1.0 - 0.5)));              // benefit received
  CHECK(m.trust_government[3] == Approx(0.5 + 0.5 * ((0.6 + 0.2 + 1.0) / 3 - 0.5)));
  // Full voice changes nothing for an MSME with no contact; published results make the kept
  // (or broken) promise visible to it.
  evaluate_year(w.context(), w.districts, 1.0, -1.0, m, w.companies, w.government_priorities);
  CHECK(m.trust_government[0] == Approx(0.5));
  w.params.transparency = true;
  evaluate_year(w.context(), w.districts, 1.0, 0.0, m, w.companies, w.government_priorities);
  CHECK(m.trust_government[0] == Approx(0.25));
}
