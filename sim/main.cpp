// cgsim: the command-line program. One subcommand per file; this file only dispatches.
#include <fmt/format.h>

#include <cstring>
#include <exception>

#include "cli.hpp"

namespace {

void print_usage() {
  fmt::print(
      "cgsim {}: agent-based simulator of collaborative governance of CSR for MSMEs\n\n"
      "usage: cgsim <command> [options]    (cgsim <command> --help for its options)\n\n"
      "commands:\n"
      "  run SCENARIO.yaml        simulate one scenario, write an HDF5 file\n"
      "  compare A.yaml B.yaml... simulate scenarios with common random numbers and compare them\n"
      "  validate SCENARIO.yaml...check scenario files and report every error\n"
      "  params                   list every parameter with default, unit, range, provenance\n"
      "  indicators               list every recorded indicator with units and meaning\n"
      "  inspect OUT.h5           show what an output file holds and whether it is complete\n"
      "  bench                    measure speed, memory and bandwidth on this machine\n"
      "  serve                    the live view in a browser: explore levers, play the forum as a class\n"
      "  --version                print the version\n",
      CGSIM_VERSION);
}

}  // namespace

int main(int argc, char** argv) {
  using namespace cgsim::cli;
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    print_usage();
    return argc < 2 ? usage : ok;
  }
  const std::string command = argv[1];
  if (command == "--version") {
    fmt::print("cgsim {}\n", CGSIM_VERSION);
    return ok;
  }
  try {
    if (command == "run") return run_command(argc - 1, argv + 1, false);
    if (command == "compare") return run_command(argc - 1, argv + 1, true);
    if (command == "validate") return validate_command(argc - 1, argv + 1);
    if (command == "params") return params_command(argc - 1, argv + 1);
    if (command == "indicators") return indicators_command(argc - 1, argv + 1);
    if (command == "inspect") return inspect_command(argc - 1, argv + 1);
    if (command == "experiment") return experiment_command(argc - 1, argv + 1);
    if (command == "bench") return bench_command(argc - 1, argv + 1);
    if (command == "serve") return serve_command(argc - 1, argv + 1);
  } catch (const std::exception& e) {
    fmt::print(stderr, "cgsim {}: error: {}\n", command, e.what());
    return failure;
  }
  fmt::print(stderr, "cgsim: unknown command '{}'\n", command);
  print_usage();
  return usage;
}
