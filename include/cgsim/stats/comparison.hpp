#pragma once
// Paired comparison of scenarios run with common random numbers: final-year means with 95%
// intervals, and differences against the first scenario with paired-t intervals.
#include <string>
#include <vector>

#include "cgsim/stats/intervals.hpp"

namespace cgsim {

struct ComparisonTable {
  std::vector<std::string> scenarios;  // first = baseline
  std::vector<std::string> indicators;
  std::size_t replications = 0;
  // [scenario][indicator]
  std::vector<std::vector<Interval>> level;
  std::vector<std::vector<Interval>> difference;
  std::vector<double> extra_public_cost;       // mean yearly government_cost minus the baseline's (billion IDR)
  std::vector<double> capability_per_billion;  // final capability_mean gain / extra public cost
  std::vector<double> revenue_per_billion;     // final revenue_mean gain / extra public cost
};

// values[scenario][indicator][replication] (final year); cost[scenario][replication] = mean yearly government cost.
ComparisonTable compare_scenarios(const std::vector<std::string>& scenarios, const std::vector<std::string>& indicators,
                                  const std::vector<std::vector<std::vector<double>>>& values,
                                  const std::vector<std::vector<double>>& mean_public_cost);

}  // namespace cgsim
