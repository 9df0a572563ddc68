#include "cgsim/scenario/value_parsing.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "cgsim/scenario/suggest.hpp"

namespace cgsim {
namespace {

bool to_double(const std::string& s, double& out) {
  if (s.empty()) return false;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(begin, end, out);
  return ec == std::errc() && ptr == end && std::isfinite(out);
}

bool to_integer(const std::string& s, std::int64_t& out) {
  if (s.empty()) return false;
  const char* begin = s.data() + (s[0] == '+' ? 1 : 0);
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(begin, end, out);
  return ec == std::errc() && ptr == end;
}

bool to_bool(std::string s, bool& out) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (s == "true" || s == "yes" || s == "on") {
    out = true;
    return true;
  }
  if (s == "false" || s == "no" || s == "off") {
    out = false;
    return true;
  }
  return false;
}

std::string range_text(const ParamSpec& spec) {
  return fmt::format("[{}, {}]", format_value(spec.min), format_value(spec.max));
}

std::string shown(const ConfigNode& node) {
  switch (node.kind) {
    case ConfigNode::Kind::scalar:
      return "'" + node.scalar.substr(0, 60) + "'";
    case ConfigNode::Kind::map:
      return "a mapping";
    case ConfigNode::Kind::list:
      return "a list";
    default:
      return "nothing";
  }
}

bool number_in_range(const ParamSpec& spec, const ConfigNode& node, const std::string& key, double& out,
                     Diagnostics& errors) {
  if (node.kind != ConfigNode::Kind::scalar || !to_double(node.scalar, out)) {
    errors.push_back(
        {node.origin, key,
         "expected a number in " + range_text(spec) + " (" + std::string(spec.unit) + "), got " + shown(node)});
    return false;
  }
  if (out < spec.min || out > spec.max) {
    errors.push_back({node.origin, key,
                      "value " + node.scalar + " is out of range; expected " + range_text(spec) + " (" +
                          std::string(spec.unit) + ")"});
    return false;
  }
  return true;
}

template <typename Array>
bool parse_vector(const ParamSpec& spec, const ConfigNode& node, Array& values, Diagnostics& errors) {
  const std::string key(spec.path);
  std::vector<std::string> labels(spec.labels.begin(), spec.labels.end());
  if (node.kind != ConfigNode::Kind::map) {
    errors.push_back(
        {node.origin, key,
         "expected a mapping of " + fmt::format("{}", fmt::join(labels, ", ")) + " to numbers, got " + shown(node)});
    return false;
  }
  Array updated = values;
  bool ok = true;
  for (const auto& [label, child] : node.map) {
    const auto it = std::find(labels.begin(), labels.end(), label);
    if (it == labels.end()) {
      const auto guess = closest_match(label, labels);
      errors.push_back({child.origin, key + "." + label,
                        "unknown key '" + label + "'" +
                            (guess.empty() ? "; expected one of " + fmt::format("{}", fmt::join(labels, ", "))
                                           : "; did you mean '" + guess + "'?")});
      ok = false;
      continue;
    }
    double v = 0;
    if (number_in_range(spec, child, key + "." + label, v, errors))
      updated[it - labels.begin()] = v;
    else
      ok = false;
  }
  if (ok) values = updated;
  return ok;
}

}  // namespace

std::string format_value(double v) { return fmt::format("{:.6g}", v); }

double vector_sum(const ParamSpec& spec, const Parameters& p) {
  return std::visit(
      [&](const auto& v) -> double {
        using V = std::decay_t<decltype(v)>;
        if constexpr (std::is_same_v<V, ByType> || std::is_same_v<V, ByCapability> || std::is_same_v<V, ByScale>) {
          double s = 0;
          for (double x : v) s += x;
          return s;
        } else {
          return 0.0;
        }
      },
      read_value(spec, p));
}

namespace {

template <typename V>
bool parse_field(const ParamSpec& spec, const ConfigNode& node, V& target, Diagnostics& errors) {
  const std::string key(spec.path);
  if constexpr (std::is_same_v<V, double>) {
    double v = 0;
    if (!number_in_range(spec, node, key, v, errors)) return false;
    target = v;
  } else if constexpr (std::is_same_v<V, std::int64_t>) {
    std::int64_t v = 0;
    if (node.kind != ConfigNode::Kind::scalar || !to_integer(node.scalar, v)) {
      errors.push_back(
          {node.origin, key,
           "expected a whole number in " + range_text(spec) + " (" + std::string(spec.unit) + "), got " + shown(node)});
      return false;
    }
    if (static_cast<double>(v) < spec.min || static_cast<double>(v) > spec.max) {
      errors.push_back({node.origin, key, "value " + node.scalar + " is out of range; expected " + range_text(spec)});
      return false;
    }
    target = v;
  } else if constexpr (std::is_same_v<V, bool>) {
    bool v = false;
    if (node.kind != ConfigNode::Kind::scalar || !to_bool(node.scalar, v)) {
      errors.push_back({node.origin, key, "expected true or false, got " + shown(node)});
      return false;
    }
    target = v;
  } else if constexpr (std::is_same_v<V, std::string>) {
    if (node.kind != ConfigNode::Kind::scalar) {
      errors.push_back({node.origin, key, "expected text, got " + shown(node)});
      return false;
    }
    target = node.scalar;
  } else {
    return parse_vector(spec, node, target, errors);
  }
  return true;
}

// The index of the named choice; an unknown name is a located error with the closest choice.
std::optional<int> parse_choice(const ParamSpec& spec, const ConfigNode& node, Diagnostics& errors) {
  const std::vector<std::string_view> options(spec.choices.begin(), spec.choices.end());
  std::optional<int> index;
  if (node.kind == ConfigNode::Kind::scalar) index = choice_index(node.scalar, options);
  if (!index) {
    const std::vector<std::string> names(options.begin(), options.end());
    const auto guess = node.kind == ConfigNode::Kind::scalar ? closest_match(node.scalar, names) : std::string();
    errors.push_back({node.origin, std::string(spec.path),
                      "expected one of " + fmt::format("{}", fmt::join(names, ", ")) + ", got " + shown(node) +
                          (guess.empty() ? "" : "; did you mean '" + guess + "'?")});
  }
  return index;
}

}  // namespace

bool parse_parameter(const ParamSpec& spec, const ConfigNode& node, Parameters& p, Diagnostics& errors) {
  return std::visit(
      [&](auto member) -> bool {
        if constexpr (std::is_same_v<decltype(member), ChoiceField>) {
          const auto index = parse_choice(spec, node, errors);
          if (index) member.set(p, *index);
          return index.has_value();
        } else {
          return parse_field(spec, node, p.*member, errors);
        }
      },
      spec.field);
}

CompanySpec parse_company(const ConfigNode& node, const std::string& key, Diagnostics& errors) {
  CompanySpec c;
  if (node.kind != ConfigNode::Kind::map) {
    errors.push_back({node.origin, key,
                      "expected a company (name, csr_budget_billion_idr, districts, preferences, political_weight)"});
    return c;
  }
  static const std::vector<std::string> fields{"name", "csr_budget_billion_idr", "districts", "preferences",
                                               "political_weight"};
  bool has_name = false, has_preferences = false;
  for (const auto& [field, child] : node.map) {
    const std::string path = key + "." + field;
    if (field == "name") {
      if (child.kind == ConfigNode::Kind::scalar && !child.scalar.empty()) {
        c.name = child.scalar;
        has_name = true;
      } else
        errors.push_back({child.origin, path, "expected the company's name"});
    } else if (field == "csr_budget_billion_idr" || field == "political_weight") {
      double v = 0;
      if (child.kind != ConfigNode::Kind::scalar || !to_double(child.scalar, v) || v < 0 || v > 1e6)
        errors.push_back({child.origin, path, "expected a number in [0, 1e6], got " + shown(child)});
      else
        (field == "political_weight" ? c.political_weight : c.csr_budget_billion_idr) = v;
    } else if (field == "districts") {
      if (child.kind != ConfigNode::Kind::list) {
        errors.push_back({child.origin, path, "expected a list of district names"});
        continue;
      }
      for (const auto& d : child.list) {
        if (d.kind == ConfigNode::Kind::scalar)
          c.districts.push_back(d.scalar);
        else
          errors.push_back({d.origin, path, "expected a district name, got " + shown(d)});
      }
    } else if (field == "preferences") {
      ParamSpec spec{"preferences", ParamKind::vector, {}, 0, 1, {}, kTypeNames, true, "share", "", ""};
      spec.path = "preferences";
      Diagnostics local;
      ByType prefs{};
      ConfigNode checked = child;
      if (parse_vector(spec, checked, prefs, local)) {
        double sum = 0;
        for (double x : prefs) sum += x;
        if (std::abs(sum - 1) > 1e-6)
          errors.push_back({child.origin, path, "shares must sum to 1, they sum to " + format_value(sum)});
        else {
          c.preferences = prefs;
          has_preferences = true;
        }
      }
      for (auto& e : local) {
        e.key = key + "." + e.key;
        errors.push_back(e);
      }
    } else {
      const auto guess = closest_match(field, fields);
      errors.push_back(
          {child.origin, path,
           "unknown key '" + field + "'" +
               (guess.empty()
                    ? "; expected one of name, csr_budget_billion_idr, districts, preferences, political_weight"
                    : "; did you mean '" + guess + "'?")});
    }
  }
  if (!has_name) errors.push_back({node.origin, key + ".name", "a company needs a name"});
  if (!has_preferences && errors.empty())
    c.preferences = ByType{1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7, 1.0 / 7};
  return c;
}

namespace {

// Schedulable parameter paths, for did-you-mean.
const std::vector<std::string>& yearly_paths() {
  static const std::vector<std::string> paths = [] {
    std::vector<std::string> out;
    for (const auto& spec : parameter_table())
      if (spec.when == Scheduling::yearly) out.emplace_back(spec.path);
    return out;
  }();
  return paths;
}

struct RawChange {
  int year;
  const ParamSpec* spec;
  const ConfigNode* value;
};

// Flattens {regulation: {binding: true}} or {regulation.binding: true} into parameter paths;
// unknown keys and set-up parameters are located errors.
void collect_changes(const ConfigNode& node, const std::string& prefix, int year, std::vector<RawChange>& out,
                     Diagnostics& errors) {
  for (const auto& [key, child] : node.map) {
    const std::string path = prefix.empty() ? key : prefix + "." + key;
    if (const auto* spec = find_parameter(path)) {
      if (spec->when == Scheduling::yearly)
        out.push_back({year, spec, &child});
      else  // read once, when the world is built: a dated change would silently do nothing
        errors.push_back(
            {child.origin, "schedule", "'" + path + "' fixes the simulation's set-up and cannot change over time"});
    } else if (child.kind == ConfigNode::Kind::map) {
      collect_changes(child, path, year, out, errors);
    } else {
      const auto guess = closest_match(path, yearly_paths());
      errors.push_back({child.origin, "schedule",
                        "'" + path + "' is not a parameter that can change over time" +
                            (guess.empty() ? "; see `cgsim params`" : "; did you mean '" + guess + "'?")});
    }
  }
}

}  // namespace

std::vector<ScheduledChange> parse_schedule(const ConfigNode* node, const Parameters& base, Diagnostics& errors) {
  std::vector<ScheduledChange> changes;
  if (!node) return changes;
  if (node->kind != ConfigNode::Kind::list) {
    errors.push_back({node->origin, "schedule", "expected a list of {year: N, set: {key: value, ...}}"});
    return changes;
  }
  std::vector<RawChange> raw;
  for (const auto& entry : node->list) {
    const ConfigNode* year = entry.kind == ConfigNode::Kind::map ? entry.find("year") : nullptr;
    const ConfigNode* set = entry.kind == ConfigNode::Kind::map ? entry.find("set") : nullptr;
    std::int64_t y = 0;
    if (!year || !set || set->kind != ConfigNode::Kind::map || entry.map.size() != 2) {
      errors.push_back(
          {entry.origin, "schedule", "each entry needs exactly 'year' (a whole number) and 'set' (a mapping)"});
      continue;
    }
    if (year->kind != ConfigNode::Kind::scalar || !to_integer(year->scalar, y) || y < 1 || y > base.years) {
      errors.push_back(
          {year->origin, "schedule.year",
           "expected a year between 1 and simulation.years (" + std::to_string(base.years) + "), got " + shown(*year)});
      continue;
    }
    collect_changes(*set, "", static_cast<int>(y), raw, errors);
  }
  std::stable_sort(raw.begin(), raw.end(), [](const auto& a, const auto& b) { return a.year < b.year; });
  // Each value is parsed once, applied in order to a probe: a partial vector change (e.g. one
  // programme type's share) becomes the parameter's whole value from its year on.
  Parameters probe = base;
  for (const auto& c : raw) {
    Diagnostics local;
    if (parse_parameter(*c.spec, *c.value, probe, local)) {
      changes.push_back({c.year, c.spec->path, read_value(*c.spec, probe), c.value->origin});
      continue;
    }
    for (auto& e : local) {
      e.key = "schedule: " + e.key;
      errors.push_back(e);
    }
  }
  return changes;
}

void apply_change(const ScheduledChange& change, Parameters& p) {
  write_value(*find_parameter(change.path), change.value, p);
}

}  // namespace cgsim
