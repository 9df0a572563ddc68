#pragma once
// Experimental designs: where in the space of levers and uncertainties the experiment runs.
// Every design is a pure function of the experiment (factors, design settings, seed), so the
// same file gives the same points on every machine, rank and shard.
#include <cstdint>
#include <string>
#include <vector>

#include "cgsim/scenario/experiment_spec.hpp"

namespace cgsim {

struct Design {
  std::vector<std::vector<double>> points;  // [point][factor], in the factors' own units
  // Structure for the analyses (docs/experiments.md, "Design structure"):
  //  sobol: block = base sample i, role = 0 for A, j for AB_j (A with column j from B, 1-based),
  //         k + j for BA_j, 2k + 1 for B (k factors), rows in SALib's order A, AB_1..AB_k, [BA_1..BA_k], B;
  //  morris: block = trajectory, role = step 0..k, moved = the factor changed from the previous
  //          row (-1 on a trajectory's first row);
  //  one_at_a_time: block = -1 for the baseline, else the factor varied; role = level index;
  //  other designs: block = point index, role = 0.
  std::vector<std::int64_t> block, role, moved;
};

Design generate_design(const ExperimentSpec& x);
// An upper bound of the points generate_design gives (exact but for integer factors, whose
// repeated levels are merged), computed without generating them and saturating at SIZE_MAX, so
// that an experiment asking for billions of points is refused before any memory is used.
std::size_t design_size(const ExperimentSpec& x);
inline constexpr std::size_t kMaxDesignPoints = 10'000'000;

// Unit-interval coordinate -> factor value (continuous range, integer steps or listed values).
double factor_value(const FactorSpec& f, double u);

// The first `n` points of the `dimensions`-dimensional Sobol sequence in Gray-code order, with
// Joe and Kuo's direction numbers (new-joe-kuo-6.21201, as tabulated by Boost.Random), starting
// with the origin (Boost omits it; keeping it keeps the first 2^m points a (t, m, s)-net).
std::vector<std::vector<double>> sobol_points(std::size_t n, std::size_t dimensions);

}  // namespace cgsim
