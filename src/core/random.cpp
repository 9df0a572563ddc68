#include "cgsim/core/random.hpp"

#include <Random123/philox.h>

#include <cmath>

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

double word_to_unit_interval(std::uint32_t w) noexcept { return (static_cast<double>(w) + 0.5) * 0x1.0p-32; }

double RandomStream::uniform(Purpose purpose, std::uint32_t a, std::uint32_t b, std::uint32_t c) const noexcept {
  const auto w = words(purpose, a, b, c);
  return to_unit_interval(w.w[0], w.w[1]);
}

double inverse_normal(double p) noexcept {
  // Acklam's rational approximation (relative error below 1.2e-9): polynomials in the centre,
  // log and sqrt only in the tails (p < 0.02425), so most draws need no transcendental call.
  static constexpr double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,  -2.759285104469687e+02,
                                 1.383577518672690e+02,  -3.066479806614716e+01, 2.506628277459239e+00};
  static constexpr double b[] = {-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
                                 6.680131188771972e+01, -1.328068155288572e+01};
  static constexpr double c[] = {-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
                                 -2.549732539343734e+00, 4.374664141464968e+00,  2.938163982698783e+00};
  static constexpr double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                                 3.754408661907416e+00};
  constexpr double low = 0.02425, high = 1 - low;
  if (p < low) {
    const double q = std::sqrt(-2 * std::log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > high) {
    const double q = std::sqrt(-2 * std::log1p(-p));
    return -(((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
           ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  const double q = p - 0.5, r = q * q;
  return (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
         (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

double RandomStream::normal(Purpose purpose, std::uint32_t a, std::uint32_t b, std::uint32_t c) const noexcept {
  const auto w = words(purpose, a, b, c);
  return inverse_normal(to_unit_interval(w.w[0], w.w[1]));
}

double RandomStream::logistic(Purpose purpose, std::uint32_t a, std::uint32_t b, std::uint32_t c) const noexcept {
  const double u = uniform(purpose, a, b, c);
  return std::log(u / (1.0 - u));
}

}  // namespace cgsim
