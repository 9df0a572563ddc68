#pragma once
// Counter-based random streams (Random123 Philox4x32-10).
//
// Every draw is a pure function of (seed, replication, purpose, a, b, c): no generator state is
// carried between draws, so results do not depend on thread count, on the order in which agents
// are visited, or on the standard library. Two scenarios run with the same seed draw the same
// numbers for the same agent and purpose (common random numbers).
#include <cstdint>

namespace cgsim {

// What a draw is for; a new purpose gets a new value (never reuse or reorder: that changes results).
enum class Purpose : std::uint32_t {
  population = 1,
  network,
  companies,
  participation,
  perception,
  deliberation,
  selection,
  rounding,
  economy_idiosyncratic,
  economy_sector,
  exit_entry,
  formalisation,
  organisation,
  evaluation,
  satisfaction,
  registry_noise,
  visibility_trial,
  economy_idiosyncratic_extra,
  registry_noise_extra,
  forum_attendance,
  needs_survey,
  unit_random_draw,
  // Experiment designs (Latin hypercube permutations, Morris trajectories): keyed by the
  // experiment's seed, far from the model's purposes so that new model purposes never collide.
  experiment_design = 1000,
};

class RandomStream {
 public:
  RandomStream(std::uint64_t seed, std::uint32_t replication) noexcept;

  // Four independent 32-bit words for (purpose, a, b, c).
  struct Words {
    std::uint32_t w[4];
  };
  [[nodiscard]] Words words(Purpose purpose, std::uint32_t a, std::uint32_t b = 0, std::uint32_t c = 0) const noexcept;

  // Uniform in the open interval (0, 1), with 52 random bits from two words.
  [[nodiscard]] double uniform(Purpose purpose, std::uint32_t a, std::uint32_t b = 0,
                               std::uint32_t c = 0) const noexcept;
  // Standard normal by inversion of one uniform (inverse_normal).
  [[nodiscard]] double normal(Purpose purpose, std::uint32_t a, std::uint32_t b = 0,
                              std::uint32_t c = 0) const noexcept;
  // Standard logistic: log(u / (1 - u)).
  [[nodiscard]] double logistic(Purpose purpose, std::uint32_t a, std::uint32_t b = 0,
                                std::uint32_t c = 0) const noexcept;

 private:
  std::uint32_t key_[2];
};

// Word pair -> double in (0,1); exposed for the known-answer tests.
double to_unit_interval(std::uint32_t hi, std::uint32_t lo) noexcept;
// One word -> (w + 0.5) / 2^32 in (0,1), 32-bit resolution: for draws so frequent that four
// agents share one Philox call, one word each (the call costs more than the rest of the update).
double word_to_unit_interval(std::uint32_t w) noexcept;
// Quantile of the standard normal distribution at p in (0, 1).
double inverse_normal(double p) noexcept;

}  // namespace cgsim
