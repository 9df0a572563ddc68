#include "cgsim/io/row_checksum.hpp"

#include <zlib.h>

#include <bit>

namespace cgsim {

static_assert(std::endian::native == std::endian::little, "checksums are defined over little-endian float64");

void RowChecksum::add(std::string_view path, const double* values, std::size_t count) {
  uLong crc = crc32(0L, Z_NULL, 0);
  crc = crc32(crc, reinterpret_cast<const Bytef*>(path.data()), static_cast<uInt>(path.size()));
  const auto* bytes = reinterpret_cast<const Bytef*>(values);
  std::size_t left = count * sizeof(double);
  while (left > 0) {  // crc32 takes at most 4 GiB at a time
    const auto chunk = static_cast<uInt>(std::min<std::size_t>(left, 1u << 30));
    crc = crc32(crc, bytes, chunk);
    bytes += chunk;
    left -= chunk;
  }
  sum_ += static_cast<std::uint64_t>(crc);
}

}  // namespace cgsim
