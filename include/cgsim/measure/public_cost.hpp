#pragma once
// What the governance levers in force cost the public purse this year (billion IDR): forum
// facilitation, registry, coordination unit, meetings, awards, audits and sanctions, organising
// support, and regional tax relief foregone. Unit costs are parameters (costs.*).
#include "cgsim/world/world.hpp"

namespace cgsim {

double government_cost(const World& w);

}  // namespace cgsim
