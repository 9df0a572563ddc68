#pragma once
// Submodel 1, participation (start of year): each operating company decides forum membership,
// taking part in planning, and reporting to the registry. Voluntary choices are logits on
// utility; a binding Perda adds the norm and the expected sanction (audit probability x penalty).
#include <vector>

#include "cgsim/world/company.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

struct ParticipationUtilities {
  double membership, activity, reporting;
};

// Utilities of company c under the parameters in force (exposed for tests).
ParticipationUtilities participation_utilities(const Parameters& p, const Company& c);
// Reads each company's reputation and commitment; writes its member, active and reporting choices
// and this year's MSME budget (base budget x msme_share_multiplier).
void decide_participation(const RuleContext& now, std::vector<Company>& companies);

}  // namespace cgsim
