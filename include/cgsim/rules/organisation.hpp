#pragma once
// Submodel 10, organisation (end of year): unorganised MSMEs join their district's association
// at a base rate raised by advocacy and organising support; members leave at a small rate.
#include "cgsim/world/world.hpp"

namespace cgsim {

void organise_year(World& w);

}  // namespace cgsim
