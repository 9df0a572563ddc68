#pragma once
// The schedule: the one place that says in which order the rules run (ODD section 3).
#include "cgsim/measure/indicators.hpp"
#include "cgsim/scenario/scenario.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// Start of year: parameters in force (schedule), yearly counters reset, exposure fades.
void begin_year(World& w, const Scenario& s, int year);
// One simulated year (1-based): participation, forum, budgets, steps, evaluation, trust,
// organisation, diffusion; returns the year's indicators.
YearRecord simulate_year(World& w, const Scenario& s, int year);

}  // namespace cgsim
