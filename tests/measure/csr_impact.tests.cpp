// CSR impact against the counterfactual of the same replication with no CSR delivered.
#include "cgsim/measure/csr_impact.hpp"

#include <catch2/catch.hpp>
#include <cmath>

#include "cgsim/core/units.hpp"
#include "cgsim/engine/replication.hpp"
#include "cgsim/engine/year.hpp"
#include "support/fixtures.hpp"

using namespace cgsim;
using cgsim::test::TempDir;

namespace {

double summed_capability(const Msmes& m) {
  double s = 0;
  for (std::size_t i = 0; i < m.size(); ++i)
    if (m.alive[i]) s += m.capability_sum(i);
  return s;
}
double total_revenue(const Msmes& m) {
  double s = 0;
  for (std::size_t i = 0; i < m.size(); ++i) s += m.revenue_year[i];
  return s;
}

}  // namespace

TEST_CASE("The shadow world delivers nothing and shares the real world's random numbers", "[measure][csr_impact]") {
  TempDir dir;
  const Scenario s = test::load_small(dir, {"simulation.years=3"});
  World a = build_world(s, 7, 2), b = build_world(s, 7, 2);
  a.csr_delivered = b.csr_delivered = false;
  CarryOver ca = start_carry_over(a), cb = start_carry_over(b);
  for (int year = 1; year <= 3; ++year) {
    const auto ra = simulate_year(a, ca, s, year);
    simulate_year(b, cb, s, year);
    CHECK(ra.indicators[ind::csr_spend] == 0.0);
    CHECK(ra.indicators[ind::reach] == 0.0);
  }
  // Two shadows of one replication are the same world: a difference between real and shadow is
  // the CSR's doing, not the draws'.
  CHECK(summed_capability(a.msmes) == summed_capability(b.msmes));
  CHECK(total_revenue(a.msmes) == total_revenue(b.msmes));
}

TEST_CASE("CSR impact is real minus shadow, per billion spent to date", "[measure][csr_impact]") {
  TempDir dir;
  const Scenario s = test::load_small(dir, {"simulation.years=3", "government.coordination_unit=true"});
  const auto result = run_replication(s, 5, 1);
  REQUIRE(result.years.size() == 3);
  World real = build_world(s, 5, 1), shadow = build_world(s, 5, 1);
  shadow.csr_delivered = false;
  CarryOver cr = start_carry_over(real), cs = start_carry_over(shadow);
  double spent = 0, revenue_gain = 0;
  for (int year = 1; year <= 3; ++year) {
    const auto r = simulate_year(real, cr, s, year);
    simulate_year(shadow, cs, s, year);
    spent += r.indicators[ind::csr_spend];
    revenue_gain += billion_from_million_idr(total_revenue(real.msmes) - total_revenue(shadow.msmes));
    const auto& out = result.years[static_cast<std::size_t>(year - 1)].indicators;
    REQUIRE(spent > 0);
    CHECK(out[ind::csr_impact_capability_per_bn] ==
          Approx((summed_capability(real.msmes) - summed_capability(shadow.msmes)) / spent));
    CHECK(out[ind::csr_impact_revenue_per_bn] == Approx(revenue_gain / spent));
  }
  // CSR raises capability (no delivery lowers one).
  CHECK(result.years.back().indicators[ind::csr_impact_capability_per_bn] > 0);
}

TEST_CASE("Without the counterfactual the impact indicators are missing, not zero", "[measure][csr_impact]") {
  TempDir dir;
  const Scenario s = test::load_small(dir, {"simulation.years=2", "simulation.csr_counterfactual=false"});
  const auto result = run_replication(s, 5, 0);
  for (const auto& y : result.years) {
    CHECK(std::isnan(y.indicators[ind::csr_impact_capability_per_bn]));
    CHECK(std::isnan(y.indicators[ind::csr_impact_revenue_per_bn]));
  }
}
