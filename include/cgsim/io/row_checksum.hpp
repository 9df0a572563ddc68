#pragma once
// A finished replication's checksum, written with its replication number after its rows and
// recomputed by every reader (cgsim inspect, analysis/load.py): the sum, modulo 2^64, over the
// scenario's datasets of CRC-32 (zlib) of the dataset's path ("indicators/<name>",
// "districts/<name>") followed by that replication's row as little-endian float64. HDF5 files
// are not crash-safe: a run killed while HDF5 flushes a later replication can leave earlier
// rows pointing at the wrong data, and the checksum turns such rows into a rejected file
// instead of silently wrong results. The sum makes it independent of dataset order.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace cgsim {

class RowChecksum {
 public:
  void add(std::string_view path, const double* values, std::size_t count);
  [[nodiscard]] std::uint64_t value() const { return sum_; }

 private:
  std::uint64_t sum_ = 0;
};

}  // namespace cgsim
