#pragma once
// Order statistics over values held in parts (one per district), computed on threads without
// first copying the parts into one array. Results are exact and do not depend on the thread
// count: they depend on the multiset of values only.
#include <cstddef>
#include <vector>

namespace cgsim {

// The element of rank floor(n / 2) (0-based) in ascending order, the upper median; 0 if empty.
// By radix selection: a histogram of the top 12 bits of the order-preserving key, then an exact
// selection among the values of the one bucket that holds that rank.
float upper_median(const std::vector<std::vector<float>>& parts, int threads);
// Gini coefficient of non-negative values (0 = equal); 0 for an empty or all-zero set.
double gini(std::vector<double> values);
// Gini coefficient of the values in `parts` (all positive) together with `zeros` zero values.
// Sorts the parts on threads and merges them pairwise.
double gini_with_zeros(std::vector<std::vector<float>>& parts, std::size_t zeros, int threads);

}  // namespace cgsim
