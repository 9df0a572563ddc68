#pragma once
// A YAML document as a plain tree whose every node remembers where it came from. Scenario
// files are read into this tree, merged along `extends`, overridden by `--set`, then validated.
#include <string>
#include <utility>
#include <vector>

#include "cgsim/scenario/diagnostics.hpp"

namespace cgsim {

struct ConfigEntry;

struct ConfigNode {
  enum class Kind { null, scalar, map, list };
  Kind kind = Kind::null;
  std::string scalar;
  std::vector<ConfigEntry> map;  // in file order (a vector of an incomplete type is allowed)
  std::vector<ConfigNode> list;
  Origin origin;

  [[nodiscard]] const ConfigNode* find(const std::string& key) const;
  ConfigNode* find(const std::string& key);
  ConfigNode& get_or_add(const std::string& key, const Origin& origin);
  void erase(const std::string& key);
};

// One key of a mapping (named like std::pair, so structured bindings read naturally).
struct ConfigEntry {
  std::string first;
  ConfigNode second;
};

// Limits that keep a hostile or broken file from exhausting time or memory (docs/development.md).
struct ReadLimits {
  std::size_t max_file_bytes = 4u << 20;  // 4 MiB
  int max_depth = 32;
  std::size_t max_nodes = 200000;
};

// Parse YAML text into a tree; on failure, diagnostics name `file` with line and column.
bool parse_config(const std::string& text, const std::string& file, ConfigNode& out, Diagnostics& errors,
                  const ReadLimits& limits = {});
// Read and parse a file (checks that it exists, is a regular file and within the size limit).
bool read_config_file(const std::string& path, ConfigNode& out, Diagnostics& errors, const ReadLimits& limits = {});

// Whether a readable YAML file has `key` at its top level (how `cgsim validate` tells a scenario
// from an experiment or a targets file). False for files that cannot be read or parsed.
bool file_has_top_level_key(const std::string& path, const std::string& key);

// Overlay `top` onto `base`: maps merge key by key; scalars and lists replace.
void merge_into(ConfigNode& base, const ConfigNode& top);

}  // namespace cgsim
