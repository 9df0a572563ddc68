#include "cgsim/live/scenario_catalogue.hpp"

#include <algorithm>
#include <filesystem>

#include "cgsim/scenario/loader.hpp"

namespace fs = std::filesystem;

namespace cgsim::live {

ScenarioCatalogue::ScenarioCatalogue(const std::string& data_dir) {
  for (const char* folder : {"", "teaching", "regulation", "pillars"}) {
    const fs::path dir = fs::path(data_dir) / folder;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) continue;
    std::vector<ShippedScenario> found;
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (!entry.is_regular_file() || entry.path().extension() != ".yaml") continue;
      const auto stem = entry.path().stem().string();
      found.push_back({*folder ? std::string(folder) + "/" + stem : stem, fs::absolute(entry.path()).string()});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    scenarios_.insert(scenarios_.end(), found.begin(), found.end());
  }
  for (const auto& s : scenarios_) {
    const auto loaded = load_scenario(s.file);
    descriptions_.push_back(loaded.scenario ? loaded.scenario->description : "");
  }
}

const ShippedScenario* ScenarioCatalogue::find(const std::string& name) const {
  for (const auto& s : scenarios_)
    if (s.name == name) return &s;
  return nullptr;
}

nlohmann::json ScenarioCatalogue::to_json() const {
  auto out = nlohmann::json::array();
  for (std::size_t k = 0; k < scenarios_.size(); ++k)
    out.push_back({{"name", scenarios_[k].name}, {"description", descriptions_[k]}});
  return out;
}

}  // namespace cgsim::live
