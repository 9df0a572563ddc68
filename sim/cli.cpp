#include "cli.hpp"

#include <fmt/format.h>
#include <fmt/ostream.h>
#include <unistd.h>

#include <chrono>
#include <csignal>
#include <cstdio>

#include "cgsim/scenario/loader.hpp"

namespace cgsim::cli {
namespace {

std::atomic<bool> g_stop{false};

extern "C" void on_signal(int) { g_stop.store(true); }

double now_seconds() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

}  // namespace

std::optional<std::vector<Scenario>> load_all(const std::vector<std::string>& files,
                                              const std::vector<std::string>& overrides) {
  std::vector<Scenario> out;
  bool failed = false;
  for (const auto& f : files) {
    auto result = load_scenario(f, overrides);
    for (const auto& e : result.errors) fmt::print(stderr, "{}\n", to_string(e));
    if (!result.scenario) {
      fmt::print(stderr, "{}: {} error{}\n", f, result.errors.size(), result.errors.size() == 1 ? "" : "s");
      failed = true;
      continue;
    }
    out.push_back(std::move(*result.scenario));
  }
  if (failed) return std::nullopt;
  return out;
}

const std::atomic<bool>& stop_flag() { return g_stop; }

void install_signal_handlers() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
  sigaction(SIGHUP, &action, nullptr);  // a closed terminal or ssh session: keep what finished
}

Progress::Progress(bool forced) : enabled_(forced || isatty(STDERR_FILENO)), start_(now_seconds()) {}

void Progress::update(std::size_t done, std::size_t total) {
  const double elapsed = now_seconds() - start_;
  if (!enabled_ || elapsed < 1.0) return;
  const double eta = done > 0 ? elapsed / static_cast<double>(done) * static_cast<double>(total - done) : 0.0;
  fmt::print(stderr, "\r{} of {} simulated years done ({:.0f}%), {:.0f} s elapsed, about {:.0f} s left   ", done, total,
             total > 0 ? 100.0 * static_cast<double>(done) / static_cast<double>(total) : 100.0, elapsed, eta);
  std::fflush(stderr);
  shown_ = true;
}

void Progress::finish() {
  if (shown_) fmt::print(stderr, "\n");
}

bool parse_arguments(int argc, char** argv, const boost::program_options::options_description& options,
                     std::vector<std::string>& positionals, boost::program_options::variables_map& vm,
                     const std::string& command) {
  namespace po = boost::program_options;
  po::options_description hidden;
  hidden.add_options()("positionals", po::value(&positionals));
  po::positional_options_description positional;
  positional.add("positionals", -1);
  po::options_description all;
  all.add(options).add(hidden);
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& e) {
    fmt::print(stderr, "cgsim {}: {}\n{}", command, e.what(), fmt::streamed(options));
    return false;
  }
  return true;
}

std::string joined_command_line(int argc, char** argv) {
  std::string s;
  for (int k = 0; k < argc; ++k) {
    if (k > 0) s += ' ';
    s += argv[k];
  }
  return s;
}

}  // namespace cgsim::cli
