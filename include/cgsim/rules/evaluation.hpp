#pragma once
// Submodel 8, evaluation (end of year). Output mode: deliveries are counted, nothing is learned.
// Impact mode: the impact of each programme type is estimated from the agents' data
// (beneficiaries' capability gain minus that of unserved MSMEs in the same district, seen
// through registry noise); companies whose results reach the forum and the government move
// their programme mix towards what worked per rupiah (learning rate eta). MSMEs' trust in
// government follows whether they are heard.
#include "cgsim/world/world.hpp"

namespace cgsim {

// Estimated capability gain per delivery of each type, relative to unserved MSMEs (no noise).
ByType measured_impact(const World& w);
void evaluate_year(World& w, double voice_norm);

}  // namespace cgsim
