#pragma once
#include <string>

#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

// The fully resolved scenario as YAML: every parameter (defaults included), the named companies,
// the districts file and the schedule. Loading this text gives the same scenario back.
std::string scenario_to_yaml(const Scenario& s);

}  // namespace cgsim
