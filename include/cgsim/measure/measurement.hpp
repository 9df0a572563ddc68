#pragma once
// Reading the indicators off the world at the end of a year (what the recorder stores): from
// the agents, this year's forum, its spending plan and the year's deliveries.
#include "cgsim/measure/indicators.hpp"
#include "cgsim/rules/implementation.hpp"
#include "cgsim/world/delivery_tally.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

YearRecord measure_year(const World& w, const Forum& forum, const Spending& spending, const DeliveryTally& delivered);

}  // namespace cgsim
