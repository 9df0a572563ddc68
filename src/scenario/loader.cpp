#include "cgsim/scenario/loader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <set>

#include "cgsim/scenario/default_companies.hpp"
#include "cgsim/scenario/districts_file.hpp"
#include "cgsim/scenario/name_rules.hpp"
#include "cgsim/scenario/parameter_table.hpp"
#include "cgsim/scenario/scenario_yaml.hpp"
#include "cgsim/scenario/suggest.hpp"
#include "cgsim/scenario/value_parsing.hpp"

namespace cgsim {
namespace fs = std::filesystem;

namespace {

// The directory of the running program (empty if it cannot be told).
fs::path executable_directory() {
  std::error_code ec;
  const auto exe = fs::read_symlink("/proc/self/exe", ec);
  return ec ? fs::path() : exe.parent_path();
}

}  // namespace

std::string default_data_dir() {
  if (const char* env = std::getenv("CGSIM_DATA_DIR"); env && *env) return env;
  // Installed: PREFIX/bin/cgsim with PREFIX/share/cgsim/scenarios. Build tree: build/scenarios
  // (a link made by CMake) or, for a build directory inside the sources, ../scenarios.
  if (const auto exe = executable_directory(); !exe.empty())
    for (const auto& candidate :
         {exe / ".." / "share" / "cgsim" / "scenarios", exe / "scenarios", exe / ".." / "scenarios"}) {
      std::error_code ec;
      if (fs::is_directory(candidate, ec)) return fs::weakly_canonical(candidate, ec).string();
    }
  return "scenarios";
}

namespace {

constexpr int kMaxExtendsDepth = 16;

// ---- extends ------------------------------------------------------------------------------

std::string display_chain(const std::vector<std::string>& stack, const std::string& last) {
  std::string s;
  for (const auto& p : stack) s += fs::path(p).filename().string() + " -> ";
  return s + fs::path(last).filename().string();
}

std::vector<std::string> keys_under(const std::string& prefix);

// A file without a .yaml/.yml name and without a single scenario key (say /etc/shadow named in
// `extends`) is not a scenario: say so without echoing its contents as "unknown keys".
bool not_a_scenario(const ConfigNode& root, const std::string& path, Diagnostics& errors) {
  const auto ext = fs::path(path).extension().string();
  if (ext == ".yaml" || ext == ".yml" || root.map.empty()) return false;
  const auto known = keys_under("");
  for (const auto& [key, value] : root.map)
    if (std::find(known.begin(), known.end(), key) != known.end()) return false;
  errors.push_back({{path, 0, 0}, "", "not a scenario file (no scenario keys; its contents are not shown)"});
  return true;
}

// Reads `path` and everything it extends, merged (the child's keys win).
bool read_with_extends(const std::string& path, std::vector<std::string>& stack, ConfigNode& merged,
                       Diagnostics& errors) {
  ConfigNode own;
  if (!read_config_file(path, own, errors)) return false;
  if (not_a_scenario(own, path, errors)) return false;
  const ConfigNode* extends = own.find("extends");
  if (!extends) {
    merged = std::move(own);
    return true;
  }
  if (extends->kind != ConfigNode::Kind::scalar || extends->scalar.empty()) {
    errors.push_back({extends->origin, "extends", "expected the path of another scenario file"});
    return false;
  }
  fs::path parent = extends->scalar;
  if (parent.is_relative()) parent = fs::path(path).parent_path() / parent;
  std::error_code ec;
  const auto canonical_parent = fs::weakly_canonical(parent, ec).string();
  if (std::find(stack.begin(), stack.end(), canonical_parent) != stack.end()) {
    errors.push_back({extends->origin, "extends", "extends cycle: " + display_chain(stack, canonical_parent)});
    return false;
  }
  if (stack.size() >= kMaxExtendsDepth) {
    errors.push_back({extends->origin, "extends", "extends chain longer than 16 files"});
    return false;
  }
  if (!fs::exists(parent, ec)) {
    // Say where it looked: a relative path is relative to the file that says `extends:`.
    const auto looked = fs::absolute(parent, ec).lexically_normal().string();
    errors.push_back(
        {extends->origin, "extends",
         "file not found: " + extends->scalar + " (looked for " + looked +
             (fs::path(extends->scalar).is_relative() ? ", relative to the folder of " + path + ")" : ")")});
    return false;
  }
  stack.push_back(canonical_parent);
  ConfigNode base;
  const bool ok = read_with_extends(parent.string(), stack, base, errors);
  stack.pop_back();
  if (!ok) return false;
  own.erase("extends");
  base.erase("name");  // a scenario's name and description are its own, never inherited
  base.erase("description");
  merge_into(base, own);
  merged = std::move(base);
  return true;
}

// ---- --set --------------------------------------------------------------------------------

void apply_override(ConfigNode& root, const std::string& assignment, Diagnostics& errors) {
  const Origin where{"--set " + assignment, 0, 0};
  const auto eq = assignment.find('=');
  if (eq == std::string::npos || eq == 0) {
    errors.push_back({where, "", "expected key.path=value"});
    return;
  }
  const std::string path = assignment.substr(0, eq);
  if (path == "extends" || path.rfind("extends.", 0) == 0) {  // files are read before overrides apply
    errors.push_back({where, "extends", "extends cannot be set with --set; write it in the scenario file"});
    return;
  }
  ConfigNode value;
  Diagnostics parse_errors;
  // Wrap the value so that any YAML value (scalar, [list], {map}) parses as a document.
  if (!parse_config("v: " + assignment.substr(eq + 1), where.file, value, parse_errors) || !value.find("v")) {
    errors.push_back({where, path, "cannot parse the value as YAML"});
    return;
  }
  ConfigNode leaf = *value.find("v");
  leaf.origin = where;
  ConfigNode* node = &root;
  std::size_t start = 0;
  while (true) {
    const auto dot = path.find('.', start);
    const std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
    if (key.empty()) {
      errors.push_back({where, path, "empty key segment"});
      return;
    }
    ConfigNode& child = node->get_or_add(key, where);
    if (dot == std::string::npos) {
      // A mapping merges key by key, as `extends` does; anything else replaces.
      if (leaf.kind == ConfigNode::Kind::map && child.kind == ConfigNode::Kind::map)
        merge_into(child, leaf);
      else
        child = leaf;
      return;
    }
    if (child.kind != ConfigNode::Kind::map) {
      child = ConfigNode{};
      child.kind = ConfigNode::Kind::map;
      child.origin = where;
    }
    node = &child;
    start = dot + 1;
  }
}

// ---- validation ---------------------------------------------------------------------------

const std::set<std::string>& top_level_specials() {
  static const std::set<std::string> s{"name", "description", "schedule", "extends"};
  return s;
}

// Key segments valid directly under `prefix` ("" = top level).
std::vector<std::string> keys_under(const std::string& prefix) {
  std::set<std::string> keys;
  const std::string head = prefix.empty() ? "" : prefix + ".";
  for (const auto& spec : parameter_table()) {
    const std::string_view p = spec.path;
    if (p.substr(0, head.size()) != head) continue;
    const auto rest = p.substr(head.size());
    keys.insert(std::string(rest.substr(0, rest.find('.'))));
  }
  if (prefix.empty()) keys.insert(top_level_specials().begin(), top_level_specials().end());
  if (prefix == "companies") keys.insert("named");
  return {keys.begin(), keys.end()};
}

bool is_group(const std::string& path) {
  const std::string head = path + ".";
  if (path == "companies") return true;
  return std::any_of(parameter_table().begin(), parameter_table().end(),
                     [&](const ParamSpec& s) { return s.path.substr(0, head.size()) == head; });
}

std::string unknown_key_message(const std::string& key, const std::string& prefix) {
  std::string msg = "unknown key '" + key + "'";
  auto suggestion = closest_match(key, keys_under(prefix));
  if (!suggestion.empty()) return msg + "; did you mean '" + (prefix.empty() ? "" : prefix + ".") + suggestion + "'?";
  // The key may belong in another section (e.g. `msme_seats` at the top instead of forum.msme_seats).
  for (const auto& spec : parameter_table()) {
    const std::string_view p = spec.path;
    const auto last = p.substr(p.rfind('.') + 1);
    if (edit_distance(last, key) <= 1) return msg + "; did you mean '" + std::string(p) + "'?";
  }
  return msg + "; see `cgsim params` for the valid keys";
}

class Validator {
 public:
  Validator(Scenario& s, Diagnostics& errors) : s_(s), errors_(errors) {}

  void walk(const ConfigNode& node, const std::string& prefix) {
    for (const auto& [key, child] : node.map) {
      const std::string path = prefix.empty() ? key : prefix + "." + key;
      if (prefix.empty() && top_level_specials().count(key)) {
        top_level(key, child);
        continue;
      }
      if (const auto* spec = find_parameter(path)) {
        parse_parameter(*spec, child, s_.parameters, errors_);
        set_origins_[std::string(spec->path)] = child.origin;
      } else if (path == "companies.named") {
        named_companies(child);
      } else if (is_group(path)) {
        if (child.kind != ConfigNode::Kind::map)
          errors_.push_back({child.origin, path, "expected a section (a mapping of keys)"});
        else
          walk(child, path);
      } else {
        errors_.push_back({child.origin, path, unknown_key_message(key, prefix)});
      }
    }
  }

  const Origin* origin_of(const std::string& path) const {
    auto it = set_origins_.find(path);
    return it == set_origins_.end() ? nullptr : &it->second;
  }
  const std::map<std::string, Origin>& set_origins() const { return set_origins_; }
  const ConfigNode* schedule_node() const { return schedule_; }
  const ConfigNode* companies_node() const { return companies_; }

 private:
  void top_level(const std::string& key, const ConfigNode& child) {
    if (key == "schedule") {
      schedule_ = &child;
      return;
    }
    if (child.kind != ConfigNode::Kind::scalar) {
      errors_.push_back({child.origin, key, "expected text"});
      return;
    }
    if (key == "name") s_.name = child.scalar;
    if (key == "description") s_.description = child.scalar;
    if (key == "name") name_origin_ = child.origin;
  }

  void named_companies(const ConfigNode& list) {
    companies_ = &list;
    if (list.kind != ConfigNode::Kind::list) {
      errors_.push_back({list.origin, "companies.named", "expected a list of companies"});
      return;
    }
    s_.named_companies.clear();
    for (std::size_t i = 0; i < list.list.size(); ++i)
      s_.named_companies.push_back(parse_company(list.list[i], "companies.named[" + std::to_string(i) + "]", errors_));
  }

  Scenario& s_;
  Diagnostics& errors_;
  std::map<std::string, Origin> set_origins_;
  const ConfigNode* schedule_ = nullptr;
  const ConfigNode* companies_ = nullptr;

 public:
  Origin name_origin_;
};

// ---- consistency --------------------------------------------------------------------------

// `located(path)` gives where a key was set (or `where` if it was not), so errors point at it.
template <typename Locate>
void check_consistency(const Parameters& p, const Origin& where, const std::string& when, Diagnostics& errors,
                       Locate located) {
  for (const auto& spec : parameter_table()) {
    if (spec.kind != ParamKind::vector || !spec.sums_to_one) continue;
    const double sum = vector_sum(spec, p);
    if (std::abs(sum - 1.0) > 1e-6)
      errors.push_back({located(std::string(spec.path), where), std::string(spec.path),
                        "shares must sum to 1, they sum to " + format_value(sum) + when});
  }
  if (!(p.nascent_threshold < p.developing_threshold && p.developing_threshold < p.collaborative_threshold))
    errors.push_back({where, "collaboration", "thresholds must increase: nascent < developing < collaborative" + when});
  if (p.peer_degree % 2 != 0)
    errors.push_back({located("population.peer_degree", where), "population.peer_degree",
                      "must be even (links are made in pairs), got " + std::to_string(p.peer_degree) + when});
}

void check_companies(const Scenario& s, const Origin& fallback, const ConfigNode* list, Diagnostics& errors) {
  std::set<std::string> names;
  for (const auto& d : s.districts) names.insert(d.name);
  std::vector<std::string> candidates(names.begin(), names.end());
  std::set<std::string> seen;
  for (std::size_t i = 0; i < s.named_companies.size(); ++i) {
    const auto& c = s.named_companies[i];
    const ConfigNode* node = list && i < list->list.size() ? &list->list[i] : nullptr;
    const Origin where = node ? node->origin : fallback;
    const std::string key = "companies.named[" + std::to_string(i) + "]";
    if (!seen.insert(c.name).second)
      errors.push_back({where, key + ".name", "duplicate company name '" + c.name + "'"});
    for (const auto& d : c.districts) {
      if (names.count(d)) continue;
      std::string msg = "company '" + c.name + "' operates in district '" + d + "', which is not in the districts file";
      const auto guess = closest_match(d, candidates);
      errors.push_back({where, key + ".districts", guess.empty() ? msg : msg + "; did you mean '" + guess + "'?"});
    }
  }
}

std::string resolve_districts_path(const Scenario& s, const Validator& v) {
  const std::string& file = s.parameters.districts_file;
  if (fs::path(file).is_absolute()) return file;
  if (const Origin* o = v.origin_of("population.districts_file")) {
    if (o->file.rfind("--set", 0) == 0) return file;  // relative to the working directory
    return (fs::path(o->file).parent_path() / file).string();
  }
  return (fs::path(default_data_dir()) / file).string();
}

bool valid_group_name(const std::string& name) {
  return name_problem(name).empty() && name.find('/') == std::string::npos && name != "." && name != "comparison" &&
         name.size() <= 200;
}

LoadResult finish(ConfigNode tree, const std::string& file, const std::vector<std::string>& overrides) {
  LoadResult result;
  auto& errors = result.errors;
  for (const auto& o : overrides) apply_override(tree, o, errors);

  Scenario s;
  s.source_file = file;
  s.parameters = default_parameters();
  s.named_companies = default_named_companies();
  Validator validator(s, errors);
  validator.walk(tree, "");
  const Origin file_origin{file, 0, 0};

  if (s.name.empty()) s.name = fs::path(file).stem().string();
  if (!valid_group_name(s.name))
    errors.push_back({validator.name_origin_.file.empty() ? file_origin : validator.name_origin_, "name",
                      "expected a non-empty name without '/', control characters or surrounding spaces, in UTF-8 "
                      "(it names the output group)" +
                          (valid_utf8(s.name) ? ", got '" + s.name + "'" : std::string())});
  auto located = [&](const std::string& path, const Origin& fallback) {
    const Origin* o = validator.origin_of(path);
    return o ? *o : fallback;
  };
  check_consistency(s.parameters, file_origin, "", errors, located);

  s.set_keys = validator.set_origins();
  s.schedule = parse_schedule(validator.schedule_node(), s.parameters, errors);
  for (const auto& change : s.schedule)
    check_consistency(s.parameters_in_year(change.year), change.origin,
                      " (in year " + std::to_string(change.year) + ", after the schedule)", errors,
                      [](const std::string&, const Origin& fallback) { return fallback; });

  const auto districts_path = resolve_districts_path(s, validator);
  Diagnostics district_errors;
  if (read_districts_file(districts_path, s.districts, district_errors)) {
    s.parameters.districts_file = fs::weakly_canonical(districts_path).string();
    check_companies(s, file_origin, validator.companies_node(), errors);
    check_weighted_population(s.districts, s.parameters.msmes_per_weight,
                              located("population.msmes_per_weight", file_origin), errors);
  } else {
    for (auto& e : district_errors) {
      if (e.where.line == 0 && validator.origin_of("population.districts_file"))
        e.where = *validator.origin_of("population.districts_file");
      errors.push_back(e);
    }
  }
  // Files in the order they first appear, lines in order within each file.
  std::vector<std::string> files;
  for (const auto& e : errors)
    if (std::find(files.begin(), files.end(), e.where.file) == files.end()) files.push_back(e.where.file);
  auto rank = [&](const Diagnostic& d) {
    return std::pair(std::find(files.begin(), files.end(), d.where.file) - files.begin(), d.where.line);
  };
  std::stable_sort(errors.begin(), errors.end(),
                   [&](const Diagnostic& a, const Diagnostic& b) { return rank(a) < rank(b); });
  if (errors.empty()) {
    s.resolved_yaml = scenario_to_yaml(s);
    result.scenario = std::move(s);
  }
  return result;
}

}  // namespace

LoadResult load_scenario(const std::string& path, const std::vector<std::string>& overrides) {
  LoadResult result;
  try {
    ConfigNode tree;
    std::error_code ec;
    std::vector<std::string> stack{fs::weakly_canonical(path, ec).string()};
    if (!read_with_extends(path, stack, tree, result.errors)) return result;
    return finish(std::move(tree), path, overrides);
  } catch (const std::exception& e) {
    result.errors.push_back({{path, 0, 0}, "", std::string("cannot load scenario: ") + e.what()});
    result.scenario.reset();
  }
  return result;
}

LoadResult load_scenario_text(const std::string& text, const std::string& pseudo_file,
                              const std::vector<std::string>& overrides) {
  LoadResult result;
  try {
    ConfigNode tree;
    if (!parse_config(text, pseudo_file, tree, result.errors)) return result;
    if (const auto* ext = tree.find("extends")) {
      result.errors.push_back({ext->origin, "extends", "extends is only allowed in scenario files"});
      return result;
    }
    return finish(std::move(tree), pseudo_file, overrides);
  } catch (const std::exception& e) {
    result.errors.push_back({{pseudo_file, 0, 0}, "", std::string("cannot load scenario: ") + e.what()});
    result.scenario.reset();
  }
  return result;
}

}  // namespace cgsim
