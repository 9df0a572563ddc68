// Order statistics over per-district parts: the same answers as sorting one concatenated array,
// for any thread count.
#include "cgsim/stats/order_statistics.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <random>

using namespace cgsim;

namespace {

// Parts of uneven sizes (some empty) with log-normal values, some negative, many repeated.
std::vector<std::vector<float>> random_parts(unsigned seed, bool positive_only) {
  std::mt19937 gen(seed);
  std::lognormal_distribution<float> value(1.0f, 1.5f);
  std::uniform_int_distribution<int> size(0, 3000), coin(0, 9);
  std::vector<std::vector<float>> parts(23);
  for (auto& p : parts) {
    const int n = coin(gen) == 0 ? 0 : size(gen);
    for (int k = 0; k < n; ++k) {
      float x = coin(gen) < 2 ? 5.0f : value(gen);  // ties
      if (!positive_only && coin(gen) == 0) x = -x;
      p.push_back(x);
    }
  }
  return parts;
}

std::vector<float> concatenated(const std::vector<std::vector<float>>& parts) {
  std::vector<float> all;
  for (const auto& p : parts) all.insert(all.end(), p.begin(), p.end());
  return all;
}

}  // namespace

TEST_CASE("upper_median equals the middle element of the sorted concatenation", "[output][order_statistics]") {
  for (unsigned seed : {1u, 2u, 3u, 4u}) {
    const auto parts = random_parts(seed, false);
    auto all = concatenated(parts);
    std::sort(all.begin(), all.end());
    INFO("seed " << seed << ", " << all.size() << " values");
    for (int threads : {1, 2, 3}) CHECK(upper_median(parts, threads) == all[all.size() / 2]);
  }
  CHECK(upper_median({{3.0f}}, 2) == 3.0f);
  CHECK(upper_median({{2.0f, 1.0f}}, 2) == 2.0f);  // the upper of two
  CHECK(upper_median({{}, {}}, 2) == 0.0f);
}

TEST_CASE("gini_with_zeros matches the sorted-array formula and the known extremes", "[output][order_statistics]") {
  for (unsigned seed : {5u, 6u}) {
    const auto parts = random_parts(seed, true);
    auto all = concatenated(parts);
    std::sort(all.begin(), all.end());
    const std::size_t zeros = 1000;
    const double n = static_cast<double>(all.size() + zeros);
    double weighted = 0, total = 0;
    for (std::size_t k = 0; k < all.size(); ++k) {
      weighted += static_cast<double>(zeros + k + 1) * all[k];
      total += all[k];
    }
    const double expected = 2.0 * weighted / (n * total) - (n + 1.0) / n;
    for (int threads : {1, 2}) {
      auto copy = parts;
      CHECK(gini_with_zeros(copy, zeros, threads) == expected);
    }
  }
  std::vector<std::vector<float>> equal{{2.0f, 2.0f}, {2.0f}};
  CHECK(gini_with_zeros(equal, 0, 2) == Approx(0.0).margin(1e-12));
  std::vector<std::vector<float>> one_has_all{{7.0f}};
  CHECK(gini_with_zeros(one_has_all, 99, 2) == Approx(0.99));  // (n - 1) / n
}
