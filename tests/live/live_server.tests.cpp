// The live view's server on a real socket (an ephemeral port on loopback): static files only from
// the whitelist, the API's refusals as HTTP statuses, server-sent events, and a clean stop with
// a live event stream connected.
#include "cgsim/live/live_server.hpp"

#include <catch2/catch.hpp>
#include <chrono>
#include <future>
#include <nlohmann/json.hpp>
#include <thread>

#include "live/live_support.hpp"

// After Eigen: httplib pulls in <resolv.h>, whose `_res` macro breaks Eigen's declarations.
#include <httplib.h>

using namespace cgsim;
using namespace std::chrono_literals;

namespace {

struct RunningServer {
  explicit RunningServer(live::Limits limits = test::small_limits()) : server(options(limits)) {
    port = server.bind();
    REQUIRE(port > 0);
    thread = std::thread([this] { server.serve(); });
  }
  ~RunningServer() {
    server.stop();
    thread.join();
  }
  static live::ServerOptions options(const live::Limits& limits) {
    live::ServerOptions o;
    o.port = 0;
    o.data_dir = test::shipped_dir();
    o.web_dir = std::string(CGSIM_SOURCE_DIR) + "/sim/web";
    o.chart_js = "/nonexistent/chart.min.js";  // the tests do not need Chart.js installed
    o.limits = limits;
    return o;
  }
  httplib::Client client() const {
    httplib::Client c("127.0.0.1", port);
    c.set_read_timeout(30, 0);
    return c;
  }
  live::LiveServer server;
  int port = 0;
  std::thread thread;
};

}  // namespace

TEST_CASE("The server serves the page and nothing else from the file system", "[live][server][safety]") {
  RunningServer s;
  auto c = s.client();
  const auto page = c.Get("/");
  REQUIRE(page);
  CHECK(page->status == 200);
  CHECK_THAT(page->body, Catch::Contains("<html"));
  CHECK(page->get_header_value("Content-Security-Policy").find("default-src 'self'") != std::string::npos);
  CHECK(c.Get("/explore.js")->status == 200);
  for (const char* path : {"/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
                           "/scenarios/siger_mu.yaml", "/index.html/../../CMakeLists.txt", "/vendor/chart.min.js"}) {
    const auto r = c.Get(path);
    REQUIRE(r);
    INFO(path);
    CHECK(r->status == 404);
    CHECK(r->body.find("root:") == std::string::npos);
  }
}

TEST_CASE("Malformed requests over HTTP get 4xx answers and the server keeps serving", "[live][server][safety]") {
  RunningServer s;
  auto c = s.client();
  const std::string huge(300000, 'a');
  for (const std::string& body : {std::string("{"), std::string("null"), std::string("[]"),
                                  std::string(R"({"scenario":"../../etc/passwd"})"), huge})
    for (const char* path : {"/", "/api", "/api/run", "/api/session", "/api/explore", "/api/game"}) {
      const auto r = c.Post(path, body, "application/json");
      REQUIRE(r);
      INFO(path << " " << body.substr(0, 40));
      CHECK(r->status >= 400);
      CHECK(r->status < 500);
    }
  const auto deleted = c.Delete("/api/explore");
  REQUIRE(deleted);
  CHECK(deleted->status >= 400);
  CHECK(deleted->status < 500);
  CHECK(c.Get("/")->status == 200);
}

TEST_CASE("Server-sent events carry every new state; stop() ends open streams", "[live][server][sse]") {
  RunningServer s;
  auto c = s.client();
  const auto created = c.Post("/api/explore", R"({"scenario":"pre_collaborative"})", "application/json");
  REQUIRE(created);
  REQUIRE(created->status == 200);
  const auto id = nlohmann::json::parse(created->body)["id"].get<std::string>();

  // A listener that collects the stream until it has seen year 1.
  std::promise<std::string> seen_year_1;
  std::promise<void> connected;
  std::thread listener([&] {
    httplib::Client events("127.0.0.1", s.port);
    events.set_read_timeout(60, 0);
    std::string buffer;
    bool first = true, done = false;
    events.Get(("/api/explore/" + id + "/events").c_str(), [&](const char* data, std::size_t length) {
      buffer.append(data, length);
      if (first && buffer.find("\n\n") != std::string::npos) {
        first = false;
        connected.set_value();
      }
      if (!done && buffer.find("\"year\":1") != std::string::npos) {
        done = true;
        seen_year_1.set_value(buffer);
      }
      return true;  // keep listening until the server stops
    });
    if (first) connected.set_value();
    if (!done) seen_year_1.set_value(buffer);
  });
  REQUIRE(connected.get_future().wait_for(30s) == std::future_status::ready);
  REQUIRE(c.Post(("/api/explore/" + id + "/step").c_str(), "{}", "application/json")->status == 200);
  auto stream = seen_year_1.get_future();
  REQUIRE(stream.wait_for(30s) == std::future_status::ready);
  CHECK_THAT(stream.get(), Catch::Contains("event: state"));

  // Stopping with the stream still open returns promptly and the listener sees the end.
  const auto start = std::chrono::steady_clock::now();
  s.server.stop();
  listener.join();
  CHECK(std::chrono::steady_clock::now() - start < 15s);
}

TEST_CASE("Event streams are limited in number", "[live][server][safety]") {
  auto limits = test::small_limits();
  limits.max_event_clients = 1;
  RunningServer s(limits);
  auto c = s.client();
  const auto id =
      nlohmann::json::parse(c.Post("/api/explore", "{}", "application/json")->body)["id"].get<std::string>();
  std::promise<void> connected;
  std::thread first([&] {
    httplib::Client events("127.0.0.1", s.port);
    events.set_read_timeout(60, 0);
    bool once = false;
    events.Get(("/api/explore/" + id + "/events").c_str(), [&](const char*, std::size_t) {
      if (!once) connected.set_value();
      once = true;
      return true;
    });
    if (!once) connected.set_value();
  });
  REQUIRE(connected.get_future().wait_for(30s) == std::future_status::ready);
  const auto second = c.Get(("/api/explore/" + id + "/events").c_str());
  REQUIRE(second);
  CHECK(second->status == 429);
  CHECK(c.Get("/api/explore/nosuch/events")->status == 404);
  s.server.stop();
  first.join();
}
