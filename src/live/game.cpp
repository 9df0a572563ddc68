#include "cgsim/live/game.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cgsim/live/forum_view.hpp"
#include "cgsim/live/json_body.hpp"
#include "cgsim/live/levers.hpp"
#include "cgsim/live/request_error.hpp"
#include "cgsim/live/session_table.hpp"

namespace cgsim::live {
namespace {

constexpr int kCompanySeatsOffered = 3;  // the largest named companies (PTBA first)

// The teacher's rules restricted to the rule levers, as loader overrides.
std::vector<std::string> rule_overrides(const nlohmann::json& rules) {
  if (!rules.is_object()) throw RequestError(400, "'rules' must be an object {\"forum.decision_rule\": ..., ...}");
  const auto& allowed = rule_levers();
  for (const auto& [key, value] : rules.items())
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      throw RequestError(400, fmt::format("'{}' is not a rule the teacher sets in play mode", key.substr(0, 80)));
  return lever_overrides(rules);
}

SeatChoice::Opening opening_named(const std::string& name) {
  if (name == "own_interest") return SeatChoice::Opening::own_interest;
  if (name == "msme_needs") return SeatChoice::Opening::msme_needs;
  if (name == "room_average") return SeatChoice::Opening::room_average;
  throw RequestError(400, "'opening' must be one of: own_interest, msme_needs, room_average");
}

int vote_named(const std::string& name) {
  if (name == "accept") return 1;
  if (name == "reject") return -1;
  if (name == "judge") return 0;
  throw RequestError(400, "'vote' must be one of: accept, reject, judge");
}

double indicator_mean_last(const ReplicaSet& arm, std::string_view name) {
  const auto series = arm.series(std::array{name});
  const auto& mean = series[std::string(name)]["mean"];
  return mean.empty() ? 0.0 : mean.back().get<double>();
}

}  // namespace

const std::vector<std::string_view>& rule_levers() {
  static const std::vector<std::string_view> levers = {"forum.agenda", "forum.decision_rule",     "forum.msme_seats",
                                                       "forum.chair",  "government.facilitation", "regulation.binding"};
  return levers;
}

Game::Game(const ShippedScenario& shipped, const ShippedScenario& siger_mu, const nlohmann::json& rules, int years,
           const Limits& limits, int threads)
    : shipped_(shipped),
      limits_(limits),
      threads_(threads),
      years_(years),
      teacher_token_(random_token(24)),
      base_(load_interactive(shipped, {}, limits)),
      siger_(load_interactive(siger_mu, {}, limits)),
      rules_scenario_(load_interactive(shipped, rule_overrides(rules), limits)),
      rules_(rules) {
  if (years < 1 || years > base_.parameters.years)
    throw RequestError(400, fmt::format("'years' must be between 1 and {}", base_.parameters.years));
  const auto seed = static_cast<std::uint64_t>(base_.parameters.seed);
  const Scenario setup = with_room_for_seats(base_, limits.max_seats);
  class_arm_ = std::make_unique<ReplicaSet>(setup, seed, limits.replications);
  baseline_arm_ = std::make_unique<ReplicaSet>(setup, seed, limits.replications);
  siger_arm_ = std::make_unique<ReplicaSet>(with_room_for_seats(siger_, limits.max_seats), seed, limits.replications);
  roles_.emplace_back("government", "Government (Bappeda)");
  roles_.emplace_back("msme", "MSME association 1");
  const auto& companies = class_arm_->world(0).companies;
  const int named = std::min<int>(kCompanySeatsOffered, static_cast<int>(base_.named_companies.size()));
  for (int j = 0; j < named && j < static_cast<int>(companies.size()); ++j)
    roles_.emplace_back(fmt::format("company:{}", j), companies[static_cast<std::size_t>(j)].name);
}

std::string Game::join(const std::string& role, const std::string& name) {
  if (players_.size() >= limits_.max_players_per_game) throw RequestError(409, "this game is full");
  const auto seat = std::find_if(roles_.begin(), roles_.end(), [&](const auto& r) { return r.first == role; });
  if (seat == roles_.end())
    throw RequestError(409, fmt::format("there is no seat '{}' in this game", role.substr(0, 40)));
  for (const auto& p : players_)
    if (p.role == role)
      throw RequestError(409, fmt::format("the seat '{}' is already taken by {}", seat->second, p.name));
  Player player{random_token(24), name.empty() ? "student" : name, role, {}, false};
  if (role == "government") player.choice.kind = ActorKind::government;
  if (role == "msme") player.choice.kind = ActorKind::msme_representative;
  if (role.starts_with("company:")) {
    player.choice.kind = ActorKind::company;
    player.choice.company = std::stoi(role.substr(8));
  }
  players_.push_back(player);
  return player.token;
}

void Game::move(const std::string& player_token, const nlohmann::json& choices) {
  const auto it =
      std::find_if(players_.begin(), players_.end(), [&](const auto& p) { return p.token == player_token; });
  if (it == players_.end()) throw RequestError(403, "unknown player token");
  if (finished()) throw RequestError(409, "the game is over; see the debrief");
  SeatChoice choice = it->choice;
  choice.opening = opening_named(string_field(choices, "opening", 32));
  choice.firmness = number_field(choices, "firmness", 0, 1);
  choice.vote = vote_named(string_field(choices, "vote", 16));
  choice.comply = 0;
  if (choice.kind == ActorKind::company) choice.comply = bool_field(choices, "comply") ? 1 : -1;
  it->choice = choice;
  it->moved = true;
}

void Game::set_rules(const nlohmann::json& rules) {
  rules_scenario_ = load_interactive(shipped_, rule_overrides(rules), limits_);
  rules_ = rules;
  if (class_arm_->year() > 0) rule_markers_.emplace_back(class_arm_->year() + 1, "rules");
}

std::vector<SeatChoice> Game::human_choices() const {
  std::vector<SeatChoice> out;
  for (const auto& p : players_) out.push_back(p.choice);
  return out;
}

void Game::advance() {
  if (finished()) throw RequestError(409, "the game is over; see the debrief");
  const auto humans = human_choices();
  Forum forum;
  const ArmYear arms[] = {{class_arm_.get(), &rules_scenario_, &humans, &forum},
                          {baseline_arm_.get(), &rules_scenario_, nullptr, nullptr},
                          {siger_arm_.get(), &siger_, nullptr, nullptr}};
  step_together(arms, threads_);
  last_forum_ = forum_json(class_arm_->world(0), forum);
  auto& seats = (*last_forum_)["seats"];
  for (std::size_t a = 0; a < forum.participants.size() && a < seats.size(); ++a)
    for (const auto& p : players_)
      if (p.choice.kind == forum.participants[a].kind &&
          (p.choice.kind != ActorKind::company || p.choice.company == forum.participants[a].company) &&
          !seats[a].contains("player")) {
        seats[a]["player"] = p.name;
        break;
      }
  for (auto& p : players_) p.moved = false;
}

nlohmann::json Game::seats_json() const {
  auto out = nlohmann::json::array();
  for (const auto& [role, seat] : roles_) {
    nlohmann::json item = {{"role", role}, {"seat", seat}, {"player", nullptr}, {"moved", false}};
    for (const auto& p : players_)
      if (p.role == role) {
        item["player"] = p.name;
        item["moved"] = p.moved;
      }
    out.push_back(item);
  }
  return out;
}

nlohmann::json Game::state() const {
  auto markers = nlohmann::json::array();
  for (const auto& [y, label] : rule_markers_) markers.push_back({{"year", y}, {"label", label}});
  return {{"scenario", shipped_.name},
          {"year", class_arm_->year()},
          {"years", years_},
          {"finished", finished()},
          {"rules", rules_},
          {"seats", seats_json()},
          {"markers", markers},
          {"forum", last_forum_.value_or(nullptr)},
          {"class", class_arm_->series(charted_indicators())},
          {"baseline", baseline_arm_->series(charted_indicators())}};
}

nlohmann::json Game::debrief() const {
  if (class_arm_->year() == 0) throw RequestError(409, "no year has been played yet");
  auto rows = nlohmann::json::array();
  for (const auto name : charted_indicators())
    rows.push_back({{"indicator", name},
                    {"class", indicator_mean_last(*class_arm_, name)},
                    {"baseline", indicator_mean_last(*baseline_arm_, name)},
                    {"siger_mu", indicator_mean_last(*siger_arm_, name)}});
  const double c = indicator_mean_last(*class_arm_, "acceptability_msme");
  const double b = indicator_mean_last(*baseline_arm_, "acceptability_msme");
  const double s = indicator_mean_last(*siger_arm_, "acceptability_msme");
  const auto compare_en = [](double x, double y) {
    return x > y + 0.01 ? "better than" : x < y - 0.01 ? "worse than" : "about the same as";
  };
  const auto compare_id = [](double x, double y) {
    return x > y + 0.01 ? "lebih baik daripada" : x < y - 0.01 ? "lebih buruk daripada" : "kurang lebih sama dengan";
  };
  return {{"year", class_arm_->year()},
          {"rows", rows},
          {"summary_en",
           fmt::format("After {} years the plans your forum adopted were {} the agents' forum under the same rules "
                       "for MSMEs (acceptability {:.2f} vs {:.2f}) and {} SIGER-MU ({:.2f}).",
                       class_arm_->year(), compare_en(c, b), c, b, compare_en(c, s), s)},
          {"summary_id",
           fmt::format("Setelah {} tahun, rencana yang disepakati forum kelas {} forum agen dengan aturan yang sama "
                       "bagi UMKM (akseptabilitas {:.2f} vs {:.2f}) dan {} SIGER-MU ({:.2f}).",
                       class_arm_->year(), compare_id(c, b), c, b, compare_id(c, s), s)}};
}

}  // namespace cgsim::live
