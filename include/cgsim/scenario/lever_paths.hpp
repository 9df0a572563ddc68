#pragma once
// The paths by which policy levers reach the model, as data: each lever needs something in the
// configuration to act (MSME seats need a forum that deliberates a joint plan; audits and
// sanctions need a binding rule). `cgsim validate` warns when a scenario sets a lever whose path
// is missing in every simulated year, and the lever audit (analysis/levers.py, through
// `cgsim validate --explain-json`) quotes the same sentences to say why a lever had no effect.
#include <string>
#include <string_view>
#include <vector>

#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

struct LeverPath {
  std::string_view key;                       // a parameter path, or a group prefix ending in '.'
  std::string_view acts_through;              // what the lever needs in order to act, in words
  bool (*engaged)(const Parameters&);         // the setting asks for something (e.g. seats > 0)
  std::string (*missing)(const Parameters&);  // "" when the path exists, else what is missing
};

// Every lever whose path depends on the configuration.
const std::vector<LeverPath>& lever_paths();

struct InertLever {
  std::string key;    // the parameter the scenario sets
  Origin where;       // where it was set
  std::string value;  // its value in year 1, as YAML text
  std::string why;    // what the lever needs and what this configuration lacks
};

// Levers the scenario sets (in its files, by --set or by its schedule) that are engaged in some
// simulated year but have their path in none.
std::vector<InertLever> inert_levers(const Scenario& s);

// What keeps the forum from deliberating a joint plan ("" when nothing does): the agenda, the
// decision rule and the meetings. The forum process adds that more than one participant must sit.
std::string joint_planning_missing(const Parameters& p);

}  // namespace cgsim
