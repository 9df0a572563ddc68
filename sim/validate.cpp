#include <fmt/format.h>
#include <fmt/ostream.h>

#include <boost/program_options.hpp>

#include "cgsim/scenario/loader.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {

int validate_command(int argc, char** argv) {
  po::options_description options("cgsim validate SCENARIO.yaml [more.yaml ...] [options]");
  std::vector<std::string> files, overrides;
  options.add_options()("help,h", "show this help")("set", po::value(&overrides)->composing(),
                                                    "override a parameter: key.path=value (repeatable)");
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, files, vm, "validate")) return usage;
  if (vm.count("help")) {
    fmt::print("{}\nChecks every file and prints 'FILE: ok' or every error with its line and column.\n",
               fmt::streamed(options));
    return ok;
  }
  if (files.empty()) {
    fmt::print(stderr, "cgsim validate: no scenario file given\n");
    return usage;
  }
  bool all_ok = true;
  for (const auto& f : files) {
    const auto result = load_scenario(f, overrides);
    if (result.scenario) {
      fmt::print("{}: ok\n", f);
      continue;
    }
    all_ok = false;
    for (const auto& e : result.errors) fmt::print("{}\n", to_string(e));
    fmt::print("{}: {} error{}\n", f, result.errors.size(), result.errors.size() == 1 ? "" : "s");
  }
  return all_ok ? ok : invalid_input;
}

}  // namespace cgsim::cli
