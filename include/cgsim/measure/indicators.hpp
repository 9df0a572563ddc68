#pragma once
// The indicators every run records (names, units and meanings are part of the output contract,
// docs/output.md; definitions in docs/ODD.md section 7).
#include <array>
#include <string_view>
#include <vector>

namespace cgsim {

// Is the indicator one of the key indicators (column `key` of indicators.def)?
enum class IndicatorRole { key, other };

struct IndicatorSpec {
  std::string_view name, units, description;
  IndicatorRole role = IndicatorRole::other;
};

namespace ind {
// One value per row of indicators.def, in file order.
enum Indicator : int {
#define INDICATOR(name, ...) name,
#define DISTRICT(...)
#include "cgsim/measure/indicators.def"
#undef INDICATOR
#undef DISTRICT
  indicator_count
};
}  // namespace ind
inline constexpr int indicator_count = ind::indicator_count;

enum DistrictIndicator : int {
#define INDICATOR(...)
#define DISTRICT(name, ...) district_##name,
#include "cgsim/measure/indicators.def"
#undef INDICATOR
#undef DISTRICT
  district_indicator_count
};

const std::array<IndicatorSpec, indicator_count>& indicator_catalogue();
const std::array<IndicatorSpec, district_indicator_count>& district_indicator_catalogue();
// The key indicators' names, in catalogue order.
std::vector<std::string_view> key_indicators();

// One year's values: indicators[i] and districts[k][d].
struct YearRecord {
  std::array<double, indicator_count> indicators{};
  std::array<std::vector<double>, district_indicator_count> districts;
};

}  // namespace cgsim
