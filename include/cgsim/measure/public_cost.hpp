#pragma once
// What the governance levers in force cost the public purse this year (billion IDR): forum
// facilitation, registry, coordination unit, meetings, awards, audits and sanctions, organising
// support, and regional tax relief foregone. Unit costs are parameters (costs.*).
#include <vector>

#include "cgsim/scenario/parameters.hpp"
#include "cgsim/world/company.hpp"

namespace cgsim {

// Reads the levers in force, the companies (operating, members, budgets) and the meetings held.
double government_cost(const Parameters& p, const std::vector<Company>& companies, int meetings_held);

}  // namespace cgsim
