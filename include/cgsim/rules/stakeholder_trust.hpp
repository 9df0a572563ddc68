#pragma once
// Submodel 9, stakeholder trust and commitment (Ansell & Gash 2008 cycle, end of year):
// trust moves with experience: in joint planning, a participant's trust in the others moves
// towards how well the plan served its interest (being heard or not); partners who follow the
// plan earn trust, those who act against it lose it; trust drifts back to its starting level. A
// company's commitment (its mean trust in the others) feeds next year's participation;
// reputation follows visible conduct.
#include <vector>

#include "cgsim/world/company.hpp"
#include "cgsim/world/trust_matrix.hpp"
#include "cgsim/world/world.hpp"

namespace cgsim {

struct Forum;  // world/forum.hpp

// Reads this year's forum (who sat at the table, whether a plan was adopted), the meetings held
// and each company's adherence, activity and reporting; writes the trust matrix and each
// company's commitment and reputation.
void update_stakeholder_trust(const Parameters& p, const Forum& forum, int meetings_held,
                              std::vector<Company>& companies, TrustMatrix& trust);
// Mean trust between the government and the companies at the table (both directions).
double government_company_trust(const World& w, const Forum& forum);
// Mean trust over all pairs of this year's participants.
double participant_trust(const World& w, const Forum& forum);

}  // namespace cgsim
