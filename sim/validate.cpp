#include <fmt/format.h>
#include <fmt/ostream.h>

#include <boost/program_options.hpp>

#include "cgsim/measure/indicators.hpp"
#include "cgsim/scenario/experiment_spec.hpp"
#include "cgsim/scenario/lever_paths.hpp"
#include "cgsim/scenario/loader.hpp"
#include "cgsim/scenario/targets_file.hpp"
#include "cli.hpp"
#include "report_table.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

std::string located(const Origin& o) {
  if (o.line <= 0) return o.file;
  return fmt::format("{}:{}:{}", o.file, o.line, o.column);
}

// A warning per lever that the scenario sets but that has no path in its configuration.
void warn_inert(const std::string& file, const std::vector<InertLever>& inert) {
  for (const auto& lever : inert)
    fmt::print(stderr, "{}: warning: {} = {} does nothing: {}\n", located(lever.where), lever.key, lever.value,
               lever.why);
  if (!inert.empty())
    fmt::print(stderr, "{}: {} setting{} without effect\n", file, inert.size(), inert.size() == 1 ? "" : "s");
}

// One JSON object per file: {"file": ..., "ok": ..., "inert": [{"key", "value", "why"}]}.
std::string explanation_json(const std::string& file, const LoadResult& result) {
  std::string inert;
  if (result.scenario)
    for (const auto& lever : inert_levers(*result.scenario))
      inert += fmt::format("{}{{\"key\": {}, \"value\": {}, \"why\": {}}}", inert.empty() ? "" : ", ",
                           json_string(lever.key), json_string(lever.value), json_string(lever.why));
  return fmt::format("{{\"file\": {}, \"ok\": {}, \"inert\": [{}]}}", json_string(file),
                     result.scenario ? "true" : "false", inert);
}

// A calibration targets file (scenarios/data/targets.yaml): its entries, and the indicators it names.
bool validate_targets(const std::string& file, bool explain) {
  std::vector<std::string> indicators;
  for (const auto& spec : indicator_catalogue()) indicators.emplace_back(spec.name);
  const auto check = check_targets_file(file, indicators);
  for (const auto& w : check.warnings)
    fmt::print(stderr, "{}: warning: {}\n", located(w.where), w.key + ": " + w.message);
  if (check.errors.empty()) {
    if (!explain) fmt::print("{}: ok (calibration targets, {} entries)\n", file, check.targets);
    return true;
  }
  for (const auto& e : check.errors) fmt::print(explain ? stderr : stdout, "{}\n", to_string(e));
  fmt::print(explain ? stderr : stdout, "{}: {} error{}\n", file, check.errors.size(),
             check.errors.size() == 1 ? "" : "s");
  return false;
}

}  // namespace

int validate_command(int argc, char** argv) {
  po::options_description options("cgsim validate SCENARIO.yaml [more.yaml ...] [options]");
  std::vector<std::string> files, overrides;
  options.add_options()("help,h", "show this help")("set", po::value(&overrides)->composing(),
                                                    "override a parameter: key.path=value (repeatable)")(
      "explain-json", "print, as JSON on stdout, each file's settings that have no path to act");
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, files, vm, "validate")) return usage;
  if (vm.count("help")) {
    fmt::print(
        "{}\nChecks every file and prints 'FILE: ok' or every error with its line and column.\n"
        "Warns on stderr (exit status still 0) about settings that cannot act in the scenario's\n"
        "configuration, e.g. MSME seats in a report-only forum or sanctions with nothing binding.\n",
        fmt::streamed(options));
    return ok;
  }
  if (files.empty()) {
    fmt::print(stderr, "cgsim validate: no scenario file given\n");
    return usage;
  }
  const bool explain = vm.count("explain-json") > 0;
  bool all_ok = true;
  std::vector<std::string> explained;
  for (const auto& f : files) {
    if (is_experiment_file(f)) {  // an experiment file (scenarios/experiments/): checked as one
      const auto experiment = load_experiment(f);
      if (experiment.spec) {
        if (!explain) fmt::print("{}: ok (experiment)\n", f);
        continue;
      }
      all_ok = false;
      for (const auto& e : experiment.errors) fmt::print(explain ? stderr : stdout, "{}\n", to_string(e));
      fmt::print(explain ? stderr : stdout, "{}: {} error{}\n", f, experiment.errors.size(),
                 experiment.errors.size() == 1 ? "" : "s");
      continue;
    }
    if (is_targets_file(f)) {  // calibration targets (scenarios/data/targets.yaml): checked as such
      all_ok = validate_targets(f, explain) && all_ok;
      continue;
    }
    const auto result = load_scenario(f, overrides);
    if (explain) explained.push_back(explanation_json(f, result));
    if (result.scenario) {
      if (!explain) {
        fmt::print("{}: ok\n", f);
        warn_inert(f, inert_levers(*result.scenario));
      }
      continue;
    }
    all_ok = false;
    for (const auto& e : result.errors) fmt::print(explain ? stderr : stdout, "{}\n", to_string(e));
    fmt::print(explain ? stderr : stdout, "{}: {} error{}\n", f, result.errors.size(),
               result.errors.size() == 1 ? "" : "s");
  }
  if (explain) {
    std::string joined;
    for (const auto& e : explained) joined += (joined.empty() ? "" : ",\n ") + e;
    fmt::print("[{}]\n", joined);
  }
  return all_ok ? ok : invalid_input;
}

}  // namespace cgsim::cli
