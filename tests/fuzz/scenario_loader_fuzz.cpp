// Fuzz target: YAML text in, a Scenario or a list of located errors out. Any crash, hang,
// sanitizer report or escaping exception is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cgsim/scenario/loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto result = cgsim::load_scenario_text(text, "fuzz.yaml");
  // Exactly one of the two outcomes, and every error names the file it came from.
  if (result.scenario.has_value() == !result.errors.empty()) __builtin_trap();
  for (const auto& e : result.errors)
    if (e.where.file.empty() || e.message.empty()) __builtin_trap();
  return 0;
}
