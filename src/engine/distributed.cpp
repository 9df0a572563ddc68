#include "cgsim/engine/distributed.hpp"

#include <chrono>
#include <cstdlib>
#include <deque>
#include <exception>
#include <mutex>
#include <stdexcept>
#include <string>
#include <thread>

#ifdef CGSIM_HAVE_MPI
#include <mpi.h>
#endif

namespace cgsim {

#ifndef CGSIM_HAVE_MPI

bool mpi_available() { return false; }
Cluster start_cluster(int&, char**&) {
  // K copies of a build without MPI would each run the whole experiment into the same file.
  for (const char* v : {"OMPI_COMM_WORLD_SIZE", "PMI_SIZE"})
    if (const char* s = std::getenv(v); s && std::atoi(s) > 1)
      throw std::runtime_error("this cgsim was built without MPI, so it cannot share an experiment among " +
                               std::string(s) +
                               " ranks; run it once without mpirun, or rebuild with Open MPI "
                               "installed (scripts/install-deps)");
  return {};
}
void stop_cluster() {}
void abort_cluster(int code) { std::exit(code); }
bool broadcast_from_root(const Cluster&, bool value) { return value; }
bool run_points_distributed(const Cluster&, const PreparedExperiment& x, const std::vector<std::size_t>& points,
                            int threads, const RowSink& sink, const std::atomic<bool>* stop,
                            const TaskProgress& progress) {
  return run_points(x, points, threads, sink, stop, progress);
}

#else

namespace {

// Launchers that start ranks set one of these (Open MPI's mpirun, PMIx, Slurm's srun with PMI).
bool started_by_launcher() {
  for (const char* v : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_SIZE"})
    if (const char* s = std::getenv(v); s && *s) return true;
  return false;
}

bool g_initialised = false;

enum Tag : int { task_tag = 1, stop_tag, result_tag, incomplete_tag, error_tag };

struct Task {
  std::size_t point;
  std::uint32_t replication;
};

// A worker rank: runs the tasks rank 0 sends until told to stop.
void serve(const PreparedExperiment& x, int threads, const std::atomic<bool>* stop) {
  std::size_t cached_point = static_cast<std::size_t>(-1);
  std::vector<Scenario> scenarios;
  while (true) {
    MPI_Status status;
    MPI_Probe(0, MPI_ANY_TAG, MPI_COMM_WORLD, &status);
    long long message[2] = {0, 0};
    MPI_Recv(message, 2, MPI_LONG_LONG, 0, status.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    if (status.MPI_TAG == stop_tag) return;
    const Task t{static_cast<std::size_t>(message[0]), static_cast<std::uint32_t>(message[1])};
    try {
      if (t.point != cached_point) {
        scenarios.clear();
        for (std::size_t k = 0; k < x.policies.size(); ++k) scenarios.push_back(scenario_at(x, t.point, k));
        cached_point = t.point;
      }
      auto values = run_task(x, scenarios, t.replication, stop, threads);
      if (!values) {
        MPI_Send(message, 2, MPI_LONG_LONG, 0, incomplete_tag, MPI_COMM_WORLD);
        continue;
      }
      std::vector<double> out{static_cast<double>(t.point), static_cast<double>(t.replication)};
      out.insert(out.end(), values->begin(), values->end());
      MPI_Send(out.data(), static_cast<int>(out.size()), MPI_DOUBLE, 0, result_tag, MPI_COMM_WORLD);
    } catch (const std::exception& e) {
      const std::string what = e.what();
      MPI_Send(what.data(), static_cast<int>(what.size()), MPI_CHAR, 0, error_tag, MPI_COMM_WORLD);
    }
  }
}

// Rank 0: hands out tasks, runs tasks on a local thread too, assembles and delivers rows.
class Coordinator {
 public:
  Coordinator(const Cluster& c, const PreparedExperiment& x, const std::vector<std::size_t>& points, int threads,
              const RowSink& sink, const std::atomic<bool>* stop, const TaskProgress& progress)
      : c_(c),
        x_(x),
        points_(points),
        threads_(threads),
        sink_(sink),
        stop_(stop),
        progress_(progress),
        rows_(x),
        cache_(x),
        total_(points.size() * x.replications()) {}

  bool run() {
    // A rank with nothing left to do is told to stop at once: an idle Open MPI rank waiting for a
    // message spins, and would take a core from the ranks still computing.
    int outstanding = 0;
    for (int r = 1; r < c_.size; ++r) outstanding += hand_out_or_stop(r) ? 1 : 0;
    std::thread local([this] { local_worker(); });
    while (true) {
      bool idle = true;
      int flag = 0;
      MPI_Status status;
      MPI_Iprobe(MPI_ANY_SOURCE, MPI_ANY_TAG, MPI_COMM_WORLD, &flag, &status);
      if (flag) {
        idle = false;
        receive(status);
        --outstanding;
        if (hand_out_or_stop(status.MPI_SOURCE)) ++outstanding;
      }
      idle = !deliver_local() && idle;
      if (outstanding == 0 && local_done_.load()) break;
      if (idle) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    local.join();
    deliver_local();
    if (!failure_.empty()) throw std::runtime_error(failure_);
    return delivered_ == points_.size();
  }

 private:
  bool stopping() const { return !failure_.empty() || (stop_ && stop_->load()); }

  std::optional<Task> next_task() {
    std::lock_guard lock(mutex_);
    if (stopping() || next_ >= total_) return std::nullopt;
    const auto t = next_++;
    return Task{points_[t / x_.replications()], static_cast<std::uint32_t>(t % x_.replications())};
  }

  // Sends `rank` its next task (true), or tells it to stop (false).
  bool hand_out_or_stop(int rank) {
    const auto t = next_task();
    if (!t) {
      MPI_Send(nullptr, 0, MPI_LONG_LONG, rank, stop_tag, MPI_COMM_WORLD);
      return false;
    }
    long long message[2] = {static_cast<long long>(t->point), static_cast<long long>(t->replication)};
    MPI_Send(message, 2, MPI_LONG_LONG, rank, task_tag, MPI_COMM_WORLD);
    return true;
  }

  void receive(const MPI_Status& status) {
    int count = 0;
    if (status.MPI_TAG == result_tag) {
      MPI_Get_count(&status, MPI_DOUBLE, &count);
      std::vector<double> data(static_cast<std::size_t>(count));
      MPI_Recv(data.data(), count, MPI_DOUBLE, status.MPI_SOURCE, result_tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      const std::vector<double> values(data.begin() + 2, data.end());
      accept(static_cast<std::size_t>(data[0]), static_cast<std::uint32_t>(data[1]), values);
    } else if (status.MPI_TAG == error_tag) {
      MPI_Get_count(&status, MPI_CHAR, &count);
      std::string what(static_cast<std::size_t>(count), ' ');
      MPI_Recv(what.data(), count, MPI_CHAR, status.MPI_SOURCE, error_tag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
      std::lock_guard lock(mutex_);
      if (failure_.empty()) failure_ = "rank " + std::to_string(status.MPI_SOURCE) + ": " + what;
    } else {
      long long message[2];
      MPI_Recv(message, 2, MPI_LONG_LONG, status.MPI_SOURCE, status.MPI_TAG, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
    }
  }

  void accept(std::size_t point, std::uint32_t replication, const std::vector<double>& values) {
    std::lock_guard lock(mutex_);
    ++finished_;
    if (auto row = rows_.add(point, replication, values)) {
      cache_.drop(point);
      try {
        sink_(*row);
        ++delivered_;
      } catch (const std::exception& e) {
        if (failure_.empty()) failure_ = e.what();
      }
    }
    if (progress_) progress_(finished_, total_);
  }

  void local_worker() {
    while (auto t = next_task()) {
      try {
        const auto scenarios = cache_.at(t->point);
        auto values = run_task(x_, *scenarios, t->replication, stop_, threads_);
        if (!values) break;
        std::lock_guard lock(local_mutex_);
        local_results_.push_back({*t, std::move(*values)});
      } catch (const std::exception& e) {
        std::lock_guard lock(mutex_);
        if (failure_.empty()) failure_ = e.what();
        break;
      }
    }
    local_done_ = true;
  }

  // Rows are written by this (the MPI) thread only; returns true if anything was delivered.
  bool deliver_local() {
    std::deque<std::pair<Task, std::vector<double> > > ready;
    {
      std::lock_guard lock(local_mutex_);
      ready.swap(local_results_);
    }
    for (auto& [t, values] : ready) accept(t.point, t.replication, values);
    return !ready.empty();
  }

  const Cluster& c_;
  const PreparedExperiment& x_;
  const std::vector<std::size_t>& points_;
  int threads_;
  const RowSink& sink_;
  const std::atomic<bool>* stop_;
  const TaskProgress& progress_;
  RowAssembler rows_;
  ScenarioCache cache_;
  std::size_t total_, next_ = 0, finished_ = 0, delivered_ = 0;
  std::string failure_;
  std::mutex mutex_;
  std::mutex local_mutex_;
  std::deque<std::pair<Task, std::vector<double> > > local_results_;
  std::atomic<bool> local_done_{false};
};

}  // namespace

bool mpi_available() { return true; }

Cluster start_cluster(int& argc, char**& argv) {
  if (!started_by_launcher()) return {};
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);  // only this thread calls MPI
  g_initialised = true;
  Cluster c;
  MPI_Comm_rank(MPI_COMM_WORLD, &c.rank);
  MPI_Comm_size(MPI_COMM_WORLD, &c.size);
  return c;
}

void stop_cluster() {
  if (!g_initialised) return;
  g_initialised = false;
  MPI_Finalize();
}

void abort_cluster(int code) {
  if (g_initialised) MPI_Abort(MPI_COMM_WORLD, code);
  std::exit(code);
}

bool broadcast_from_root(const Cluster& cluster, bool value) {
  if (!cluster.distributed()) return value;
  int v = value ? 1 : 0;
  MPI_Bcast(&v, 1, MPI_INT, 0, MPI_COMM_WORLD);
  return v != 0;
}

bool run_points_distributed(const Cluster& cluster, const PreparedExperiment& x, const std::vector<std::size_t>& points,
                            int threads, const RowSink& sink, const std::atomic<bool>* stop,
                            const TaskProgress& progress) {
  if (!cluster.distributed()) return run_points(x, points, threads, sink, stop, progress);
  if (cluster.rank != 0) {
    serve(x, threads, stop);
    return true;
  }
  return Coordinator(cluster, x, points, threads, sink, stop, progress).run();
}

#endif

}  // namespace cgsim
