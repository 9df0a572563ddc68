#include "cgsim/measure/csr_impact.hpp"

#include <limits>

#include "cgsim/core/units.hpp"

namespace cgsim {

namespace {

struct MsmeTotals {
  double capability = 0;  // summed capability (5 dimensions) of alive MSMEs
  double revenue = 0;     // this year's revenue of every MSME, including those that exited (million IDR)
};

MsmeTotals totals(const Msmes& m) {
  MsmeTotals t;
  for (std::size_t i = 0; i < m.size(); ++i) {
    t.revenue += m.revenue_year[i];
    if (m.alive[i]) t.capability += m.capability_sum(i);
  }
  return t;
}

}  // namespace

void measure_csr_impact(const World& real, const World& shadow, CsrImpactTally& tally, YearRecord& r) {
  const MsmeTotals a = totals(real.msmes), b = totals(shadow.msmes);
  tally.spend_billion += r.indicators[ind::csr_spend];
  tally.revenue_gain_billion += billion_from_million_idr(a.revenue - b.revenue);
  const double spent = tally.spend_billion;
  r.indicators[ind::csr_impact_capability_per_bn] = spent > 0 ? (a.capability - b.capability) / spent : 0.0;
  r.indicators[ind::csr_impact_revenue_per_bn] = spent > 0 ? tally.revenue_gain_billion / spent : 0.0;
}

void no_csr_impact(YearRecord& r) {
  r.indicators[ind::csr_impact_capability_per_bn] = std::numeric_limits<double>::quiet_NaN();
  r.indicators[ind::csr_impact_revenue_per_bn] = std::numeric_limits<double>::quiet_NaN();
}

}  // namespace cgsim
