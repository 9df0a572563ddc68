#include "cgsim/measure/collaboration.hpp"

#include <algorithm>

namespace cgsim {

double collaboration_index(const CollaborationComponents& c) {
  return (c.attendance + c.plan_kept + c.information_shared + c.msme_influence) / 4.0;
}

int collaboration_stage(double index, const Parameters& p) {
  if (index >= p.collaborative_threshold) return 3;
  if (index >= p.developing_threshold) return 2;
  if (index >= p.nascent_threshold) return 1;
  return 0;
}

}  // namespace cgsim
