// The live view's JSON API driven directly: explore sessions, games, and hostile requests (every
// refusal a 4xx with a message naming what is wrong, never an exception or a 5xx).
#include "cgsim/live/json_api.hpp"

#include <catch2/catch.hpp>

#include "live/live_support.hpp"

using namespace cgsim;
using namespace cgsim::live;
using cgsim::test::body_of;

namespace {

struct Fixture {
  ScenarioCatalogue catalogue{test::shipped_dir()};
  EventHub events{4};
  JsonApi api{catalogue, events, test::small_limits(), 2};

  std::string new_explore(const std::string& scenario = "pre_collaborative") {
    const auto r = api.post("/api/explore", nlohmann::json{{"scenario", scenario}}.dump());
    REQUIRE(r.status == 200);
    return body_of(r)["id"].get<std::string>();
  }
};

void require_refused(const ApiReply& r, int status, const std::string& words) {
  INFO(r.body);
  CHECK(r.status == status);
  const auto body = nlohmann::json::parse(r.body);
  REQUIRE(body.contains("error"));
  CHECK_THAT(body["error"].get<std::string>(), Catch::Contains(words));
}

}  // namespace

TEST_CASE("Only shipped scenarios are offered, by name", "[live][api]") {
  Fixture f;
  const auto list = body_of(f.api.get("/api/scenarios"))["scenarios"];
  std::vector<std::string> names;
  for (const auto& s : list) names.push_back(s["name"].get<std::string>());
  CHECK(std::find(names.begin(), names.end(), "pre_collaborative") != names.end());
  CHECK(std::find(names.begin(), names.end(), "teaching/facilitated_forum") != names.end());
  for (const auto& n : names) CHECK(n.find("..") == std::string::npos);
}

TEST_CASE("An explore session steps both arms; unchanged levers keep them identical", "[live][api]") {
  Fixture f;
  const auto id = f.new_explore();
  const auto r = f.api.post("/api/explore/" + id + "/step", "{}");
  REQUIRE(r.status == 200);
  const auto state = body_of(r);
  CHECK(state["year"] == 1);
  CHECK(state["msmes"] == 1500);  // the interactive cap, not the scenario's 45000
  const auto& base = state["baseline"]["capability_mean"]["mean"];
  REQUIRE(base.size() == 1);
  CHECK(state["class"]["capability_mean"]["mean"] == base);  // same worlds, same settings
  CHECK(state["forum_class"]["seats"].size() >= 1);
  CHECK(state["districts"].size() == state["spend_class"].size());
  CHECK(state["districts"].size() == 22);
}

TEST_CASE("Levers change the class's arm from the next year on, with a marker", "[live][api]") {
  Fixture f;
  const auto id = f.new_explore();
  REQUIRE(f.api.post("/api/explore/" + id + "/step", "{}").status == 200);
  const nlohmann::json settings = {{"settings",
                                    {{"forum.agenda", "joint_planning"},
                                     {"forum.decision_rule", "supermajority"},
                                     {"forum.msme_seats", 4},
                                     {"forum.chair", "neutral"},
                                     {"government.facilitation", 0.9}}}};
  REQUIRE(f.api.post("/api/explore/" + id + "/levers", settings.dump()).status == 200);
  const auto state = body_of(f.api.post("/api/explore/" + id + "/step", "{}"));
  CHECK(state["year"] == 2);
  const auto& b = state["baseline"]["acceptability_msme"]["mean"];
  const auto& c = state["class"]["acceptability_msme"]["mean"];
  CHECK(b[0] == c[0]);  // year 1 ran before the change
  CHECK(b[1] != c[1]);  // year 2 under the new rules
  CHECK(state["forum_class"]["plan_adopted"].is_boolean());
  bool marker = false;
  for (const auto& m : state["markers"]) marker |= m["year"] == 2 && m["arm"] == "class";
  CHECK(marker);
  // Reset: back to year 0, settings kept.
  const auto reset = body_of(f.api.post("/api/explore/" + id + "/reset", "{}"));
  CHECK(reset["year"] == 0);
  CHECK(reset["settings"]["forum.msme_seats"] == 4);
}

TEST_CASE("Steps stop at the interactive cap on years", "[live][api]") {
  Fixture f;
  const auto id = f.new_explore();
  for (int y = 0; y < 3; ++y) REQUIRE(f.api.post("/api/explore/" + id + "/step", "{}").status == 200);
  require_refused(f.api.post("/api/explore/" + id + "/step", "{}"), 409, "last year");
}

TEST_CASE("Hostile and malformed requests get a 4xx with a message", "[live][api][safety]") {
  Fixture f;
  const auto id = f.new_explore();
  const auto levers = "/api/explore/" + id + "/levers";
  require_refused(f.api.post("/api/explore", "{"), 400, "malformed JSON");
  require_refused(f.api.post("/api/explore", "null"), 400, "JSON object");
  require_refused(f.api.post("/api/explore", "[]"), 400, "JSON object");
  require_refused(f.api.post("/api/explore", std::string(300000, 'a')), 413, "at most");
  require_refused(f.api.post("/api/explore", std::string(5000, '[') + std::string(5000, ']')), 400, "nested deeper");
  require_refused(f.api.post("/api/explore", R"({"a":{"b":{"c":{"d":{"e":{"f":{"g":{"h":{"i":1}}}}}}}}})"), 400,
                  "nested deeper");
  require_refused(f.api.post("/api/explore", R"({"scenario":"../../etc/passwd"})"), 400, "shipped scenario");
  require_refused(f.api.post("/api/explore", R"({"scenario":"/etc/passwd"})"), 400, "shipped scenario");
  require_refused(f.api.post("/api/explore", R"({"scenario":42})"), 400, "shipped scenario");
  require_refused(f.api.post("/api/explore", R"({"population":{"msmes":1e300}})"), 400, "unknown key 'population'");
  require_refused(f.api.post(levers, R"({"settings":{"population.msmes":1e300}})"), 400, "not a lever");
  require_refused(f.api.post(levers, R"({"settings":{"forum.msme_seats":1e300}})"), 400, "between 0 and 100");
  require_refused(f.api.post(levers, R"({"settings":{"forum.msme_seats":2.5}})"), 400, "whole number");
  require_refused(f.api.post(levers, R"({"settings":{"forum.msme_seats":"4"}})"), 400, "must be a number");
  require_refused(f.api.post(levers, R"({"settings":{"forum.decision_rule":"dictator"}})"), 400, "one of");
  require_refused(f.api.post(levers, R"({"settings":{"forum.transparency":1}})"), 400, "true or false");
  require_refused(f.api.post(levers, R"({"settings":[1,2]})"), 400, "must be an object");
  require_refused(f.api.post(levers, R"({})"), 400, "settings");
  require_refused(f.api.post("/api/explore/nosuchid/step", "{}"), 404, "no explore session");
  require_refused(f.api.post("/api/explore/../../etc/step", "{}"), 404, "no such API path");
  require_refused(f.api.post("/api/explore/" + id + "/delete", "{}"), 404, "no such API path");
  require_refused(f.api.get("/api/explore/%2e%2e"), 404, "no such API path");
  require_refused(f.api.get("/api/" + std::string(500, 'a')), 404, "no such API path");
  require_refused(f.api.post("/api", "{}"), 404, "no such API path");
  // Nothing above changed the session.
  const auto state = body_of(f.api.get("/api/explore/" + id));
  CHECK(state["year"] == 0);
  CHECK(state["settings"].empty());
}

TEST_CASE("Sessions are limited; a full server says so with 429", "[live][api][safety]") {
  Fixture f;  // small_limits: 3 sessions
  for (int k = 0; k < 3; ++k) f.new_explore();
  require_refused(f.api.post("/api/explore", "{}"), 429, "maximum number of sessions");
}

TEST_CASE("A game: seats, decisions, teacher-only actions, debrief", "[live][api][play]") {
  Fixture f;
  const nlohmann::json create = {
      {"scenario", "pre_collaborative"},
      {"years", 2},
      {"rules", {{"forum.agenda", "joint_planning"}, {"forum.decision_rule", "consensus"}, {"forum.msme_seats", 2}}}};
  const auto game = body_of(f.api.post("/api/game", create.dump()));
  const auto code = game["code"].get<std::string>();
  const auto teacher = game["teacher"].get<std::string>();
  const auto path = "/api/game/" + code;
  require_refused(f.api.get(path + "/debrief"), 409, "no year");

  const auto join = [&](const std::string& role, const std::string& name) {
    return f.api.post(path + "/join", nlohmann::json{{"role", role}, {"name", name}}.dump());
  };
  const auto ptba = body_of(join("company:0", "Ani"))["player"].get<std::string>();
  const auto government = body_of(join("government", "Budi"))["player"].get<std::string>();
  require_refused(join("company:0", "Citra"), 409, "already taken");
  require_refused(join("company:99", "Citra"), 409, "no seat");
  require_refused(join("../etc", "Citra"), 409, "no seat");

  const auto move = [&](const std::string& player, nlohmann::json choices) {
    choices["player"] = player;
    return f.api.post(path + "/move", choices.dump());
  };
  require_refused(move("nobody", {{"opening", "own_interest"}, {"firmness", 0.5}, {"vote", "judge"}}), 403, "unknown");
  require_refused(move(ptba, {{"opening", "everything"}, {"firmness", 0.5}, {"vote", "judge"}, {"comply", true}}), 400,
                  "opening");
  require_refused(move(ptba, {{"opening", "own_interest"}, {"firmness", 7}, {"vote", "judge"}, {"comply", true}}), 400,
                  "firmness");
  require_refused(move(ptba, {{"opening", "own_interest"}, {"firmness", 0.5}, {"vote", "judge"}}), 400, "comply");
  // The government rejects every draft: under consensus no plan can pass.
  REQUIRE(move(government, {{"opening", "own_interest"}, {"firmness", 1.0}, {"vote", "reject"}}).status == 200);
  REQUIRE(move(ptba, {{"opening", "msme_needs"}, {"firmness", 0.0}, {"vote", "accept"}, {"comply", true}}).status ==
          200);
  require_refused(f.api.post(path + "/advance", R"({"teacher":"guess"})"), 403, "only the teacher");
  require_refused(
      f.api.post(path + "/rules", nlohmann::json{{"teacher", teacher}, {"rules", {{"population.msmes", 1}}}}.dump()),
      400, "not a rule");

  const auto year1 = body_of(f.api.post(path + "/advance", nlohmann::json{{"teacher", teacher}}.dump()))["state"];
  CHECK(year1["year"] == 1);
  CHECK(year1["forum"]["plan_adopted"] == false);
  int humans_seated = 0;
  for (const auto& seat : year1["forum"]["seats"]) humans_seated += seat.contains("player");
  CHECK(humans_seated == 2);  // PTBA came to the table because a student plays it
  for (const auto& seat : year1["seats"]) CHECK(seat["moved"] == false);  // decisions are per year

  REQUIRE(f.api.post(path + "/advance", nlohmann::json{{"teacher", teacher}}.dump()).status == 200);
  require_refused(f.api.post(path + "/advance", nlohmann::json{{"teacher", teacher}}.dump()), 409, "over");
  const auto debrief = body_of(f.api.get(path + "/debrief"));
  CHECK(debrief["year"] == 2);
  CHECK(debrief["rows"].size() == 10);
  CHECK_THAT(debrief["summary_en"].get<std::string>(), Catch::Contains("SIGER-MU"));
  CHECK_THAT(debrief["summary_id"].get<std::string>(), Catch::Contains("SIGER-MU"));
  bool differs = false;  // the class's vetoes changed the outcome against the agents' forum
  for (const auto& row : debrief["rows"]) differs |= row["class"] != row["baseline"];
  CHECK(differs);
}

TEST_CASE("The lever list carries the parameter table's defaults, ranges and provenance", "[live][api]") {
  Fixture f;
  const auto levers = body_of(f.api.get("/api/levers"))["levers"];
  const auto defaults = default_parameters();
  bool seen = false;
  for (const auto& l : levers) {
    CHECK(!l["provenance"].get<std::string>().empty());
    if (l["path"] != "government.facilitation") continue;
    seen = true;
    CHECK(l["value"].get<double>() == defaults.facilitation);
    CHECK(l["min"] == 0.0);
    CHECK(l["max"] == 1.0);
  }
  CHECK(seen);
}
