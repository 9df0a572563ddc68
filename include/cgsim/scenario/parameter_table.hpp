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

// May the scenario's `schedule:` change the parameter (column `when` of parameters.def)?
enum class Scheduling { setup, yearly };

// A choice field reached through its index (each choice parameter has its own enum type).
struct ChoiceField {
  int (*get)(const Parameters&);
  void (*set)(Parameters&, int);
};

using ParamField =
    std::variant<double Parameters::*, std::int64_t Parameters::*, bool Parameters::*, ChoiceField,
                 std::string Parameters::*, ByType Parameters::*, ByCapability Parameters::*, ByScale Parameters::*>;

// The value of one parameter, typed (a choice by its index among the choices).
struct ChoiceValue {
  int index = 0;
  friend bool operator==(ChoiceValue, ChoiceValue) = default;
};
using ParamValue = std::variant<double, std::int64_t, bool, ChoiceValue, std::string, ByType, ByCapability, ByScale>;

struct ParamSpec {
  std::string_view path;  // dotted YAML path, e.g. "forum.msme_seats"
  ParamKind kind;
  ParamField field;
  double min = 0, max = 0;                    // valid range (real, integer, vector elements)
  std::span<const std::string_view> choices;  // names of a choice's values, in enum order
  std::span<const std::string_view> labels;   // element names of a vector
  bool sums_to_one = false;                   // vector elements must sum to 1
  std::string_view unit, provenance, description;
  Scheduling when = Scheduling::yearly;
};

// All parameters, in table order.
const std::vector<ParamSpec>& parameter_table();
// The spec at a dotted path, or nullptr.
const ParamSpec* find_parameter(std::string_view path);
// The value of a parameter as YAML text (e.g. "0.3", "true", "{training: 0.45, ...}").
std::string value_text(const ParamSpec& spec, const Parameters& p);
// The typed value of a parameter, and setting it (the value must be of the spec's kind).
ParamValue read_value(const ParamSpec& spec, const Parameters& p);
void write_value(const ParamSpec& spec, const ParamValue& value, Parameters& p);

}  // namespace cgsim
