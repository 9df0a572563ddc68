#include "cgsim/engine/random.hpp"

#include <Random123/philox.h>
#include <cmath>
#include <numbers>

namespace cgsim {

RandomStream::RandomStream(std::uint64_t seed, std::uint32_t replication) noexcept {
  // Seeds are 32-bit (simulation.seed), so (seed, replication) maps one-to-one onto the key.
  key_[0] = static_cast<std::uint32_t>(seed);
  key_[1] = replication;
}

RandomStream::Words RandomStream::words(Purpose purpose, std::uint32_t a, std::uint32_t b,
                                        std::uint32_t c) const noexcept {
  r123::Philox4x32 gen;
  r123::Philox4x32::ctr_type ctr = {{static_cast<std::uint32_t>(purpose), a, b, c}};
  r123::Philox4x32::key_type key = {{key_[0], key_[1]}};
  const auto out = gen(ctr, key);
  return Words{{out.v[0], out.v[1], out.v[2], out.v[3]}};
}

double to_unit_interval(std::uint32_t hi, std::uint32_t lo) noexcept {
  // 52 bits: 26 from hi, 26 from lo; (bits + 0.5) / 2^52 is exact in a double and so stays
  // strictly inside (0, 1) (with 53 bits the largest value would round to 1).
  const std::uint64_t bits = (static_cast<std::uint64_t>(hi >> 6) << 26) | (lo >> 6);
  return (static_cast<double>(bits) + 0.5) * 0x1.0p-52;
}

double RandomStream::uniform(Purpose purpose, std::uint32_t a, std::uint32_t b, std::uint32_t c) const noexcept {
  const auto w = words(purpose, a, b, c);
  return to_unit_interval(w.w[0], w.w[1]);
}

double RandomStream::normal(Purpose purpose, std::uint32_t a, std::uint32_t b, std::uint32_t c) const noexcept {
  const auto w = words(purpose, a, b, c);
  const double u1 = to_unit_interval(w.w[0], w.w[1]);
  const double u2 = to_unit_interval(w.w[2], w.w[3]);
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

double RandomStream::logistic(Purpose purpose, std::uint32_t a, std::uint32_t b, std::uint32_t c) const noexcept {
  const double u = uniform(purpose, a, b, c);
  return std::log(u / (1.0 - u));
}

} // namespace cgsim
