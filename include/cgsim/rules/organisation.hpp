#pragma once
// Submodel 10, organisation (end of year): unorganised MSMEs join their district's association
// at a base rate raised by advocacy and organising support; members leave at a small rate.
#include "cgsim/world/msmes.hpp"
#include "cgsim/world/rule_context.hpp"

namespace cgsim {

// Probability per year that an unorganised MSME joins its district's association.
double join_probability(const Parameters& p);
// Probability per year that a member leaves.
double leave_probability(const Parameters& p);
// Reads the MSMEs' district and alive; writes their association.
void organise_year(const RuleContext& now, Msmes& m);

}  // namespace cgsim
