#pragma once
// Submodel 11, collaboration index and stage: the mean of five measured components (forum
// budget share, MSMEs being heard (the plan's move towards their interest), stakeholder trust, plan adherence,
// evaluation feedback), mapped to a stage by thresholds. Computed from the state of the world,
// never from which options a scenario switched on.
#include "cgsim/scenario/parameters.hpp"

namespace cgsim {

struct CollaborationComponents {
  double forum_budget_share = 0;
  double voice = 0;  // MSMEs being heard: msme_influence, floored at 0
  double trust = 0;
  double plan_adherence = 0;
  double feedback = 0;
};

double collaboration_index(const CollaborationComponents& c);
int collaboration_stage(double index, const Parameters& p);

}  // namespace cgsim
