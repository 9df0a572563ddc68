#pragma once
// CSR impact against a counterfactual (ODD 7.12): each replication runs a shadow world, built
// from the same seed and replication (so every random number keyed the same way is the same) in
// which no CSR is delivered; everything else (participation, forum, surveys, economy, diffusion)
// runs as in the real world. Impact = real minus shadow, per billion IDR of CSR spent to date.
#include "cgsim/measure/indicators.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// What the impact indicators accumulate over the years of one replication.
struct CsrImpactTally {
  double spend_billion = 0;         // CSR spent on MSMEs to date (real world)
  double revenue_gain_billion = 0;  // MSME revenue to date, real minus shadow
};

// After both worlds have simulated the year and `r` holds the real world's indicators: adds the
// year to `tally` and writes csr_impact_capability_per_bn (summed capability of alive MSMEs now,
// real minus shadow, per billion spent to date) and csr_impact_revenue_per_bn (revenue to date,
// real minus shadow, per billion spent to date).
void measure_csr_impact(const World& real, const World& shadow, CsrImpactTally& tally, YearRecord& r);
// Without a shadow world (simulation.csr_counterfactual false): both indicators NaN.
void no_csr_impact(YearRecord& r);

}  // namespace cgsim
