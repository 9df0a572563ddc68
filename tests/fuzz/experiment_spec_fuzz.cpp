// Fuzz target: experiment file text in, an ExperimentSpec (and its design, when small) or
// located errors out. Any crash, hang, sanitizer report or escaping exception is a bug.
#include <cstddef>
#include <cstdint>
#include <string>

#include "cgsim/engine/design.hpp"
#include "cgsim/scenario/experiment_spec.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const auto result = cgsim::load_experiment_text(text, "fuzz.yaml");
  if (result.spec.has_value() == !result.errors.empty()) __builtin_trap();
  for (const auto& e : result.errors)
    if (e.where.file.empty() || e.message.empty()) __builtin_trap();
  if (!result.spec) return 0;
  const auto expected = cgsim::design_size(*result.spec);
  if (expected > 20000) return 0;
  const auto design = cgsim::generate_design(*result.spec);
  if (design.points.empty() || design.points.size() > expected) __builtin_trap();
  // Every generated value lies in its factor's range.
  for (const auto& row : design.points)
    for (std::size_t k = 0; k < row.size(); ++k)
      if (!(row[k] >= result.spec->factors[k].low && row[k] <= result.spec->factors[k].high)) __builtin_trap();
  return 0;
}
