#include <fmt/format.h>
#include <fmt/ostream.h>

#include <boost/program_options.hpp>

#include "cgsim/io/hdf5_file.hpp"
#include "cgsim/io/output_lock.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {

int inspect_command(int argc, char** argv) {
  po::options_description options("cgsim inspect OUT.h5");
  options.add_options()("help,h", "show this help");
  std::vector<std::string> files;
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, files, vm, "inspect")) return usage;
  if (vm.count("help")) {
    fmt::print(
        "{}\nShows the scenarios, replications, years and indicators a file holds, and whether it is complete.\n",
        fmt::streamed(options));
    return ok;
  }
  if (files.size() != 1) {
    fmt::print(stderr, "cgsim inspect: expected one file\n");
    return usage;
  }
  const std::string& file = files.front();
  const std::string suffix = ".partial";
  const bool partial = file.size() > suffix.size() && file.ends_with(suffix);
  if (const auto pid = current_writer(partial ? file.substr(0, file.size() - suffix.size()) : file)) {
    fmt::print(stderr, "cgsim inspect: {}: being written by cgsim (pid {}); inspect it when that run has ended\n", file,
               *pid);
    return invalid_input;
  }
  FileSummary s;
  try {
    s = inspect_file(file);
  } catch (const OutputError& e) {
    fmt::print(stderr, "cgsim inspect: {}\n", e.what());
    return invalid_input;
  }
  fmt::print("file:        {}\n", file);
  fmt::print("status:      {}\n",
             s.complete ? "complete" : "INCOMPLETE (interrupted or failed; finished replications are readable)");
  fmt::print("written by:  cgsim {} (format {}), {}\n", s.version, s.format_version, s.created);
  fmt::print("command:     {}\n", s.command_line);
  for (const auto& g : s.scenarios)
    fmt::print("scenario:    {}: {} replications, {} years x {} steps, {} districts, {} indicators, seed {}\n", g.name,
               g.replications, g.years, g.steps_per_year, g.districts, g.indicators.size(), g.seed);
  if (!s.scenarios.empty()) fmt::print("indicators:  {}\n", fmt::join(s.scenarios.front().indicators, ", "));
  fmt::print("comparison:  {}\n", s.has_comparison ? "yes (/comparison)" : "no");
  return s.complete ? ok : failure;
}

}  // namespace cgsim::cli
