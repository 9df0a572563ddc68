#pragma once
// Reading the districts CSV (name, msme_weight, mining, rpjmd_priority; other columns ignored).
#include <string>
#include <vector>

#include "cgsim/scenario/diagnostics.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

// Limits that keep every districts file usable: district indices are 16-bit in the world (one
// value, 0xFFFF, means "no association"), a weight must leave the sum and the apportioning
// finite, and the file is read whole (like a scenario, at most 4 MiB).
inline constexpr std::size_t kMaxDistricts = 65535;
inline constexpr double kMaxDistrictWeight = 1e12;
inline constexpr std::size_t kMaxDistrictsFileBytes = 4u << 20;
inline constexpr double kMaxMsmes = 200000000;  // population.msmes's upper limit

// Appends located errors (file and line) and returns false when the file is unusable.
bool read_districts_file(const std::string& path, std::vector<DistrictSpec>& out, Diagnostics& errors);
// With population.msmes_per_weight > 0 the MSMEs are that times the sum of the weights: an error
// (at `where`) when that exceeds population.msmes's limit.
void check_weighted_population(const std::vector<DistrictSpec>& districts, double msmes_per_weight, const Origin& where,
                               Diagnostics& errors);

}  // namespace cgsim
