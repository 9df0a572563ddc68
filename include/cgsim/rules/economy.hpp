#pragma once
// Submodel 6, the MSME economy (every step): revenue from capabilities with sector and
// idiosyncratic shocks, profit into capital, exit after a run of negative capital, entry into
// vacated slots, formalisation once legal capability passes a threshold, and slow decay of
// capabilities (fast for training gains not consolidated by mentoring).
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Reads and writes the MSMEs only (entrants take vacated slots).
void economy_step(const RuleContext& now, Msmes& m);
// Revenue of MSME i over one step before shocks (million IDR), exposed for tests.
double expected_step_revenue(const Parameters& p, const Msmes& m, std::size_t i);

}  // namespace cgsim
