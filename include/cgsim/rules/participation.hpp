#pragma once
// Submodel 1, participation (start of year): each operating company decides forum membership,
// taking part in planning, and reporting to the registry. Voluntary choices are logits on
// utility; a binding Perda adds the norm and the expected sanction (audit probability x penalty).
#include "cgsim/world/world.hpp"

namespace cgsim {

struct ParticipationUtilities {
  double membership, activity, reporting;
};

// Utilities of company j under the parameters in force (exposed for tests).
ParticipationUtilities participation_utilities(const World& w, const Company& c);
void decide_participation(World& w);

}  // namespace cgsim
