#pragma once
// Memory a run will need, estimated from the scenario before anything is built, so that a
// scenario whose sizes are each within range but together cannot fit (100,000 companies make a
// 40 GB trust matrix) is refused up front instead of failing with bad_alloc mid-run.
#include <cstdint>
#include <string>

#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

struct MemoryEstimate {
  double world_bytes = 0;    // one simulated world (MSMEs, peer network, companies, trust)
  double result_bytes = 0;   // one replication's recorded results
  double total_bytes = 0;    // with `concurrent` worlds and results alive at once
  std::string largest_part;  // what dominates, for the message
};

// `concurrent`: replications simulated at the same time (threads, at most the tasks).
MemoryEstimate estimate_memory(const Scenario& scenario, int concurrent);
// The machine's physical memory in bytes (0 if unknown).
double physical_memory_bytes();

}  // namespace cgsim
