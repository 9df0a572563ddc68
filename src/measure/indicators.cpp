#include "cgsim/measure/indicators.hpp"

namespace cgsim {

const std::array<IndicatorSpec, indicator_count>& indicator_catalogue() {
  static const std::array<IndicatorSpec, indicator_count> catalogue = {{
#define INDICATOR(name, role, units, description) {#name, units, description, IndicatorRole::role},
#define DISTRICT(...)
#include "cgsim/measure/indicators.def"
#undef INDICATOR
#undef DISTRICT
  }};
  return catalogue;
}

const std::array<IndicatorSpec, district_indicator_count>& district_indicator_catalogue() {
  static const std::array<IndicatorSpec, district_indicator_count> catalogue = {{
#define INDICATOR(...)
#define DISTRICT(name, units, description) {#name, units, description, IndicatorRole::other},
#include "cgsim/measure/indicators.def"
#undef INDICATOR
#undef DISTRICT
  }};
  return catalogue;
}

std::vector<std::string_view> key_indicators() {
  std::vector<std::string_view> names;
  for (const auto& spec : indicator_catalogue())
    if (spec.role == IndicatorRole::key) names.push_back(spec.name);
  return names;
}

}  // namespace cgsim
