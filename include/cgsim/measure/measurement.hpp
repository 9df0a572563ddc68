#pragma once
// Reading the indicators off the world at the end of a year (what the recorder stores).
#include "cgsim/measure/indicators.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

YearRecord measure_year(const World& w);

}  // namespace cgsim
