#include "cgsim/live/json_api.hpp"

#include <fmt/format.h>

#include "cgsim/live/json_body.hpp"
#include "cgsim/live/levers.hpp"
#include "cgsim/live/request_error.hpp"

namespace cgsim::live {
namespace {

constexpr std::size_t kMaxPathLength = 200;

// "/api/explore/abc/step" -> {"explore", "abc", "step"}; RequestError for anything that is not
// a short path of token-shaped parts under /api/.
std::vector<std::string> api_parts(const std::string& path) {
  if (path.size() > kMaxPathLength || !path.starts_with("/api/")) throw RequestError(404, "no such API path");
  std::vector<std::string> parts;
  std::string part;
  for (const char c : path.substr(5) + "/") {
    if (c != '/') {
      part += c;
      continue;
    }
    if (part.empty()) continue;
    if (!token_shaped(part)) throw RequestError(404, "no such API path");
    parts.push_back(part);
    part.clear();
  }
  if (parts.empty() || parts.size() > 3) throw RequestError(404, "no such API path");
  return parts;
}

ApiReply error_reply(int status, const std::string& message) {
  return {status, nlohmann::json{{"error", message}}.dump()};
}

template <typename F>
ApiReply guarded(F&& f) {
  try {
    return {200, f().dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)};
  } catch (const RequestError& e) {
    return error_reply(e.status, e.what());
  } catch (const nlohmann::json::exception& e) {
    return error_reply(400, fmt::format("unexpected request: {}", e.what()));
  }
}

std::string scenario_name(const nlohmann::json& body) {
  const auto it = body.find("scenario");
  if (it == body.end()) return "pre_collaborative";
  if (!it->is_string() || it->get_ref<const std::string&>().size() > 80)
    throw RequestError(400, "'scenario' must be the name of a shipped scenario (GET /api/scenarios)");
  return it->get<std::string>();
}

}  // namespace

JsonApi::JsonApi(const ScenarioCatalogue& catalogue, EventHub& events, const Limits& limits, int threads)
    : catalogue_(catalogue),
      events_(events),
      limits_(limits),
      threads_(threads),
      explores_(limits.max_sessions, limits.session_idle_seconds),
      games_(limits.max_games, limits.session_idle_seconds) {}

ApiReply JsonApi::get(const std::string& path) {
  return guarded([&] { return route_get(api_parts(path)); });
}

ApiReply JsonApi::post(const std::string& path, std::string_view body) {
  return guarded([&] {
    const auto parts = api_parts(path);
    return route_post(parts, parse_json_object(body, limits_));
  });
}

std::variant<JsonApi::Subscription, ApiReply> JsonApi::subscription(const std::string& path) {
  try {
    const auto parts = api_parts(path);
    if (parts.size() != 3 || parts[2] != "events") throw RequestError(404, "no such event stream");
    if (parts[0] == "explore") {
      const auto s = explore(parts[1]);
      std::lock_guard lock(s->mutex);
      return Subscription{"explore/" + parts[1], EventHub::frame("state", s->state().dump())};
    }
    if (parts[0] == "game") {
      const auto g = game(parts[1]);
      std::lock_guard lock(g->mutex);
      return Subscription{"game/" + parts[1], EventHub::frame("state", g->state().dump())};
    }
    throw RequestError(404, "no such event stream");
  } catch (const RequestError& e) {
    return error_reply(e.status, e.what());
  }
}

std::shared_ptr<ExploreSession> JsonApi::explore(const std::string& id) {
  auto s = explores_.find(id);
  if (!s) throw RequestError(404, "no explore session with this id (it may have expired: reload the page)");
  return s;
}

std::shared_ptr<Game> JsonApi::game(const std::string& code) {
  auto g = games_.find(code);
  if (!g) throw RequestError(404, "no game with this code");
  return g;
}

nlohmann::json JsonApi::route_get(const std::vector<std::string>& parts) {
  if (parts.size() == 1 && parts[0] == "scenarios") return {{"scenarios", catalogue_.to_json()}};
  if (parts.size() == 1 && parts[0] == "levers") return {{"levers", levers_json(default_parameters())}};
  if (parts.size() == 2 && parts[0] == "explore") {
    const auto s = explore(parts[1]);
    std::lock_guard lock(s->mutex);
    return s->state();
  }
  if (parts.size() == 2 && parts[0] == "game") {
    const auto g = game(parts[1]);
    std::lock_guard lock(g->mutex);
    return g->state();
  }
  if (parts.size() == 3 && parts[0] == "game" && parts[2] == "debrief") {
    const auto g = game(parts[1]);
    std::lock_guard lock(g->mutex);
    return g->debrief();
  }
  throw RequestError(404, "no such API path");
}

nlohmann::json JsonApi::route_post(const std::vector<std::string>& parts, const nlohmann::json& body) {
  if (parts.size() == 1 && parts[0] == "explore") {
    only_keys(body, {"scenario"});
    const auto* shipped = catalogue_.find(scenario_name(body));
    if (!shipped) throw RequestError(400, "'scenario' must be the name of a shipped scenario (GET /api/scenarios)");
    auto session = std::make_shared<ExploreSession>(*shipped, limits_, threads_);
    const auto id = explores_.add(session);
    return {{"id", id}, {"levers", levers_json(session->parameters())}, {"state", session->state()}};
  }
  if (parts.size() == 1 && parts[0] == "game") {
    only_keys(body, {"scenario", "rules", "years"});
    const auto* shipped = catalogue_.find(scenario_name(body));
    const auto* siger = catalogue_.find("siger_mu");
    if (!shipped || !siger)
      throw RequestError(400, "'scenario' must be the name of a shipped scenario (GET /api/scenarios)");
    const auto rules = body.contains("rules") ? body["rules"] : nlohmann::json::object();
    const int years = body.contains("years") ? static_cast<int>(number_field(body, "years", 1, limits_.max_years)) : 5;
    auto g = std::make_shared<Game>(*shipped, *siger, rules, years, limits_, threads_);
    const auto code = games_.add(g, 6);
    return {{"code", code}, {"teacher", g->teacher_token()}, {"state", g->state()}};
  }
  if (parts.size() == 3 && parts[0] == "explore") return explore_post(parts[1], parts[2], body);
  if (parts.size() == 3 && parts[0] == "game") return game_post(parts[1], parts[2], body);
  throw RequestError(404, "no such API path");
}

nlohmann::json JsonApi::explore_post(const std::string& id, const std::string& action, const nlohmann::json& body) {
  const auto s = explore(id);
  std::lock_guard lock(s->mutex);
  if (action == "levers") {
    only_keys(body, {"settings"});
    if (!body.contains("settings"))
      throw RequestError(400, "'settings' must be an object {\"lever.path\": value, ...}");
    s->set_levers(body["settings"]);
  } else if (action == "step") {
    only_keys(body, {});
    s->step();
  } else if (action == "reset") {
    only_keys(body, {});
    s->reset();
  } else {
    throw RequestError(404, "no such API path");
  }
  auto state = s->state();
  events_.publish("explore/" + id, "state", state.dump());
  return state;
}

nlohmann::json JsonApi::game_post(const std::string& code, const std::string& action, const nlohmann::json& body) {
  const auto g = game(code);
  std::lock_guard lock(g->mutex);
  const auto teacher_only = [&] {
    if (string_field(body, "teacher", 64) != g->teacher_token())
      throw RequestError(403, "only the teacher may do this");
  };
  nlohmann::json reply = nlohmann::json::object();
  if (action == "join") {
    only_keys(body, {"role", "name"});
    const auto role = string_field(body, "role", 40);
    const auto name = body.contains("name") ? string_field(body, "name", 40) : std::string();
    reply["player"] = g->join(role, name);
  } else if (action == "move") {
    only_keys(body, {"player", "opening", "firmness", "vote", "comply"});
    g->move(string_field(body, "player", 64), body);
  } else if (action == "rules") {
    only_keys(body, {"teacher", "rules"});
    teacher_only();
    if (!body.contains("rules")) throw RequestError(400, "'rules' must be an object");
    g->set_rules(body["rules"]);
  } else if (action == "advance") {
    only_keys(body, {"teacher"});
    teacher_only();
    g->advance();
  } else {
    throw RequestError(404, "no such API path");
  }
  auto state = g->state();
  events_.publish("game/" + code, "state", state.dump());
  reply["state"] = std::move(state);
  return reply;
}

}  // namespace cgsim::live
