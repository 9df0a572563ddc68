#pragma once
// What a name (of a scenario, a district, a company) may be: it names HDF5 groups and appears
// in reports, so it must be valid UTF-8 without control characters and without leading or
// trailing spaces (readers would strip them and no longer find the group).
#include <string>

namespace cgsim {

// Empty if `name` is acceptable, else what is wrong with it (for an error message).
std::string name_problem(const std::string& name);
// True for well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool valid_utf8(const std::string& text);

}  // namespace cgsim
