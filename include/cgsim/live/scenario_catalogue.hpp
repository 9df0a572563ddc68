#pragma once
// The scenarios the page may open: the shipped ones (the data directory's top level, teaching/,
// regulation/, pillars/), by name only. A name from a request is looked up in this list and never
// used as a path, so the page cannot reach any other file.
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "cgsim/scenario/scenario.hpp"

namespace cgsim::live {

struct ShippedScenario {
  std::string name;  // e.g. "teaching/facilitated_forum"
  std::string file;  // absolute path of its YAML file
};

class ScenarioCatalogue {
 public:
  explicit ScenarioCatalogue(const std::string& data_dir);
  [[nodiscard]] const std::vector<ShippedScenario>& all() const { return scenarios_; }
  [[nodiscard]] const ShippedScenario* find(const std::string& name) const;
  [[nodiscard]] nlohmann::json to_json() const;

 private:
  std::vector<ShippedScenario> scenarios_;
  std::vector<std::string> descriptions_;
};

}  // namespace cgsim::live
