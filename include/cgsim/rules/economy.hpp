#pragma once
// Submodel 6, the MSME economy (every step): revenue from capabilities with sector and
// idiosyncratic shocks, profit into capital, exit after a run of negative capital, entry into
// vacated slots, formalisation once legal capability passes a threshold, and slow decay of
// capabilities (fast for training gains not consolidated by mentoring).
#include "cgsim/world/world.hpp"

namespace cgsim {

void economy_step(World& w);
// Revenue of MSME i over one step before shocks (million IDR), exposed for tests.
double expected_step_revenue(const World& w, std::size_t i);

}  // namespace cgsim
