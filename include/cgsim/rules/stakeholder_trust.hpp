#pragma once
// Submodel 9, stakeholder trust and commitment (Ansell & Gash 2008 cycle, end of year):
// trust moves with experience: in joint planning, a participant's trust in the others moves
// towards how well the plan served its interest (being heard or not); partners who follow the
// plan earn trust, those who act against it lose it; trust drifts back to its starting level. A
// company's commitment (its mean trust in the others) feeds next year's participation;
// reputation follows visible conduct.
#include <vector>

#include "cgsim/scenario/parameters.hpp"
#include "cgsim/world/company.hpp"
#include "cgsim/world/forum.hpp"
#include "cgsim/world/trust_matrix.hpp"

namespace cgsim {

// Reads this year's forum (who sat at the table, the meetings held, whether a plan was adopted
// and each company's adherence to it) and each company's activity and reporting; writes the
// trust matrix and each company's commitment and reputation.
void update_stakeholder_trust(const Parameters& p, const Forum& forum, std::vector<Company>& companies,
                              TrustMatrix& trust);
// Mean trust between the government and the companies at the table (both directions); without
// companies at the table, the operating ones; without any, the initial trust.
double government_company_trust(const Parameters& p, const TrustMatrix& trust, const std::vector<Company>& companies,
                                const Forum& forum);
// Mean trust over all pairs of this year's participants.
double participant_trust(const Parameters& p, const TrustMatrix& trust, const std::vector<Company>& companies,
                         const Forum& forum);

}  // namespace cgsim
