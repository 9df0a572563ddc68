#include "cgsim/stats/order_statistics.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "cgsim/core/parallel.hpp"

namespace cgsim {
namespace {

// An unsigned key that orders like the float (negatives flipped, positives above them).
std::uint32_t order_key(float x) {
  const auto bits = std::bit_cast<std::uint32_t>(x);
  return (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
}

// The Gini coefficient of n values sorted ascending, from sum_k k x_(k) (ranks from 1) and
// sum_k x_(k): 2 sum k x_(k) / (n sum x) - (n + 1) / n, clamped to [0, 1]; 0 when the sum is 0.
double gini_of_sorted(double rank_weighted_sum, double total, double n) {
  if (!(total > 0)) return 0.0;
  return std::clamp((2.0 * rank_weighted_sum) / (n * total) - (n + 1.0) / n, 0.0, 1.0);
}

constexpr int kBucketBits = 12;
std::uint32_t bucket_of(float x) { return order_key(x) >> (32 - kBucketBits); }

}  // namespace

float upper_median(const std::vector<std::vector<float>>& parts, int threads) {
  using Histogram = std::array<std::size_t, std::size_t{1} << kBucketBits>;
  std::vector<Histogram> histograms(parts.size());
  parallel_items(parts.size(), threads, [&](std::size_t p) {
    histograms[p].fill(0);
    for (float x : parts[p]) ++histograms[p][bucket_of(x)];
  });
  std::size_t total = 0;
  for (const auto& part : parts) total += part.size();
  if (total == 0) return 0.0f;
  // The bucket holding rank total / 2, and the rank within it.
  std::size_t rank = total / 2, bucket = 0;
  for (;; ++bucket) {
    std::size_t count = 0;
    for (const auto& h : histograms) count += h[bucket];
    if (rank < count) break;
    rank -= count;
  }
  std::vector<std::vector<float>> found(parts.size());
  parallel_items(parts.size(), threads, [&](std::size_t p) {
    for (float x : parts[p])
      if (bucket_of(x) == bucket) found[p].push_back(x);
  });
  std::vector<float> candidates;
  for (const auto& f : found) candidates.insert(candidates.end(), f.begin(), f.end());
  const auto nth = candidates.begin() + static_cast<std::ptrdiff_t>(rank);
  std::nth_element(candidates.begin(), nth, candidates.end());
  return *nth;
}

double gini_with_zeros(std::vector<std::vector<float>>& parts, std::size_t zeros, int threads) {
  parallel_items(parts.size(), threads, [&](std::size_t p) { std::sort(parts[p].begin(), parts[p].end()); });
  // Pairwise merges, each round on threads, until one sorted part is left.
  while (parts.size() > 1) {
    std::vector<std::vector<float>> merged((parts.size() + 1) / 2);
    parallel_items(merged.size(), threads, [&](std::size_t k) {
      if (2 * k + 1 == parts.size()) {
        merged[k] = std::move(parts[2 * k]);
        return;
      }
      const auto& a = parts[2 * k];
      const auto& b = parts[2 * k + 1];
      merged[k].resize(a.size() + b.size());
      std::merge(a.begin(), a.end(), b.begin(), b.end(), merged[k].begin());
    });
    parts = std::move(merged);
  }
  if (parts.empty() || parts[0].empty()) return 0.0;
  const auto& positive = parts[0];
  double weighted = 0, total = 0;
  for (std::size_t k = 0; k < positive.size(); ++k) {
    weighted += static_cast<double>(zeros + k + 1) * positive[k];
    total += positive[k];
  }
  return gini_of_sorted(weighted, total, static_cast<double>(positive.size() + zeros));
}

double gini(std::vector<double> values) {
  if (values.empty()) return 0.0;
  std::sort(values.begin(), values.end());
  double weighted = 0, total = 0;
  for (std::size_t k = 0; k < values.size(); ++k) {
    weighted += static_cast<double>(k + 1) * values[k];
    total += values[k];
  }
  return gini_of_sorted(weighted, total, static_cast<double>(values.size()));
}

}  // namespace cgsim
