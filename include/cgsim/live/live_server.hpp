#pragma once
// The live view's HTTP server: the page's static files, the JSON API and server-sent events on
// one port. It binds to loopback unless told otherwise; stop() ends every event stream and
// returns once all connection threads are joined.
#include <memory>
#include <string>

#include "cgsim/live/limits.hpp"

namespace cgsim::live {

struct ServerOptions {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::string data_dir, web_dir, chart_js;
  int threads = 2;  // for the simulation of each step
  Limits limits;
};

class LiveServer {
 public:
  explicit LiveServer(const ServerOptions& options);
  ~LiveServer();
  LiveServer(const LiveServer&) = delete;
  LiveServer& operator=(const LiveServer&) = delete;

  // Binds the port; returns the port bound (useful with port 0), or -1 if it could not bind.
  int bind();
  // Serves until stop() (blocks the calling thread).
  void serve();
  // Thread-safe; may be called from a signal-watching thread.
  void stop();

  [[nodiscard]] bool has_chart_js() const;
  [[nodiscard]] std::size_t static_file_count() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace cgsim::live
