#pragma once
// Submodel 11, collaboration index and stage: the mean of four components measured from
// behaviour (attendance, the plan adopted and kept, information shared, MSME influence on the
// plan), mapped to a stage by thresholds. No component is set by a lever: each is what the
// actors did this year.
#include "cgsim/scenario/parameters.hpp"

namespace cgsim {

struct CollaborationComponents {
  double attendance = 0;          // share of operating companies taking part in planning (active)
  double plan_kept = 0;           // plan adherence if a plan was adopted, else 0
  double information_shared = 0;  // share of operating companies reporting their programmes
  double msme_influence = 0;      // how far the plan moved towards the MSMEs' interest, in [0, 1]
};

double collaboration_index(const CollaborationComponents& c);
int collaboration_stage(double index, const Parameters& p);

}  // namespace cgsim
