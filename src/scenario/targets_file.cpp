#include "cgsim/scenario/targets_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <set>

#include "cgsim/scenario/config_tree.hpp"

namespace cgsim {
namespace {

const std::set<std::string> kKnownKeys{"name",   "observed",     "sd",      "interval", "unit",     "year",     "kind",
                                       "source", "compare_with", "derived", "years",    "tuned_by", "known_gap"};

bool number(const ConfigNode& n, double& out) {
  if (n.kind != ConfigNode::Kind::scalar) return false;
  const auto& s = n.scalar;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc{} && end == s.data() + s.size();
}

class EntryChecker {
 public:
  EntryChecker(const ConfigNode& entry, std::string where, const std::vector<std::string>& indicators,
               TargetsCheck& out)
      : entry_(entry), where_(std::move(where)), indicators_(indicators), out_(out) {}

  void check() {
    if (entry_.kind != ConfigNode::Kind::map) return error(entry_.origin, "", "expected a mapping (name: ..., ...)");
    for (const auto& [key, value] : entry_.map)
      if (!kKnownKeys.count(key)) error(value.origin, key, "unknown key (expected one of name, observed, sd, ...)");
    const auto* name = entry_.find("name");
    if (!name || name->kind != ConfigNode::Kind::scalar || name->scalar.empty())
      error(entry_.origin, "name", "every target needs a name");
    else
      where_ += " (" + name->scalar + ")";
    check_value();
    check_choice("kind", {"behaviour", "input"});
    check_choice("years", {"all", "final"});
    check_comparison();
  }

 private:
  void error(const Origin& o, const std::string& key, const std::string& what) {
    out_.errors.push_back({o, where_ + (key.empty() ? "" : "." + key), what});
  }

  void check_value() {
    const auto* observed = entry_.find("observed");
    const auto* sd = entry_.find("sd");
    const auto* interval = entry_.find("interval");
    double x = 0, y = 0;
    if (interval) {
      if (interval->kind != ConfigNode::Kind::list || interval->list.size() != 2 || !number(interval->list[0], x) ||
          !number(interval->list[1], y) || x > y)
        error(interval->origin, "interval", "expected [low, high], two numbers with low <= high");
      if (observed && !number(*observed, x)) error(observed->origin, "observed", "expected a number");
      return;
    }
    if (!observed || !sd) return error(entry_.origin, "", "expected `observed` with `sd`, or `interval: [low, high]`");
    if (!number(*observed, x)) error(observed->origin, "observed", "expected a number");
    if (!number(*sd, y) || y < 0) error(sd->origin, "sd", "expected a number >= 0 (a standard deviation)");
  }

  void check_choice(const std::string& key, const std::vector<std::string>& allowed) {
    const auto* n = entry_.find(key);
    if (!n) return;
    if (n->kind == ConfigNode::Kind::scalar && std::count(allowed.begin(), allowed.end(), n->scalar)) return;
    error(n->origin, key, "expected " + allowed[0] + " or " + allowed[1]);
  }

  void check_comparison() {
    const auto* with = entry_.find("compare_with");
    const auto* derived = entry_.find("derived");
    if ((with != nullptr) == (derived != nullptr))
      return error(entry_.origin, "", "expected exactly one of `compare_with` (an indicator) and `derived`");
    const auto* n = with ? with : derived;
    if (n->kind != ConfigNode::Kind::scalar || n->scalar.empty())
      return error(n->origin, with ? "compare_with" : "derived", "expected a name");
    if (with && !std::count(indicators_.begin(), indicators_.end(), with->scalar))
      out_.warnings.push_back({with->origin, where_ + ".compare_with",
                               "'" + with->scalar +
                                   "' is not an indicator cgsim writes (`cgsim indicators`); the target will be "
                                   "reported as missing"});
  }

  const ConfigNode& entry_;
  std::string where_;
  const std::vector<std::string>& indicators_;
  TargetsCheck& out_;
};

}  // namespace

bool is_targets_file(const std::string& path) { return file_has_top_level_key(path, "targets"); }

TargetsCheck check_targets_file(const std::string& path, const std::vector<std::string>& indicators) {
  TargetsCheck out;
  ConfigNode root;
  if (!read_config_file(path, root, out.errors)) return out;
  const auto* list = root.find("targets");
  if (!list || list->kind != ConfigNode::Kind::list) {
    out.errors.push_back({list ? list->origin : root.origin, "targets", "expected a list of targets"});
    return out;
  }
  std::set<std::string> names;
  for (std::size_t i = 0; i < list->list.size(); ++i) {
    const auto& entry = list->list[i];
    const auto where = fmt::format("targets[{}]", i);
    EntryChecker(entry, where, indicators, out).check();
    if (const auto* name = entry.find("name"); name && !names.insert(name->scalar).second)
      out.errors.push_back({name->origin, where + ".name", "duplicate target name"});
  }
  out.targets = list->list.size();
  return out;
}

}  // namespace cgsim
