#include "cgsim/io/chunking.hpp"

#include <algorithm>

namespace cgsim {
namespace {

std::uint64_t row_bytes(const std::vector<std::uint64_t>& chunk, std::size_t element_bytes) {
  std::uint64_t bytes = std::max<std::size_t>(element_bytes, 1);
  for (std::size_t k = 1; k < chunk.size(); ++k) bytes *= chunk[k];
  return bytes;
}

}  // namespace

std::vector<std::uint64_t> chunk_shape(const std::vector<std::uint64_t>& shape, std::size_t element_bytes) {
  std::vector<std::uint64_t> chunk = shape;
  if (chunk.empty()) return chunk;
  for (std::size_t k = 1; k < chunk.size(); ++k) chunk[k] = std::max<std::uint64_t>(chunk[k], 1);
  for (std::size_t k = 1; k < chunk.size() && row_bytes(chunk, element_bytes) > kChunkMaxBytes;) {
    if (chunk[k] > 1)
      chunk[k] = (chunk[k] + 1) / 2;
    else
      ++k;
  }
  chunk[0] = std::clamp<std::uint64_t>(kChunkTargetBytes / row_bytes(chunk, element_bytes), 1, kChunkMaxRows);
  return chunk;
}

}  // namespace cgsim
