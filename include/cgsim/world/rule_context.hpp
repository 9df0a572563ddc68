#pragma once
// What every rule may read about "now": the parameters in force this year, the random streams,
// the clock, and how many threads it may use for per-MSME work (results do not depend on it).
#include "cgsim/core/random.hpp"
#include "cgsim/scenario/parameters.hpp"

namespace cgsim {

struct RuleContext {
  const Parameters& params;
  const RandomStream& rng;
  int year = 0;  // 1-based during a year
  int step = 0;  // global step counter, 0-based
  int threads = 1;
};

}  // namespace cgsim
