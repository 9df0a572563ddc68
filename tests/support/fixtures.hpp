#pragma once
// Shared helpers of the unit tests: temporary directories, a tiny districts file and a small
// scenario (2000 MSMEs, 20 unnamed companies, 3 years) that loads and runs in milliseconds.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cgsim/scenario/loader.hpp"
#include "cgsim/world/world_builder.hpp"

namespace cgsim::test {

// A fresh directory under the system temp dir, removed with everything in it at scope exit.
class TempDir {
 public:
  TempDir() {
    static int counter = 0;
    path_ = std::filesystem::temp_directory_path() /
            ("cgsim-tests-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::string file(const std::string& name) const { return (path_ / name).string(); }
  // Writes `text` to `name` (sub-directories created) and returns the absolute path.
  std::string write(const std::string& name, const std::string& text) const {
    const auto p = path_ / name;
    std::filesystem::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p.string();
  }

 private:
  std::filesystem::path path_;
};

// Four districts, including the operating districts of the default named companies.
inline constexpr const char* kDistrictsCsv =
    "name,msme_weight,mining,rpjmd_priority\n"
    "Lawang Kidul,3,1,1\n"
    "Muara Enim,2,0,1.5\n"
    "Tanjung Agung,1,1,1\n"
    "Gelumbang,2,0,0.5\n";

inline std::string describe(const Diagnostics& errors) {
  std::string s;
  for (const auto& e : errors) s += to_string(e) + "\n";
  return s;
}

inline std::string small_scenario_yaml(const std::string& districts_path) {
  return "name: small\n"
         "simulation:\n"
         "  years: 3\n"
         "  replications: 2\n"
         "population:\n"
         "  msmes: 2000\n"
         "  districts_file: '" +
         districts_path +
         "'\n"
         "companies:\n"
         "  others:\n"
         "    count: 20\n";
}

// The small scenario with `overrides` ("key.path=value") applied; fails the test if it does not load.
inline Scenario load_small(const TempDir& dir, const std::vector<std::string>& overrides = {}) {
  const auto districts = dir.write("districts.csv", kDistrictsCsv);
  auto result = load_scenario_text(small_scenario_yaml(districts), dir.file("small.yaml"), overrides);
  INFO(describe(result.errors));
  REQUIRE(result.scenario.has_value());
  return *result.scenario;
}

// A world of the small scenario, built with `seed` and ready for year 1 (for tests of one rule).
inline World small_world(const TempDir& dir, std::uint64_t seed, const std::vector<std::string>& overrides = {}) {
  World w = build_world(load_small(dir, overrides), seed, 0);
  w.year = 1;
  return w;
}

}  // namespace cgsim::test
