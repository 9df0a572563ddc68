#pragma once
// The schedule: the one place that says in which order the rules run (ODD section 3), and what
// each hands to the next.
#include <Eigen/Dense>

#include "cgsim/measure/indicators.hpp"
#include "cgsim/scenario/scenario.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/needs_register.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

// What one year leaves to the next besides the agents themselves, owned by the replication:
// money committed to (company x cell) but not yet spent (million IDR; carried over so that small
// budgets still buy costly deliveries), and last year's normalised MSME voice (it sharpens the
// perception of needs in the next forum).
struct CarryOver {
  Eigen::MatrixXd committed;
  double last_voice = 0;
  NeedsRegister needs_register;  // the coordination unit's knowledge (surveys, reported deliveries)
};
// Nothing committed yet, no voice heard yet.
CarryOver start_carry_over(const World& w);

// What the live view passes into a year and reads out of it: human players' choices in the
// forum (play mode) and the year's forum as it met.
struct YearTrace {
  std::vector<SeatChoice> humans;  // in: seats played by people (empty: agents decide everything)
  Forum forum;                     // out: who sat, positions before and after, the outcome
};

// Start of year: the clock, the parameters in force (schedule), the MSMEs' year-start state and
// fading exposure.
void begin_year(World& w, const Scenario& s, int year);
// What the forum reads of the world, with this year's needs (all alive MSMEs' and the organised
// ones') and last year's MSME voice; refers to its arguments, so it lives no longer than they do.
ForumInputs forum_inputs(const World& w, const Eigen::MatrixXd& true_needs, const Eigen::MatrixXd& organised_needs,
                         double last_voice);
// One simulated year (1-based): participation, forum, budgets, needs register, steps,
// evaluation, trust, organisation, diffusion; returns the year's indicators.
// With `trace`, its human choices enter the forum and the forum is copied out.
YearRecord simulate_year(World& w, CarryOver& carry, const Scenario& s, int year, YearTrace* trace = nullptr);

}  // namespace cgsim
