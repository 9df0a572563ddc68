#pragma once
// An experiment: scenarios x replications, run on a pool of threads (what `run` and `compare`
// use; experiment *files* with designs over parameters are engine/experiment_runner.hpp).
// Replication r of every scenario uses the random streams keyed (seed, r) (common random
// numbers), and results reach the sink in a fixed order (replication by replication, and within
// one replication scenario by scenario) whatever the thread count, so files are bit-identical
// for any --threads, and an interrupted comparison keeps whole pairs.
#include <atomic>
#include <functional>
#include <vector>

#include "cgsim/engine/replication.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

struct ExperimentPlan {
  std::vector<const Scenario*> scenarios;
  std::uint64_t seed = 1;
  std::uint32_t first_replication = 0;
  std::uint32_t replications = 1;
  int threads = 1;
};

// Called in order for each finished replication: (scenario index, result).
using ResultSink = std::function<void(std::size_t, const ReplicationResult&)>;
// Called from time to time with (simulated years done, years in all).
using ProgressSink = std::function<void(std::size_t, std::size_t)>;

// Returns false if stopped before every replication finished (finished ones were delivered).
bool run_experiment(const ExperimentPlan& plan, const ResultSink& sink, const std::atomic<bool>* stop,
                    const ProgressSink& progress = {});

}  // namespace cgsim
