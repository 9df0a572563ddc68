#pragma once
// Reading the indicators off the world at the end of a year (what the recorder stores): from
// the agents, this year's forum and the year's flows.
#include "cgsim/measure/indicators.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/world.hpp"
#include "cgsim/world/year_flows.hpp"

namespace cgsim {

YearRecord measure_year(const World& w, const Forum& forum, const YearFlows& flows);

}  // namespace cgsim
