// cgsim serve: the live view for classrooms and planning meetings (src/live/). This file only
// reads the options, prints where to connect and stops the server on Ctrl-C / SIGTERM.
#include <fmt/format.h>
#include <fmt/ostream.h>
#include <pthread.h>

#include <boost/program_options.hpp>
#include <csignal>
#include <thread>

#include "cgsim/live/live_server.hpp"
#include "cgsim/live/static_files.hpp"
#include "cgsim/scenario/loader.hpp"
#include "cli.hpp"

namespace po = boost::program_options;

namespace cgsim::cli {
namespace {

bool loopback(const std::string& host) { return host == "127.0.0.1" || host == "localhost" || host == "::1"; }

// SIGINT and SIGTERM are blocked in every thread and taken by one watcher with sigwait, which
// stops the server; the server's threads are then joined in the main thread.
sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  sigaddset(&set, SIGHUP);
  return set;
}

}  // namespace

int serve_command(int argc, char** argv) {
  live::ServerOptions o;
  po::options_description options("cgsim serve [--port 8080] [--bind 127.0.0.1]");
  options.add_options()("help,h", "show this help")("port", po::value<int>(&o.port)->default_value(8080),
                                                    "TCP port (0: any free port, printed on start)")(
      "bind", po::value<std::string>(&o.bind)->default_value("127.0.0.1"),
      "address to listen on; 0.0.0.0 opens the page to the local network (a classroom LAN)")(
      "threads", po::value<int>(&o.threads)->default_value(2), "threads for each simulated year");
  std::vector<std::string> positionals;
  po::variables_map vm;
  if (!parse_arguments(argc, argv, options, positionals, vm, "serve")) return usage;
  if (vm.count("help")) {
    fmt::print(
        "{}\nServes the live view: explore a scenario's levers with live charts, or play the forum as a class.\n"
        "Open the printed address in a browser. Ctrl-C stops the server.\n",
        fmt::streamed(options));
    return ok;
  }
  if (!positionals.empty() || o.port < 0 || o.port > 65535 || o.threads < 1 || o.threads > 64) {
    fmt::print(stderr, "cgsim serve: expected only --port 0..65535, --bind ADDRESS and --threads 1..64\n");
    return usage;
  }
  o.data_dir = default_data_dir();
  o.web_dir = live::default_web_dir();
  o.chart_js = live::default_chart_js();

  const sigset_t signals = stop_signals();
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);  // before any thread starts: all inherit the mask
  live::LiveServer server(o);
  if (server.static_file_count() == 0) {
    fmt::print(stderr, "cgsim serve: no page files found in {} (set CGSIM_WEB_DIR)\n", o.web_dir);
    return invalid_input;
  }
  if (!server.has_chart_js())
    fmt::print(stderr, "cgsim serve: warning: Chart.js not found at {} (install libjs-chart.js); charts are off\n",
               o.chart_js);
  const int port = server.bind();
  if (port < 0) {
    fmt::print(stderr, "cgsim serve: cannot listen on {}:{} (in use, or not an address of this machine)\n", o.bind,
               o.port);
    return failure;
  }
  if (!loopback(o.bind))
    fmt::print(stderr,
               "cgsim serve: warning: listening on {}: anyone on this network can open the page and start runs. "
               "Use it on a classroom LAN only, never on a public network.\n",
               o.bind);
  fmt::print("cgsim serve: listening on http://{}:{}/ (port {}); Ctrl-C stops\n",
             loopback(o.bind) ? "127.0.0.1" : o.bind, port, port);
  std::fflush(stdout);

  std::atomic<bool> stopping = false;
  std::thread watcher([&] {
    int signal = 0;
    sigwait(&signals, &signal);
    stopping = true;
    server.stop();
  });
  server.serve();
  if (!stopping) pthread_kill(watcher.native_handle(), SIGTERM);  // the server ended by itself
  watcher.join();
  fmt::print("cgsim serve: stopped\n");
  return ok;
}

}  // namespace cgsim::cli
