#pragma once
// Submodel 1, participation (start of year): each operating company decides forum membership,
// taking part in planning, reporting to the registry and its MSME share of CSR. Voluntary choices
// are logits on utility. Under obligations (a binding Perda, mandatory reporting) it also chooses
// whether to comply, weighing the expected penalty (audit probability x sanction) against the cost
// of complying; a complying company meets every obligation, a defying one may be audited and fined.
#include <vector>

#include "cgsim/world/company.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

struct ParticipationUtilities {
  double membership, activity, reporting;
};

// Utilities of company c under the parameters in force (exposed for tests).
ParticipationUtilities participation_utilities(const Parameters& p, const Company& c);
// Cost to company c of meeting the obligations in force (billion IDR per year): the administrative
// cost plus the MSME budget a minimum share moves beyond what it would give as a member.
double compliance_cost(const Parameters& p, const Company& c);
// The MSME budget multiplier a binding minimum share requires (0 without one).
double minimum_share_multiplier(const Parameters& p);
// Reads each company's reputation and commitment; writes its member, active and reporting choices
// and this year's MSME budget (base budget x msme_share_multiplier, at least the minimum share if it
// complies), its compliance and its fine.
void decide_participation(const RuleContext& now, std::vector<Company>& companies);

}  // namespace cgsim
