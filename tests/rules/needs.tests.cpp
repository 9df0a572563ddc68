// Needs: weighted gaps, need match, the capability each type raises most, district sums, and the
// recent-trainee window.
#include "cgsim/rules/needs.hpp"

#include <catch2/catch.hpp>

#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

TEST_CASE("Each programme type's main capability is the largest entry of its effect row", "[rules][needs]") {
  const Parameters p = default_parameters();
  const auto k_star = main_capability(p);
  for (int t = 0; t < kTypes; ++t) {
    INFO(kTypeNames[t]);
    for (int k = 0; k < kCapabilities; ++k) CHECK(effect_row(p, t)[k] <= effect_row(p, t)[k_star[t]]);
  }
  CHECK(k_star[kTraining] == static_cast<int>(Capability::production));
  CHECK(k_star[static_cast<int>(ProgrammeType::legal)] == kLegalCapability);
}

TEST_CASE("Weighted gaps and need match", "[rules][needs]") {
  TempDir dir;
  World w = test::small_world(dir, 23);
  const std::size_t i = 12;
  auto& m = w.msmes;
  const float level[kCapabilities] = {0.9f, 0.1f, 0.5f, 0.7f, 0.3f};
  for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] = level[k];
  const auto& weights = need_weights(w.params, m.sector[i]);
  const auto gaps = weighted_gaps(w.params, m, i);
  int largest = 0;
  for (int k = 0; k < kCapabilities; ++k) {
    CHECK(gaps[k] == Approx(weights[k] * (1.0 - level[k])));
    if (gaps[k] > gaps[largest]) largest = k;
  }
  CHECK(need_match(gaps, largest) == 1.0f);  // addressing the largest gap is a perfect match
  for (int k = 0; k < kCapabilities; ++k) {
    CHECK(need_match(gaps, k) == Approx(gaps[k] / gaps[largest]));
    CHECK(need_match(w.params, m, i, k) == need_match(gaps, k));
  }
  // A fully capable MSME has no gaps: any programme matches (there is nothing better to do).
  for (int k = 0; k < kCapabilities; ++k) m.capability[k][i] = 1.0f;
  CHECK(need_match(w.params, m, i, 0) == 1.0f);
}

TEST_CASE("District needs sum the main-capability gaps of the alive MSMEs", "[rules][needs]") {
  TempDir dir;
  World w = test::small_world(dir, 23);
  auto& m = w.msmes;
  for (std::size_t i = 0; i < m.size(); i += 9) m.alive[i] = 0;
  for (std::size_t i = 0; i < m.size(); ++i) m.association[i] = i % 3 == 0 ? m.district[i] : kNoAssociation;
  const auto k_star = main_capability(w.params);
  const Eigen::MatrixXd all = district_needs(w.context(), w.districts, w.msmes, false);
  const Eigen::MatrixXd organised = district_needs(w.context(), w.districts, w.msmes, true);
  REQUIRE(all.rows() == kTypes);
  REQUIRE(all.cols() == w.district_count());
  for (int d = 0; d < w.district_count(); ++d)
    for (int t = 0; t < kTypes; ++t) {
      double expected = 0, expected_organised = 0;
      const auto& dist = w.districts[d];
      for (std::size_t i = dist.first; i < dist.first + dist.count; ++i) {
        if (!m.alive[i]) continue;
        const double gap = weighted_gaps(w.params, m, i)[k_star[t]];
        expected += gap;
        if (m.association[i] != kNoAssociation) expected_organised += gap;
      }
      CHECK(all(t, d) == Approx(expected));
      CHECK(organised(t, d) == Approx(expected_organised));
      CHECK(organised(t, d) < all(t, d));
    }
}

TEST_CASE("The recent-trainee window: trained in the last two years and not mentored since", "[rules][needs]") {
  Msmes m;
  m.resize(1);
  const int year = 10;
  auto trained = [&](int training_year, int mentoring_year) {
    m.last_training_year[0] = static_cast<std::int16_t>(training_year);
    m.last_mentoring_year[0] = static_cast<std::int16_t>(mentoring_year);
    return recently_trained(m, 0, year);
  };
  CHECK(trained(9, kNever));
  CHECK(trained(8, kNever));
  CHECK_FALSE(trained(7, kNever));       // three years ago: outside the window
  CHECK_FALSE(trained(10, kNever));      // this year: a duplicate, not a repeat
  CHECK_FALSE(trained(9, 9));            // mentored in the same year: consolidated
  CHECK_FALSE(trained(8, 9));            // mentored since
  CHECK(trained(9, 8));                  // mentored before the training
  CHECK_FALSE(trained(kNever, kNever));  // never trained
}
