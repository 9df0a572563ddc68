#pragma once
// Reading scenario files: `extends` inheritance, `--set` overrides, strict validation.
#include <optional>
#include <string>
#include <vector>

#include "cgsim/scenario/config_tree.hpp"
#include "cgsim/scenario/scenario.hpp"

namespace cgsim {

struct LoadResult {
  std::optional<Scenario> scenario;  // set only when there are no errors
  Diagnostics errors;                // every error found, in file order
};

// Load `path`, follow its `extends` chain, apply `overrides` ("key.path=value", YAML values),
// validate everything and resolve the districts file. Never throws on bad input.
LoadResult load_scenario(const std::string& path, const std::vector<std::string>& overrides = {});
// The same from YAML text (for tests and fuzzing); `extends` is resolved relative to `base_dir`.
LoadResult load_scenario_text(const std::string& text, const std::string& pseudo_file,
                              const std::vector<std::string>& overrides = {});

// Directory with the shipped scenarios and data, used when a scenario does not name its
// districts file: $CGSIM_DATA_DIR if set, else found next to the program (PREFIX/share/cgsim/scenarios
// when installed, build/scenarios in the build tree), else ./scenarios.
std::string default_data_dir();

}  // namespace cgsim
