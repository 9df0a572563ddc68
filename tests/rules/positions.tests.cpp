// Interests over the plan space: companies' ring-1 and brandable types, the government's balance.
#include "cgsim/rules/positions.hpp"

#include <catch2/catch.hpp>

#include "cgsim/rules/needs.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

World small_world(const TempDir& dir, const std::vector<std::string>& overrides = {}) {
  return test::small_world(dir, 21, overrides);
}

double district_mass(const Eigen::VectorXd& x, int d) { return x.segment(d * kTypes, kTypes).sum(); }

}  // namespace

TEST_CASE("A company's interest puts the operating focus on its ring-1 districts", "[rules][positions]") {
  TempDir dir;
  World w = small_world(dir, {"companies.need_weight=0", "companies.operating_focus=0.8"});
  const auto needs = district_needs(w.context(), w.districts, w.msmes, false);
  const int j = 0;  // PTBA: Lawang Kidul, Muara Enim, Tanjung Agung of the four test districts
  const auto& c = w.companies[j];
  REQUIRE(!c.districts.empty());
  const Eigen::VectorXd x = company_position(w.context(), w.companies[j], j, 0.0, needs);
  CHECK(x.sum() == Approx(1.0));
  const int D = w.district_count();
  double ring = 0;
  for (int d : c.districts) ring += district_mass(x, d);
  CHECK(ring == Approx(0.8 + 0.2 * static_cast<double>(c.districts.size()) / D));
}

TEST_CASE("Brandability tilts interests towards visible programme types", "[rules][positions]") {
  TempDir dir;
  World w = small_world(dir);
  ByType flat{};
  flat.fill(1.0 / kTypes);
  const ByType none = visible_mix(flat, w.params, 0.0);
  const ByType full = visible_mix(flat, w.params, 1.0);
  const int capital = kCapital, legal = static_cast<int>(ProgrammeType::legal);
  CHECK(none[capital] == Approx(none[legal]));
  CHECK(full[capital] / full[legal] == Approx(w.params.brandability[capital] / w.params.brandability[legal]));
  double sum = 0;
  for (double v : full) sum += v;
  CHECK(sum == Approx(1.0));
}

TEST_CASE("The government's interest balances districts by MSMEs and RPJMD priority", "[rules][positions]") {
  TempDir dir;
  World w = small_world(dir, {"government.need_weight=0"});
  const auto x = government_interest(w.context(), w.districts, w.government_priorities, 0.0,
                                     district_needs(w.context(), w.districts, w.msmes, false));
  double total = 0;
  for (const auto& d : w.districts) total += (static_cast<double>(d.count) + 1.0) * d.rpjmd_priority;
  for (int d = 0; d < w.district_count(); ++d)
    CHECK(district_mass(x, d) ==
          Approx((static_cast<double>(w.districts[d].count) + 1.0) * w.districts[d].rpjmd_priority / total));
}
