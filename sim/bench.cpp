// cgsim bench: how fast and how lean the model is on this machine, measured in one run.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <fmt/ranges.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <boost/program_options.hpp>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>
#include <vector>

#include "cgsim/engine/experiment_runner.hpp"
#include "cgsim/engine/year.hpp"
#include "cgsim/io/experiment_file.hpp"
#include "cgsim/io/hdf5_file.hpp"
#include "cgsim/rules/economy.hpp"
#include "cgsim/rules/forum_process.hpp"
#include "cgsim/rules/needs.hpp"
#include "cgsim/scenario/loader.hpp"
#include "cgsim/scenario/parameter_table.hpp"
#include "cgsim/world/world_builder.hpp"
#include "cli.hpp"
#include "report_table.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

double peak_rss_mib() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

template <typename V>
double bytes_of(const V& v) {
  return static_cast<double>(v.capacity() * sizeof(typename V::value_type));
}

// Bytes held by the MSME arrays and the peer network, per MSME.
double state_bytes_per_msme(const World& w) {
  const auto& m = w.msmes;
  double total = 0;
  m.for_each_array([&](const auto& array, std::size_t) { total += bytes_of(array); });
  total += static_cast<double>(w.peers.links() + w.peers.first.size()) * sizeof(std::uint32_t);
  return total / static_cast<double>(std::max<std::size_t>(1, m.size()));
}

// STREAM triad a = b + s c over arrays far larger than the caches; best of several passes.
double triad_bandwidth_gb_per_s(std::size_t n, int threads) {
  std::vector<double> a(n, 0.0), b(n, 1.0), c(n, 2.0);
  double best = 0;
  for (int pass = 0; pass < 5; ++pass) {
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int k = 0; k < threads; ++k)
      pool.emplace_back([&, k] {
        const std::size_t lo = n * k / threads, hi = n * (k + 1) / threads;
        for (std::size_t i = lo; i < hi; ++i) a[i] = b[i] + 3.0 * c[i];
      });
    for (auto& t : pool) t.join();
    best = std::max(best, 3.0 * sizeof(double) * static_cast<double>(n) / seconds_since(t0) / 1e9);
  }
  if (a[n / 2] != 7.0) throw std::runtime_error("triad check failed");
  return best;
}

// Timed runs per measurement; the median is reported.
constexpr int kRepetitions = 3;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Bytes the per-step MSME update reads and writes per MSME (the economy step's arrays).
constexpr double kUpdateBytesPerMsme = 2 * (4 * 5 + 4 + 4 + 4) + 1 + 1 + 1 + 1 + 1 + 1;

// Experiment throughput: replications per second of `scenario_file` as it is (its own population),
// 10 years, through the experiment runner on `threads` threads, rows written to an experiment file
// as `cgsim experiment run` does. One design point, so only replications vary.
double experiment_replications_per_s(const std::string& scenario_file, int threads, std::uint32_t replications) {
  const auto dir = std::filesystem::temp_directory_path();
  const auto yaml = (dir / "cgsim-bench-experiment.yaml").string();
  const auto h5 = (dir / "cgsim-bench-experiment.h5").string();
  {
    std::ofstream out(yaml);
    out << "name: bench\nscenario: '" << std::filesystem::absolute(scenario_file).string()
        << "'\ndesign: {type: full_factorial}\nyears: 10\nreplications: " << replications << "\n";
  }
  auto loaded = load_experiment(yaml);
  std::filesystem::remove(yaml);
  if (!loaded.spec) throw std::runtime_error("bench experiment: " + to_string(loaded.errors.front()));
  auto prepared = prepare_experiment(*loaded.spec);
  if (!prepared.experiment) throw std::runtime_error("bench experiment: " + to_string(prepared.errors.front()));
  const auto& x = *prepared.experiment;
  const auto t0 = std::chrono::steady_clock::now();
  {
    ExperimentFile file(h5, true, x, "cgsim bench", "");
    run_points(
        x, shard_points(x.points(), 1, 1), threads, [&](const Row& r) { file.write_row(r, 0); }, nullptr);
    file.finish();
  }
  const double seconds = seconds_since(t0);
  std::filesystem::remove(h5);
  return replications / seconds;
}

}  // namespace

int bench_command(int argc, char** argv) {
  po::options_description options("cgsim bench [--scenario FILE] [--msmes N] [--years Y] [--threads T] [--json]");
  std::string scenario_file = default_data_dir() + "/pre_collaborative.yaml";
  std::size_t msmes = 1000000;
  int years = 2, threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  bool json = false;
  std::uint32_t experiment_replications = 0;
  options.add_options()("help,h", "show this help")("scenario", po::value(&scenario_file),
                                                    "scenario to time (default: scenarios/pre_collaborative.yaml)")(
      "msmes", po::value(&msmes), "MSMEs in the benchmark population (default 1,000,000)")(
      "years", po::value(&years), "simulated years (default 2)")(
      "threads,t", po::value(&threads), "threads (default or 0: all cores)")("json", po::bool_switch(&json),
                                                                             "print JSON instead of a table")(
      "experiment-replications", po::value(&experiment_replications),
      "replications timed for the experiment throughput (default 4 per thread; 0 = default)");
  po::variables_map vm;
  try {
    po::store(po::parse_command_line(argc, argv, options), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    fmt::print(stderr, "cgsim bench: {}\n", e.what());
    return usage;
  }
  if (vm.count("help")) {
    fmt::print(
        "{}\nRuns a scenario (the pre-collaborative one unless --scenario) with N MSMEs and reports MSME-steps per "
        "second,\n"
        "bytes per MSME, peak memory, seconds per year, HDF5 write speed, experiment throughput (replications per "
        "second of the scenario at its own size, 10 years) and the memory bandwidth.\n"
        "Speeds are the median of {} timed runs (Y consecutive years each, on one world).\n",
        fmt::streamed(options), kRepetitions);
    return ok;
  }
  if (threads < 1)
    threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));  // as in run: 0 = all cores
  // All timed runs go on one world, so simulation.years (range in the parameter table) must hold them all.
  const int max_years = static_cast<int>(find_parameter("simulation.years")->max);
  if (years < 1 || years * kRepetitions > max_years) {
    fmt::print(stderr,
               "cgsim bench: --years must be between 1 and {} (each of the {} timed runs simulates that many years)\n",
               max_years / kRepetitions, kRepetitions);
    return usage;
  }
  auto loaded = load_scenario(scenario_file, {"population.msmes=" + std::to_string(msmes),
                                              "simulation.years=" + std::to_string(years * kRepetitions)});
  if (!loaded.scenario) {
    for (const auto& e : loaded.errors) fmt::print(stderr, "{}\n", to_string(e));
    return invalid_input;
  }
  const Scenario& s = *loaded.scenario;
  auto t0 = std::chrono::steady_clock::now();
  World world = build_world(s, 1, 0);
  world.threads = threads;
  CarryOver carry = start_carry_over(world);
  const double build_s = seconds_since(t0);
  const double bytes_per_msme = state_bytes_per_msme(world);

  // Whole model: kRepetitions timed runs of `years` consecutive years each; the median run is
  // reported (other processes on a shared machine only ever slow a run down).
  std::vector<YearRecord> records;
  std::vector<double> run_seconds;
  int year = 0;
  for (int r = 0; r < kRepetitions; ++r) {
    t0 = std::chrono::steady_clock::now();
    for (int y = 1; y <= years; ++y) records.push_back(simulate_year(world, carry, s, ++year));
    run_seconds.push_back(seconds_since(t0));
  }
  const double run_s = median(run_seconds);
  const double msme_steps = static_cast<double>(msmes) * years * static_cast<double>(s.parameters.steps_per_year);
  std::vector<double> whole_rates;
  for (double t : run_seconds) whole_rates.push_back(msme_steps / t);

  // The per-step MSME update alone (economy step), on the same world: median of kRepetitions runs.
  const int update_steps = 8;
  std::vector<double> update_seconds;
  for (int r = 0; r < kRepetitions; ++r) {
    t0 = std::chrono::steady_clock::now();
    for (int k = 0; k < update_steps; ++k, ++world.step) economy_step(world.context(), world.msmes);
    update_seconds.push_back(seconds_since(t0));
  }
  const double update_rate = static_cast<double>(msmes) * update_steps / median(update_seconds);

  // The forum alone (seating, interests, meetings, measurement) on the last year's world: median of
  // kRepetitions calls; it repeats that year's forum exactly (its draws are keyed by year).
  const Eigen::MatrixXd forum_needs = district_needs(world.context(), world.districts, world.msmes, false);
  std::vector<double> forum_seconds;
  for (int r = 0; r < kRepetitions; ++r) {
    t0 = std::chrono::steady_clock::now();
    const auto organised = district_needs(world.context(), world.districts, world.msmes, true);
    run_forum(world.context(), forum_inputs(world, forum_needs, organised, 0.0));
    forum_seconds.push_back(seconds_since(t0));
  }
  const double forum_s = median(forum_seconds);
  const double forum_share = forum_s / (run_s / years);

  // HDF5 write throughput: the indicators of many replications of this run.
  // One file per process: two benchmarks at once would otherwise wait on the same output lock.
  const auto h5 =
      (std::filesystem::temp_directory_path() / ("cgsim-bench-" + std::to_string(getpid()) + ".h5")).string();
  const int write_reps = 200;
  t0 = std::chrono::steady_clock::now();
  {
    OutputFile file(h5, true, "cgsim bench", {s.name});
    file.add_scenario(s, 1);
    ReplicationResult r;
    r.years = records;
    r.complete = true;
    for (int k = 0; k < write_reps; ++k) {
      r.replication = static_cast<std::uint32_t>(k);
      file.append(s, r);
    }
    file.finish();
  }
  const double write_s = seconds_since(t0);
  const double written = static_cast<double>(std::filesystem::file_size(h5));
  const double raw =
      write_reps * static_cast<double>(records.size()) *
      (indicator_count + static_cast<double>(district_indicator_count) * static_cast<double>(s.districts.size())) * 8.0;
  std::filesystem::remove(h5);

  if (experiment_replications == 0) experiment_replications = static_cast<std::uint32_t>(4 * threads);
  const double experiment_rate = experiment_replications_per_s(scenario_file, threads, experiment_replications);

  const double model_peak_rss = peak_rss_mib();  // before the triad's own arrays
  const double bandwidth = triad_bandwidth_gb_per_s(std::size_t{1} << 25, threads);
  const double model_traffic = update_rate * kUpdateBytesPerMsme / 1e9;
  const double whole_rate = msme_steps / run_s;
  if (json) {
    fmt::print(
        "{{\"scenario\": {}, \"msmes\": {}, \"years\": {}, \"threads\": {}, \"repetitions\": {}, "
        "\"whole_model_runs_msme_steps_per_s\": [{:.6g}], \"whole_model_msme_steps_per_s\": {:.6g}, "
        "\"update_only_msme_steps_per_s\": {:.6g}, \"bytes_per_msme\": {:.1f}, \"peak_rss_mib\": {:.1f}, "
        "\"seconds_per_simulated_year\": {:.4g}, \"build_seconds\": {:.3g}, \"hdf5_write_mb_per_s\": {:.4g}, "
        "\"hdf5_raw_mb_per_s\": {:.4g}, \"triad_bandwidth_gb_per_s\": {:.4g}, \"update_traffic_gb_per_s\": {:.4g}, "
        "\"update_traffic_to_bandwidth_ratio\": {:.3g}, \"forum_seconds_per_year\": {:.4g}, \"forum_share_of_year\": "
        "{:.3g}, \"experiment_replications\": {}, \"experiment_replications_per_s\": {:.4g}}}\n",
        json_string(s.name), msmes, years, threads, kRepetitions, fmt::join(whole_rates, ", "), whole_rate, update_rate,
        bytes_per_msme, model_peak_rss, run_s / years, build_s, written / write_s / 1e6, raw / write_s / 1e6, bandwidth,
        model_traffic, model_traffic / bandwidth, forum_s, forum_share, experiment_replications, experiment_rate);
    return ok;
  }
  fmt::print("cgsim bench: {}, {} MSMEs, {} years x {} steps, {} threads\n", s.name, msmes, years,
             s.parameters.steps_per_year, threads);
  fmt::print("  whole model            {:>10.3g} MSME-steps/s (median of {} runs: {:.3g})\n", whole_rate, kRepetitions,
             fmt::join(whole_rates, ", "));
  fmt::print("  per-step update only   {:>10.3g} MSME-steps/s\n", update_rate);
  fmt::print("  state                  {:>10.1f} bytes per MSME (network included)\n", bytes_per_msme);
  fmt::print("  peak resident memory   {:>10.1f} MiB (model, before the bandwidth test)\n", model_peak_rss);
  fmt::print("  seconds per sim. year  {:>10.3g} s (world built in {:.3g} s)\n", run_s / years, build_s);
  fmt::print("  forum                  {:>10.3g} s per year = {:.2g} of a year (seating, interests, meetings)\n",
             forum_s, forum_share);
  fmt::print("  HDF5 write             {:>10.3g} MB/s in the file ({:.3g} MB/s of raw values)\n",
             written / write_s / 1e6, raw / write_s / 1e6);
  fmt::print(
      "  experiment throughput  {:>10.3g} replications/s ({} replications of the scenario as it is, 10 "
      "years, {} threads)\n",
      experiment_rate, experiment_replications, threads);
  fmt::print("  memory bandwidth       {:>10.3g} GB/s (STREAM triad)\n", bandwidth);
  fmt::print("  update traffic         {:>10.3g} GB/s = {:.2g} of the bandwidth\n", model_traffic,
             model_traffic / bandwidth);
  return ok;
}

}  // namespace cgsim::cli
