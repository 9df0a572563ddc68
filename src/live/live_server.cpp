#include "cgsim/live/live_server.hpp"

#include <atomic>
#include <thread>

#include "cgsim/live/event_hub.hpp"
#include "cgsim/live/json_api.hpp"
#include "cgsim/live/scenario_catalogue.hpp"
#include "cgsim/live/static_files.hpp"

// After Eigen (through the API headers): httplib pulls in <resolv.h>, whose `_res` macro
// would break the declarations of Eigen included after it.
#include <httplib.h>

namespace cgsim::live {
namespace {

constexpr auto kHeartbeat = std::chrono::milliseconds(1000);  // how often an idle stream checks for stop
constexpr std::size_t kRequestThreads = 8;                    // besides one per event stream

void reply(httplib::Response& res, const ApiReply& r) {
  res.status = r.status;
  res.set_content(r.body, "application/json");
}

void security_headers(httplib::Response& res) {
  // The page loads nothing from elsewhere and may not be framed by another site.
  res.set_header("Content-Security-Policy",
                 "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
  res.set_header("X-Content-Type-Options", "nosniff");
  res.set_header("Cache-Control", "no-store");
}

}  // namespace

struct LiveServer::Impl {
  explicit Impl(const ServerOptions& o)
      : options(o),
        catalogue(o.data_dir),
        files(o.web_dir, o.chart_js),
        events(o.limits.max_event_clients),
        api(catalogue, events, o.limits, o.threads) {}

  void routes() {
    const std::size_t pool = kRequestThreads + options.limits.max_event_clients;
    server.new_task_queue = [pool] { return new httplib::ThreadPool(pool); };
    server.set_payload_max_length(options.limits.max_body_bytes);
    server.set_read_timeout(10, 0);
    server.set_write_timeout(10, 0);
    server.set_keep_alive_max_count(100);
    server.set_keep_alive_timeout(2);  // an idle connection holds a thread (and Ctrl-C) this long at most
    server.Get(R"(/api/(explore|game)/[a-z0-9]+/events)",
               [this](const httplib::Request& req, httplib::Response& res) { events_stream(req, res); });
    server.Get(R"(/api/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      security_headers(res);
      reply(res, api.get(req.path));
    });
    server.Post(R"(/api/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      security_headers(res);
      reply(res, api.post(req.path, req.body));
    });
    server.Get(R"(/.*)", [this](const httplib::Request& req, httplib::Response& res) {
      security_headers(res);
      const StaticFile* f = files.find(req.path);
      if (!f) return reply(res, {404, R"({"error": "not found"})"});
      res.set_content(f->body, f->content_type);
    });
    // Anything the routes above do not take (other methods, other paths) is a 4xx, and a
    // handler's unexpected exception a 500 with a message, never a crash.
    server.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
      std::string what = "internal error";
      try {
        std::rethrow_exception(ep);
      } catch (const std::exception& e) {
        what = e.what();
      } catch (...) {
      }
      reply(res, {500, nlohmann::json{{"error", what}}.dump()});
    });
  }

  void events_stream(const httplib::Request& req, httplib::Response& res) {
    auto sub = api.subscription(req.path);
    if (auto* error = std::get_if<ApiReply>(&sub)) return reply(res, *error);
    const auto& [channel, first] = std::get<JsonApi::Subscription>(sub);
    auto subscription = events.subscribe(channel, first);
    if (!subscription) return reply(res, {429, R"({"error": "too many live connections; try again later"})"});
    security_headers(res);
    res.set_chunked_content_provider(
        "text/event-stream",
        [this, subscription](std::size_t, httplib::DataSink& sink) {
          const auto message = events.next(*subscription, kHeartbeat);
          if (!message) {
            sink.done();
            return true;
          }
          const std::string text = message->empty() ? std::string(": heartbeat\n\n") : *message;
          return sink.write(text.data(), text.size());
        },
        [this, subscription](bool) { events.unsubscribe(subscription); });
  }

  ServerOptions options;
  ScenarioCatalogue catalogue;
  StaticFiles files;
  EventHub events;
  JsonApi api;
  httplib::Server server;
  std::atomic<bool> serving = false, stopped = false;
};

LiveServer::LiveServer(const ServerOptions& options) : impl_(std::make_unique<Impl>(options)) { impl_->routes(); }

LiveServer::~LiveServer() { stop(); }

int LiveServer::bind() {
  if (impl_->options.port == 0) return impl_->server.bind_to_any_port(impl_->options.bind);
  return impl_->server.bind_to_port(impl_->options.bind, impl_->options.port) ? impl_->options.port : -1;
}

void LiveServer::serve() {
  impl_->serving = true;
  if (!impl_->stopped) impl_->server.listen_after_bind();
  impl_->serving = false;
}

void LiveServer::stop() {
  // httplib's stop() does nothing before its loop runs: wait for the loop if serve() has begun
  // (serve() sees `stopped` otherwise; both flags are sequentially consistent).
  impl_->stopped = true;
  impl_->events.close();
  while (impl_->serving) {
    if (impl_->server.is_running()) {
      impl_->server.stop();
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
}

bool LiveServer::has_chart_js() const { return impl_->files.has_chart_js(); }
std::size_t LiveServer::static_file_count() const { return impl_->files.size(); }

}  // namespace cgsim::live
