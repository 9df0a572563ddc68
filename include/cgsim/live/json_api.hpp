#pragma once
// The live view's JSON API, independent of the HTTP library so that tests drive it directly.
// Every request is untrusted: bodies are parsed within limits, ids and tokens checked for shape
// before any lookup, settings validated against the parameter table; every refusal is a 4xx
// reply with {"error": message}. States are also published to the event hub (server-sent events).
//
//   GET  /api/scenarios                      shipped scenarios
//   GET  /api/levers                         the levers with the model's defaults
//   POST /api/explore {scenario}             new explore session -> {id, levers, state}
//   GET  /api/explore/ID                     its state
//   POST /api/explore/ID/levers {settings}   new lever settings (from the next year on)
//   POST /api/explore/ID/step | /reset       one more year | back to year 0
//   POST /api/game {scenario, rules, years}  new game -> {code, teacher, state}
//   GET  /api/game/CODE                      its state
//   POST /api/game/CODE/join {role, name}    -> {player}
//   POST /api/game/CODE/move {player, opening, firmness, vote, comply}
//   POST /api/game/CODE/rules {teacher, rules}
//   POST /api/game/CODE/advance {teacher}
//   GET  /api/game/CODE/debrief
//   GET  /api/explore/ID/events, /api/game/CODE/events   server-sent events (see subscription())
#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "cgsim/live/event_hub.hpp"
#include "cgsim/live/explore_session.hpp"
#include "cgsim/live/game.hpp"
#include "cgsim/live/limits.hpp"
#include "cgsim/live/scenario_catalogue.hpp"
#include "cgsim/live/session_table.hpp"

namespace cgsim::live {

struct ApiReply {
  int status = 200;
  std::string body;  // JSON
};

class JsonApi {
 public:
  JsonApi(const ScenarioCatalogue& catalogue, EventHub& events, const Limits& limits, int threads);

  ApiReply get(const std::string& path);
  ApiReply post(const std::string& path, std::string_view body);

  // For GET .../events: the hub channel and the first message (the current state), or a 4xx reply.
  struct Subscription {
    std::string channel, first;
  };
  std::variant<Subscription, ApiReply> subscription(const std::string& path);

  [[nodiscard]] const Limits& limits() const { return limits_; }

 private:
  nlohmann::json route_get(const std::vector<std::string>& parts);
  nlohmann::json route_post(const std::vector<std::string>& parts, const nlohmann::json& body);
  nlohmann::json explore_post(const std::string& id, const std::string& action, const nlohmann::json& body);
  nlohmann::json game_post(const std::string& code, const std::string& action, const nlohmann::json& body);
  std::shared_ptr<ExploreSession> explore(const std::string& id);
  std::shared_ptr<Game> game(const std::string& code);

  const ScenarioCatalogue& catalogue_;
  EventHub& events_;
  const Limits limits_;
  const int threads_;
  SessionTable<ExploreSession> explores_;
  SessionTable<Game> games_;
};

}  // namespace cgsim::live
