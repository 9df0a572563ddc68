#pragma once
// Shared pieces of the cgsim subcommands: exit codes, scenario loading with printed errors,
// interruption by signals and the progress line.
#include <atomic>
#include <boost/program_options.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cgsim/scenario/scenario.hpp"

namespace cgsim::cli {

enum Exit : int { ok = 0, failure = 1, usage = 2, invalid_input = 3, interrupted = 130 };

// Loads each file with the overrides; prints every error to stderr. Empty if any file failed.
std::optional<std::vector<Scenario>> load_all(const std::vector<std::string>& files,
                                              const std::vector<std::string>& overrides);

// SIGINT / SIGTERM / SIGHUP set this flag; long runs stop at the next year and keep what finished.
const std::atomic<bool>& stop_flag();
void install_signal_handlers();

// A one-line progress display on stderr (only if it is a terminal, or forced).
class Progress {
 public:
  explicit Progress(bool forced);
  void update(std::size_t done, std::size_t total);
  void finish();

 private:
  bool enabled_;
  double start_;
  bool shown_ = false;
};

std::string joined_command_line(int argc, char** argv);

// Parses `options` and collects the positional arguments (files) into `positionals`. On a usage
// error prints it with the options and returns false.
bool parse_arguments(int argc, char** argv, const boost::program_options::options_description& options,
                     std::vector<std::string>& positionals, boost::program_options::variables_map& vm,
                     const std::string& command);

int run_command(int argc, char** argv, bool compare);
int validate_command(int argc, char** argv);
int params_command(int argc, char** argv);
int indicators_command(int argc, char** argv);
int inspect_command(int argc, char** argv);
int bench_command(int argc, char** argv);
int experiment_command(int argc, char** argv);
int serve_command(int argc, char** argv);

}  // namespace cgsim::cli
