#include "cgsim/engine/experiment.hpp"

#include <chrono>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

namespace cgsim {

bool run_experiment(const ExperimentPlan& plan, const ResultSink& sink, const std::atomic<bool>* stop,
                    const ProgressSink& progress) {
  // Tasks run replication by replication (every scenario's replication r, then r + 1, ...), so
  // that an interrupted comparison keeps complete pairs.
  const std::size_t scenario_count = plan.scenarios.size();
  const std::size_t total = scenario_count * plan.replications;
  std::vector<std::optional<ReplicationResult>> slots(total);
  std::atomic<std::size_t> next{0};
  std::mutex mutex;
  std::size_t delivered = 0, finished = 0;
  bool all_complete = true;
  std::exception_ptr failure;
  std::atomic<bool> failed{false};  // after a failure (e.g. the disk is full) nothing more is simulated

  // Deliver the longest finished prefix, in task order (done by whichever thread holds the lock).
  auto flush = [&] {
    while (delivered < total && slots[delivered]) {
      const auto& r = *slots[delivered];
      if (r.complete) sink(delivered % scenario_count, r);
      slots[delivered].reset();
      ++delivered;
    }
  };
  std::atomic<std::size_t> years_done{0};
  std::size_t years_total = 0;
  for (const auto* s : plan.scenarios) years_total += static_cast<std::size_t>(s->parameters.years) * plan.replications;
  // Threads beyond one per task go inside the runs (large populations, few replications).
  const int outer = std::max(1, std::min<int>(plan.threads, static_cast<int>(total)));
  const int inner_threads = std::max(1, plan.threads / outer);
  auto worker = [&] {
    for (std::size_t task; (task = next.fetch_add(1)) < total;) {
      if ((stop && stop->load()) || failed.load()) break;
      ReplicationResult r;
      try {
        r = run_replication(*plan.scenarios[task % scenario_count], plan.seed,
                            plan.first_replication + static_cast<std::uint32_t>(task / scenario_count), stop,
                            inner_threads, &years_done);
      } catch (...) {
        std::lock_guard lock(mutex);
        if (!failure) failure = std::current_exception();
        failed = true;
        break;
      }
      std::lock_guard lock(mutex);
      all_complete = all_complete && r.complete;
      slots[task] = std::move(r);
      ++finished;
      try {
        if (!failed.load()) flush();
      } catch (...) {
        if (!failure) failure = std::current_exception();
        failed = true;
        break;
      }
    }
  };
  std::vector<std::thread> pool;
  for (int k = 1; k < outer; ++k) pool.emplace_back(worker);
  // Progress is polled twice a second, so that a single long run reports year by year.
  std::atomic<bool> running{true};
  std::thread monitor;
  if (progress)
    monitor = std::thread([&] {
      while (running.load()) {
        for (int k = 0; k < 5 && running.load(); ++k) std::this_thread::sleep_for(std::chrono::milliseconds(100));
        progress(years_done.load(), years_total);
      }
    });
  worker();
  for (auto& t : pool) t.join();
  running = false;
  if (monitor.joinable()) monitor.join();
  if (progress) progress(years_done.load(), years_total);  // the final count, always reported
  if (failure) std::rethrow_exception(failure);
  return all_complete && delivered == total && finished == total;
}

}  // namespace cgsim
