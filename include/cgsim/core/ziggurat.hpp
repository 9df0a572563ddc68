#pragma once
// Standard normals by the ziggurat method (Marsaglia & Tsang 2000, 128 layers), for the per-step
// revenue shock of every MSME, where inversion (inverse_normal) would cost more than the rest of
// the update. One 32-bit word gives the normal in about 98.8% of cases: its low 7 bits choose the
// layer and its high 25 bits the signed position, disjoint bits as Doornik (2005) recommends. The
// other cases (the wedges and the tail beyond r = 3.4426) take further words from the stream.
#include <array>
#include <cstdint>

#include "cgsim/core/random.hpp"

namespace cgsim {

struct ZigguratTables {
  std::array<std::int64_t, 128> inside;  // |position| below this: the point is inside the layer's core
  std::array<double, 128> width;         // layer width / 2^31: position x width is the normal value
  std::array<double, 128> density;       // exp(-x^2 / 2) at the layer's outer edge
};
const ZigguratTables& ziggurat_tables();

// The wedges and the tail: further words from rng.words(more, a, b, 0), (more, a, b, 1), ...
double ziggurat_slow_path(std::int32_t position, int layer, const RandomStream& rng, Purpose more, std::uint32_t a,
                          std::uint32_t b) noexcept;

// A standard normal from `word`; the rare cases it does not settle draw from (more, a, b, ...).
inline double ziggurat_normal(std::uint32_t word, const RandomStream& rng, Purpose more, std::uint32_t a,
                              std::uint32_t b) noexcept {
  static const ZigguratTables& t = ziggurat_tables();
  const int layer = static_cast<int>(word & 127u);
  const auto position = static_cast<std::int32_t>(word & ~127u);
  const std::int64_t magnitude = position < 0 ? -std::int64_t{position} : std::int64_t{position};
  if (magnitude < t.inside[layer]) return position * t.width[layer];
  return ziggurat_slow_path(position, layer, rng, more, a, b);
}

}  // namespace cgsim
