#pragma once
// The policy levers a class can move in the live view: a chosen set of `yearly` rows of the
// parameter table (include/cgsim/scenario/parameters.def), so that their type, range, choices,
// unit and provenance come from the one table, and a setting is validated exactly as a
// scenario file's would be.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "cgsim/scenario/parameter_table.hpp"

namespace cgsim::live {

struct Lever {
  const ParamSpec* spec;
  std::string_view group;  // forum, power, government, regulation, organisation, evaluation
  double slider_max = 0;   // for integers with a huge table range: the slider's end (0: table max)
};

// The levers, in the order the page shows them.
const std::vector<Lever>& classroom_levers();

// The levers as JSON for the page: path, kind, range, choices, unit, provenance, meaning and the
// value in force in year 1 of `base`.
nlohmann::json levers_json(const Parameters& base);

// {"forum.msme_seats": 4, ...} checked against the table (known lever, type, range, choice)
// and turned into loader overrides ("forum.msme_seats=4"). Throws RequestError (400) naming
// the key and what is expected.
std::vector<std::string> lever_overrides(const nlohmann::json& settings);

}  // namespace cgsim::live
