// cgsim run / cgsim compare: simulate scenarios into one HDF5 file; compare adds paired statistics.
#include <fmt/format.h>
#include <fmt/ostream.h>

#include <boost/program_options.hpp>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <thread>

#include "cgsim/engine/experiment.hpp"
#include "cgsim/engine/memory_estimate.hpp"
#include "cgsim/io/hdf5_file.hpp"
#include "cgsim/measure/indicators.hpp"
#include "cgsim/stats/comparison.hpp"
#include "cli.hpp"
#include "report_table.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

// `--set-for TARGET key=value`: an override for one scenario (TARGET: its file as given, or its name).
struct TargetedOverride {
  std::string target, assignment;
};

struct RunOptions {
  std::vector<std::string> files, overrides;
  std::vector<TargetedOverride> targeted;
  std::string output, format = "table", lang = "en", precision_text;
  bool all_years = false;
  std::optional<std::uint64_t> seed;
  std::optional<std::uint32_t> replications;
  std::optional<int> years;
  int threads = 0;
  bool force = false, progress = false;
  double precision = 0;  // the target half-width, 0 = none ...
  std::size_t precision_indicator = static_cast<std::size_t>(ind::capability_mean);
  bool precision_relative = false;  // ... or 1% of the baseline's mean of the indicator
  std::uint32_t max_replications = 200;
  double max_memory_gib = 0;  // 0 = the machine's physical memory
};

// Estimates the memory the run needs before building anything; false (with a message) when it
// exceeds `max_gib` or, if that is 0, the machine's physical memory.
bool fits_in_memory(const std::vector<Scenario>& scenarios, int threads, double max_gib) {
  const double limit = max_gib > 0 ? max_gib * (1 << 30) : physical_memory_bytes();
  if (limit <= 0) return true;
  const auto tasks = scenarios.size() * static_cast<std::size_t>(scenarios.front().parameters.replications);
  const int concurrent = static_cast<int>(std::min<std::size_t>(static_cast<std::size_t>(threads), tasks));
  for (const auto& s : scenarios) {
    const auto e = estimate_memory(s, concurrent);
    if (e.total_bytes <= limit) continue;
    fmt::print(stderr,
               "cgsim: {} needs about {:.1f} GiB ({:.1f} GiB per simulated world, {} at once; mostly {}), more than "
               "the {:.1f} GiB {}; reduce the population or companies, use fewer --threads, or raise --max-memory\n",
               s.source_file, e.total_bytes / (1 << 30), (e.world_bytes + e.result_bytes) / (1 << 30), concurrent,
               e.largest_part, limit / (1 << 30), max_gib > 0 ? "allowed by --max-memory" : "this machine has");
    return false;
  }
  return true;
}

// A decimal whole number within [low, high], or nothing (signs, spaces, fractions are refused).
std::optional<std::uint64_t> whole_number(const std::string& text, std::uint64_t low, std::uint64_t high) {
  std::uint64_t value = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (text.empty() || ec != std::errc() || ptr != end || value < low || value > high) return std::nullopt;
  return value;
}

// The scenarios of a comparison run with one seed and one replication count (common random
// numbers); a later scenario that sets others would be silently overruled, so that is an error
// unless --seed / --replications set them for all.
bool same_seed_and_replications(const std::vector<Scenario>& scenarios, const RunOptions& o) {
  const auto& first = scenarios.front();
  for (const auto& s : scenarios) {
    const bool seed = !o.seed && s.parameters.seed != first.parameters.seed;
    const bool reps = !o.replications && s.parameters.replications != first.parameters.replications;
    if (!seed && !reps) continue;
    const char* key = seed ? "simulation.seed" : "simulation.replications";
    fmt::print(stderr,
               "cgsim compare: {} sets {} {} but {} sets {}; compared scenarios share the first scenario's seed and "
               "replications (common random numbers): make them equal or give {}\n",
               s.source_file, key, seed ? s.parameters.seed : s.parameters.replications, first.source_file,
               seed ? first.parameters.seed : first.parameters.replications, seed ? "--seed" : "--replications");
    return false;
  }
  return true;
}

// Final-year values per scenario, indicator and replication, and each replication's mean public cost;
// with --all-years the values of every year ([year][scenario][indicator][replication]).
struct Collected {
  std::vector<std::vector<std::vector<double>>> final_values;
  std::vector<std::vector<double>> public_cost;
  std::vector<std::vector<std::vector<std::vector<double>>>> yearly_values;
};

std::vector<std::string> indicator_names() {
  std::vector<std::string> names;
  for (const auto& s : indicator_catalogue()) names.emplace_back(s.name);
  return names;
}

std::string default_output(const std::vector<Scenario>& scenarios, bool compare) {
  std::string name = compare ? "compare" : scenarios.front().name;
  if (compare)
    for (const auto& s : scenarios) name += "_" + s.name;
  return "out/" + name.substr(0, 120) + ".h5";
}

ComparisonTable tabulate(const std::vector<Scenario>& scenarios, const Collected& c) {
  std::vector<std::string> names;
  for (const auto& s : scenarios) names.push_back(s.name);
  return compare_scenarios(names, indicator_names(), c.final_values, c.public_cost);
}

// The half-width of the widest paired-difference interval of the --precision indicator (compare) or of
// its level (run).
double widest_half_width(const ComparisonTable& t, std::size_t i) {
  double widest = 0;
  for (std::size_t s = 0; s < t.scenarios.size(); ++s) {
    const auto& interval = s == 0 ? t.level[s][i] : t.difference[s][i];
    widest = std::max(widest, interval.half_width == interval.half_width ? interval.half_width : 1e300);
  }
  return widest;
}

bool parse_positive(const std::string& text, double& out) {
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, out);
  return !text.empty() && ec == std::errc() && ptr == end && std::isfinite(out) && out > 0;
}

int parse_precision(RunOptions& o);

// Takes every `--set-for TARGET key=value` out of argv (the option parser reads one value per
// option); false with a message when one is incomplete.
bool take_set_for(int& argc, char** argv, std::vector<TargetedOverride>& out) {
  int kept = 0;
  for (int k = 0; k < argc; ++k) {
    if (std::string_view(argv[k]) != "--set-for") {
      argv[kept++] = argv[k];
      continue;
    }
    if (k + 2 >= argc || std::string_view(argv[k + 2]).find('=') == std::string_view::npos) {
      fmt::print(stderr,
                 "cgsim compare: --set-for needs two arguments, a scenario (file or name) and "
                 "key.path=value, e.g. --set-for B.yaml forum.msme_seats=6\n");
      return false;
    }
    out.push_back({argv[k + 1], argv[k + 2]});
    k += 2;
  }
  argc = kept;
  return true;
}

// Does `target` (of --set-for) name this scenario: its file as given, the same file, or its name?
bool targets(const std::string& target, const std::string& file, const Scenario& s) {
  std::error_code ec;
  return target == file || target == s.name || std::filesystem::equivalent(target, file, ec);
}

// Loads the files with --set for all and --set-for per scenario; every --set-for must name one.
std::optional<std::vector<Scenario>> load_with_targets(const RunOptions& o, const std::vector<std::string>& overrides) {
  auto loaded = load_all(o.files, overrides);
  if (!loaded || o.targeted.empty()) return loaded;
  std::vector<bool> used(o.targeted.size(), false);
  for (std::size_t f = 0; f < o.files.size(); ++f) {
    auto mine = overrides;
    for (std::size_t t = 0; t < o.targeted.size(); ++t)
      if (targets(o.targeted[t].target, o.files[f], (*loaded)[f])) {
        mine.push_back(o.targeted[t].assignment);
        used[t] = true;
      }
    if (mine.size() == overrides.size()) continue;
    auto again = load_all({o.files[f]}, mine);
    if (!again) return std::nullopt;
    (*loaded)[f] = std::move(again->front());
  }
  for (std::size_t t = 0; t < o.targeted.size(); ++t)
    if (!used[t]) {
      std::string known;
      for (std::size_t f = 0; f < o.files.size(); ++f)
        known += (f ? ", " : "") + o.files[f] + " (" + (*loaded)[f].name + ")";
      fmt::print(stderr, "cgsim compare: --set-for {}: no scenario file or name '{}' among {}\n", o.targeted[t].target,
                 o.targeted[t].target, known);
      return std::nullopt;
    }
  return loaded;
}

int parse(int argc, char** argv, bool compare, RunOptions& o) {
  if (compare && !take_set_for(argc, argv, o.targeted)) return usage;
  const char* title =
      compare ? "cgsim compare A.yaml B.yaml [more.yaml ...] [options]" : "cgsim run SCENARIO.yaml [options]";
  po::options_description options(title);
  options.add_options()("help,h", "show this help")("output,o", po::value(&o.output),
                                                    "output HDF5 file (default out/<name>.h5)")(
      "seed", po::value<std::string>(), "base seed (default: the scenario's simulation.seed)")(
      "replications,r", po::value<std::string>(), "replications (default: the scenario's simulation.replications)")(
      "years", po::value<int>(), "simulated years (default: the scenario's simulation.years)")(
      "threads,t", po::value(&o.threads), "worker threads (default: all cores); results do not depend on it")(
      "set", po::value(&o.overrides)->composing(),
      "override a parameter in every scenario: key.path=value (repeatable)")(
      "force", po::bool_switch(&o.force), "overwrite an existing output file (or discard a kept .partial)")(
      "max-memory", po::value(&o.max_memory_gib),
      "refuse runs estimated to need more than this many GiB (default: the machine's memory)")(
      "progress", po::bool_switch(&o.progress), "show progress even when stderr is not a terminal");
  if (compare)
    options.add_options()("set-for", po::value<std::vector<std::string>>(),
                          "TARGET key.path=value (two arguments, repeatable): override a parameter in one scenario "
                          "only; TARGET is its file as given or its name (--set applies to every scenario)")(
        "format", po::value(&o.format), "table, csv or json")(
        "all-years", po::bool_switch(&o.all_years), "csv or json for every simulated year, not only the final one")(
        "lang", po::value(&o.lang), "language of the table: en (default) or id (Bahasa Indonesia)")(
        "precision", po::value(&o.precision_text),
        "INDICATOR[=H] or H: add replications until every 95% interval of the indicator's differences is narrower "
        "than H (without H: 1% of the baseline's mean; without INDICATOR: capability_mean)")(
        "max-replications", po::value(&o.max_replications), "upper limit for --precision (default 200)");
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, o.files, vm, compare ? "compare" : "run")) return usage;
  if (vm.count("help")) {
    fmt::print("{}", fmt::streamed(options));
    if (compare)
      fmt::print(
          "\nBahasa Indonesia: membandingkan skenario A (kondisi dasar) dengan B dan seterusnya pada replikasi yang\n"
          "sama (bilangan acak bersama). --lang id mencetak tabel dalam bahasa Indonesia; --set-for B.yaml "
          "kunci=nilai\nmengubah satu skenario saja; --format csv --all-years memberi setiap tahun simulasi.\n");
    return -1;
  }
  // Read as text: a typed "-1" must be reported as "-1", not as the unsigned number it wraps to.
  if (vm.count("seed")) {
    o.seed = whole_number(vm["seed"].as<std::string>(), 0, 4294967295u);
    if (!o.seed) {
      fmt::print(stderr, "cgsim: --seed must be a whole number from 0 to 4294967295, got '{}'\n",
                 vm["seed"].as<std::string>());
      return usage;
    }
  }
  if (vm.count("replications")) {
    const auto r = whole_number(vm["replications"].as<std::string>(), 1, 100000);
    if (!r) {
      fmt::print(stderr, "cgsim: --replications must be a whole number from 1 to 100000, got '{}'\n",
                 vm["replications"].as<std::string>());
      return usage;
    }
    o.replications = static_cast<std::uint32_t>(*r);
  }
  if (vm.count("years")) o.years = vm["years"].as<int>();
  const std::size_t wanted = compare ? 2 : 1;
  if (o.files.size() < wanted || (!compare && o.files.size() > 1)) {
    fmt::print(stderr, "cgsim {}: expected {} scenario file{}\n{}", compare ? "compare" : "run",
               compare ? "two or more" : "one", compare ? "s" : "", fmt::streamed(options));
    return usage;
  }
  if (o.format != "table" && o.format != "csv" && o.format != "json") {
    fmt::print(stderr, "cgsim compare: --format must be table, csv or json\n");
    return usage;
  }
  if (o.all_years && o.format == "table") {
    fmt::print(stderr, "cgsim compare: --all-years needs --format csv or json (the table shows the final year)\n");
    return usage;
  }
  if (o.lang != "en" && o.lang != "id") {
    fmt::print(stderr, "cgsim compare: --lang must be en or id, got '{}'\n", o.lang);
    return usage;
  }
  return o.precision_text.empty() ? ok : parse_precision(o);
}

// --precision H | INDICATOR | INDICATOR=H.
int parse_precision(RunOptions& o) {
  const auto& text = o.precision_text;
  const auto eq = text.find('=');
  std::string name = eq == std::string::npos ? text : text.substr(0, eq);
  std::string target = eq == std::string::npos ? "" : text.substr(eq + 1);
  double value = 0;
  if (eq == std::string::npos && parse_positive(text, value)) {  // a bare number: capability_mean
    o.precision = value;
    return ok;
  }
  const auto names = indicator_names();
  const auto found = std::find(names.begin(), names.end(), name);
  if (found == names.end()) {
    fmt::print(stderr, "cgsim compare: --precision '{}': unknown indicator '{}' (see `cgsim indicators`)\n", text,
               name);
    return usage;
  }
  o.precision_indicator = static_cast<std::size_t>(found - names.begin());
  if (target.empty() && eq == std::string::npos) {
    o.precision_relative = true;
    return ok;
  }
  if (!parse_positive(target, value)) {
    fmt::print(stderr, "cgsim compare: --precision {}: the target must be a number > 0, got '{}'\n", text, target);
    return usage;
  }
  o.precision = value;
  return ok;
}

}  // namespace

int run_command(int argc, char** argv, bool compare) {
  RunOptions o;
  if (const int status = parse(argc, argv, compare, o); status != ok) return status < 0 ? ok : status;
  auto overrides = o.overrides;
  if (o.years) overrides.push_back("simulation.years=" + std::to_string(*o.years));
  if (o.seed) overrides.push_back("simulation.seed=" + std::to_string(*o.seed));
  if (o.replications) overrides.push_back("simulation.replications=" + std::to_string(*o.replications));
  auto loaded = load_with_targets(o, overrides);
  if (!loaded) return invalid_input;
  const auto& scenarios = *loaded;
  std::vector<std::string> names;
  for (const auto& s : scenarios) {
    if (std::find(names.begin(), names.end(), s.name) != names.end()) {
      fmt::print(stderr, "cgsim compare: two scenarios are named '{}'; give each file its own `name:`\n", s.name);
      return invalid_input;
    }
    names.push_back(s.name);
    if (s.parameters.years != scenarios.front().parameters.years) {
      fmt::print(stderr, "cgsim compare: {} simulates {} years but {} simulates {}; use --years to align them\n",
                 s.source_file, s.parameters.years, scenarios.front().source_file, scenarios.front().parameters.years);
      return invalid_input;
    }
  }
  if (!same_seed_and_replications(scenarios, o)) return invalid_input;
  const int threads = o.threads > 0 ? o.threads : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!fits_in_memory(scenarios, threads, o.max_memory_gib)) return invalid_input;
  const auto seed = static_cast<std::uint64_t>(scenarios.front().parameters.seed);
  const auto replications = static_cast<std::uint32_t>(scenarios.front().parameters.replications);
  if (o.output.empty()) o.output = default_output(scenarios, compare);
  std::error_code ec;
  if (const auto dir = std::filesystem::path(o.output).parent_path(); !dir.empty() && o.output.rfind("out/", 0) == 0)
    std::filesystem::create_directories(dir, ec);

  install_signal_handlers();  // before the file exists: a signal from then on ends the run cleanly
  OutputFile file(o.output, o.force, joined_command_line(argc + 1, argv - 1), names);
  for (const auto& s : scenarios) file.add_scenario(s, seed);

  Collected collected;
  collected.final_values.assign(scenarios.size(), std::vector<std::vector<double>>(indicator_count));
  collected.public_cost.assign(scenarios.size(), {});
  if (o.all_years)
    collected.yearly_values.assign(static_cast<std::size_t>(scenarios.front().parameters.years),
                                   collected.final_values);
  auto sink = [&](std::size_t s, const ReplicationResult& r) {
    file.append(scenarios[s], r);
    for (int k = 0; k < indicator_count; ++k) collected.final_values[s][k].push_back(r.years.back().indicators[k]);
    for (std::size_t y = 0; y < collected.yearly_values.size() && y < r.years.size(); ++y)
      for (int k = 0; k < indicator_count; ++k) collected.yearly_values[y][s][k].push_back(r.years[y].indicators[k]);
    double cost = 0;
    for (const auto& y : r.years) cost += y.indicators[ind::government_cost];
    collected.public_cost[s].push_back(cost / static_cast<double>(r.years.size()));
  };
  ExperimentPlan plan;
  for (const auto& s : scenarios) plan.scenarios.push_back(&s);
  plan.seed = seed;
  plan.threads = threads;
  Progress progress(o.progress);
  std::uint32_t done = 0, batch = replications;
  bool finished = true;
  while (true) {
    plan.first_replication = done;
    plan.replications = batch;
    finished = run_experiment(plan, sink, &stop_flag(), [&](std::size_t d, std::size_t t) { progress.update(d, t); });
    done += batch;
    if (!finished || (o.precision <= 0 && !o.precision_relative) || done >= o.max_replications) break;
    const auto table = tabulate(scenarios, collected);
    const auto i = o.precision_indicator;
    const double target = o.precision_relative ? 0.01 * std::abs(table.level[0][i].mean) : o.precision;
    if (widest_half_width(table, i) <= std::max(target, 1e-12)) break;
    batch = std::min<std::uint32_t>(std::max<std::uint32_t>(done / 2, 2), o.max_replications - done);
  }
  progress.finish();
  if (!finished) {
    const auto partial = file.abandon();
    fmt::print(stderr, "cgsim: interrupted; the replications that finished are in {} (marked incomplete)\n", partial);
    return interrupted;
  }
  if (compare) {
    const auto table = tabulate(scenarios, collected);
    file.write_comparison(table);
    file.finish();
    if (o.all_years) {
      std::vector<ComparisonTable> years;
      for (const auto& values : collected.yearly_values)
        years.push_back(compare_scenarios(names, indicator_names(), values, collected.public_cost));
      print_comparison_years(years, o.format);
    } else
      print_comparison(table, o.format, o.lang);
    if (table.replications < 2)
      fmt::print(stderr,
                 "warning: with {} replication no interval can be computed and no difference is called clear; use "
                 "--replications 2 or more (about 10 for useful intervals)\n",
                 table.replications);
    else if (table.replications < 10)
      fmt::print(stderr,
                 "warning: only {} replications; intervals are wide and unreliable below about 10 (use --replications "
                 "or --precision)\n",
                 table.replications);
  } else {
    file.finish();
    print_run_summary(tabulate(scenarios, collected));
  }
  fmt::print(stderr, "wrote {}\n", file.final_path());
  return ok;
}

}  // namespace cgsim::cli
