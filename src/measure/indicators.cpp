#include "cgsim/measure/indicators.hpp"

#include <algorithm>

namespace cgsim {

const std::array<IndicatorSpec, indicator_count>& indicator_catalogue() {
  static const std::array<IndicatorSpec, indicator_count> catalogue = {{
      {"capability_mean", "share 0..1", "Mean capability of alive MSMEs over the 5 dimensions"},
      {"capability_production", "share 0..1", "Mean production capability"},
      {"capability_management", "share 0..1", "Mean management (financial literacy) capability"},
      {"capability_market", "share 0..1", "Mean market (incl. digital) capability"},
      {"capability_legal", "share 0..1", "Mean legal (formalisation) capability"},
      {"capability_finance", "share 0..1", "Mean access-to-finance capability"},
      {"revenue_mean", "million IDR per year", "Mean revenue of alive MSMEs over the year"},
      {"revenue_median", "million IDR per year", "Median revenue of alive MSMEs over the year"},
      {"msmes_alive", "count", "Alive MSMEs at year end"},
      {"formal_share", "share", "Share of alive MSMEs holding a business licence (NIB)"},
      {"organised_share", "share", "Share of alive MSMEs in an association"},
      {"reach", "share", "Share of alive MSMEs that received at least one delivery this year"},
      {"duplication_rate", "share", "Share of deliveries to an MSME that already had that programme type this year"},
      {"need_match", "share", "Mean over deliveries of the addressed gap relative to the MSME's largest gap"},
      {"repeat_training_share", "share",
       "Share of trainings to MSMEs trained in the previous two years without mentoring since"},
      {"benefit_gini_districts", "Gini 0..1", "Gini coefficient of CSR spend per MSME across districts this year"},
      {"benefit_gini_msmes", "Gini 0..1", "Gini coefficient of cumulative CSR benefit across alive MSMEs"},
      {"forum_budget_share", "share", "Share of the CSR budget spent according to a forum plan"},
      {"msme_voice_share", "share",
       "MSME representatives' realised share of speaking weight in the forum's meetings (absent = 0); 0 without "
       "deliberation"},
      {"decision_success", "0/1", "1 if the forum adopted a plan this year"},
      {"decision_acceptability", "share",
       "Mean over participants of 1 - distance(plan, own interest); without a plan, of what the companies spend alone"},
      {"decision_equity", "share (sd)", "Standard deviation of acceptability across participants (lower is fairer)"},
      {"acceptability_government", "share", "1 - distance(plan, the government's interest)"},
      {"acceptability_companies", "share", "Mean over the companies at the table of 1 - distance(plan, own interest)"},
      {"acceptability_msme", "share",
       "1 - distance(plan, MSME representatives' mean interest; the organised MSMEs' needs without a seat)"},
      {"msme_influence", "share (-1..1)",
       "How far the adopted plan moved towards the MSMEs' interest relative to the dominant actors' plan; 0 without a "
       "plan"},
      {"deliberation_rounds", "count", "Deliberation rounds held this year"},
      {"companies_active_share", "share", "Share of operating member companies taking part in planning"},
      {"companies_reporting_share", "share", "Share of operating member companies reporting to the registry"},
      {"trust_government_company", "trust 0..1", "Mean stakeholder trust between government and companies"},
      {"trust_msme_company", "trust 0..1", "Mean trust of alive MSMEs in companies"},
      {"trust_msme_government", "trust 0..1", "Mean trust of alive MSMEs in government"},
      {"csr_spend", "billion IDR per year", "CSR spent on MSME programmes this year"},
      {"csr_efficiency", "capability points per billion IDR",
       "Increase in summed capability of MSMEs alive all year, per billion IDR spent"},
      {"government_cost", "billion IDR per year", "Public cost of the governance levers in force"},
      {"collaboration_index", "share",
       "Mean of forum budget share, normalised MSME voice, stakeholder trust, plan adherence, evaluation feedback"},
      {"collaboration_stage", "stage 0..3", "0 pre-collaborative, 1 nascent, 2 developing, 3 collaborative"},
  }};
  return catalogue;
}

const std::array<IndicatorSpec, district_indicator_count>& district_indicator_catalogue() {
  static const std::array<IndicatorSpec, district_indicator_count> catalogue = {{
      {"spend", "billion IDR per year", "CSR spent on the district's MSMEs this year"},
      {"reach", "share", "Share of the district's alive MSMEs served this year"},
      {"capability_mean", "share 0..1", "Mean capability of the district's alive MSMEs"},
      {"msmes", "count", "Alive MSMEs in the district at year end"},
  }};
  return catalogue;
}

double gini(std::vector<double> values) {
  const auto n = values.size();
  if (n == 0) return 0.0;
  std::sort(values.begin(), values.end());
  double weighted = 0, total = 0;
  for (std::size_t k = 0; k < n; ++k) {
    weighted += static_cast<double>(k + 1) * values[k];
    total += values[k];
  }
  if (!(total > 0)) return 0.0;
  const double dn = static_cast<double>(n);
  return std::clamp((2.0 * weighted) / (dn * total) - (dn + 1.0) / dn, 0.0, 1.0);
}

}  // namespace cgsim
