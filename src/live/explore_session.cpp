#include "cgsim/live/explore_session.hpp"

#include <fmt/format.h>

#include "cgsim/live/forum_view.hpp"
#include "cgsim/live/levers.hpp"
#include "cgsim/live/request_error.hpp"

namespace cgsim::live {

ExploreSession::ExploreSession(const ShippedScenario& shipped, const Limits& limits, int threads)
    : shipped_(shipped),
      limits_(limits),
      threads_(threads),
      base_(load_interactive(shipped, {}, limits)),
      variant_(base_) {
  reset();
}

void ExploreSession::set_levers(const nlohmann::json& settings) {
  const auto overrides = lever_overrides(settings);  // validates before anything changes
  variant_ = load_interactive(shipped_, overrides, limits_);
  std::string changed;
  for (const auto& [key, value] : settings.items())
    if (!settings_.contains(key) || settings_[key] != value) changed += (changed.empty() ? "" : ", ") + key;
  for (const auto& [key, value] : settings_.items())
    if (!settings.contains(key)) changed += (changed.empty() ? "" : ", ") + key;
  settings_ = settings;
  if (!changed.empty() && year() > 0) lever_markers_.emplace_back(year() + 1, changed);
}

void ExploreSession::step() {
  if (year() >= last_year())
    throw RequestError(409, fmt::format("the run has reached its last year ({}); press Reset", last_year()));
  Forum baseline_forum, variant_forum;
  const ArmYear arms[] = {{baseline_.get(), &base_, nullptr, &baseline_forum},
                          {variant_arm_.get(), &variant_, nullptr, &variant_forum}};
  step_together(arms, threads_);
  forum_baseline_ = forum_json(baseline_->world(0), baseline_forum);
  forum_variant_ = forum_json(variant_arm_->world(0), variant_forum);
}

void ExploreSession::reset() {
  const auto seed = static_cast<std::uint64_t>(base_.parameters.seed);
  const Scenario setup = with_room_for_seats(base_, limits_.max_seats);
  baseline_ = std::make_unique<ReplicaSet>(setup, seed, limits_.replications);
  variant_arm_ = std::make_unique<ReplicaSet>(setup, seed, limits_.replications);
  lever_markers_.clear();
  forum_baseline_.reset();
  forum_variant_.reset();
}

nlohmann::json ExploreSession::state() const {
  auto markers = nlohmann::json::array();
  for (const auto& [y, label] : schedule_markers(base_))
    markers.push_back({{"year", y}, {"label", label}, {"arm", "both"}});
  for (const auto& [y, label] : lever_markers_) markers.push_back({{"year", y}, {"label", label}, {"arm", "class"}});
  std::vector<std::string> districts;
  for (const auto& d : baseline_->world(0).districts) districts.push_back(d.name);
  return {{"scenario", shipped_.name},
          {"year", year()},
          {"last_year", last_year()},
          {"replications", limits_.replications},
          {"msmes", base_.parameters.msmes},
          {"settings", settings_},
          {"markers", markers},
          {"baseline", baseline_->series(charted_indicators())},
          {"class", variant_arm_->series(charted_indicators())},
          {"districts", districts},
          {"spend_baseline", baseline_->last_spend_by_district()},
          {"spend_class", variant_arm_->last_spend_by_district()},
          {"forum_baseline", forum_baseline_.value_or(nullptr)},
          {"forum_class", forum_variant_.value_or(nullptr)}};
}

}  // namespace cgsim::live
