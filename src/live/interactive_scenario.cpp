#include "cgsim/live/interactive_scenario.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "cgsim/live/request_error.hpp"
#include "cgsim/scenario/loader.hpp"

namespace cgsim::live {
namespace {

Scenario load_or_refuse(const ShippedScenario& shipped, const std::vector<std::string>& overrides) {
  auto loaded = load_scenario(shipped.file, overrides);
  if (!loaded.scenario) {
    const std::string why = loaded.errors.empty() ? "invalid" : loaded.errors.front().message;
    throw RequestError(400, fmt::format("scenario {} with these settings: {}", shipped.name, why));
  }
  return std::move(*loaded.scenario);
}

}  // namespace

Scenario load_interactive(const ShippedScenario& shipped, const std::vector<std::string>& levers,
                          const Limits& limits) {
  const Scenario as_shipped = load_or_refuse(shipped, {});
  const auto& p = as_shipped.parameters;
  std::vector<std::string> overrides = {
      "simulation.csr_counterfactual=false",
      fmt::format("simulation.years={}", std::min<std::int64_t>(p.years, limits.max_years)),
      "population.msmes_per_weight=0",
      fmt::format("population.msmes={}", std::min<std::int64_t>(p.msmes, limits.max_msmes)),
      fmt::format("companies.others.count={}", std::min<std::int64_t>(p.other_companies, limits.max_other_companies)),
  };
  // A scale scenario sets its population by weight: its MSMEs are then the capped count.
  if (p.msmes_per_weight > 0) overrides[3] = fmt::format("population.msmes={}", limits.max_msmes);
  overrides.insert(overrides.end(), levers.begin(), levers.end());
  return load_or_refuse(shipped, overrides);
}

Scenario with_room_for_seats(Scenario s, int seats) {
  s.parameters.msme_seats = std::max<std::int64_t>(s.parameters.msme_seats, seats);
  s.parameters.civil_society_seats = std::max<std::int64_t>(s.parameters.civil_society_seats, seats);
  return s;
}

std::vector<std::pair<int, std::string>> schedule_markers(const Scenario& s) {
  std::vector<std::pair<int, std::string>> out;
  for (const auto& change : s.schedule) out.emplace_back(change.year, std::string(change.path));
  return out;
}

}  // namespace cgsim::live
