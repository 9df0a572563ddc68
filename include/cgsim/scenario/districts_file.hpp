#pragma once
// Reading the districts CSV (name, msme_weight, mining, rpjmd_priority; other columns ignored).
#include <string>
#include <vector>

#include "cgsim/scenario/diagnostics.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

// Appends located errors (file and line) and returns false when the file is unusable.
bool read_districts_file(const std::string& path, std::vector<DistrictSpec>& out, Diagnostics& errors);

}  // namespace cgsim
