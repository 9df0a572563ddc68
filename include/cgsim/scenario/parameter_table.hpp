#pragma once
// The parameter table as data: what `cgsim params` prints and what validation checks against.
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cgsim/scenario/parameters.hpp"

namespace cgsim {

enum class ParamKind { real, integer, boolean, choice, text, vector };

using ParamField =
    std::variant<double Parameters::*, std::int64_t Parameters::*, bool Parameters::*, std::string Parameters::*,
                 ByType Parameters::*, ByCapability Parameters::*, ByScale Parameters::*>;

struct ParamSpec {
  std::string_view path;  // dotted YAML path, e.g. "forum.msme_seats"
  ParamKind kind;
  ParamField field;
  double min = 0, max = 0;                   // valid range (real, integer, vector elements)
  std::string_view choices;                  // "a|b|c" for choice
  std::span<const std::string_view> labels;  // element names of a vector
  bool sums_to_one = false;                  // vector elements must sum to 1
  std::string_view unit, provenance, description;
};

// All parameters, in table order.
const std::vector<ParamSpec>& parameter_table();
// The spec at a dotted path, or nullptr.
const ParamSpec* find_parameter(std::string_view path);
// The value of a parameter as YAML text (e.g. "0.3", "true", "{training: 0.45, ...}").
std::string value_text(const ParamSpec& spec, const Parameters& p);
std::vector<std::string_view> split_choices(std::string_view choices);

}  // namespace cgsim
