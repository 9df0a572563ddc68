#pragma once
// Explore mode: one shipped scenario run live as two arms side by side, the scenario as shipped
// (the baseline) and the class's lever settings, each over a few replications. Levers moved
// mid-run act from the next year on (a marker in the charts). Not thread-safe: the owner locks.
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>

#include "cgsim/live/interactive_scenario.hpp"
#include "cgsim/live/replica_set.hpp"

namespace cgsim::live {

class ExploreSession {
 public:
  ExploreSession(const ShippedScenario& shipped, const Limits& limits, int threads);

  // New lever settings ({"forum.msme_seats": 4, ...}, validated); they act from the next year.
  void set_levers(const nlohmann::json& settings);
  // One more year for both arms; RequestError (409) once the last year is reached.
  void step();
  // Back to year 0 with the current settings.
  void reset();

  [[nodiscard]] int year() const { return baseline_->year(); }
  [[nodiscard]] int last_year() const { return static_cast<int>(base_.parameters.years); }
  [[nodiscard]] nlohmann::json state() const;
  // The parameters in force in year 1 as shipped (the levers' starting values).
  [[nodiscard]] const Parameters& parameters() const { return base_.parameters; }

  std::mutex mutex;  // held by whoever calls the methods above

 private:
  const ShippedScenario shipped_;
  const Limits limits_;
  const int threads_;
  Scenario base_;     // as shipped, with the interactive caps
  Scenario variant_;  // base_ with the class's levers
  nlohmann::json settings_ = nlohmann::json::object();
  std::unique_ptr<ReplicaSet> baseline_, variant_arm_;
  std::vector<std::pair<int, std::string>> lever_markers_;  // (year the new settings act, what changed)
  std::optional<nlohmann::json> forum_baseline_, forum_variant_;
};

}  // namespace cgsim::live
