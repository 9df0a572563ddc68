#pragma once
// Means with Student-t confidence intervals.
#include <vector>

namespace cgsim {

struct Interval {
  double mean = 0, low = 0, high = 0, half_width = 0;
  std::size_t n = 0;
};

// Two-sided Student-t quantile for the given confidence and degrees of freedom.
double t_quantile(double confidence, double degrees_of_freedom);
// Mean and confidence interval of the finite values (NaN = missing); with fewer than 2 of them
// there is no interval: low, high and half width are NaN (and n says how many there were).
Interval mean_interval(const std::vector<double>& values, double confidence = 0.95);

}  // namespace cgsim
