// Fuzz target for `extends` resolution: the input is split into up to three files a.yaml,
// b.yaml, c.yaml (separated by a line "---8<---"), written to a private directory, and a.yaml is
// loaded. The files may extend each other in any way (chains, cycles, missing files).
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>

#include "cgsim/scenario/loader.hpp"

namespace {

const std::filesystem::path& work_dir() {
  static const std::filesystem::path dir = [] {
    auto d = std::filesystem::temp_directory_path() / ("cgsim-extends-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(d);
    return d;
  }();
  return dir;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const std::string separator = "\n---8<---\n";
  const char* names[] = {"a.yaml", "b.yaml", "c.yaml"};
  std::size_t start = 0;
  for (int k = 0; k < 3; ++k) {
    const auto end = k < 2 ? input.find(separator, start) : std::string::npos;
    const auto part =
        start <= input.size() ? input.substr(start, end == std::string::npos ? std::string::npos : end - start) : "";
    const auto path = work_dir() / names[k];
    if (start > input.size())
      std::filesystem::remove(path);
    else
      std::ofstream(path, std::ios::binary | std::ios::trunc) << part;
    start = end == std::string::npos ? input.size() + 1 : end + separator.size();
  }
  const auto result = cgsim::load_scenario((work_dir() / "a.yaml").string());
  if (result.scenario.has_value() == !result.errors.empty()) __builtin_trap();
  return 0;
}
