#include "cgsim/scenario/districts_file.hpp"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "cgsim/scenario/name_rules.hpp"

namespace cgsim {
namespace {

std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  std::istringstream in(line);
  while (std::getline(in, field, ',')) {
    const auto first = field.find_first_not_of(" \t\r\"");
    const auto last = field.find_last_not_of(" \t\r\"");
    fields.push_back(first == std::string::npos ? "" : field.substr(first, last - first + 1));
  }
  if (!line.empty() && line.back() == ',') fields.emplace_back();
  return fields;
}

bool parse_number(const std::string& s, double& out) {
  const auto* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(s.data(), end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

}  // namespace

bool read_districts_file(const std::string& path, std::vector<DistrictSpec>& out, Diagnostics& errors) {
  const auto before = errors.size();
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    const auto looked = std::filesystem::absolute(path, ec).lexically_normal().string();
    errors.push_back({{path, 0, 0},
                      "population.districts_file",
                      "districts file not found (expected a CSV file; looked for " + looked + ")"});
    return false;
  }
  const auto bytes = std::filesystem::file_size(path, ec);
  if (ec || bytes > kMaxDistrictsFileBytes) {
    errors.push_back(
        {{path, 0, 0},
         "population.districts_file",
         "districts file is larger than the " + std::to_string(kMaxDistrictsFileBytes >> 20) + " MiB limit"});
    return false;
  }
  std::ifstream in(path);
  if (!in) {
    errors.push_back({{path, 0, 0}, "population.districts_file", "cannot open the districts file for reading"});
    return false;
  }
  std::string line;
  if (!std::getline(in, line)) {
    errors.push_back({{path, 1, 1}, "population.districts_file", "empty districts file; expected a header line"});
    return false;
  }
  const auto header = split_csv_line(line);
  auto column = [&](const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == name) return static_cast<int>(i);
    return -1;
  };
  const int c_name = column("name"), c_weight = column("msme_weight"), c_mining = column("mining"),
            c_priority = column("rpjmd_priority");
  if (c_name < 0 || c_weight < 0) {
    errors.push_back({{path, 1, 1},
                      "population.districts_file",
                      "header must name the columns name and msme_weight (mining and rpjmd_priority optional)"});
    return false;
  }
  std::set<std::string> seen;
  int line_no = 1;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos || line[0] == '#') continue;
    const auto f = split_csv_line(line);
    auto at = [&](int c) { return c >= 0 && c < static_cast<int>(f.size()) ? f[c] : std::string(); };
    if (out.size() >= kMaxDistricts) {
      errors.push_back({{path, line_no, 1},
                        "population.districts_file",
                        "more than " + std::to_string(kMaxDistricts) + " districts (the limit)"});
      return false;
    }
    DistrictSpec d;
    d.name = at(c_name);
    if (const auto problem = name_problem(d.name); !problem.empty()) {
      errors.push_back({{path, line_no, 1}, "name", "the district name " + problem});
      continue;
    }
    if (!seen.insert(d.name).second)
      errors.push_back({{path, line_no, 1}, "name", "duplicate district name '" + d.name + "'"});
    if (!parse_number(at(c_weight), d.msme_weight) || d.msme_weight < 0 || d.msme_weight > kMaxDistrictWeight)
      errors.push_back(
          {{path, line_no, 1}, "msme_weight", "expected a number from 0 to 1e12, got '" + at(c_weight) + "'"});
    if (c_mining >= 0) {
      const auto m = at(c_mining);
      if (m == "1" || m == "true" || m == "yes")
        d.mining = true;
      else if (m == "0" || m == "false" || m == "no" || m.empty())
        d.mining = false;
      else
        errors.push_back({{path, line_no, 1}, "mining", "expected 0 or 1, got '" + m + "'"});
    }
    if (c_priority >= 0 && !at(c_priority).empty() &&
        (!parse_number(at(c_priority), d.rpjmd_priority) || d.rpjmd_priority < 0))
      errors.push_back({{path, line_no, 1}, "rpjmd_priority", "expected a number >= 0, got '" + at(c_priority) + "'"});
    out.push_back(d);
  }
  if (out.empty() && errors.size() == before)
    errors.push_back({{path, line_no, 1}, "population.districts_file", "no districts in the file"});
  if (errors.size() == before) {
    double total = 0;
    for (const auto& d : out) total += d.msme_weight;
    if (total <= 0)
      errors.push_back({{path, 0, 0}, "msme_weight", "the district weights sum to 0; at least one must be positive"});
  }
  return errors.size() == before;
}

void check_weighted_population(const std::vector<DistrictSpec>& districts, double msmes_per_weight, const Origin& where,
                               Diagnostics& errors) {
  if (msmes_per_weight <= 0) return;
  double weights = 0;
  for (const auto& d : districts) weights += d.msme_weight;
  const double msmes = weights * msmes_per_weight;
  if (msmes > kMaxMsmes)
    errors.push_back({where, "population.msmes_per_weight",
                      "population.msmes_per_weight x the sum of the district weights gives " + std::to_string(msmes) +
                          " MSMEs, more than the limit of 200000000 (that of population.msmes)"});
}

}  // namespace cgsim
