#pragma once
// Running an experiment file: the policies resolved once, the design generated, and tasks
// (one design point x one replication, every policy in it, so that each policy contrast is paired
// by common random numbers) run on threads. Results are assembled into rows, one per design
// point, and handed to a sink as each point completes; every value depends only on (point,
// policy, replication), never on which thread, rank or shard computed it.
#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "cgsim/engine/design.hpp"
#include "cgsim/scenario/experiment_spec.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

struct PreparedExperiment {
  ExperimentSpec spec;
  Design design;
  std::vector<Scenario> policies;  // each policy's scenario with its overrides, before design values
  std::vector<int> indicators;     // indices into indicator_catalogue()
  int years = 0;                   // simulated years
  std::size_t outcome_years = 1;   // 1 (final year) or `years`
  std::string hash;                // of the resolved experiment: canonical YAML, scenarios, design, version

  [[nodiscard]] std::size_t points() const { return design.points.size(); }
  [[nodiscard]] std::uint32_t replications() const { return spec.replications; }
  // Values one task returns: [policy][indicator][outcome year].
  [[nodiscard]] std::size_t task_values() const { return policies.size() * indicators.size() * outcome_years; }
};

struct PrepareResult {
  std::optional<PreparedExperiment> experiment;
  Diagnostics errors;
};

// Loads every policy's scenario, checks the outcomes and generates the design.
PrepareResult prepare_experiment(const ExperimentSpec& spec);

// The scenario of `policy` at design point `point`; throws std::runtime_error naming the point if
// the design values make it invalid (e.g. an odd peer degree).
Scenario scenario_at(const PreparedExperiment& x, std::size_t point, std::size_t policy);

// Every policy at one (point, replication); values [policy][indicator][outcome year]. Returns
// nullopt if stopped.
std::optional<std::vector<double>> run_task(const PreparedExperiment& x, const std::vector<Scenario>& scenarios,
                                            std::uint32_t replication, const std::atomic<bool>* stop,
                                            int inner_threads);

// One design point's results: values [indicator][policy][replication][outcome year].
struct Row {
  std::size_t point = 0;
  std::vector<double> values;
};

// Collects task results into rows; a row is returned when its last replication arrives.
class RowAssembler {
 public:
  explicit RowAssembler(const PreparedExperiment& x) : x_(x) {}
  std::optional<Row> add(std::size_t point, std::uint32_t replication, const std::vector<double>& task_values);

 private:
  struct Pending {
    std::vector<double> values;
    std::uint32_t arrived = 0;
  };
  const PreparedExperiment& x_;
  std::vector<std::pair<std::size_t, Pending>> pending_;
};

// Scenarios per design point, built when a point's first task starts and dropped when its row is done.
class ScenarioCache {
 public:
  explicit ScenarioCache(const PreparedExperiment& x) : x_(x) {}
  std::shared_ptr<const std::vector<Scenario>> at(std::size_t point);
  void drop(std::size_t point);

 private:
  const PreparedExperiment& x_;
  std::mutex mutex_;
  std::vector<std::pair<std::size_t, std::shared_ptr<const std::vector<Scenario>>>> cache_;
};

using RowSink = std::function<void(const Row&)>;
// (replications done, replications in all), called now and then.
using TaskProgress = std::function<void(std::size_t, std::size_t)>;

// Runs `points` (indices into the design) on `threads` threads; rows reach `sink` (called under a
// lock, one at a time) as they complete. Returns false if stopped before every row was delivered.
bool run_points(const PreparedExperiment& x, const std::vector<std::size_t>& points, int threads, const RowSink& sink,
                const std::atomic<bool>* stop, const TaskProgress& progress = {});

// The points of shard `index` (1-based) of `count`: every count-th point, starting at index - 1.
std::vector<std::size_t> shard_points(std::size_t points, std::size_t index, std::size_t count);

}  // namespace cgsim
