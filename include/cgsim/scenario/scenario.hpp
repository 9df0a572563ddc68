#pragma once
// Scenario: a validated, fully resolved description of one policy setting. It is a plain value:
// built by the loader, read by the world builder and the schedule, written into the output.
#include <map>
#include <string>
#include <vector>

#include "cgsim/scenario/diagnostics.hpp"
#include "cgsim/scenario/parameter_table.hpp"

namespace cgsim {

struct DistrictSpec {
  std::string name;
  double msme_weight = 1;     // MSMEs are spread in proportion to this
  bool mining = false;        // ring 1: inside a mining company's operating area
  double rpjmd_priority = 1;  // relative priority in the regional plan
};

struct CompanySpec {
  std::string name;
  double csr_budget_billion_idr = 0;   // whole CSR budget per year; the MSME share comes from parameters
  std::vector<std::string> districts;  // operating districts (names from the districts file)
  ByType preferences{};                // preferred programme mix, sums to 1
  double political_weight = 1;         // multiplies budget-share power
};

// A dated change of one parameter, applied at the start of `year` (1-based). Parsed and
// validated when the scenario is loaded; applying it is an assignment.
struct ScheduledChange {
  int year = 1;
  std::string_view path;  // the parameter's path in the parameter table (a `yearly` row)
  ParamValue value;       // the parameter's whole value from `year` on
  Origin origin;          // where the change was written
};

struct Scenario {
  std::string name;
  std::string description;
  std::string source_file;
  Parameters parameters;  // values in force in year 1
  std::vector<DistrictSpec> districts;
  std::vector<CompanySpec> named_companies;
  std::vector<ScheduledChange> schedule;   // sorted by year
  std::map<std::string, Origin> set_keys;  // parameters the files or --set wrote, and where
  std::string resolved_yaml;               // the whole scenario after extends and --set, as YAML

  // Parameters in force during `year` (1-based): the base values with scheduled changes applied.
  [[nodiscard]] Parameters parameters_in_year(int year) const;
};

}  // namespace cgsim
