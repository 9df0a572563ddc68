#pragma once
// Loading a shipped scenario for an interactive run: the same loader and validation as
// `cgsim run`, with the classroom caps (population, companies, years) and without the CSR
// counterfactual world, so that a year appears in well under a second.
#include <string>
#include <vector>

#include "cgsim/live/limits.hpp"
#include "cgsim/live/scenario_catalogue.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim::live {

// `levers`: loader overrides from lever_overrides(). Throws RequestError (400) with the
// loader's first message if the result does not validate.
Scenario load_interactive(const ShippedScenario& shipped, const std::vector<std::string>& levers, const Limits& limits);

// The scenario to build worlds from: `s` with room at the table for `seats` MSME and civil
// society seats (World::max_seats is fixed when the world is built), so that the class can add
// seats later. Only the size of the trust matrix depends on it.
Scenario with_room_for_seats(Scenario s, int seats);

// Where the scenario's own schedule changes a parameter: [{"year": 3, "label": "regulation.binding"}, ...].
std::vector<std::pair<int, std::string>> schedule_markers(const Scenario& s);

}  // namespace cgsim::live
