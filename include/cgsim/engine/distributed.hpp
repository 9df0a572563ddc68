#pragma once
// Running an experiment over MPI ranks (Open MPI): rank 0 hands out tasks (one design point x
// one replication) as ranks ask for them, computes tasks itself on a second thread, assembles the
// rows and is the only rank that writes the file. Without MPI (not built in, or not started by
// mpirun / srun) there is one rank and nothing here talks to MPI.
#include <atomic>
#include <vector>

#include "cgsim/engine/experiment_runner.hpp"

namespace cgsim {

struct Cluster {
  int rank = 0;
  int size = 1;
  [[nodiscard]] bool distributed() const { return size > 1; }
};

// True if MPI support was compiled in.
bool mpi_available();
// Initialises MPI if this process was started by an MPI launcher (mpirun, srun); else one rank.
Cluster start_cluster(int& argc, char**& argv);
// Finalises MPI if start_cluster initialised it (safe to call more than once).
void stop_cluster();
// Ends every rank at once (after an error on one of them).
[[noreturn]] void abort_cluster(int code);

// Rank 0's `value` on every rank (e.g. "the output file is open, go ahead").
bool broadcast_from_root(const Cluster& cluster, bool value);

// The same contract as run_points, over the cluster's ranks. On rank 0 rows reach `sink`; the
// other ranks compute and return (their result is meaningless). `threads` threads per rank.
bool run_points_distributed(const Cluster& cluster, const PreparedExperiment& x, const std::vector<std::size_t>& points,
                            int threads, const RowSink& sink, const std::atomic<bool>* stop,
                            const TaskProgress& progress = {});

}  // namespace cgsim
