#pragma once
// "Did you mean ...?" for misspelt keys and choices.
#include <string>
#include <string_view>
#include <vector>

namespace cgsim {

std::size_t edit_distance(std::string_view a, std::string_view b);
// The closest candidate within a distance that scales with the word, or "" if none is close.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace cgsim
