#pragma once
#include <string>

#include "cgsim/stats/comparison.hpp"

namespace cgsim::cli {

#include <vector>

// Final-year means with 95% intervals and paired differences against the first scenario; the
// table's prose in English (lang "en") or Indonesian ("id"); csv and json are the same in both.
void print_comparison(const ComparisonTable& t, const std::string& format, const std::string& lang = "en");
// The same for every simulated year (years[y] = the comparison of year y + 1), as csv (a `year`
// column first) or json (a `years` array).
void print_comparison_years(const std::vector<ComparisonTable>& years, const std::string& format);
// Final-year means with 95% intervals of one scenario.
void print_run_summary(const ComparisonTable& t);
// A JSON string literal, escaped (scenario names are free text).
std::string json_string(const std::string& s);

}  // namespace cgsim::cli
