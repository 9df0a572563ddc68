#include "cgsim/engine/design.hpp"

#include <algorithm>
#include <boost/random/sobol.hpp>
#include <cmath>
#include <numeric>
#include <stdexcept>

#include "cgsim/core/random.hpp"

namespace cgsim {
namespace {

// The levels a factor takes in full_factorial / one_at_a_time: its values, or `levels` evenly
// spaced over its range (whole numbers for integer parameters, duplicates removed).
std::vector<double> levels_of(const FactorSpec& f, std::size_t levels) {
  if (!f.values.empty()) return f.values;
  std::vector<double> out;
  for (std::size_t k = 0; k < levels; ++k) {
    double v = f.low + (f.high - f.low) * static_cast<double>(k) / static_cast<double>(levels - 1);
    if (f.integer) v = std::round(v);
    if (out.empty() || out.back() != v) out.push_back(v);
  }
  return out;
}

Design full_factorial(const ExperimentSpec& x) {
  Design d;
  std::vector<std::vector<double>> levels;
  std::size_t total = 1;
  for (const auto& f : x.factors) {
    levels.push_back(levels_of(f, x.design.levels));
    total *= levels.back().size();
  }
  // Row-major: the first factor varies slowest.
  for (std::size_t p = 0; p < total; ++p) {
    std::vector<double> row(x.factors.size());
    std::size_t rest = p;
    for (std::size_t k = x.factors.size(); k-- > 0;) {
      row[k] = levels[k][rest % levels[k].size()];
      rest /= levels[k].size();
    }
    d.points.push_back(std::move(row));
  }
  return d;
}

Design latin_hypercube(const ExperimentSpec& x) {
  const std::size_t n = x.design.points, k = x.factors.size();
  const RandomStream rng(x.seed, 0);
  Design d;
  d.points.assign(n, std::vector<double>(k));
  for (std::size_t j = 0; j < k; ++j) {
    // A random permutation of the n strata (Fisher-Yates), then a uniform position in each.
    std::vector<std::size_t> stratum(n);
    std::iota(stratum.begin(), stratum.end(), std::size_t{0});
    for (std::size_t i = n; i-- > 1;) {
      const double u =
          rng.uniform(Purpose::experiment_design, 1, static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(i));
      std::swap(stratum[i], stratum[std::min(i, static_cast<std::size_t>(u * static_cast<double>(i + 1)))]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      const double u =
          (static_cast<double>(stratum[i]) +
           rng.uniform(Purpose::experiment_design, 2, static_cast<std::uint32_t>(j), static_cast<std::uint32_t>(i))) /
          static_cast<double>(n);
      d.points[i][j] = factor_value(x.factors[j], u);
    }
  }
  return d;
}

Design saltelli(const ExperimentSpec& x) {
  const std::size_t n = x.design.base_points, k = x.factors.size();
  const auto base = sobol_points(n, 2 * k);
  Design d;
  auto add = [&](std::size_t i, std::int64_t role, const std::vector<double>& unit) {
    std::vector<double> row(k);
    for (std::size_t j = 0; j < k; ++j) row[j] = factor_value(x.factors[j], unit[j]);
    d.points.push_back(std::move(row));
    d.block.push_back(static_cast<std::int64_t>(i));
    d.role.push_back(role);
  };
  for (std::size_t i = 0; i < n; ++i) {
    const std::vector<double> a(base[i].begin(), base[i].begin() + static_cast<std::ptrdiff_t>(k));
    const std::vector<double> b(base[i].begin() + static_cast<std::ptrdiff_t>(k), base[i].end());
    add(i, 0, a);
    for (std::size_t j = 0; j < k; ++j) {
      auto ab = a;
      ab[j] = b[j];
      add(i, static_cast<std::int64_t>(j + 1), ab);
    }
    if (x.design.second_order)
      for (std::size_t j = 0; j < k; ++j) {
        auto ba = b;
        ba[j] = a[j];
        add(i, static_cast<std::int64_t>(k + j + 1), ba);
      }
    add(i, static_cast<std::int64_t>(2 * k + 1), b);
  }
  return d;
}

// Morris (1991) trajectories on a p-level grid with step delta = p / (2 (p - 1)): a random base
// point on the lower levels, each factor moved once by +-delta in a random order.
Design morris(const ExperimentSpec& x) {
  const std::size_t k = x.factors.size(), p = x.design.levels;
  const double delta = static_cast<double>(p) / (2.0 * static_cast<double>(p - 1));
  const RandomStream rng(x.seed, 0);
  Design d;
  for (std::size_t t = 0; t < x.design.trajectories; ++t) {
    const auto tt = static_cast<std::uint32_t>(t);
    std::vector<double> unit(k);
    std::vector<int> direction(k);
    for (std::size_t j = 0; j < k; ++j) {
      const auto jj = static_cast<std::uint32_t>(j);
      const auto base_levels = p / 2;  // x* in {0, 1/(p-1), ..., 1 - delta}
      const auto level = std::min<std::size_t>(
          base_levels - 1, static_cast<std::size_t>(rng.uniform(Purpose::experiment_design, 3, tt, jj) *
                                                    static_cast<double>(base_levels)));
      direction[j] = rng.uniform(Purpose::experiment_design, 4, tt, jj) < 0.5 ? -1 : 1;
      unit[j] = static_cast<double>(level) / static_cast<double>(p - 1) + (direction[j] < 0 ? delta : 0.0);
    }
    std::vector<std::size_t> order(k);
    std::iota(order.begin(), order.end(), std::size_t{0});
    for (std::size_t i = k; i-- > 1;) {
      const double u = rng.uniform(Purpose::experiment_design, 5, tt, static_cast<std::uint32_t>(i));
      std::swap(order[i], order[std::min(i, static_cast<std::size_t>(u * static_cast<double>(i + 1)))]);
    }
    auto add = [&](std::int64_t step, std::int64_t moved) {
      std::vector<double> row(k);
      for (std::size_t j = 0; j < k; ++j) row[j] = factor_value(x.factors[j], std::clamp(unit[j], 0.0, 1.0));
      d.points.push_back(std::move(row));
      d.block.push_back(static_cast<std::int64_t>(t));
      d.role.push_back(step);
      d.moved.push_back(moved);
    };
    add(0, -1);
    for (std::size_t s = 0; s < k; ++s) {
      const auto j = order[s];
      unit[j] += direction[j] * delta;
      // Snap to the grid, so that rounding does not leave 0.9999999 where 1 was meant.
      unit[j] = std::round(unit[j] * static_cast<double>(p - 1)) / static_cast<double>(p - 1);
      add(static_cast<std::int64_t>(s + 1), static_cast<std::int64_t>(j));
    }
  }
  return d;
}

double baseline_of(const FactorSpec& f, const std::vector<double>& levels) {
  if (f.baseline) return *f.baseline;
  if (!f.values.empty()) {
    auto sorted = levels;
    std::sort(sorted.begin(), sorted.end());
    return sorted[(sorted.size() - 1) / 2];
  }
  const double mid = (f.low + f.high) / 2;
  return f.integer ? std::round(mid) : mid;
}

Design one_at_a_time(const ExperimentSpec& x) {
  Design d;
  std::vector<double> base;
  std::vector<std::vector<double>> levels;
  for (const auto& f : x.factors) {
    levels.push_back(levels_of(f, x.design.levels));
    base.push_back(baseline_of(f, levels.back()));
  }
  d.points.push_back(base);
  d.block.push_back(-1);
  d.role.push_back(0);
  for (std::size_t j = 0; j < x.factors.size(); ++j)
    for (std::size_t l = 0; l < levels[j].size(); ++l) {
      if (levels[j][l] == base[j]) continue;
      auto row = base;
      row[j] = levels[j][l];
      d.points.push_back(std::move(row));
      d.block.push_back(static_cast<std::int64_t>(j));
      d.role.push_back(static_cast<std::int64_t>(l));
    }
  return d;
}

}  // namespace

double factor_value(const FactorSpec& f, double u) {
  u = std::clamp(u, 0.0, 1.0);
  if (!f.values.empty()) {
    const auto n = f.values.size();
    return f.values[std::min(n - 1, static_cast<std::size_t>(u * static_cast<double>(n)))];
  }
  if (f.integer) {
    const double steps = f.high - f.low + 1;
    return std::min(f.high, f.low + std::floor(u * steps));
  }
  return f.low + u * (f.high - f.low);
}

std::vector<std::vector<double>> sobol_points(std::size_t n, std::size_t dimensions) {
  std::vector<std::vector<double>> out;
  if (n == 0) return out;
  out.emplace_back(dimensions, 0.0);
  if (dimensions == 0) {
    out.resize(n);
    return out;
  }
  boost::random::sobol engine(dimensions);
  const double scale = std::ldexp(1.0, -64);
  for (std::size_t i = 1; i < n; ++i) {
    std::vector<double> row(dimensions);
    for (auto& v : row) v = static_cast<double>(engine()) * scale;
    out.push_back(std::move(row));
  }
  return out;
}

std::size_t design_size(const ExperimentSpec& x) {
  constexpr std::size_t max = static_cast<std::size_t>(-1);
  auto times = [](std::size_t a, std::size_t b) { return b != 0 && a > max / b ? max : a * b; };
  const std::size_t k = x.factors.size();
  switch (x.design.kind) {
    case DesignKind::full_factorial: {
      std::size_t n = 1;
      for (const auto& f : x.factors) n = times(n, f.values.empty() ? x.design.levels : f.values.size());
      return n;
    }
    case DesignKind::latin_hypercube:
      return x.design.points;
    case DesignKind::sobol:
      return times(x.design.base_points, x.design.second_order ? 2 * k + 2 : k + 2);
    case DesignKind::morris:
      return times(x.design.trajectories, k + 1);
    case DesignKind::one_at_a_time: {
      std::size_t n = 1;
      for (const auto& f : x.factors) n += f.values.empty() ? x.design.levels : f.values.size();
      return n;
    }
    case DesignKind::explicit_points:
      return x.design.table.size();
  }
  return 0;
}

Design generate_design(const ExperimentSpec& x) {
  Design d;
  switch (x.design.kind) {
    case DesignKind::full_factorial:
      d = full_factorial(x);
      break;
    case DesignKind::latin_hypercube:
      d = latin_hypercube(x);
      break;
    case DesignKind::sobol:
      d = saltelli(x);
      break;
    case DesignKind::morris:
      d = morris(x);
      break;
    case DesignKind::one_at_a_time:
      d = one_at_a_time(x);
      break;
    case DesignKind::explicit_points:
      d.points = x.design.table;
      break;
  }
  const auto n = static_cast<std::int64_t>(d.points.size());
  if (d.block.empty())
    for (std::int64_t p = 0; p < n; ++p) d.block.push_back(p);
  if (d.role.empty()) d.role.assign(d.points.size(), 0);
  if (d.moved.empty()) d.moved.assign(d.points.size(), -1);
  return d;
}

}  // namespace cgsim
