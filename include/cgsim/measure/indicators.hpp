#pragma once
// The indicators every run records (names, units and meanings are part of the output contract,
// docs/output.md; definitions in docs/ODD.md section 7).
#include <array>
#include <string_view>
#include <vector>

namespace cgsim {

struct IndicatorSpec {
  std::string_view name, units, description;
};

namespace ind {
enum Indicator : int {
  capability_mean,
  capability_production,
  capability_management,
  capability_market,
  capability_legal,
  capability_finance,
  revenue_mean,
  revenue_median,
  msmes_alive,
  formal_share,
  organised_share,
  reach,
  duplication_rate,
  need_match,
  repeat_training_share,
  benefit_gini_districts,
  benefit_gini_msmes,
  forum_budget_share,
  msme_voice_share,
  decision_success,
  decision_acceptability,
  decision_equity,
  acceptability_government,
  acceptability_companies,
  acceptability_msme,
  msme_influence,
  deliberation_rounds,
  companies_active_share,
  companies_reporting_share,
  trust_government_company,
  trust_msme_company,
  trust_msme_government,
  csr_spend,
  csr_efficiency,
  government_cost,
  collaboration_index,
  collaboration_stage,
  indicator_count
};
}  // namespace ind
inline constexpr int indicator_count = ind::indicator_count;

enum DistrictIndicator : int {
  district_spend,
  district_reach,
  district_capability_mean,
  district_msmes,
  district_indicator_count
};

const std::array<IndicatorSpec, indicator_count>& indicator_catalogue();
const std::array<IndicatorSpec, district_indicator_count>& district_indicator_catalogue();

// One year's values: indicators[i] and districts[k][d].
struct YearRecord {
  std::array<double, indicator_count> indicators{};
  std::array<std::vector<double>, district_indicator_count> districts;
};

// Gini coefficient of non-negative values (0 = equal); 0 for an empty or all-zero set.
double gini(std::vector<double> values);

}  // namespace cgsim
