#pragma once
#include <vector>

#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

// The named companies of the default Muara Enim scenario (PT Bukit Asam, PT Pamapersada
// Nusantara, PT Manambang Muara Enim), with the provenance of each figure in the source.
std::vector<CompanySpec> default_named_companies();

}  // namespace cgsim
