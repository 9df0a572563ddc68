#pragma once
// Typed reading of one YAML value against its row of the parameter table.
#include <string>
#include <vector>

#include "cgsim/scenario/config_tree.hpp"
#include "cgsim/scenario/parameter_table.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

// Checks type and range and stores the value; appends a located error and leaves `p` unchanged otherwise.
bool parse_parameter(const ParamSpec& spec, const ConfigNode& node, Parameters& p, Diagnostics& errors);
CompanySpec parse_company(const ConfigNode& node, const std::string& key, Diagnostics& errors);
// The `schedule:` list as typed changes sorted by year; bad years, unknown or set-up keys and bad
// values are located errors (and are left out).
std::vector<ScheduledChange> parse_schedule(const ConfigNode* node, const Parameters& base, Diagnostics& errors);
// Apply one scheduled change (parsed and validated at load) to `p`.
void apply_change(const ScheduledChange& change, Parameters& p);

double vector_sum(const ParamSpec& spec, const Parameters& p);
std::string format_value(double v);

}  // namespace cgsim
