#pragma once
// Submodel 9, stakeholder trust and commitment (Ansell & Gash 2008 cycle, end of year):
// trust moves with experience: in joint planning, a participant's trust in the others moves
// towards how well the plan served its interest (being heard or not); partners who follow the
// plan earn trust, those who act against it lose it; trust drifts back to its starting level. A company's commitment
// (its mean trust in the others) feeds next year's participation; reputation follows visible conduct.
#include "cgsim/world/world.hpp"

namespace cgsim {

void update_stakeholder_trust(World& w);
// Mean trust between the government and the companies at the table (both directions).
double government_company_trust(const World& w);
// Mean trust over all pairs of this year's participants.
double participant_trust(const World& w);

}  // namespace cgsim
