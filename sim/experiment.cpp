// cgsim experiment run | merge | validate: designs over levers and uncertainties (docs/experiments.md).
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <unistd.h>

#include <boost/program_options.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <thread>

#include "cgsim/engine/distributed.hpp"
#include "cgsim/engine/experiment_runner.hpp"
#include "cgsim/io/experiment_file.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

struct Shard {
  std::size_t index = 1, count = 1;
  [[nodiscard]] std::string text() const { return count == 1 ? "" : fmt::format("{}/{}", index, count); }
};

bool parse_shard(const std::string& s, Shard& out) {
  const auto slash = s.find('/');
  if (slash == std::string::npos) return false;
  try {
    std::size_t used = 0;
    out.index = std::stoul(s.substr(0, slash), &used);
    if (used != slash) return false;
    out.count = std::stoul(s.substr(slash + 1), &used);
    if (used != s.size() - slash - 1) return false;
  } catch (const std::exception&) {
    return false;
  }
  return out.count >= 1 && out.index >= 1 && out.index <= out.count;
}

// "12 of 40 replications, 3 of 10 points written, 5 s elapsed, about 12 s left" on stderr.
class ExperimentProgress {
 public:
  ExperimentProgress(bool forced, std::size_t points) : enabled_(forced || isatty(STDERR_FILENO)), points_(points) {}
  void update(std::size_t done, std::size_t total) {
    const double now = now_seconds(), elapsed = now - start_;
    if (!enabled_ || (now - last_ < 0.5 && done < total)) return;
    last_ = now;
    const double eta = done > 0 ? elapsed / static_cast<double>(done) * static_cast<double>(total - done) : 0.0;
    fmt::print(stderr, "\r{} of {} replications, {} of {} points written, {:.0f} s elapsed, about {:.0f} s left   ",
               done, total, rows_, points_, elapsed, eta);
    std::fflush(stderr);
    shown_ = true;
  }
  void row() { ++rows_; }
  void finish() {
    if (shown_) fmt::print(stderr, "\n");
  }
  [[nodiscard]] double elapsed() const { return now_seconds() - start_; }

 private:
  bool enabled_, shown_ = false;
  std::size_t points_, rows_ = 0;
  double start_ = now_seconds(), last_ = 0;
};

std::optional<PreparedExperiment> prepare(const std::string& file, bool print) {
  auto loaded = load_experiment(file);
  Diagnostics errors = loaded.errors;
  std::optional<PreparedExperiment> x;
  if (loaded.spec) {
    auto prepared = prepare_experiment(*loaded.spec);
    errors = prepared.errors;
    x = std::move(prepared.experiment);
  }
  if (print) {
    for (const auto& e : errors) fmt::print(stderr, "{}\n", to_string(e));
    if (!errors.empty()) fmt::print(stderr, "{}: {} error{}\n", file, errors.size(), errors.size() == 1 ? "" : "s");
  }
  return x;
}

void describe(const PreparedExperiment& x) {
  fmt::print("experiment {}: {} policies x {} design points ({}) x {} replications = {} runs of {} years\n",
             x.spec.name, x.policies.size(), x.points(), design_kind_name(x.spec.design.kind), x.replications(),
             x.policies.size() * x.points() * x.replications(), x.years);
  for (const auto& f : x.spec.factors)
    fmt::print("  {} {} in [{}, {}] {}\n", f.role == FactorRole::lever ? "lever      " : "uncertainty", f.path, f.low,
               f.high, f.unit);
  fmt::print("  hash {}\n", x.hash);
}

struct RunOptions {
  std::vector<std::string> files;
  std::string output, shard;
  int threads = 0;
  bool force = false, resume = false, progress = false;
};

int run(int argc, char** argv) {
  RunOptions o;
  po::options_description options("cgsim experiment run EXPERIMENT.yaml -o OUT.h5 [options]");
  options.add_options()("help,h", "show this help")("output,o", po::value(&o.output),
                                                    "output HDF5 file (default out/<name>.h5)")(
      "threads,t", po::value(&o.threads),
      "threads per process (default: all cores; 1 per rank under mpirun); results do not depend on it")(
      "shard", po::value(&o.shard), "run only slice i of N (i/N, 1-based) into its own file; merge the parts after")(
      "resume", po::bool_switch(&o.resume), "continue an interrupted run (OUT.h5.partial) with the rows not done")(
      "force", po::bool_switch(&o.force), "overwrite an existing output file")(
      "progress", po::bool_switch(&o.progress), "show progress even when stderr is not a terminal");
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, o.files, vm, "experiment run")) return usage;
  if (vm.count("help")) {
    fmt::print("{}", fmt::streamed(options));
    return ok;
  }
  if (o.files.size() != 1) {
    fmt::print(stderr, "cgsim experiment run: expected one experiment file\n{}", fmt::streamed(options));
    return usage;
  }
  Shard shard;
  if (!o.shard.empty() && !parse_shard(o.shard, shard)) {
    fmt::print(stderr, "cgsim experiment run: --shard expects i/N with 1 <= i <= N, got '{}'\n", o.shard);
    return usage;
  }
  const Cluster cluster = start_cluster(argc, argv);
  struct Finalise {
    ~Finalise() { stop_cluster(); }
  } finalise;
  const bool root = cluster.rank == 0;
  auto x = prepare(o.files.front(), root);
  if (!x) return invalid_input;
  if (o.output.empty())
    o.output = "out/" + x->spec.name + (shard.count > 1 ? "_part" + std::to_string(shard.index) : "") + ".h5";
  const int threads = o.threads > 0           ? o.threads
                      : cluster.distributed() ? 1
                                              : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  install_signal_handlers();

  std::optional<ExperimentFile> file;
  std::vector<std::size_t> todo;
  std::string open_error;
  if (root) {
    try {
      if (o.output.rfind("out/", 0) == 0) std::filesystem::create_directories("out");
      if (o.resume)
        file.emplace(ExperimentFile::resume(o.output, *x, shard.text()));
      else
        file.emplace(o.output, o.force, *x, joined_command_line(argc + 2, argv - 2), shard.text());
      const auto done = file->done();
      for (auto p : shard_points(x->points(), shard.index, shard.count))
        if (!done[p]) todo.push_back(p);
    } catch (const std::exception& e) {
      open_error = e.what();
    }
  }
  if (!broadcast_from_root(cluster, open_error.empty())) {
    if (root) fmt::print(stderr, "cgsim experiment run: error: {}\n", open_error);
    return failure;
  }
  if (root) {
    describe(*x);
    if (o.resume) fmt::print("resuming: {} of this run's points still to do\n", todo.size());
    if (cluster.distributed())
      fmt::print("{} MPI ranks, {} thread{} each\n", cluster.size, threads, threads == 1 ? "" : "s");
    std::fflush(stdout);
  }
  ExperimentProgress progress(o.progress, todo.size());
  auto sink = [&](const Row& row) {
    file->write_row(row, progress.elapsed());
    progress.row();
  };
  bool finished = false;
  try {
    finished = run_points_distributed(cluster, *x, todo, threads, sink, &stop_flag(),
                                      [&](std::size_t d, std::size_t t) { progress.update(d, t); });
  } catch (const std::exception& e) {
    progress.finish();
    if (!root) return failure;
    const auto kept = file ? file->abandon() : std::string();
    fmt::print(stderr, "cgsim experiment run: error: {}\n", e.what());
    if (!kept.empty()) fmt::print(stderr, "the rows that finished are in {}\n", kept);
    return failure;
  }
  progress.finish();
  if (!root) return finished ? ok : interrupted;
  if (!finished || stop_flag().load()) {
    const auto kept = file->abandon();
    fmt::print(stderr,
               "cgsim: interrupted; the finished rows are in {}; continue with: cgsim experiment run {} -o {}{} "
               "--resume\n",
               kept, o.files.front(), o.output, shard.count > 1 ? " --shard " + shard.text() : "");
    return interrupted;
  }
  file->finish();
  fmt::print(stderr, "wrote {} ({:.1f} s)\n", file->final_path(), progress.elapsed());
  return ok;
}

int merge(int argc, char** argv) {
  std::vector<std::string> parts;
  std::string output;
  bool force = false;
  po::options_description options("cgsim experiment merge PART.h5... -o OUT.h5");
  options.add_options()("help,h", "show this help")("output,o", po::value(&output), "merged output file")(
      "force", po::bool_switch(&force), "overwrite an existing output file");
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, parts, vm, "experiment merge")) return usage;
  if (vm.count("help")) {
    fmt::print("{}", fmt::streamed(options));
    return ok;
  }
  if (parts.empty() || output.empty()) {
    fmt::print(stderr, "cgsim experiment merge: expected part files and -o OUT.h5\n{}", fmt::streamed(options));
    return usage;
  }
  try {
    merge_experiment_files(parts, output, force, joined_command_line(argc + 2, argv - 2));
  } catch (const OutputError& e) {
    fmt::print(stderr, "cgsim experiment merge: error: {}\n", e.what());
    return invalid_input;
  }
  fmt::print(stderr, "merged {} parts into {}\n", parts.size(), output);
  return ok;
}

int validate(int argc, char** argv) {
  int status = ok;
  for (int k = 1; k < argc; ++k) {
    const auto x = prepare(argv[k], true);
    if (!x) {
      status = invalid_input;
      continue;
    }
    describe(*x);
  }
  return argc < 2 ? usage : status;
}

}  // namespace

int experiment_command(int argc, char** argv) {
  const std::string sub = argc >= 2 ? argv[1] : "";
  if (sub == "run") return run(argc - 1, argv + 1);
  if (sub == "merge") return merge(argc - 1, argv + 1);
  if (sub == "validate") return validate(argc - 1, argv + 1);
  fmt::print(sub.empty() || sub == "--help" || sub == "-h" ? stdout : stderr,
             "usage: cgsim experiment run EXPERIMENT.yaml -o OUT.h5 [--shard i/N] [--resume] [-t N]\n"
             "       cgsim experiment merge PART.h5... -o OUT.h5\n"
             "       cgsim experiment validate EXPERIMENT.yaml...\n"
             "run under `mpirun -n K cgsim experiment run ...` to share the points among K ranks\n");
  return sub == "--help" || sub == "-h" ? ok : usage;
}

}  // namespace cgsim::cli
