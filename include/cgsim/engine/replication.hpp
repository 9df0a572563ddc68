#pragma once
#include <atomic>
#include <cstdint>
#include <vector>

#include "cgsim/measure/indicators.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

struct ReplicationResult {
  std::uint32_t replication = 0;
  std::vector<YearRecord> years;  // one per simulated year
  bool complete = false;          // false if stopped early
};

// Build the world and simulate every year. Checks `stop` between years.
// `threads` share the per-MSME work inside the run; results do not depend on it.
// `years_done`, if given, is incremented after every simulated year (for progress displays).
ReplicationResult run_replication(const Scenario& s, std::uint64_t seed, std::uint32_t replication,
                                  const std::atomic<bool>* stop = nullptr, int threads = 1,
                                  std::atomic<std::size_t>* years_done = nullptr);

}  // namespace cgsim
