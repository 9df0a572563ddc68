#pragma once
// Submodel 7, diffusion over the peer network (once a year, rates per year): an MSME closes a
// share of the gap to its better peers' mean capability, and its trust moves towards its peers'.
#include "cgsim/world/world.hpp"

namespace cgsim {

void spillover_year(World& w);

}  // namespace cgsim
