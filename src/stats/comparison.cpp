#include "cgsim/stats/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace cgsim {

ComparisonTable compare_scenarios(const std::vector<std::string>& scenarios, const std::vector<std::string>& indicators,
                                  const std::vector<std::vector<std::vector<double>>>& values,
                                  const std::vector<std::vector<double>>& cost) {
  ComparisonTable t;
  t.scenarios = scenarios;
  t.indicators = indicators;
  const auto S = scenarios.size(), I = indicators.size();
  t.replications = S > 0 && I > 0 ? values[0][0].size() : 0;
  t.level.assign(S, std::vector<Interval>(I));
  t.difference.assign(S, std::vector<Interval>(I));
  const auto nan = std::numeric_limits<double>::quiet_NaN();
  auto find = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(indicators.begin(), indicators.end(), name) - indicators.begin());
  };
  const auto capability = find("capability_mean"), revenue = find("revenue_mean");
  for (std::size_t s = 0; s < S; ++s) {
    for (std::size_t i = 0; i < I; ++i) {
      t.level[s][i] = mean_interval(values[s][i]);
      const auto n = std::min(values[s][i].size(), values[0][i].size());
      std::vector<double> diff(n);
      for (std::size_t r = 0; r < n; ++r) diff[r] = values[s][i][r] - values[0][i][r];
      t.difference[s][i] = mean_interval(diff);
    }
    const auto extra = mean_interval(cost[s]).mean - mean_interval(cost[0]).mean;
    t.extra_public_cost.push_back(extra);
    const bool priced = s > 0 && extra > 1e-9;
    t.capability_per_billion.push_back(priced && capability < I ? t.difference[s][capability].mean / extra : nan);
    t.revenue_per_billion.push_back(priced && revenue < I ? t.difference[s][revenue].mean / extra : nan);
  }
  return t;
}

}  // namespace cgsim
