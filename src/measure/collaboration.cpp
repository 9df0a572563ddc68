#include "cgsim/measure/collaboration.hpp"

#include <algorithm>

namespace cgsim {

double collaboration_index(const CollaborationComponents& c) {
  return (c.forum_budget_share + c.voice + c.trust + c.plan_adherence + c.feedback) / 5.0;
}

int collaboration_stage(double index, const Parameters& p) {
  if (index >= p.collaborative_threshold) return 3;
  if (index >= p.developing_threshold) return 2;
  if (index >= p.nascent_threshold) return 1;
  return 0;
}

}  // namespace cgsim
