#include "cgsim/scenario/experiment_spec.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>

#include "cgsim/scenario/parameter_table.hpp"
#include "cgsim/scenario/suggest.hpp"
#include "cgsim/scenario/value_parsing.hpp"

namespace cgsim {
namespace fs = std::filesystem;

const char* design_kind_name(DesignKind kind) {
  switch (kind) {
    case DesignKind::full_factorial:
      return "full_factorial";
    case DesignKind::latin_hypercube:
      return "latin_hypercube";
    case DesignKind::sobol:
      return "sobol";
    case DesignKind::morris:
      return "morris";
    case DesignKind::one_at_a_time:
      return "one_at_a_time";
    case DesignKind::explicit_points:
      return "explicit";
  }
  return "?";
}

namespace {

bool needs_quotes(const std::string& s) {
  if (s.empty()) return true;
  return s.find_first_of(":#,[]{}&*!|>'\"%@`\n") != std::string::npos || s.front() == ' ' || s.back() == ' ' ||
         (s.front() == '-' && s.size() > 1 && !std::isdigit(static_cast<unsigned char>(s[1])));
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string flow_yaml(const ConfigNode& node) {
  switch (node.kind) {
    case ConfigNode::Kind::scalar:
      return needs_quotes(node.scalar) ? quoted(node.scalar) : node.scalar;
    case ConfigNode::Kind::list: {
      std::string s = "[";
      for (std::size_t k = 0; k < node.list.size(); ++k) s += (k ? ", " : "") + flow_yaml(node.list[k]);
      return s + "]";
    }
    case ConfigNode::Kind::map: {
      std::string s = "{";
      for (std::size_t k = 0; k < node.map.size(); ++k)
        s += (k ? ", " : "") + node.map[k].first + ": " + flow_yaml(node.map[k].second);
      return s + "}";
    }
    default:
      return "null";
  }
}

namespace {

// Shortest text that reads back as the same double.
std::string exact(double v) { return fmt::format("{}", v); }

bool read_number(const ConfigNode& n, double& out) {
  if (n.kind != ConfigNode::Kind::scalar || n.scalar.empty()) return false;
  const char* b = n.scalar.data() + (n.scalar[0] == '+' ? 1 : 0);
  const char* e = n.scalar.data() + n.scalar.size();
  auto [ptr, ec] = std::from_chars(b, e, out);
  if (ec == std::errc() && ptr == e && std::isfinite(out)) return true;
  if (n.scalar == "true" || n.scalar == "false") {  // a boolean parameter's values
    out = n.scalar == "true" ? 1 : 0;
    return true;
  }
  return false;
}

class Reader {
 public:
  Reader(const std::string& file, Diagnostics& errors) : file_(file), errors_(errors) {}

  std::optional<ExperimentSpec> read(const ConfigNode& root) {
    ExperimentSpec x;
    x.source_file = file_;
    if (root.kind != ConfigNode::Kind::map) {
      error(root.origin, "", "expected a mapping with policies, levers, uncertainties, design, ...");
      return std::nullopt;
    }
    static const std::vector<std::string> known{"name",         "description", "scenario",      "set",
                                                "policies",     "levers",      "uncertainties", "design",
                                                "replications", "seed",        "years",         "outcomes"};
    for (const auto& [key, child] : root.map)
      if (std::find(known.begin(), known.end(), key) == known.end()) unknown(child.origin, "", key, known);
    x.name = text(root, "name", fs::path(file_).stem().string());
    x.description = text(root, "description", "");
    x.replications = static_cast<std::uint32_t>(integer(root, "replications", 1, 1, 100000));
    x.seed = static_cast<std::uint64_t>(integer(root, "seed", 1, 0, 4294967295LL));
    if (root.find("years")) x.years = static_cast<int>(integer(root, "years", 10, 1, 200));
    read_policies(root, x);
    read_factors(root, "levers", FactorRole::lever, x);
    read_factors(root, "uncertainties", FactorRole::uncertainty, x);
    read_design(root, x);
    read_outcomes(root, x);
    if (!errors_.empty()) return std::nullopt;
    x.canonical_yaml = canonical(x);
    return x;
  }

 private:
  void error(const Origin& where, const std::string& key, const std::string& message) {
    errors_.push_back({where, key, message});
  }

  void unknown(const Origin& where, const std::string& prefix, const std::string& key,
               const std::vector<std::string>& known) {
    const std::string path = prefix.empty() ? key : prefix + "." + key;
    std::string msg = "unknown key '" + key + "'";
    const auto guess = closest_match(key, known);
    if (!guess.empty()) msg += "; did you mean '" + guess + "'?";
    std::string list;
    for (const auto& k : known) list += (list.empty() ? "" : ", ") + k;
    error(where, path, msg + " (expected one of: " + list + ")");
  }

  std::string text(const ConfigNode& map, const std::string& key, const std::string& fallback) {
    const auto* n = map.find(key);
    if (!n) return fallback;
    if (n->kind != ConfigNode::Kind::scalar) {
      error(n->origin, key, "expected text");
      return fallback;
    }
    return n->scalar;
  }

  long long integer(const ConfigNode& map, const std::string& key, long long fallback, long long lo, long long hi,
                    const std::string& prefix = "") {
    const auto* n = map.find(key);
    if (!n) return fallback;
    const std::string path = prefix.empty() ? key : prefix + "." + key;
    long long v = 0;
    const bool parsed = n->kind == ConfigNode::Kind::scalar && !n->scalar.empty() &&
                        std::from_chars(n->scalar.data(), n->scalar.data() + n->scalar.size(), v).ptr ==
                            n->scalar.data() + n->scalar.size();
    if (!parsed || v < lo || v > hi) {
      error(n->origin, path, fmt::format("expected a whole number in [{}, {}], got {}", lo, hi, flow_yaml(*n)));
      return fallback;
    }
    return v;
  }

  std::string relative_path(const ConfigNode& n) {
    fs::path p = n.scalar;
    if (p.is_relative()) p = fs::path(file_).parent_path() / p;
    return p.lexically_normal().string();
  }

  std::vector<std::pair<std::string, ConfigNode>> overrides(const ConfigNode* set, const std::string& key) {
    std::vector<std::pair<std::string, ConfigNode>> out;
    if (!set) return out;
    if (set->kind != ConfigNode::Kind::map) {
      error(set->origin, key, "expected a mapping of parameter keys to values, e.g. {regulation.award_value: 1}");
      return out;
    }
    for (const auto& [path, value] : set->map) {
      if (!find_parameter(path) && path.rfind("companies.named", 0) != 0) {
        std::vector<std::string> all;
        for (const auto& spec : parameter_table()) all.emplace_back(spec.path);
        const auto guess = closest_match(path, all);
        error(value.origin, key + "." + path,
              "unknown parameter '" + path + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
                  " (see `cgsim params`)");
        continue;
      }
      out.emplace_back(path, value);
    }
    return out;
  }

  void read_policies(const ConfigNode& root, ExperimentSpec& x) {
    const auto* base = root.find("scenario");
    if (base && (base->kind != ConfigNode::Kind::scalar || base->scalar.empty())) {
      error(base->origin, "scenario", "expected the path of a scenario file");
      base = nullptr;
    }
    const auto common = overrides(root.find("set"), "set");
    const auto* list = root.find("policies");
    if (!list) {
      if (!base) {
        error({file_, 0, 0}, "policies", "no policies: give `policies:` (a list) or at least `scenario:`");
        return;
      }
      PolicySpec p{fs::path(base->scalar).stem().string(), relative_path(*base), common, base->origin};
      x.policies.push_back(std::move(p));
      return;
    }
    if (list->kind != ConfigNode::Kind::list || list->list.empty()) {
      error(list->origin, "policies", "expected a non-empty list of policies ({name, scenario, set})");
      return;
    }
    std::set<std::string> names;
    for (std::size_t i = 0; i < list->list.size(); ++i) {
      const auto& node = list->list[i];
      const std::string key = "policies[" + std::to_string(i) + "]";
      PolicySpec p;
      p.origin = node.origin;
      if (node.kind == ConfigNode::Kind::scalar) {  // a bare scenario path
        p.scenario_file = relative_path(node);
        p.name = fs::path(node.scalar).stem().string();
      } else if (node.kind == ConfigNode::Kind::map) {
        for (const auto& [k, v] : node.map)
          if (k != "name" && k != "scenario" && k != "set") unknown(v.origin, key, k, {"name", "scenario", "set"});
        const auto* file = node.find("scenario");
        if (file && file->kind == ConfigNode::Kind::scalar && !file->scalar.empty())
          p.scenario_file = relative_path(*file);
        else if (file)
          error(file->origin, key + ".scenario", "expected the path of a scenario file");
        else if (base)
          p.scenario_file = relative_path(*base);
        else
          error(node.origin, key + ".scenario", "no scenario file: give `scenario:` here or at the top of the file");
        p.name = text(node, "name", p.scenario_file.empty() ? "" : fs::path(p.scenario_file).stem().string());
        p.overrides = common;
        for (auto& o : overrides(node.find("set"), key + ".set")) p.overrides.push_back(std::move(o));
      } else {
        error(node.origin, key, "expected a scenario path or a mapping {name, scenario, set}");
        continue;
      }
      if (p.name.empty() || p.name.find('/') != std::string::npos)
        error(node.origin, key + ".name", "expected a non-empty policy name without '/'");
      else if (!names.insert(p.name).second)
        error(node.origin, key + ".name", "two policies are named '" + p.name + "'; give each its own `name:`");
      x.policies.push_back(std::move(p));
    }
  }

  bool in_table_range(const ParamSpec& spec, double v, const ConfigNode& n, const std::string& key) {
    if (v >= spec.min && v <= spec.max) return true;
    error(n.origin, key,
          fmt::format("{} is outside the parameter table's range [{}, {}] of {}", exact(v), exact(spec.min),
                      exact(spec.max), spec.path));
    return false;
  }

  void read_factors(const ConfigNode& root, const std::string& section, FactorRole role, ExperimentSpec& x) {
    const auto* map = root.find(section);
    if (!map) return;
    if (map->kind != ConfigNode::Kind::map) {
      error(map->origin, section, "expected a mapping of parameter keys to {range: [low, high]} or {values: [...]}");
      return;
    }
    std::vector<std::string> all;
    for (const auto& spec : parameter_table()) all.emplace_back(spec.path);
    for (const auto& [path, node] : map->map) {
      const std::string key = section + "." + path;
      const auto* spec = find_parameter(path);
      if (!spec) {
        const auto guess = closest_match(path, all);
        error(node.origin, key,
              "unknown parameter '" + path + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
                  " (see `cgsim params`)");
        continue;
      }
      if (spec->kind != ParamKind::real && spec->kind != ParamKind::integer && spec->kind != ParamKind::boolean) {
        error(node.origin, key,
              "only numeric and true/false parameters can be design factors; set choices and lists per policy "
              "(policies[].set)");
        continue;
      }
      if (path == "simulation.years" || path == "simulation.seed" || path == "simulation.replications") {
        error(node.origin, key,
              "'" + path + "' is set by the experiment itself (`years:`, `seed:`, `replications:`), not by a design");
        continue;
      }
      // A named copy: clang 14 cannot capture a structured binding in a lambda.
      const std::string& name = path;
      if (std::any_of(x.factors.begin(), x.factors.end(), [&](const FactorSpec& f) { return f.path == name; })) {
        error(node.origin, key, "'" + path + "' is already a factor (a parameter is a lever or an uncertainty, once)");
        continue;
      }
      FactorSpec f;
      f.path = path;
      f.role = role;
      f.origin = node.origin;
      f.unit = std::string(spec->unit);
      f.integer = spec->kind != ParamKind::real;
      const double table_min = spec->kind == ParamKind::boolean ? 0 : spec->min;
      const double table_max = spec->kind == ParamKind::boolean ? 1 : spec->max;
      f.low = table_min;
      f.high = table_max;
      ParamSpec bounds = *spec;
      bounds.min = table_min;
      bounds.max = table_max;
      if (node.kind == ConfigNode::Kind::map) {
        read_factor_map(node, key, bounds, f, x);
      } else if (node.kind != ConfigNode::Kind::null &&
                 !(node.kind == ConfigNode::Kind::scalar && node.scalar.empty())) {
        error(node.origin, key, "expected {range: [low, high]}, {values: [...]} or nothing (the table's range)");
        continue;
      }
      x.factors.push_back(std::move(f));
    }
  }

  void read_factor_map(const ConfigNode& node, const std::string& key, const ParamSpec& bounds, FactorSpec& f,
                       const ExperimentSpec& x) {
    for (const auto& [k, v] : node.map)
      if (k != "range" && k != "values" && k != "baseline" && k != "policies")
        unknown(v.origin, key, k, {"range", "values", "baseline", "policies"});
    if (const auto* r = node.find("range")) {
      double lo = 0, hi = 0;
      if (r->kind != ConfigNode::Kind::list || r->list.size() != 2 || !read_number(r->list[0], lo) ||
          !read_number(r->list[1], hi) || !(lo < hi)) {
        error(r->origin, key + ".range", "expected [low, high] with low < high, got " + flow_yaml(*r));
      } else if (in_table_range(bounds, lo, *r, key + ".range") && in_table_range(bounds, hi, *r, key + ".range")) {
        f.low = lo;
        f.high = hi;
      }
    }
    if (const auto* vs = node.find("values")) {
      if (vs->kind != ConfigNode::Kind::list || vs->list.empty()) {
        error(vs->origin, key + ".values", "expected a non-empty list of numbers");
      } else {
        for (const auto& item : vs->list) {
          double v = 0;
          if (!read_number(item, v)) {
            error(item.origin, key + ".values", "expected a number, got " + flow_yaml(item));
            continue;
          }
          if (f.integer && v != std::round(v)) {
            error(item.origin, key + ".values", "expected a whole number for " + f.path + ", got " + exact(v));
            continue;
          }
          if (in_table_range(bounds, v, item, key + ".values")) f.values.push_back(v);
        }
        if (node.find("range"))
          for (const double v : f.values)
            if (v < f.low || v > f.high)
              error(vs->origin, key + ".values",
                    fmt::format("{} is outside the factor's range [{}, {}]", exact(v), exact(f.low), exact(f.high)));
        if (!node.find("range") && !f.values.empty()) {
          f.low = *std::min_element(f.values.begin(), f.values.end());
          f.high = *std::max_element(f.values.begin(), f.values.end());
        }
      }
    }
    if (const auto* b = node.find("baseline")) {
      double v = 0;
      if (!read_number(*b, v))
        error(b->origin, key + ".baseline", "expected a number");
      else if (v < f.low || v > f.high)
        error(b->origin, key + ".baseline",
              fmt::format("{} is outside the factor's range [{}, {}]", exact(v), exact(f.low), exact(f.high)));
      else
        f.baseline = v;
    }
    if (const auto* ps = node.find("policies")) {
      if (ps->kind != ConfigNode::Kind::list) {
        error(ps->origin, key + ".policies", "expected a list of policy names");
        return;
      }
      for (const auto& p : ps->list) {
        const bool known =
            std::any_of(x.policies.begin(), x.policies.end(), [&](const PolicySpec& q) { return p.scalar == q.name; });
        if (!known)
          error(p.origin, key + ".policies", "no policy is named '" + p.scalar + "'");
        else
          f.policies.push_back(p.scalar);
      }
    }
  }

  std::size_t count(const ConfigNode& design, const std::string& key, std::size_t lo, std::size_t hi) {
    if (!design.find(key)) {
      error(design.origin, "design." + key, "design type needs `" + key + "`");
      return 0;
    }
    return static_cast<std::size_t>(
        integer(design, key, 0, static_cast<long long>(lo), static_cast<long long>(hi), "design"));
  }

  void read_design(const ConfigNode& root, ExperimentSpec& x) {
    auto& d = x.design;
    const auto* design = root.find("design");
    if (!design) {
      error({file_, 0, 0}, "design",
            "no design: give `design: {type: full_factorial | latin_hypercube | sobol | "
            "morris | one_at_a_time | explicit, ...}`");
      return;
    }
    d.origin = design->origin;
    if (design->kind != ConfigNode::Kind::map || !design->find("type")) {
      error(design->origin, "design", "expected a mapping with `type:` and the type's settings");
      return;
    }
    const auto& type = *design->find("type");
    static const std::vector<std::string> kinds{"full_factorial", "latin_hypercube", "sobol",
                                                "morris",         "one_at_a_time",   "explicit"};
    const auto it = std::find(kinds.begin(), kinds.end(), type.scalar);
    if (it == kinds.end()) {
      const auto guess = closest_match(type.scalar, kinds);
      error(type.origin, "design.type",
            "unknown design '" + type.scalar + "'" + (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
                " (full_factorial, latin_hypercube, sobol, morris, one_at_a_time or explicit)");
      return;
    }
    d.kind = static_cast<DesignKind>(it - kinds.begin());
    std::vector<std::string> allowed{"type"};
    if (x.factors.empty() && d.kind != DesignKind::full_factorial)
      error(design->origin, "design", "a " + type.scalar + " design needs at least one lever or uncertainty");
    switch (d.kind) {
      case DesignKind::full_factorial:
      case DesignKind::one_at_a_time:
        allowed.push_back("levels");
        d.levels = design->find("levels") ? count(*design, "levels", 2, 1000) : 0;
        for (const auto& f : x.factors)
          if (f.values.empty() && d.levels == 0)
            error(f.origin, f.path, "factor has a range but no `values`; give `values:` or `design.levels`");
        break;
      case DesignKind::latin_hypercube:
        allowed.push_back("points");
        d.points = count(*design, "points", 1, 10000000);
        break;
      case DesignKind::sobol: {
        allowed.insert(allowed.end(), {"base_points", "second_order"});
        d.base_points = count(*design, "base_points", 1, 1u << 24);
        if (d.base_points && (d.base_points & (d.base_points - 1)) != 0) {
          std::size_t below = 1;
          while (below * 2 < d.base_points) below *= 2;
          error(design->find("base_points")->origin, "design.base_points",
                fmt::format("the Saltelli scheme needs a power of two, got {}; use {} or {}", d.base_points, below,
                            below * 2));
        }
        if (const auto* s = design->find("second_order")) {
          if (s->scalar != "true" && s->scalar != "false")
            error(s->origin, "design.second_order", "expected true or false");
          d.second_order = s->scalar == "true";
        }
        break;
      }
      case DesignKind::morris:
        allowed.insert(allowed.end(), {"trajectories", "levels"});
        d.trajectories = count(*design, "trajectories", 1, 100000);
        d.levels = design->find("levels") ? count(*design, "levels", 2, 1000) : 4;
        if (d.levels % 2 != 0)
          error(design->find("levels")->origin, "design.levels",
                fmt::format("Morris levels must be even (so that every step is of the same size), got {}", d.levels));
        break;
      case DesignKind::explicit_points:
        allowed.insert(allowed.end(), {"points", "file"});
        if (design->find("points") && design->find("file"))
          error(design->find("file")->origin, "design.file", "give either `points:` or `file:`, not both");
        else if (const auto* file = design->find("file"))
          read_table_file(*file, x);
        else
          read_table(*design, x);
        break;
    }
    for (const auto& [k, v] : design->map)
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) unknown(v.origin, "design", k, allowed);
  }

  // A design value must lie in the factor's range and be whole for integer factors.
  void check_point_value(const FactorSpec& f, double value, const Origin& where, const std::string& key) {
    if (value < f.low || value > f.high)
      error(where, key,
            fmt::format("{} is outside [{}, {}] for {}", exact(value), exact(f.low), exact(f.high), f.path));
    else if (f.integer && value != std::round(value))
      error(where, key, "expected a whole number for " + f.path);
  }

  // `design: {type: explicit, file: sets.csv}`: the points as a CSV table (e.g. the plausible
  // parameter sets of analysis/calibrate.py). The header names the columns; every factor needs
  // one, a column named after another parameter is an error (it would be silently ignored), and
  // other columns (set number, weight, implausibility) are notes the design does not use.
  void read_table_file(const ConfigNode& node, ExperimentSpec& x) {
    if (node.kind != ConfigNode::Kind::scalar || node.scalar.empty()) {
      error(node.origin, "design.file", "expected the path of a CSV file of parameter sets");
      return;
    }
    const std::string path = relative_path(node);
    std::error_code ec;
    if (fs::exists(path, ec) && !fs::is_regular_file(path, ec)) {  // a directory, /dev/zero, a pipe
      error(node.origin, "design.file", "'" + path + "' is not a regular file; expected a CSV file of parameter sets");
      return;
    }
    std::ifstream in(path);
    if (!in) {
      error(node.origin, "design.file",
            "cannot read '" + path + "'; expected a CSV file with a header row of parameter keys");
      return;
    }
    std::vector<std::size_t> factor_column(x.factors.size(), static_cast<std::size_t>(-1));
    std::size_t columns = 0;
    bool header = false;
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos || line[line.find_first_not_of(" \t")] == '#') continue;
      const auto cells = csv_cells(line);
      const Origin at{path, number, 1};
      if (!header) {
        header = true;
        columns = cells.size();
        read_table_header(cells, at, x, factor_column);
        if (!errors_.empty()) return;
        continue;
      }
      if (cells.size() != columns) {
        error(at, "design.file", fmt::format("expected {} values (as the header), got {}", columns, cells.size()));
        continue;
      }
      if (x.design.table.size() >= kMaxTableRows) {
        error(at, "design.file", fmt::format("more than {} parameter sets", kMaxTableRows));
        return;
      }
      std::vector<double> values(x.factors.size(), 0.0);
      for (std::size_t k = 0; k < x.factors.size(); ++k) {
        ConfigNode cell;
        cell.kind = ConfigNode::Kind::scalar;
        cell.scalar = cells[factor_column[k]];
        const std::string key = "design.file[" + std::to_string(x.design.table.size()) + "]." + x.factors[k].path;
        if (!read_number(cell, values[k]))
          error(at, key, "expected a number, got '" + cell.scalar + "'");
        else
          check_point_value(x.factors[k], values[k], at, key);
      }
      x.design.table.push_back(std::move(values));
    }
    if (!header || (x.design.table.empty() && errors_.empty()))
      error(node.origin, "design.file", "'" + path + "' has no parameter sets (a header row and at least one row)");
  }

  void read_table_header(const std::vector<std::string>& cells, const Origin& at, const ExperimentSpec& x,
                         std::vector<std::size_t>& factor_column) {
    for (std::size_t c = 0; c < cells.size(); ++c) {
      const std::string& name = cells[c];
      const auto f = std::find_if(x.factors.begin(), x.factors.end(), [&](auto& g) { return g.path == name; });
      if (f != x.factors.end()) {
        factor_column[static_cast<std::size_t>(f - x.factors.begin())] = c;
      } else if (find_parameter(name)) {
        error(at, "design.file",
              "column '" + name +
                  "' is a parameter but not a lever or uncertainty of this experiment; add it to "
                  "`uncertainties:` (or `levers:`) or remove the column");
      } else if (name.find('.') != std::string::npos) {
        std::vector<std::string> all;
        for (const auto& spec : parameter_table()) all.emplace_back(spec.path);
        const auto guess = closest_match(name, all);
        error(at, "design.file",
              "column '" + name + "' is not a parameter" + (guess.empty() ? "" : "; did you mean '" + guess + "'?") +
                  " (columns without a dot are notes and are ignored)");
      }
    }
    for (std::size_t k = 0; k < x.factors.size(); ++k)
      if (factor_column[k] == static_cast<std::size_t>(-1))
        error(at, "design.file", "no column for " + x.factors[k].path + " (each lever and uncertainty needs one)");
  }

  // Comma-separated cells, trimmed, with surrounding double quotes removed (no embedded commas).
  static std::vector<std::string> csv_cells(const std::string& line) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (true) {
      const auto comma = line.find(',', start);
      std::string cell = line.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      const auto b = cell.find_first_not_of(" \t"), e = cell.find_last_not_of(" \t");
      cell = b == std::string::npos ? "" : cell.substr(b, e - b + 1);
      if (cell.size() >= 2 && cell.front() == '"' && cell.back() == '"') cell = cell.substr(1, cell.size() - 2);
      out.push_back(std::move(cell));
      if (comma == std::string::npos) return out;
      start = comma + 1;
    }
  }

  static constexpr std::size_t kMaxTableRows = 10'000'000;

  void read_table(const ConfigNode& design, ExperimentSpec& x) {
    const auto* points = design.find("points");
    if (!points || points->kind != ConfigNode::Kind::list || points->list.empty()) {
      error(points ? points->origin : design.origin, "design.points",
            "an explicit design needs `points:`, a list of {parameter: value} (or lists in factor order)");
      return;
    }
    for (std::size_t i = 0; i < points->list.size(); ++i) {
      const auto& row = points->list[i];
      const std::string key = "design.points[" + std::to_string(i) + "]";
      std::vector<double> values(x.factors.size(), 0.0);
      std::vector<bool> seen(x.factors.size(), false);
      auto take = [&](std::size_t k, const ConfigNode& v) {
        double value = 0;
        const auto& f = x.factors[k];
        if (!read_number(v, value))
          error(v.origin, key + "." + f.path, "expected a number, got " + flow_yaml(v));
        else
          check_point_value(f, value, v.origin, key + "." + f.path);
        values[k] = value;
        seen[k] = true;
      };
      if (row.kind == ConfigNode::Kind::list && row.list.size() == x.factors.size()) {
        for (std::size_t k = 0; k < row.list.size(); ++k) take(k, row.list[k]);
      } else if (row.kind == ConfigNode::Kind::map) {
        for (const auto& [path, v] : row.map) {
          const std::string& name = path;  // clang 14 cannot capture a structured binding in a lambda
          const auto f = std::find_if(x.factors.begin(), x.factors.end(), [&](auto& g) { return g.path == name; });
          if (f == x.factors.end())
            error(v.origin, key + "." + path, "'" + path + "' is not a lever or uncertainty of this experiment");
          else
            take(static_cast<std::size_t>(f - x.factors.begin()), v);
        }
      } else {
        error(row.origin, key, fmt::format("expected {} values (one per factor) or a mapping", x.factors.size()));
        continue;
      }
      for (std::size_t k = 0; k < seen.size(); ++k)
        if (!seen[k]) error(row.origin, key, "no value for " + x.factors[k].path);
      x.design.table.push_back(std::move(values));
    }
  }

  void read_outcomes(const ConfigNode& root, ExperimentSpec& x) {
    const auto* o = root.find("outcomes");
    if (!o) return;
    x.outcomes.origin = o->origin;
    if (o->kind != ConfigNode::Kind::map) {
      error(o->origin, "outcomes", "expected {indicators: [...] or all, years: final or all}");
      return;
    }
    for (const auto& [k, v] : o->map)
      if (k != "indicators" && k != "years") unknown(v.origin, "outcomes", k, {"indicators", "years"});
    if (const auto* ind = o->find("indicators")) {
      if (ind->kind == ConfigNode::Kind::list) {
        for (const auto& n : ind->list) {
          x.outcomes.indicators.push_back(n.scalar);
          x.outcomes.indicator_origins.push_back(n.origin);
        }
      } else if (ind->scalar != "all") {
        error(ind->origin, "outcomes.indicators", "expected a list of indicator names or `all`");
      }
    }
    if (const auto* y = o->find("years")) {
      if (y->scalar != "final" && y->scalar != "all")
        error(y->origin, "outcomes.years", "expected `final` (the last year only) or `all`, got " + flow_yaml(*y));
      x.outcomes.all_years = y->scalar == "all";
    }
  }

  static std::string canonical(const ExperimentSpec& x) {
    std::string s = "name: " + flow_yaml(scalar_node(x.name)) + "\n";
    s += "replications: " + std::to_string(x.replications) + "\nseed: " + std::to_string(x.seed) + "\n";
    if (x.years) s += "years: " + std::to_string(*x.years) + "\n";
    s += "policies:\n";
    for (const auto& p : x.policies) {
      s += "  - name: " + flow_yaml(scalar_node(p.name)) +
           "\n    scenario: " + flow_yaml(scalar_node(p.scenario_file)) + "\n";
      if (!p.overrides.empty()) {
        s += "    set:\n";
        for (const auto& [k, v] : p.overrides) s += "      " + k + ": " + flow_yaml(v) + "\n";
      }
    }
    for (const auto role : {FactorRole::lever, FactorRole::uncertainty}) {
      std::string block;
      for (const auto& f : x.factors) {
        if (f.role != role) continue;
        block += "  " + f.path + ": {range: [" + exact(f.low) + ", " + exact(f.high) + "]";
        if (!f.values.empty()) {
          block += ", values: [";
          for (std::size_t k = 0; k < f.values.size(); ++k) block += (k ? ", " : "") + exact(f.values[k]);
          block += "]";
        }
        if (f.baseline) block += ", baseline: " + exact(*f.baseline);
        if (!f.policies.empty()) {
          block += ", policies: [";
          for (std::size_t k = 0; k < f.policies.size(); ++k) block += (k ? ", " : "") + f.policies[k];
          block += "]";
        }
        block += "}\n";
      }
      if (!block.empty()) s += std::string(role == FactorRole::lever ? "levers" : "uncertainties") + ":\n" + block;
    }
    const auto& d = x.design;
    s += std::string("design:\n  type: ") + design_kind_name(d.kind) + "\n";
    if (d.levels) s += "  levels: " + std::to_string(d.levels) + "\n";
    if (d.kind == DesignKind::latin_hypercube) s += "  points: " + std::to_string(d.points) + "\n";
    if (d.kind == DesignKind::sobol)
      s += "  base_points: " + std::to_string(d.base_points) +
           "\n  second_order: " + (d.second_order ? "true" : "false") + "\n";
    if (d.kind == DesignKind::morris) s += "  trajectories: " + std::to_string(d.trajectories) + "\n";
    if (d.kind == DesignKind::explicit_points) {
      s += "  points:\n";
      for (const auto& row : d.table) {
        s += "    - [";
        for (std::size_t k = 0; k < row.size(); ++k) s += (k ? ", " : "") + exact(row[k]);
        s += "]\n";
      }
    }
    s += "outcomes:\n  indicators: ";
    if (x.outcomes.indicators.empty()) {
      s += "all\n";
    } else {
      s += "[";
      for (std::size_t k = 0; k < x.outcomes.indicators.size(); ++k) s += (k ? ", " : "") + x.outcomes.indicators[k];
      s += "]\n";
    }
    s += std::string("  years: ") + (x.outcomes.all_years ? "all" : "final") + "\n";
    return s;
  }

  static ConfigNode scalar_node(const std::string& v) {
    ConfigNode n;
    n.kind = ConfigNode::Kind::scalar;
    n.scalar = v;
    return n;
  }

  std::string file_;
  Diagnostics& errors_;
};

ExperimentLoad finish(const ConfigNode& root, const std::string& file, Diagnostics errors) {
  ExperimentLoad out;
  out.errors = std::move(errors);
  if (!out.errors.empty()) return out;
  Reader reader(file, out.errors);
  auto spec = reader.read(root);
  std::stable_sort(out.errors.begin(), out.errors.end(),
                   [](const Diagnostic& a, const Diagnostic& b) { return a.where.line < b.where.line; });
  if (out.errors.empty()) out.spec = std::move(spec);
  return out;
}

}  // namespace

bool is_experiment_file(const std::string& path) { return file_has_top_level_key(path, "design"); }

ExperimentLoad load_experiment(const std::string& path) {
  ConfigNode root;
  Diagnostics errors;
  try {
    read_config_file(path, root, errors);
    return finish(root, path, std::move(errors));
  } catch (const std::exception& e) {
    ExperimentLoad out;
    out.errors.push_back({{path, 0, 0}, "", std::string("cannot read the experiment: ") + e.what()});
    return out;
  }
}

ExperimentLoad load_experiment_text(const std::string& text, const std::string& pseudo_file) {
  ConfigNode root;
  Diagnostics errors;
  parse_config(text, pseudo_file, root, errors);
  return finish(root, pseudo_file, std::move(errors));
}

}  // namespace cgsim
