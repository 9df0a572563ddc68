#include "cgsim/stats/intervals.hpp"

#include <cmath>
#include <limits>
#include <numeric>

namespace cgsim {
namespace {

// Regularised incomplete beta by continued fraction (Numerical Recipes, Lentz's method).
double beta_continued_fraction(double a, double b, double x) {
  const double tiny = 1e-300;
  double c = 1, d = 1 - (a + b) * x / (a + 1);
  d = 1 / (std::abs(d) < tiny ? tiny : d);
  double h = d;
  for (int m = 1; m < 300; ++m) {
    const double m2 = 2.0 * m;
    double aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
    d = 1 + aa * d;
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    c = 1 + aa / c;
    c = std::abs(c) < tiny ? tiny : c;
    h *= d * c;
    aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
    d = 1 + aa * d;
    d = 1 / (std::abs(d) < tiny ? tiny : d);
    c = 1 + aa / c;
    c = std::abs(c) < tiny ? tiny : c;
    const double delta = d * c;
    h *= delta;
    if (std::abs(delta - 1) < 1e-14) break;
  }
  return h;
}

double incomplete_beta(double a, double b, double x) {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const double front =
      std::exp(std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x) + b * std::log1p(-x));
  if (x < (a + 1) / (a + b + 2)) return front * beta_continued_fraction(a, b, x) / a;
  return 1 - front * beta_continued_fraction(b, a, 1 - x) / b;
}

// P(T <= t) for Student's t with nu degrees of freedom.
double t_cdf(double t, double nu) {
  const double x = nu / (nu + t * t);
  const double tail = 0.5 * incomplete_beta(nu / 2, 0.5, x);
  return t >= 0 ? 1 - tail : tail;
}

}  // namespace

double t_quantile(double confidence, double nu) {
  const double target = 0.5 + confidence / 2;
  double lo = 0, hi = 1e3;
  for (int k = 0; k < 200; ++k) {  // bisection: monotone and robust
    const double mid = 0.5 * (lo + hi);
    (t_cdf(mid, nu) < target ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

Interval mean_interval(const std::vector<double>& all_values, double confidence) {
  // Undefined values (NaN: an indicator with nothing to measure) are missing, not zero; the
  // interval is over the finite ones, as analysis/stats.py computes it.
  std::vector<double> values;
  for (const double v : all_values)
    if (std::isfinite(v)) values.push_back(v);
  Interval r;
  r.n = values.size();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  if (values.empty()) {
    r.mean = r.low = r.high = r.half_width = nan;
    return r;
  }
  r.mean = std::accumulate(values.begin(), values.end(), 0.0) / static_cast<double>(r.n);
  if (r.n < 2) {  // no spread can be estimated from one value: no interval, never "significant"
    r.low = r.high = r.half_width = nan;
    return r;
  }
  double ss = 0;
  for (double v : values) ss += (v - r.mean) * (v - r.mean);
  const double se = std::sqrt(ss / static_cast<double>(r.n - 1) / static_cast<double>(r.n));
  r.half_width = t_quantile(confidence, static_cast<double>(r.n - 1)) * se;
  r.low = r.mean - r.half_width;
  r.high = r.mean + r.half_width;
  return r;
}

}  // namespace cgsim
