#pragma once
// Play mode: a forum the class plays. Students take seats (the government, a company, the MSME
// association); every simulated year each states an opening position, how firmly it holds it,
// its vote and (a company) whether it keeps the adopted plan; agents fill every other seat. The
// teacher sets the rules and advances the year. Three arms run side by side: the class's game,
// the same rules with agents in every seat (the baseline), and SIGER-MU as shipped. Not
// thread-safe: the owner locks `mutex`.
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cgsim/live/interactive_scenario.hpp"
#include "cgsim/live/replica_set.hpp"

namespace cgsim::live {

class Game {
 public:
  // `rules`: teacher's settings of the rule levers (see rule_levers()); `years`: game length.
  Game(const ShippedScenario& shipped, const ShippedScenario& siger_mu, const nlohmann::json& rules, int years,
       const Limits& limits, int threads);

  // Takes a free seat ("government", "msme", "company:0" ...); returns the player's token.
  // RequestError 409 if the seat is taken or unknown, or the game is full.
  std::string join(const std::string& role, const std::string& name);
  // A player's choices for the coming year (validated).
  void move(const std::string& player_token, const nlohmann::json& choices);
  // New rules from the next year on (teacher).
  void set_rules(const nlohmann::json& rules);
  // The forum meets and the year runs, with whatever players have chosen (teacher).
  void advance();

  [[nodiscard]] bool finished() const { return class_arm_->year() >= years_; }
  [[nodiscard]] nlohmann::json state() const;    // what every page of the game may see
  [[nodiscard]] nlohmann::json debrief() const;  // class vs baseline vs SIGER-MU, both languages

  // The teacher's token: needed to set rules and advance.
  [[nodiscard]] const std::string& teacher_token() const { return teacher_token_; }

  std::mutex mutex;

 private:
  struct Player {
    std::string token, name, role;
    SeatChoice choice;
    bool moved = false;
  };
  [[nodiscard]] nlohmann::json seats_json() const;
  [[nodiscard]] std::vector<SeatChoice> human_choices() const;

  const ShippedScenario shipped_;
  const Limits limits_;
  const int threads_;
  const int years_;
  const std::string teacher_token_;
  Scenario base_, siger_, rules_scenario_;
  nlohmann::json rules_ = nlohmann::json::object();
  std::vector<std::pair<std::string, std::string>> roles_;  // (role key, seat name) open to players
  std::vector<Player> players_;
  std::unique_ptr<ReplicaSet> class_arm_, baseline_arm_, siger_arm_;
  std::optional<nlohmann::json> last_forum_;
  std::vector<std::pair<int, std::string>> rule_markers_;
};

// The levers the teacher sets in play mode (a subset of classroom_levers()).
const std::vector<std::string_view>& rule_levers();

}  // namespace cgsim::live
