// Student-t quantiles and confidence intervals of a mean.
#include "cgsim/stats/intervals.hpp"

#include <catch2/catch.hpp>
#include <cmath>
#include <limits>

using namespace cgsim;

TEST_CASE("t_quantile matches the tables", "[stats]") {
  CHECK(t_quantile(0.95, 9) == Approx(2.262157).epsilon(1e-5));
  CHECK(t_quantile(0.95, 1) == Approx(12.7062).epsilon(1e-5));
  CHECK(t_quantile(0.95, 4) == Approx(2.776445).epsilon(1e-5));
  CHECK(t_quantile(0.99, 9) == Approx(3.249836).epsilon(1e-5));
  CHECK(t_quantile(0.90, 29) == Approx(1.699127).epsilon(1e-5));
  CHECK(t_quantile(0.95, 1e6) == Approx(1.959964).epsilon(1e-4));  // the normal limit
}

TEST_CASE("mean_interval: mean +- t x sd / sqrt(n)", "[stats]") {
  const auto r = mean_interval({1, 2, 3, 4, 5});
  CHECK(r.n == 5);
  CHECK(r.mean == Approx(3.0));
  const double se = std::sqrt(2.5 / 5);
  CHECK(r.half_width == Approx(2.776445 * se).epsilon(1e-5));
  CHECK(r.low == Approx(3.0 - r.half_width));
  CHECK(r.high == Approx(3.0 + r.half_width));
  const auto wide = mean_interval({1, 2, 3, 4, 5}, 0.99);
  CHECK(wide.half_width > r.half_width);
}

TEST_CASE("mean_interval of constant and single and empty samples", "[stats]") {
  const auto constant = mean_interval({4, 4, 4});
  CHECK(constant.mean == 4.0);
  CHECK(constant.half_width == 0.0);
  CHECK(constant.low == 4.0);
  const auto single = mean_interval({7});
  CHECK(single.mean == 7.0);
  // Issue 18 row 5: one value has no interval (it used to be [7, 7], "significant" everywhere).
  CHECK(std::isnan(single.low));
  CHECK(std::isnan(single.high));
  CHECK(std::isnan(single.half_width));
  const auto empty = mean_interval({});
  CHECK(empty.n == 0);
  CHECK(std::isnan(empty.mean));
}

TEST_CASE("mean_interval skips undefined (NaN) values, as analysis/stats.py does", "[stats][integrity]") {
  const double nan = std::numeric_limits<double>::quiet_NaN();
  const auto r = mean_interval({1.0, nan, 3.0});
  CHECK(r.n == 2);
  CHECK(r.mean == 2.0);
  CHECK(std::isfinite(r.half_width));
  const auto one = mean_interval({nan, 5.0});
  CHECK(one.n == 1);
  CHECK(std::isnan(one.low));
}
