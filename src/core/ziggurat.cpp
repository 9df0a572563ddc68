#include "cgsim/core/ziggurat.hpp"

#include <cmath>

namespace cgsim {
namespace {

constexpr double kTailStart = 3.442619855899;       // r: where the tail begins (128 layers)
constexpr double kLayerArea = 9.91256303526217e-3;  // v: area of every layer
constexpr double kScale = 2147483648.0;             // 2^31: positions are signed 32-bit

ZigguratTables build_tables() {
  ZigguratTables t{};
  double x = kTailStart, outer = kTailStart;
  const double base = kLayerArea / std::exp(-0.5 * x * x);  // width of the base layer incl. tail
  t.inside[0] = static_cast<std::int64_t>((x / base) * kScale);
  t.inside[1] = 0;
  t.width[0] = base / kScale;
  t.width[127] = x / kScale;
  t.density[0] = 1.0;
  t.density[127] = std::exp(-0.5 * x * x);
  for (int i = 126; i >= 1; --i) {
    x = std::sqrt(-2.0 * std::log(kLayerArea / x + std::exp(-0.5 * x * x)));
    t.inside[i + 1] = static_cast<std::int64_t>((x / outer) * kScale);
    outer = x;
    t.density[i] = std::exp(-0.5 * x * x);
    t.width[i] = x / kScale;
  }
  return t;
}

// Words from consecutive Philox calls (more, a, b, 0), (more, a, b, 1), ...
class WordSource {
 public:
  WordSource(const RandomStream& rng, Purpose purpose, std::uint32_t a, std::uint32_t b)
      : rng_(rng), purpose_(purpose), a_(a), b_(b) {}
  std::uint32_t next() noexcept {
    if (used_ == 4) {
      words_ = rng_.words(purpose_, a_, b_, call_++);
      used_ = 0;
    }
    return words_.w[used_++];
  }
  double uniform() noexcept { return word_to_unit_interval(next()); }

 private:
  const RandomStream& rng_;
  Purpose purpose_;
  std::uint32_t a_, b_, call_ = 0;
  RandomStream::Words words_{};
  int used_ = 4;
};

}  // namespace

const ZigguratTables& ziggurat_tables() {
  static const ZigguratTables tables = build_tables();
  return tables;
}

double ziggurat_slow_path(std::int32_t position, int layer, const RandomStream& rng, Purpose more, std::uint32_t a,
                          std::uint32_t b) noexcept {
  const auto& t = ziggurat_tables();
  WordSource words(rng, more, a, b);
  for (;;) {
    if (layer == 0) {
      // The tail beyond r (Marsaglia 1964): x = -ln(u1) / r, accepted if -2 ln(u2) > x^2.
      double x, y;
      do {
        x = -std::log(words.uniform()) / kTailStart;
        y = -std::log(words.uniform());
      } while (y + y < x * x);
      return position > 0 ? kTailStart + x : -kTailStart - x;
    }
    const double x = position * t.width[layer];
    // A wedge: accept if a point uniform between the layer's edges lies under the density.
    if (t.density[layer] + words.uniform() * (t.density[layer - 1] - t.density[layer]) < std::exp(-0.5 * x * x))
      return x;
    const std::uint32_t word = words.next();
    layer = static_cast<int>(word & 127u);
    position = static_cast<std::int32_t>(word & ~127u);
    const std::int64_t magnitude = position < 0 ? -std::int64_t{position} : std::int64_t{position};
    if (magnitude < t.inside[layer]) return position * t.width[layer];
  }
}

}  // namespace cgsim
