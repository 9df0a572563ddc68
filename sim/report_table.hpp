#pragma once
#include <string>

#include "cgsim/stats/comparison.hpp"

namespace cgsim::cli {

// Final-year means with 95% intervals and paired differences against the first scenario.
void print_comparison(const ComparisonTable& t, const std::string& format);
// Final-year means with 95% intervals of one scenario.
void print_run_summary(const ComparisonTable& t);
// A JSON string literal, escaped (scenario names are free text).
std::string json_string(const std::string& s);

}  // namespace cgsim::cli
