// The ziggurat normals of the revenue shock: their distribution against the normal CDF, including
// the rare slow paths (wedges and the tail beyond r), and their determinism.
#include "cgsim/core/ziggurat.hpp"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <vector>

using namespace cgsim;

namespace {

double normal_cdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

// n normals from the words of Philox calls (population, k), four per call.
std::vector<double> ziggurat_sample(std::uint32_t n) {
  const RandomStream rng(2024, 0);
  std::vector<double> z;
  z.reserve(n);
  for (std::uint32_t k = 0; z.size() < n; ++k) {
    const auto words = rng.words(Purpose::population, k);
    for (std::uint32_t j = 0; j < 4; ++j)
      z.push_back(ziggurat_normal(words.w[j], rng, Purpose::economy_idiosyncratic_extra, k, j));
  }
  return z;
}

}  // namespace

TEST_CASE("Ziggurat normals follow the standard normal distribution", "[random][ziggurat]") {
  const std::uint32_t n = 4000000;
  const auto z = ziggurat_sample(n);
  // The empirical CDF at points across the body, the wedges and both tails, within 5 sd.
  for (double x :
       {-4.0, -3.5, -3.0, -2.5, -2.0, -1.5, -1.0, -0.5, -0.1, 0.0, 0.1, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 3.5, 4.0}) {
    double below = 0;
    for (double v : z) below += v < x;
    const double p = normal_cdf(x), sd = std::sqrt(p * (1 - p) / n);
    INFO("x = " << x);
    CHECK(below / n == Approx(p).margin(5 * sd + 1e-7));
  }
  double sum = 0, sum2 = 0, sum4 = 0;
  for (double v : z) {
    sum += v;
    sum2 += v * v;
    sum4 += v * v * v * v;
  }
  CHECK(sum / n == Approx(0.0).margin(5 / std::sqrt(n)));
  CHECK(sum2 / n == Approx(1.0).margin(5 * std::sqrt(2.0 / n)));
  CHECK(sum4 / n == Approx(3.0).margin(5 * std::sqrt(96.0 / n)));
}

TEST_CASE("The ziggurat's tail beyond r = 3.4426 has the normal's mass", "[random][ziggurat]") {
  const std::uint32_t n = 4000000;
  const auto z = ziggurat_sample(n);
  double beyond = 0, largest = 0;
  for (double v : z) {
    beyond += std::abs(v) > 3.442619855899;
    largest = std::max(largest, std::abs(v));
  }
  const double p = 2 * normal_cdf(-3.442619855899);  // 5.76e-4: 2304 expected, sd 48
  CHECK(beyond / n == Approx(p).margin(5 * std::sqrt(p / n)));
  CHECK(largest > 4.0);  // the tail algorithm does produce values past the last layer
}

TEST_CASE("Ziggurat normals are pure functions of their words and key", "[random][ziggurat]") {
  const RandomStream rng(7, 1);
  for (std::uint32_t k = 0; k < 10000; ++k) {
    const auto word = rng.words(Purpose::population, k).w[0];
    CHECK(ziggurat_normal(word, rng, Purpose::economy_idiosyncratic_extra, 3, k) ==
          ziggurat_normal(word, rng, Purpose::economy_idiosyncratic_extra, 3, k));
  }
  // The fast path uses the word alone: position x layer width.
  const auto& t = ziggurat_tables();
  const std::uint32_t word = (1u << 20) | 5u;  // small positive position, layer 5
  CHECK(ziggurat_normal(word, rng, Purpose::economy_idiosyncratic_extra, 0, 0) == Approx((1u << 20) * t.width[5]));
}

TEST_CASE("Ziggurat tables: every layer has the area v, the base layer ends at r", "[random][ziggurat][kat]") {
  // Marsaglia & Tsang (2000), 128 layers: r = 3.442619855899, v = 9.91256303526217e-3.
  const double r = 3.442619855899, v = 9.91256303526217e-3, scale = 2147483648.0;
  const auto& t = ziggurat_tables();
  auto f = [](double x) { return std::exp(-0.5 * x * x); };
  CHECK(t.width[127] * scale == Approx(r).epsilon(1e-15));
  CHECK(t.density[127] == Approx(f(r)).epsilon(1e-15));
  // The base layer: the rectangle [0, r] x [0, f(r)] plus the tail beyond r has area v.
  const double tail = std::sqrt(2 * std::acos(-1.0)) * 0.5 * std::erfc(r / std::sqrt(2.0));
  CHECK(r * f(r) + tail == Approx(v).epsilon(1e-9));
  // Layers 1..127: x_i (f(x_{i-1}) - f(x_i)) = v, with f(x_0) = 1 at the top.
  for (int i = 2; i <= 127; ++i) {
    INFO("layer " << i);
    CHECK(t.width[i] * scale * (t.density[i - 1] - t.density[i]) == Approx(v).epsilon(1e-9));
  }
  // The top layer reaches the peak of the density (x_1 (1 - f(x_1)) = v as well).
  CHECK(t.width[1] * scale * (1.0 - t.density[1]) == Approx(v).epsilon(1e-6));
}

TEST_CASE("Kolmogorov-Smirnov: ziggurat normals against the normal CDF", "[random][ziggurat][kat]") {
  const std::uint32_t n = 200000;
  auto z = ziggurat_sample(n);
  std::sort(z.begin(), z.end());
  double d = 0;
  for (std::size_t k = 0; k < z.size(); ++k) {
    const double f = normal_cdf(z[k]);
    d = std::max({d, f - static_cast<double>(k) / n, static_cast<double>(k + 1) / n - f});
  }
  CHECK(d < 1.949 / std::sqrt(static_cast<double>(n)));  // level 0.001
}
